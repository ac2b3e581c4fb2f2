"""A large station fast: raw executemany inserts of people, disputes, households and visits.

    python benchmarks/large_station.py 1000000 [--cache-dir DIR]

Reusable by any benchmark: `large_station(disputes)` returns the path of a cached file
(`STATIONDESK_BENCH_DIR`, else /tmp), building it once. The rows skip the audit trail (it is
not what these benchmarks measure); the search index is built at the end as the app would.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stationdesk.domain.demo import GIVEN, SURNAMES
from stationdesk.domain.demo_disputes import AREAS, SUMMARIES
from stationdesk.domain.idnumbers import check_char
from stationdesk.store import open_store

SEED = 7
CHUNK = 20_000
GRIDS = 60
OFFICERS = 60
PEOPLE_PER_DISPUTE = 1.5
HOUSEHOLDS_PER_DISPUTE = 0.3
FIRST_DAY = date(2016, 1, 1)
ROADS = ("东安路", "五一路", "光华路", "建设路", "湛河北路", "新华路", "矿工路", "开源路")


def default_dir() -> Path:
    """Where built stations are kept between runs."""
    return Path(os.environ.get("STATIONDESK_BENCH_DIR", "/tmp"))


def large_station(disputes: int, cache_dir: Path | None = None) -> Path:
    """The path of a station with `disputes` disputes and their people, built if missing."""
    path = (cache_dir or default_dir()) / f"stationdesk-bench-{disputes}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _build(partial, disputes)
        partial.rename(path)
    return path


def _build(path: Path, disputes: int) -> None:
    start = time.perf_counter()
    rng = random.Random(SEED)
    people = int(disputes * PEOPLE_PER_DISPUTE) + 2
    households = max(1, int(disputes * HOUSEHOLDS_PER_DISPUTE))
    open_store(path, "bench", create=True).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    indexes = _drop_indexes(conn)
    _grids_and_officers(conn)
    names = _insert(conn, "people", _people(rng, people))
    _insert(conn, "disputes", _disputes(rng, disputes, names))
    _insert(conn, "dispute_parties", _parties(rng, disputes, people))
    _insert(conn, "addresses", _addresses(rng, households))
    _insert(conn, "households", _households(households))
    _insert(conn, "residents", _residents(households, people))
    _insert(conn, "visits", _visits(rng, households))
    for sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    print(f"rows written in {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    with open_store(path, "bench") as store, store.transaction():
        store.search_index.rebuild()
    print(f"search index built in {time.perf_counter() - start:.1f} s", flush=True)


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the secondary indexes of the bulk tables (rebuilt after, which is much faster)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('people', 'disputes', 'dispute_parties', 'addresses', 'households',"
        " 'residents', 'visits')"
    ).fetchall()
    for name, _sql in rows:
        conn.execute(f"DROP INDEX {name}")
    return [sql for _name, sql in rows]


def _insert(conn: sqlite3.Connection, table: str, rows: Iterator[tuple]) -> list[str]:
    """Insert rows in chunks; returns the first text column of people (their names)."""
    kept: list[str] = []
    chunk: list[tuple] = []
    marks = ""
    for row in rows:
        chunk.append(row)
        if table == "people":
            kept.append(row[1])
        if len(chunk) >= CHUNK:
            marks = marks or ", ".join("?" * len(row))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", chunk)
            chunk = []
    if chunk:
        marks = marks or ", ".join("?" * len(chunk[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", chunk)
    return kept


def _grids_and_officers(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO grids (id, level, name) VALUES (1, 1, '东安路街道')")
    conn.executemany(
        "INSERT INTO grids (id, parent_id, level, name) VALUES (?, 1, 2, ?)",
        [(i, f"第{i}社区") for i in range(2, GRIDS + 1)],
    )
    conn.executemany(
        "INSERT INTO officers (id, name, kind, badge_no, team)"
        " VALUES (?, ?, 'police', ?, 'community')",
        [
            (i, SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)], f"B{i:05d}")
            for i in range(1, OFFICERS + 1)
        ],
    )


def _name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def _people(rng: random.Random, count: int) -> Iterator[tuple]:
    for i in range(1, count + 1):
        born = date(1950, 1, 1) + timedelta(days=i % 20000)
        number = None
        if rng.random() < 0.7:
            first17 = f"{AREAS[(i // 20000) % len(AREAS)]}{born:%Y%m%d}{(i // 120000) % 1000:03d}"
            number = first17 + check_char(first17)
        phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
        yield (i, _name(rng), "", number, phone, "", born.isoformat(), "", None, None)


def _disputes(rng: random.Random, count: int, names: list[str]) -> Iterator[tuple]:
    categories = list(SUMMARIES)
    for i in range(1, count + 1):
        category = categories[i % len(categories)]
        day = FIRST_DAY + timedelta(days=i * 3650 // count)
        summary = rng.choice(SUMMARIES[category]).format(
            a=rng.choice(names), b=rng.choice(names), n=rng.randrange(1, 99) * 100
        )
        deadline = (day + timedelta(days=30)).isoformat()
        yield (
            i, day.isoformat(), "walk_in", category, 1 + i % GRIDS, "", summary,
            "CD"[i % 2], "", 1 + i % OFFICERS, deadline, "open", None, None, None, "", "",
            None, None, 0, None, 1, None, None,
        )  # fmt: skip


def _parties(rng: random.Random, disputes: int, people: int) -> Iterator[tuple]:
    for i in range(1, disputes + 1):
        first = rng.randrange(1, people)
        second = first + 1
        yield (i, first, "applicant", 0)
        yield (i, second, "respondent", 1)


def _addresses(rng: random.Random, count: int) -> Iterator[tuple]:
    for i in range(1, count + 1):
        road = ROADS[i % len(ROADS)]
        building = i // len(ROADS)
        yield (i, 1 + i % GRIDS, "", road, f"{building // 400 + 1}号", f"{building % 400 + 1}栋",
               "", "", f"{rng.randrange(1, 30)}0{rng.randrange(1, 5)}", None, None)  # fmt: skip


def _households(count: int) -> Iterator[tuple]:
    for i in range(1, count + 1):
        yield (i, i, 1 + i % GRIDS, "2020-01-01", "", "", 1, None, None)


def _residents(households: int, people: int) -> Iterator[tuple]:
    for i in range(1, households + 1):
        yield (i, i, i * (people // households), "head", 0, 0, 0, 0, 0, None, None, None, None)


def _visits(rng: random.Random, households: int) -> Iterator[tuple]:
    for i in range(1, households + 1):
        found = rng.choice(
            ("家中老人独居，已宣传防诈骗知识", "住户安装国家反诈中心APP", "未发现异常")
        )
        yield (i, i, "2024-05-01", "anti_fraud", found, 1, 0, "", 1, None, None)


def main() -> None:
    """Build (or find) a station of the given size and say where it is."""
    parser = argparse.ArgumentParser()
    parser.add_argument("disputes", type=int)
    parser.add_argument("--cache-dir", type=Path, help="default: STATIONDESK_BENCH_DIR or /tmp")
    args = parser.parse_args()
    start = time.perf_counter()
    path = large_station(args.disputes, args.cache_dir)
    print(f"{path} ready in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
