"""Time search-as-you-type on a large station, next to a raw FTS5 query on the same index.

    python benchmarks/search.py 1000000 [--cache-dir DIR] [--samples 200]

Queries are what a clerk types, keystroke by keystroke: prefixes of names (1 to 3 Chinese
characters), their pinyin and initials, 4 to 12 digits of ID and phone numbers, and words of
dispute summaries. The baseline is one FTS5 MATCH with LIMIT on the same expression (no
grouping, ranking or row details). Also timed: the disputes and households lists narrowed by
the window's find box (first page and counts; a query too broad to narrow by is only counted up
to the cap), and saving a new person and finding them at once.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.large_station import large_station, sign_in_as_clerk
from stationdesk.domain.dispute_ledger import DisputeFilter, DisputeLedger
from stationdesk.domain.household_ledger import HouseholdFilter, HouseholdLedger
from stationdesk.domain.people import PeopleService, PersonInput
from stationdesk.domain.search import SearchService
from stationdesk.store import Store, open_store
from stationdesk.store.search_index import match_expression, name_tokens

SUMMARY_WORDS = (
    "漏水",
    "噪音",
    "宅基地",
    "工资",
    "赡养老人费用",
    "物业费",
    "借",
    "卫生间漏水损坏楼下吊顶",
)


def typed_queries(store: Store, samples: int, rng: random.Random) -> list[str]:
    """Every keystroke of names, pinyin, initials and number runs of sampled people."""
    top = int(store.scalar("SELECT max(id) FROM people"))
    queries: list[str] = []
    for _ in range(samples):
        row = store.rows(
            "SELECT name, id_number, phone FROM people WHERE id = ?", [rng.randrange(1, top)]
        )[0]
        full, initials = name_tokens(row["name"])
        for text in (row["name"], full[:12], initials):
            queries.extend(text[: i + 1] for i in range(len(text)))
        number = row["id_number"] or row["phone"]
        queries.extend(number[-n:] for n in range(4, 13))
        queries.extend(row["phone"][:n] for n in range(4, 12, 3))
    queries.extend(SUMMARY_WORDS)
    return queries


Timing = tuple[list[float], list[float]]


def measure(action: Callable[[str], object], queries: list[str]) -> Timing:
    """Milliseconds per query: wall clock, and CPU time of this thread (immune to other load)."""
    wall, cpu = [], []
    for query in queries:
        start, start_cpu = time.perf_counter(), time.thread_time()
        action(query)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return wall, cpu


def report(label: str, timing: Timing) -> None:
    """Median and 95th percentile, wall clock and CPU."""
    cells = []
    for times in timing:
        p95 = statistics.quantiles(times, n=20)[-1]
        cells.append(f"median {statistics.median(times):6.2f} ms  p95 {p95:6.2f} ms")
    print(f"{label:<40} wall: {cells[0]}   cpu: {cells[1]}")


def main() -> None:
    """Build or reuse the station, then time the queries."""
    parser = argparse.ArgumentParser()
    parser.add_argument("disputes", type=int)
    parser.add_argument("--cache-dir", type=Path, help="default: STATIONDESK_BENCH_DIR or /tmp")
    parser.add_argument("--samples", type=int, default=200, help="people whose details are typed")
    args = parser.parse_args()
    start = time.perf_counter()
    path = large_station(args.disputes, args.cache_dir)
    print(f"station {path} ({time.perf_counter() - start:.1f} s)")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with open_store(path, "bench") as store:
        sign_in_as_clerk(store)
        queries = typed_queries(store, args.samples, random.Random(1))
        search = SearchService(store)

        def raw(query: str) -> object:
            return store.conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 8",
                [match_expression(query)],
            ).fetchall()

        measure(search.search, queries[:50])  # warm the page cache
        print(f"{len(queries)} queries of 1 to 12 characters")
        report("raw FTS5 MATCH ... LIMIT 8", measure(raw, queries))
        report("search, six kinds grouped and ranked", measure(search.search, queries))
        report_find_filter(store, search, queries)
        report_saving(store, search)


def report_find_filter(store: Store, search: SearchService, queries: list[str]) -> None:
    """The disputes and households lists narrowed by the find box, as the window does it."""
    disputes, households = DisputeLedger(store), HouseholdLedger(store)

    def narrow(query: str) -> None:
        if search.too_broad(query, ("disputes", "people", "households")):
            return  # the window asks for more letters and leaves the lists whole
        disputes.ids(DisputeFilter(found=query), limit=200)
        disputes.counts(DisputeFilter(found=query))
        households.household_ids(HouseholdFilter(found=query), limit=200)
        households.household_count(HouseholdFilter(found=query))

    narrowed = sum(not search.too_broad(q, ("disputes", "people", "households")) for q in queries)
    print(
        f"find box: {narrowed} of {len(queries)} queries narrow the lists, the rest are too broad"
    )
    report("lists narrowed by the find box", measure(narrow, queries))


def report_saving(store: Store, search: SearchService) -> None:
    """Save a new person and find them by name at once."""
    people = PeopleService(store)

    def save_and_find(name: str) -> None:
        people.create(PersonInput(name=name))
        assert search.hits(name, "people"), "a saved person must be found at once"

    report(
        "save a person and find them", measure(save_and_find, [f"欧阳基准{n}" for n in range(20)])
    )


if __name__ == "__main__":
    main()
