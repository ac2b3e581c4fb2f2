"""A dry run's reading and checks of a register, reused by the import that follows it while the
file, the station's records, the day and the user are unchanged."""

from __future__ import annotations

import os
from datetime import date

import pytest
from messy_files import HEADINGS, household_rows, write_xlsx

from stationdesk.domain.people import PeopleService, PersonInput
from stationdesk.spreadsheets import households
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import Prepared, import_file

TODAY = date(2026, 11, 25)


@pytest.fixture
def rows_checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The row numbers the household checks went through, in order."""
    seen: list[int] = []
    check = households.RowChecks.resident

    def counted(self, record):
        seen.append(record.row)
        return check(self, record)

    monkeypatch.setattr(households.RowChecks, "resident", counted)
    return seen


def households_at(store, road: str) -> int:
    return store.scalar(
        "SELECT count(*) FROM households h JOIN addresses a ON a.id = h.address_id"
        " WHERE a.road = ?",
        [road],
    )


def test_the_import_after_a_dry_run_reuses_its_checks(demo_store, tmp_path, rows_checked):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    prepared = Prepared()
    check = import_file(
        demo_store, KIND, path, dry_run=True, skip_bad=True, today=TODAY, prepared=prepared
    )
    checked = len(rows_checked)
    assert checked == check.rows
    done = import_file(demo_store, KIND, path, skip_bad=True, today=TODAY, prepared=prepared)
    assert len(rows_checked) == checked  # not checked twice
    assert done.committed and done.added == check.added
    assert [p.line() for p in done.problems] == [p.line() for p in check.problems]
    assert households_at(demo_store, "建设路") == 2  # 12号 and 14号
    assert prepared.records == [] and prepared.checked == {}  # let go once imported


def test_a_file_changed_after_the_dry_run_is_read_and_checked_again(
    demo_store, tmp_path, rows_checked
):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    prepared = Prepared()
    import_file(demo_store, KIND, path, dry_run=True, skip_bad=True, today=TODAY, prepared=prepared)
    moved = [
        [*row[:6], row[6].replace("建设路", "幸福路"), *row[7:]] if row else row
        for row in household_rows()
    ]
    write_xlsx(path, HEADINGS, moved)
    os.utime(path, ns=(1, 1))  # a different time, however fast the file was rewritten
    checked = len(rows_checked)
    done = import_file(demo_store, KIND, path, skip_bad=True, today=TODAY, prepared=prepared)
    assert len(rows_checked) == 2 * checked
    assert done.committed
    assert households_at(demo_store, "幸福路") == 2 and households_at(demo_store, "建设路") == 0


def test_records_saved_after_the_dry_run_mean_checking_again(demo_store, tmp_path, rows_checked):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    prepared = Prepared()
    import_file(demo_store, KIND, path, dry_run=True, skip_bad=True, today=TODAY, prepared=prepared)
    checked = len(rows_checked)
    PeopleService(demo_store).create(PersonInput("王芳", phone="13700001111"))
    import_file(demo_store, KIND, path, skip_bad=True, today=TODAY, prepared=prepared)
    assert len(rows_checked) == 2 * checked


def test_the_sheet_is_read_again_only_when_the_file_changed(demo_store, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    prepared = Prepared()
    first = prepared.sheet_of(path)
    assert prepared.sheet_of(path) is first
    write_xlsx(path, HEADINGS, household_rows()[:2])
    os.utime(path, ns=(1, 1))
    assert len(prepared.sheet_of(path).rows) == 3  # the headings and two rows
    report = import_file(demo_store, KIND, path, dry_run=True, skip_bad=True, prepared=prepared)
    assert report.rows == 2 and prepared.sheet is None  # the records hold what is needed
