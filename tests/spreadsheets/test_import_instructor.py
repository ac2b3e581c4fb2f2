"""An instructor imports only into their own grids: each row outside them is listed with its
reason, like any other bad row, and the rows in their grids go in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from messy_files import DISPUTE_HEADINGS, HEADINGS, household_rows, person_id, write_xlsx

from stationdesk.domain.accounts import AccountService
from stationdesk.domain.demo import DEMO_PASSWORD
from stationdesk.spreadsheets.importing import import_file
from stationdesk.spreadsheets.kinds import KINDS
from stationdesk.store import Store, open_store

TODAY = date(2026, 11, 27)
OWN_GRID = "东苑社区第一网格"  # one of the demo instructor's grids
OUTSIDE_GRID = "姚电社区第一网格"
OUTSIDE = "own grids"


@contextmanager
def signed_in(path: Path, username: str) -> Iterator[Store]:
    store = open_store(path, "tester")
    try:
        AccountService(store).sign_in(username, DEMO_PASSWORD)
        yield store
    finally:
        store.close()


def instructors_officer(store: Store) -> str:
    """The name of the officer the instructor's account is linked to."""
    return store.scalar(
        "SELECT o.name FROM officers o JOIN accounts a ON a.officer_id = o.id"
        " WHERE a.username = 'instructor'"
    )


def register(tmp_path: Path) -> Path:
    """The messy register with its first household (rows 2-5) moved into the instructor's grid."""
    rows = household_rows()
    for row in rows[:4]:
        if row:
            row[HEADINGS.index("所属网格")] = OWN_GRID
    return write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, rows)


def test_rows_outside_the_instructors_grids_are_listed_and_the_rest_imported(
    accounts_path, tmp_path
):
    with signed_in(accounts_path, "instructor") as store:
        report = import_file(
            store, KINDS["households"], register(tmp_path), skip_bad=True, today=TODAY
        )
        assert report.committed and report.added["households"] == 1
        outside = {p.row for p in report.problems if OUTSIDE in p.reason}
        assert outside == {6, 7, 8, 9, 10}  # every row in 姚电社区 (孙丽's has other faults too)
        assert {p.column for p in report.problems if OUTSIDE in p.reason} == {"所属网格"}
        assert not any("choose the grid" in p.reason for p in report.problems)  # said once
        imported = store.rows(
            "SELECT p.id_number, g.name AS grid FROM people p"
            " JOIN residents r ON r.person_id = p.id JOIN households h ON h.id = r.household_id"
            f" JOIN grids g ON g.id = h.grid_id WHERE p.id_number IN ({', '.join('?' * 5)})",
            [
                person_id(n, sex)
                for n, sex in (
                    (1, "male"),
                    (2, "female"),
                    (3, "male"),
                    (4, "female"),
                    (5, "female"),
                )
            ],
        )
        assert len(imported) == 2 and {row["grid"] for row in imported} == {OWN_GRID}


def test_an_instructors_import_that_blocks_on_bad_rows_changes_nothing(accounts_path, tmp_path):
    with signed_in(accounts_path, "instructor") as store:
        households = store.scalar("SELECT count(*) FROM households")
        entries = store.scalar("SELECT count(*) FROM audit_log")
        report = import_file(store, KINDS["households"], register(tmp_path), today=TODAY)
        assert not report.committed
        assert any(OUTSIDE in p.reason for p in report.problems)
        assert store.scalar("SELECT count(*) FROM households") == households
        assert store.scalar("SELECT count(*) FROM audit_log") == entries


def test_disputes_outside_the_instructors_grids_are_listed(accounts_path, tmp_path):
    with signed_in(accounts_path, "instructor") as store:
        officer = instructors_officer(store)
        rows = [
            ["2026/11/20", "邻里纠纷", OWN_GRID, "楼上漏水", "C", officer, "甲", "", "乙"],
            ["2026/11/21", "邻里纠纷", OUTSIDE_GRID, "噪音扰民", "D", officer, "丙", "", "丁"],
        ]
        path = write_xlsx(tmp_path / "纠纷台账.xlsx", DISPUTE_HEADINGS, rows)
        report = import_file(store, KINDS["disputes"], path, skip_bad=True, today=TODAY)
        assert report.added == {"disputes": 1}
        [problem] = report.problems
        assert problem.row == 3 and OUTSIDE in problem.reason and OUTSIDE_GRID in problem.reason
        assert store.scalar("SELECT count(*) FROM disputes WHERE summary = '噪音扰民'") == 0


def test_visits_to_households_outside_the_instructors_grids_are_listed(accounts_path, tmp_path):
    with signed_in(accounts_path, "clerk") as store:
        import_file(store, KINDS["households"], register(tmp_path), skip_bad=True, today=TODAY)
        officer = instructors_officer(store)
    headings = ["住址", "走访日期", "走访事由", "走访民警"]
    rows = [
        ["建设路12号3栋2单元501室", "2026/11/20", "反诈宣传", officer],  # the instructor's grid
        ["建设路14号", "2026/11/20", "回访", officer],  # 王芳's, in 姚电社区第二网格
    ]
    path = write_xlsx(tmp_path / "走访.xlsx", headings, rows)
    with signed_in(accounts_path, "instructor") as store:
        report = import_file(store, KINDS["visits"], path, skip_bad=True, today=TODAY)
        assert report.added == {"visits": 1}
        [problem] = report.problems
        assert problem.row == 3 and OUTSIDE in problem.reason and "第二网格" in problem.reason
