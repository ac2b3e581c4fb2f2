"""Time the demo dispute builder and the ledger queries at scale.

    python benchmarks/demo_disputes.py 10000 [--keep PATH]

Prints the build time (with the same station built without disputes as the baseline, measured
in the same run) and the time of the ledger's common queries on the result.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stationdesk.domain.demo import build_demo
from stationdesk.domain.disputes import DisputeFilter, DisputeService
from stationdesk.domain.weeks import IsoWeek

AS_OF = date(2026, 11, 25)
T = TypeVar("T")


def timed(label: str, action: Callable[[], T]) -> T:
    """Run `action`, print how long it took, return its result."""
    start = time.perf_counter()
    result = action()
    print(f"{label:<40} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    """Build, then query."""
    parser = argparse.ArgumentParser()
    parser.add_argument("disputes", type=int)
    parser.add_argument("--keep", help="write the station here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base.sqlite"
        path = Path(args.keep) if args.keep else Path(folder) / "big.sqlite"
        timed(
            "baseline: station without disputes",
            lambda: build_demo(base, as_of=AS_OF, disputes=0).close(),
        )
        store = timed(
            f"station with {args.disputes} disputes",
            lambda: build_demo(path, as_of=AS_OF, disputes=args.disputes),
        )
        service = DisputeService(store, today=lambda: AS_OF)
        ids = timed("all ids, newest first", service.ids)
        timed("first page of 200 rows", lambda: service.rows(ids[:200]))
        timed(
            "open, by deadline", lambda: service.ids(DisputeFilter(statuses=("open",)), "deadline")
        )
        timed(
            "overdue, by deadline",
            lambda: service.ids(DisputeFilter(overdue_only=True), "deadline"),
        )
        timed(
            "grade A/B, by grade",
            lambda: service.ids(DisputeFilter(grades=("A", "B")), "risk_grade"),
        )
        timed("counts (no filter)", service.counts)
        timed("due follow-ups this week", lambda: service.due_followups(IsoWeek.of(AS_OF)))
        timed("find person '王'", lambda: service.people.find("王"))
        timed("find person by phone part '5678'", lambda: service.people.find("5678"))
        print(f"file size: {path.stat().st_size / 1e6:.0f} MB")
        store.close()


if __name__ == "__main__":
    main()
