"""Pull the plug on StationDesk in the middle of saving, again and again, and count what is lost.

Each round starts a child process that records disputes through the real intake service
(a dispute, two new people, their party links and the audit entries: one transaction each),
printing each committed id as soon as the save returns. The parent kills the child (SIGKILL,
or TerminateProcess on Windows) at a random moment, then checks the file: integrity_check,
the audit chain, every reported id present, and no dispute without its parties or audit entry,
no person without a dispute.

    python scripts/crash_test.py --rounds 50 --saves 1000

prints the figures the README's "Reliability" section quotes. The test suite runs a few rounds.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from stationdesk.domain.disputes import DisputeInput, DisputeService, PartyInput  # noqa: E402
from stationdesk.domain.grids import GridInput, GridService  # noqa: E402
from stationdesk.domain.people import PersonInput  # noqa: E402
from stationdesk.domain.roster import OfficerInput, RosterService  # noqa: E402
from stationdesk.store import open_store  # noqa: E402
from stationdesk.store.audit import verify_chain  # noqa: E402

ACTOR = "crash-test"
TODAY = date(2026, 11, 25)


@dataclass
class Tally:
    """What the rounds did and found."""

    rounds: int = 0
    kills: int = 0
    confirmed: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)


# -- the child: real saves, each id reported once committed ------------------------------
def make_station(path: Path) -> None:
    """A station with one grid and one officer, enough to record disputes."""
    with open_store(path, ACTOR, create=True) as store:
        grids = GridService(store)
        street = grids.create(None, GridInput("东安路街道"))
        community = grids.create(street, GridInput("姚电社区"))
        grids.create(community, GridInput("姚电社区第一网格"))
        RosterService(store).create(OfficerInput("王警官", "police", "410001", "community"))


def save_disputes(path: Path, saves: int) -> None:
    """Record `saves` disputes, printing each id after its transaction committed."""
    with open_store(path, ACTOR) as store:
        service = DisputeService(store, today=lambda: TODAY)
        grid = store.scalar("SELECT id FROM grids WHERE level = 3")
        officer = store.scalar("SELECT id FROM officers")
        for number in range(saves):
            parties = (
                PartyInput("applicant", person=PersonInput(f"申请人{number}", phone="13812345678")),
                PartyInput("respondent", person=PersonInput(f"被申请人{number}")),
            )
            dispute_id = service.create(
                DisputeInput(
                    received_on=TODAY,
                    received_how="walk_in",
                    category="neighbours",
                    grid_id=grid,
                    summary=f"楼上漏水损坏楼下吊顶（第{number}次登记）" + "说明" * (number % 40),
                    risk_grade="C",
                    officer_id=officer,
                    parties=parties,
                )
            )
            sys.stdout.write(f"{dispute_id}\n")
            sys.stdout.flush()


# -- the parent: kill at random, then check -------------------------------------------------
def run_round(path: Path, saves: int, rng: random.Random) -> list[int]:
    """Start a child, kill it at a random point; the ids it reported committed."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(path), "--saves", str(saves)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    kill_after = rng.randrange(saves)
    reported: list[int] = []
    while len(reported) < kill_after:
        line = child.stdout.readline()
        if not line:
            break
        reported.append(int(line))
    time.sleep(rng.random() * 0.004)  # land somewhere inside the next save
    child.kill()
    rest, _ = child.communicate()
    reported.extend(int(line) for line in rest.split())
    return reported


def check_file(path: Path, expected: list[int]) -> list[str]:
    """Everything a clerk relies on after a crash; one message per problem."""
    conn = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        problems = [] if integrity == ["ok"] else [f"integrity: {line}" for line in integrity]
        problems += verify_chain(conn)
        present = {row[0] for row in conn.execute("SELECT id FROM disputes")}
        problems += [
            f"dispute {i} was reported saved but is gone" for i in expected if i not in present
        ]
        problems += [
            f"dispute {row[0]} has {row[1]} parties"
            for row in conn.execute(
                "SELECT d.id, count(p.person_id) FROM disputes d"
                " LEFT JOIN dispute_parties p ON p.dispute_id = d.id GROUP BY d.id"
                " HAVING count(p.person_id) <> 2"
            )
        ]
        problems += [
            f"dispute {row[0]} has no audit entry"
            for row in conn.execute(
                "SELECT id FROM disputes WHERE id NOT IN"
                " (SELECT record_id FROM audit_log WHERE kind = 'disputes' AND action = 'create')"
            )
        ]
        problems += [
            f"person {row[0]} belongs to no dispute"
            for row in conn.execute(
                "SELECT id FROM people WHERE id NOT IN (SELECT person_id FROM dispute_parties)"
            )
        ]
        return problems
    finally:
        conn.close()


def crash_rounds(path: Path, rounds: int, saves: int, seed: int) -> Tally:
    """Run `rounds` kill-and-check rounds on one growing station file."""
    rng = random.Random(seed)
    tally = Tally()
    if not path.exists():
        make_station(path)
    confirmed: list[int] = []
    for _ in range(rounds):
        reported = run_round(path, saves, rng)
        tally.rounds += 1
        tally.kills += 1
        confirmed.extend(reported)
        problems = check_file(path, confirmed)
        tally.lost += sum("reported saved but is gone" in problem for problem in problems)
        tally.problems.extend(problems)
    tally.confirmed = len(confirmed)
    return tally


def main(argv: list[str] | None = None) -> int:
    """Run the child, or the rounds and their report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", help="station file to use (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.child:
        save_disputes(Path(args.child), args.saves)
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.db) if args.db else Path(folder) / "crash.sqlite"
        started = time.monotonic()
        tally = crash_rounds(path, args.rounds, args.saves, args.seed)
        seconds = time.monotonic() - started
    print(
        f"rounds: {tally.rounds}, kills: {tally.kills}, saves confirmed before the kills:"
        f" {tally.confirmed}, records lost: {tally.lost}, other problems:"
        f" {len(tally.problems) - tally.lost} ({seconds:.0f} s)"
    )
    for problem in tally.problems[:20]:
        print(f"  {problem}")
    return 1 if tally.problems else 0


if __name__ == "__main__":
    sys.exit(main())
