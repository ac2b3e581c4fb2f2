"""Time the weekly report and the dashboard figures on a demo station.

    python benchmarks/weekly_report.py [--disputes N] [--db PATH] [--runs 7]

Builds the demo station (N disputes; the default demo when not given) unless --db names an
existing one, then prints the median and p95 of: a raw SQL count of the week's disputes (the
baseline, measured in the same run), the dashboard's figures for the current week, all figures
of the last complete week, and the whole weekly report PDF.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stationdesk.domain.demo import build_demo
from stationdesk.domain.weekly_report import WeeklyReportService
from stationdesk.domain.weeks import IsoWeek
from stationdesk.reports.weekly_report import write_weekly_report
from stationdesk.store import Store, open_store

AS_OF = date(2026, 11, 25)


def measure(label: str, action: Callable[[], object], runs: int) -> None:
    """Run `action` once to warm up, then `runs` times; print the median and p95."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"{label:<44} median {statistics.median(times) * 1000:8.1f} ms   p95 {p95 * 1000:8.1f} ms"
    )


def run(store: Store, runs: int, folder: Path) -> None:
    """The measurements on one open station."""
    service = WeeklyReportService(store, today=lambda: AS_OF)
    week = service.default_week()
    disputes = store.scalar("SELECT count(*) FROM disputes")
    print(f"{disputes:,} disputes; report week {week}, dashboard week {IsoWeek.of(AS_OF)}")
    bounds = [week.monday.isoformat(), week.sunday.isoformat()]
    measure(
        "baseline: raw count of the week's disputes",
        lambda: store.scalar(
            "SELECT count(*) FROM disputes WHERE received_on BETWEEN ? AND ?", bounds
        ),
        runs,
    )
    measure(
        "dashboard figures (this week so far)",
        lambda: service.build(IsoWeek.of(AS_OF), year_to_date=False),
        runs,
    )
    measure(f"weekly report figures ({week})", lambda: service.build(week), runs)
    output = folder / "weekly.pdf"
    measure(
        f"weekly report PDF ({week})",
        lambda: write_weekly_report(store, service.build(week), output, lang="zh"),
        runs,
    )


def main() -> None:
    """Build (or open) the station, then measure."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--disputes", type=int, help="disputes in the demo station built")
    parser.add_argument("--db", help="an existing station to measure instead")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.db:
            store = open_store(Path(args.db), "benchmark")
        else:
            start = time.perf_counter()
            store = build_demo(folder / "demo.sqlite", as_of=AS_OF, disputes=args.disputes)
            print(f"demo station built in {time.perf_counter() - start:.1f} s")
        with store:
            run(store, args.runs, folder)


if __name__ == "__main__":
    main()
