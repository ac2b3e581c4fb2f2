"""Time the injuries ledger's list pages and the bureau's figures on a station with many incidents.

    python benchmarks/injuries.py 50000 [--runs 30]

Fills a demo station with synthetic incidents (each with an injury and a payment), then prints
the median and 95th percentile of each query next to a raw SQL baseline run in the same process.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import measure
from stationdesk.domain.demo import build_demo
from stationdesk.domain.injuries import IncidentFilter, InjuryService
from stationdesk.store import Store

AS_OF = date(2026, 11, 25)
CAUSES = ("assault", "obstruction", "traffic_accident", "duty_accident", "false_accusation")


def fill(store: Store, count: int) -> None:
    """Add `count` incidents over ten years, one injury and one payment each (no audit)."""
    rng = random.Random(7)
    officers = [row[0] for row in store.conn.execute("SELECT id FROM officers")]
    first = datetime(AS_OF.year - 10, 1, 1)
    span = int((datetime.combine(AS_OF, datetime.min.time()) - first).total_seconds() // 60)
    with store.transaction():
        start = int(store.scalar("SELECT coalesce(max(id), 0) FROM incidents")) + 1
        for offset in range(count):
            incident_id = start + offset
            moment = first + timedelta(minutes=rng.randrange(span))
            store.conn.execute(
                "INSERT INTO incidents (id, occurred_at, activity, cause, description)"
                " VALUES (?, ?, 'patrol', ?, 'synthetic')",
                [incident_id, moment.strftime("%Y-%m-%dT%H:%M"), rng.choice(CAUSES)],
            )
            officer = rng.choice(officers)
            store.conn.execute(
                "INSERT INTO injuries (incident_id, officer_id, outcome, days_away)"
                " VALUES (?, ?, 'days_away', ?)",
                [incident_id, officer, rng.randint(1, 20)],
            )
            store.conn.execute(
                "INSERT INTO compensation_payments (incident_id, officer_id, amount_fen, payer,"
                " paid_on) VALUES (?, ?, ?, 'payer', ?)",
                [incident_id, officer, rng.randint(1, 5000) * 100, moment.date().isoformat()],
            )


def main() -> None:
    """Build, fill, then measure each query against its raw baseline."""
    parser = argparse.ArgumentParser()
    parser.add_argument("incidents", type=int)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = build_demo(Path(folder) / "big.sqlite", as_of=AS_OF, disputes=0, accounts=False)
        fill(store, args.incidents)
        service = InjuryService(store)
        conn, runs = store.conn, args.runs
        deep = service.ids()[args.incidents // 2]
        after = (service.rows([deep])[0].occurred_at, deep)
        print(f"{args.incidents} incidents")
        measure(
            "baseline: raw SELECT of 200 ids by time",
            lambda: conn.execute(
                "SELECT id FROM incidents ORDER BY occurred_at DESC, id DESC LIMIT 200"
            ).fetchall(),
            runs,
        )
        measure("first page: 200 ids and their rows", lambda: service.page(limit=200), runs)
        measure(
            "middle page: 200 ids after a keyset, and rows",
            lambda: service.rows(service.ids(limit=200, after=after)),
            runs,
        )
        measure(
            "one year, one cause: 200 ids and rows",
            lambda: service.page(IncidentFilter(year=2024, cause="assault"), limit=200),
            runs,
        )
        measure(
            "baseline: raw count of a year's incidents",
            lambda: conn.execute(
                "SELECT count(*) FROM incidents WHERE occurred_at >= '2025-01-01'"
                " AND occurred_at < '2026-01-01'"
            ).fetchone(),
            runs,
        )
        measure("the bureau's figures of a year", lambda: service.year_figures(2025), runs)
        store.close()


if __name__ == "__main__":
    main()
