"""Time backups and start-up checks on a demo station, next to a plain file copy.

    python benchmarks/backup.py [--disputes 3000] [--repeat 7]

Prints median and p95 of: a plain copy of the file (the baseline), a verified backup, the quick
start-up check, the full check and the fingerprint; and the time of one dispute save while a
backup runs on another thread, next to the same save with no backup running.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stationdesk.domain.demo import build_demo
from stationdesk.domain.disputes import DisputeInput, DisputeService, PartyInput
from stationdesk.domain.people import PersonInput
from stationdesk.store import backup, open_store
from stationdesk.store.health import file_fingerprint, quick_check

AS_OF = date(2026, 11, 25)


def measure(action: Callable[[], object], repeat: int) -> list[float]:
    """Seconds taken by each of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    """One line: median and p95 in milliseconds."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered) * 1000
    print(f"{label:<44} median {median:8.1f} ms   p95 {p95 * 1000:8.1f} ms")


def checked(path: Path, full: bool) -> None:
    """The start-up check as the window runs it."""
    conn = sqlite3.connect(path)
    try:
        (backup.check_connection if full else quick_check)(conn)
    finally:
        conn.close()


def saves_during(path: Path, repeat: int, busy: threading.Event | None) -> list[float]:
    """Times of dispute saves (while `busy` is set, if given)."""
    with open_store(path, "bench") as store:
        service = DisputeService(store, today=lambda: AS_OF)
        grid = store.scalar("SELECT id FROM grids WHERE level = 3")
        officer = store.scalar("SELECT id FROM officers WHERE active = 1")
        times = []
        for number in range(repeat * 5):
            if busy is not None and not busy.is_set():
                break
            data = DisputeInput(
                received_on=AS_OF,
                received_how="walk_in",
                category="neighbours",
                grid_id=grid,
                summary=f"基准测试纠纷{number}",
                risk_grade="D",
                officer_id=officer,
                parties=(
                    PartyInput("applicant", person=PersonInput(f"甲{number}")),
                    PartyInput("respondent", person=PersonInput(f"乙{number}")),
                ),
            )
            start = time.perf_counter()
            service.create(data)
            times.append(time.perf_counter() - start)
        return times


def main() -> None:
    """Build the station, then time each step."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--disputes", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = folder / "station.sqlite"
        build_demo(path, as_of=AS_OF, disputes=args.disputes).close()
        copies = folder / "copies"
        copies.mkdir()
        size = path.stat().st_size / 1_048_576
        print(f"demo station: {args.disputes} disputes, {size:.1f} MB")
        report(
            "baseline: plain file copy",
            measure(lambda: shutil.copyfile(path, folder / "plain.sqlite"), args.repeat),
        )
        report(
            "verified backup (copy + integrity + chain)",
            measure(lambda: backup.take_backup(path, copies), args.repeat),
        )
        report("quick start-up check", measure(lambda: checked(path, False), args.repeat))
        report("full check (integrity + chain)", measure(lambda: checked(path, True), args.repeat))
        report(
            "fingerprint (sha256 of the file)", measure(lambda: file_fingerprint(path), args.repeat)
        )
        report("baseline: one dispute save", saves_during(path, args.repeat, None))
        busy = threading.Event()
        busy.set()

        def keep_backing_up() -> None:
            for _ in range(args.repeat):
                backup.take_backup(path, copies)
            busy.clear()

        worker = threading.Thread(target=keep_backing_up)
        worker.start()
        during = saves_during(path, args.repeat * 4, busy)
        worker.join()
        report(f"one dispute save during backups ({len(during)})", during)


if __name__ == "__main__":
    main()
