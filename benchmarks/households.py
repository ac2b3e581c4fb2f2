"""Time the demo household builder and the household ledger's queries at scale.

    python benchmarks/households.py 50000 [--repeat 15] [--keep PATH]

Prints the build time next to the same station built without households (the baseline,
measured in the same run), then the median and p95 of each query over `--repeat` runs next to
a raw SQL baseline (one indexed page of household ids) timed the same way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stationdesk.domain.demo import build_demo
from stationdesk.domain.household_ledger import HouseholdFilter, VisitFilter
from stationdesk.domain.households import HouseholdService

AS_OF = date(2026, 11, 25)
PAGE = 200


def once(label: str, action: Callable[[], Any]) -> Any:
    """Run `action` once and print how long it took."""
    start = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - start:8.3f} s")
    return result


def repeated(label: str, action: Callable[[], Any], repeat: int) -> None:
    """Run `action` `repeat` times; print the median and p95 in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"{label:<44} median {statistics.median(times):8.2f} ms   p95 {p95:8.2f} ms")


def main() -> None:
    """Build, then query."""
    parser = argparse.ArgumentParser()
    parser.add_argument("households", type=int)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", help="write the station here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base.sqlite"
        path = Path(args.keep) if args.keep else Path(folder) / "big.sqlite"
        once(
            "baseline: station without households",
            lambda: build_demo(base, as_of=AS_OF, disputes=0, households=0).close(),
        )
        store = once(
            f"station with {args.households} households",
            lambda: build_demo(path, as_of=AS_OF, disputes=0, households=args.households),
        )
        print(
            f"{store.scalar('SELECT count(*) FROM households')} households,"
            f" {store.scalar('SELECT count(*) FROM residents')} residents,"
            f" {store.scalar('SELECT count(*) FROM visits')} visits"
        )
        ledger = HouseholdService(store, today=lambda: AS_OF).ledger
        grid = int(store.scalar("SELECT min(id) FROM grids WHERE level = 3"))
        community = int(store.scalar("SELECT min(id) FROM grids WHERE level = 2"))
        quarter = (AS_OF - timedelta(days=90), AS_OF)
        run = args.repeat
        repeated(
            "raw baseline: one page of household ids",
            lambda: store.conn.execute(
                "SELECT id FROM households WHERE voided_at IS NULL ORDER BY id DESC LIMIT ?",
                [PAGE],
            ).fetchall(),
            run,
        )
        repeated(
            "households: first page with its lines",
            lambda: ledger.household_rows(ledger.household_ids(limit=PAGE)),
            run,
        )
        repeated(
            "households of a community, flagged",
            lambda: ledger.household_ids(
                HouseholdFilter(grid_id=community, flag="elderly_alone"), limit=PAGE
            ),
            run,
        )
        repeated(
            "households: find by name part '王'",
            lambda: ledger.household_ids(HouseholdFilter(text="王"), limit=PAGE),
            run,
        )
        repeated(
            "visits: first page with its lines",
            lambda: ledger.visit_rows(ledger.visit_ids(VisitFilter(), limit=PAGE)),
            run,
        )
        repeated("coverage per grid, last 90 days", lambda: ledger.coverage_by_grid(*quarter), run)
        repeated(
            "coverage per officer, last 90 days", lambda: ledger.coverage_by_officer(*quarter), run
        )
        repeated(
            "due a visit in one grid (90 days)",
            lambda: ledger.due_households(grid, days=90, limit=500),
            run,
        )
        repeated(
            "flagged, not visited this month (all)",
            lambda: ledger.due_households(None, flagged_only=True, limit=500),
            run,
        )
        print(f"file size: {path.stat().st_size / 1e6:.0f} MB")
        store.close()


if __name__ == "__main__":
    main()
