"""Time reading the station's audit trail as the window and `stationdesk audit` read it.

    python benchmarks/audit_trail.py [ENTRIES] [--runs 20]

Appends ENTRIES (default 1,000,000) hash-chained entries to a demo station, in the mix a busy
station writes (record changes by four clerks, sign-ins, printouts), one user among them rare.
Then times one page (200 entries, newest first) for: no filter, one busy user, the rare user,
sign-ins and accounts, printouts and exports, one day; and the list of users to choose from.
Next to each it prints the raw baseline measured in the same run: the same page of the same
rows read with a plain `SELECT ... ORDER BY id DESC LIMIT 200`, no filter and no decoding.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.run import p95, timed
from stationdesk.domain.demo import build_demo
from stationdesk.domain.trail import PAGE_SIZE, TrailFilter, TrailService
from stationdesk.store import open_store
from stationdesk.store.audit import PendingEntry, append_entries

CLERKS = ("wang.li", "zhao.min", "chen.jie", "sun.yue")
RARE = "visiting.auditor"
RARE_EVERY = 50_000  # one entry of the rare user in so many
SESSION = 1_000  # entries a clerk writes before the next one signs in


def entry(n: int) -> PendingEntry:
    """Entry n of a busy station's mix: mostly changes, a printout every 25, a sign-in at the
    start of each clerk's session."""
    if n % SESSION == 0:
        return PendingEntry("accounts", 1 + n // SESSION % 4, "sign_in", {"role": [None, "clerk"]})
    if n % 25 == 0:
        return PendingEntry("disputes", n, "print", {"form": [None, "dispute"]})
    return PendingEntry("disputes", n, "update", {"status": ["open", "settled"]})


def sessions(entries: int) -> Iterator[tuple[str, list[PendingEntry]]]:
    """(actor, entries) runs: each clerk's session, the rare user's single sign-ins between."""
    for start in range(0, entries, SESSION):
        stop = min(start + SESSION, entries)
        yield CLERKS[start // SESSION % len(CLERKS)], [entry(n) for n in range(start, stop)]
        if stop // RARE_EVERY != start // RARE_EVERY:
            yield RARE, [PendingEntry("accounts", 9, "sign_in", {"role": [None, "auditor"]})]


def build_trail(path: Path, entries: int) -> None:
    """A demo station with about `entries` more entries, committed a session at a time."""
    build_demo(path, as_of=date(2026, 11, 25), disputes=0, households=0, accounts=False).close()
    with open_store(path, "benchmark") as store:
        conn = store.conn
        for actor, run in sessions(entries):
            conn.execute("BEGIN IMMEDIATE")
            append_entries(conn, actor, run)
            conn.execute("COMMIT")


def show(label: str, times: list[float], baseline: list[float]) -> None:
    """Median and p95 next to the baseline's median."""
    base = statistics.median(baseline)
    print(
        f"{label:<34} median {statistics.median(times):8.1f} ms   p95 {p95(times):8.1f} ms"
        f"   raw page {base:6.1f} ms"
    )


def main() -> None:
    """Build the trail once, then time each filter against the raw page."""
    parser = argparse.ArgumentParser()
    parser.add_argument("entries", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "trail.sqlite"
        start = time.perf_counter()
        build_trail(path, args.entries)
        print(f"{args.entries:,} entries written in {time.perf_counter() - start:.0f} s")
        with open_store(path, "benchmark") as store:
            trail = TrailService(store)
            raw_sql = f"SELECT * FROM audit_log ORDER BY id DESC LIMIT {PAGE_SIZE}"
            today = date.today()
            filters = {
                "newest page": TrailFilter(),
                "one busy clerk": TrailFilter(actor=CLERKS[1]),
                f"the rare user (1 in {RARE_EVERY:,})": TrailFilter(actor=RARE),
                "sign-ins and accounts": TrailFilter(group="accounts"),
                "prints and exports": TrailFilter(group="access"),
                "today": TrailFilter(since=today, until=today),
            }

            def raw_page() -> object:
                return store.conn.execute(raw_sql).fetchall()

            for label, flt in filters.items():
                baseline = timed(raw_page, args.runs)
                show(label, timed(lambda flt=flt: trail.entries(flt), args.runs), baseline)
            show("the users to choose from", timed(trail.actors, args.runs), timed(raw_page, 5))


if __name__ == "__main__":
    main()
