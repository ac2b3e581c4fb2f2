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
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stationdesk.domain.accounts import AccountService
from stationdesk.domain.demo import (
    DEMO_PASSWORD,
    GIVEN,
    LEADERS,
    STATION_NAME,
    SURNAMES,
    add_demo_accounts,
)
from stationdesk.domain.demo_disputes import AREAS, SUMMARIES
from stationdesk.domain.idnumbers import check_char
from stationdesk.store import Store, open_store
from stationdesk.store.migrations import MIGRATIONS, migrate
from stationdesk.store.search_index import SearchIndex

SEED = 7
LAYOUT = 3  # bump when the generated rows change, so cached files are rebuilt
CHUNK = 20_000
STREETS = 3
COMMUNITIES_PER_STREET = 10
GRIDS_PER_COMMUNITY = 4
OFFICERS = 100
PEOPLE_PER_DISPUTE = 1.5
HOUSEHOLDS_PER_DISPUTE = 0.2
RESIDENTS_PER_HOUSEHOLD = 3
VISITS_PER_DISPUTE = 0.5
YEARS = 10
LAST_DAY = date(2026, 11, 25)
FIRST_DAY = LAST_DAY - timedelta(days=365 * YEARS)
VISIT_DAYS = 3 * 365
ROADS = ("东安路", "五一路", "光华路", "建设路", "湛河北路", "新华路", "矿工路", "开源路")
BULK_TABLES = (
    "people",
    "disputes",
    "dispute_parties",
    "mediation_sessions",
    "session_mediators",
    "agreements",
    "obligations",
    "followups",
    "addresses",
    "households",
    "residents",
    "visits",
    "visit_officers",
)
OUTCOMES = (("agreement", 70), ("referred", 12), ("escalated", 3), ("withdrawn", 15))
OUTCOME_STATUS = {"referred": "referred", "escalated": "escalated", "withdrawn": "withdrawn"}
HOW = (("walk_in", 40), ("call_110", 30), ("visit", 15), ("village_committee", 10), ("other", 5))
GRADES = (("A", 3), ("B", 12), ("C", 40), ("D", 45))


def default_dir() -> Path:
    """Where built stations are kept between runs."""
    return Path(os.environ.get("STATIONDESK_BENCH_DIR", "/tmp"))


def station_path(disputes: int, cache_dir: Path | None = None) -> Path:
    """Where the station of that size is cached."""
    return (cache_dir or default_dir()) / f"stationdesk-bench-v{LAYOUT}-{disputes}.sqlite"


def large_station(disputes: int, cache_dir: Path | None = None) -> Path:
    """The path of a station with `disputes` disputes and their people, built if missing.

    A cached file gets any index the current schema has and it lacks (so a new index does
    not mean building the station again). Like a station in use, it has a name and accounts
    (the demo's, one per role, password DEMO_PASSWORD), so the window starts with signing in.
    """
    path = station_path(disputes, cache_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _build(partial, disputes)
        partial.rename(path)
    else:
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            migrate(conn, None, print)  # no safety copy of a benchmark file
        _sync_indexes(path)
    _name_and_accounts(path)
    return path


def sign_in_as_clerk(store: Store) -> None:
    """Sign in as the clerk, who may write records, as a benchmark that saves must."""
    AccountService(store).sign_in("clerk", DEMO_PASSWORD)


def _name_and_accounts(path: Path) -> None:
    """The station's name and its accounts, unless it has them already."""
    with open_store(path, "bench") as store:
        if store.enforced:
            return
        store.set_setting("station_name", STATION_NAME)
        add_demo_accounts(store)


def _build(path: Path, disputes: int) -> None:
    start = time.perf_counter()
    rng = random.Random(SEED)
    households = max(1, int(disputes * HOUSEHOLDS_PER_DISPUTE))
    people = max(int(disputes * PEOPLE_PER_DISPUTE), households * RESIDENTS_PER_HOUSEHOLD) + 2
    open_store(path, "bench", create=True).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    conn.execute("BEGIN")
    indexes = _drop_indexes(conn)
    leaves = _grids_and_officers(conn)
    names = _insert(conn, "people", _people(rng, people))
    cases = Cases(rng, leaves, people)
    _insert(conn, "disputes", cases.disputes(disputes, names))
    for table, rows in cases.children.items():
        _insert(conn, table, iter(rows))
    cases.children.clear()
    _insert(conn, "addresses", _addresses(rng, households, leaves))
    _insert(conn, "households", _households(rng, households, leaves))
    _insert(conn, "residents", _residents(households, people))
    visits = int(disputes * VISITS_PER_DISPUTE)
    _insert(conn, "visits", _visits(rng, visits, households))
    _insert(conn, "visit_officers", ((i, 1 + i % OFFICERS) for i in range(1, visits + 1)))
    print(f"rows written in {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    for sql in indexes:
        conn.execute(sql)
    print(f"indexes built in {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    SearchIndex(conn).rebuild()  # as the app would, in the same unjournalled transaction
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    print(f"search index built in {time.perf_counter() - start:.1f} s", flush=True)


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the secondary indexes of the bulk tables (rebuilt after, which is much faster)."""
    marks = ", ".join("?" * len(BULK_TABLES))
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks})",
        BULK_TABLES,
    ).fetchall()
    for name, _sql in rows:
        conn.execute(f"DROP INDEX {name}")
    return [sql for _name, sql in rows]


def _sync_indexes(path: Path) -> None:
    """Create the indexes of the current schema a cached file lacks, drop those it no longer
    has (an index changed during development keeps its name but not its definition)."""
    with closing(sqlite3.connect(":memory:")) as fresh:
        for migration in MIGRATIONS:
            fresh.executescript(migration.sql)
        wanted = dict(fresh.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    with closing(sqlite3.connect(path)) as conn:
        present = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
        changed = False
        for name, sql in present.items():
            if sql is not None and wanted.get(name) != sql:
                conn.execute(f"DROP INDEX {name}")
                present[name] = None
                changed = True
        for name, sql in wanted.items():
            if sql is not None and present.get(name) != sql:
                print(f"building index {name}", flush=True)
                conn.execute(sql)
                changed = True
        if changed:
            conn.execute("ANALYZE")
        conn.commit()


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


def _grids_and_officers(conn: sqlite3.Connection) -> list[int]:
    """Streets > communities > grids, officers responsible for them; the leaf grid ids."""
    grids: list[tuple] = []
    leaves: list[int] = []
    for street in range(STREETS):
        street_id = len(grids) + 1
        grids.append((street_id, None, 1, f"{ROADS[street]}街道"))
        for community in range(COMMUNITIES_PER_STREET):
            community_id = len(grids) + 1
            grids.append((community_id, street_id, 2, f"{ROADS[street]}第{community + 1}社区"))
            for grid in range(GRIDS_PER_COMMUNITY):
                leaves.append(len(grids) + 1)
                grids.append((leaves[-1], community_id, 3, f"第{grid + 1}网格"))
    conn.executemany("INSERT INTO grids (id, parent_id, level, name) VALUES (?, ?, ?, ?)", grids)
    conn.executemany(
        "INSERT INTO officers (id, name, kind, badge_no, post, team, joined_on)"
        " VALUES (?, ?, ?, ?, ?, 'community', '2010-01-01')",
        [
            (
                i,
                SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)] + GIVEN[i // len(GIVEN)],
                "police" if i % 3 or i <= len(LEADERS) else "auxiliary",
                f"B{i:05d}",
                LEADERS[i - 1] if i <= len(LEADERS) else "社区民警",  # the 教导员 has grids
            )
            for i in range(1, OFFICERS + 1)
        ],
    )
    conn.executemany(
        "INSERT INTO officer_grids (officer_id, grid_id) VALUES (?, ?)",
        [(1 + n % OFFICERS, leaf) for n, leaf in enumerate(leaves)],
    )
    return leaves


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


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


class Cases:
    """Disputes with their parties, sessions, agreements, obligations and follow-ups, as a
    station's ten years would leave them: old ones ended, the last weeks' mostly open."""

    def __init__(self, rng: random.Random, leaves: list[int], people: int) -> None:
        self.rng = rng
        self.leaves = leaves
        self.people = people
        self.children: dict[str, list[tuple]] = {
            "dispute_parties": [],
            "mediation_sessions": [],
            "session_mediators": [],
            "agreements": [],
            "obligations": [],
            "followups": [],
        }

    def disputes(self, count: int, names: list[str]) -> Iterator[tuple]:
        """The dispute rows; their child rows gather in `children`."""
        rng = self.rng
        categories = list(SUMMARIES)
        days = (LAST_DAY - FIRST_DAY).days
        for i in range(1, count + 1):
            category = categories[rng.randrange(len(categories))]
            day = FIRST_DAY + timedelta(days=i * days // count)
            first = rng.randrange(1, self.people)
            summary = rng.choice(SUMMARIES[category]).format(
                a=names[first - 1], b=names[first], n=rng.randrange(1, 99) * 100
            )
            officer = 1 + rng.randrange(OFFICERS)
            ended = self._outcome(day)
            outcome, outcome_on, confirmed_on = ended
            status = "open" if outcome is None else OUTCOME_STATUS.get(outcome, "settled")
            if confirmed_on:
                status = "confirmed"
            self._children(i, first, day, officer, outcome, outcome_on)
            yield (
                i, day.isoformat(), _pick(rng, HOW), category, rng.choice(self.leaves), "",
                summary, _pick(rng, GRADES), "", officer, (day + timedelta(days=30)).isoformat(),
                status, outcome, outcome_on, "court" if outcome == "referred" else None, "", "",
                confirmed_on, "所长" if confirmed_on else None, 0, None, 1,
                "2026-01-01T00:00:00" if rng.random() < 0.003 else None, None,
            )  # fmt: skip

    def _outcome(self, day: date) -> tuple[str | None, str | None, str | None]:
        rng = self.rng
        age = (LAST_DAY - day).days
        if rng.random() < (0.7 if age < 45 else 0.005):
            return None, None, None
        ended = min(LAST_DAY, day + timedelta(days=rng.randrange(1, 40)))
        outcome = _pick(rng, OUTCOMES)
        confirmed = ended + timedelta(days=rng.randrange(1, 20))
        if outcome == "agreement" and confirmed <= LAST_DAY and rng.random() < 0.6:
            return outcome, ended.isoformat(), confirmed.isoformat()
        return outcome, ended.isoformat(), None

    def _children(
        self,
        dispute: int,
        first: int,
        day: date,
        officer: int,
        outcome: str | None,
        ended: str | None,
    ) -> None:
        rng, rows = self.rng, self.children
        rows["dispute_parties"] += [
            (dispute, first, "applicant", 0),
            (dispute, first + 1, "respondent", 1),
        ]
        sessions = (1 + (rng.random() < 0.3)) if outcome == "agreement" else int(rng.random() < 0.5)
        last = date.fromisoformat(ended) if ended else LAST_DAY
        for n in range(sessions):
            session = len(rows["mediation_sessions"]) + 1
            held = day + timedelta(days=min((last - day).days, n * 3 + rng.randrange(0, 3)))
            result = "agreed" if outcome == "agreement" and n == sessions - 1 else "not_agreed"
            rows["mediation_sessions"].append(
                (
                    session,
                    dispute,
                    f"{held.isoformat()}T{9 + n:02d}:30",
                    "police_room",
                    "",
                    "",
                    "",
                    result,
                    "",
                    None,
                    None,
                )
            )
            rows["session_mediators"].append((session, officer))
        if outcome != "agreement" or ended is None:
            return
        agreement = len(rows["agreements"]) + 1
        signed = date.fromisoformat(ended)
        rows["agreements"].append(
            (agreement, dispute, ended, "经查，双方因琐事发生纠纷。", "", 0, None, None, None)
        )
        rows["obligations"].append(
            (
                agreement,
                agreement,
                first + 1,
                "当面赔礼道歉",
                (signed + timedelta(days=30)).isoformat(),
                0,
            )
        )
        due = signed + timedelta(days=14)
        done = due + timedelta(days=rng.randrange(0, 5))
        made = done <= LAST_DAY
        rows["followups"].append(
            (
                agreement,
                dispute,
                agreement,
                due.isoformat(),
                "phone",
                "grade",
                None,
                officer,
                done.isoformat() if made else None,
                (int(rng.random() > 0.02) if made else None),
                "",
                None,
                None,
                None,
            )
        )


def _addresses(rng: random.Random, count: int, leaves: list[int]) -> Iterator[tuple]:
    for i in range(1, count + 1):
        road = ROADS[i % len(ROADS)]
        building = i // len(ROADS)
        yield (i, leaves[i % len(leaves)], "", road, f"{building // 400 + 1}号",
               f"{building % 400 + 1}栋", "", "", f"{rng.randrange(1, 30)}0{rng.randrange(1, 5)}",
               None, None)  # fmt: skip


def _households(rng: random.Random, count: int, leaves: list[int]) -> Iterator[tuple]:
    days = (LAST_DAY - FIRST_DAY).days
    for i in range(1, count + 1):
        registered = FIRST_DAY + timedelta(days=i * days // count)
        phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
        yield (i, i, leaves[i % len(leaves)], registered.isoformat(), phone, "", 1, None, None)


def _residents(households: int, people: int) -> Iterator[tuple]:
    """Three members a household, people taken from the end of the register (so residents
    and parties to disputes overlap only in part)."""
    relationships = ("head", "spouse", "child")
    resident = 0
    for household in range(1, households + 1):
        for n, relationship in enumerate(relationships[:RESIDENTS_PER_HOUSEHOLD]):
            resident += 1
            person = people - (household - 1) * RESIDENTS_PER_HOUSEHOLD - n
            yield (resident, household, person, relationship, 0, int(n == 2 and household % 9 == 0),
                   0, 0, 0, None, None, None, None)  # fmt: skip


def _visits(rng: random.Random, count: int, households: int) -> Iterator[tuple]:
    for i in range(1, count + 1):
        found = rng.choice(
            ("家中老人独居，已宣传防诈骗知识", "住户安装国家反诈中心APP", "未发现异常")
        )
        day = LAST_DAY - timedelta(days=VISIT_DAYS - i * VISIT_DAYS // count)
        purpose = rng.choice(("safety_check", "anti_fraud", "dispute_screening", "return_visit"))
        yield (i, rng.randrange(1, households + 1), day.isoformat(), purpose, found,
               int(rng.random() < 0.3), 0, "", 1, None, None)  # fmt: skip


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
