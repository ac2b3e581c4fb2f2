"""Importing a household register written the way a clerk writes one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from messy_files import HEADINGS, household_rows, id_ending_in_x, person_id, write_csv, write_xlsx

from stationdesk.domain.search import SearchService
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import ImportStoppedError, SheetImportError, import_file
from stationdesk.store import Store, search_index
from stationdesk.store.audit import verify_chain

TODAY = date(2026, 11, 27)


def count(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def test_messy_xlsx_dry_run_reports_every_bad_row_and_changes_nothing(demo_store, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    before = count(demo_store, "audit_log")
    report = import_file(demo_store, KIND, path, dry_run=True, today=TODAY)
    assert report.added == {"households": 2, "people": 5, "residents": 5}
    reasons = {(p.row, p.column): p.reason for p in report.problems}
    # Title row 1, headings row 2, a blank row 5: the bad rows are 9, 10 and 11.
    assert "final X was lost" in reasons[(9, "身份证号码")]
    assert "lost its last digits" in reasons[(10, "身份证号码")]
    assert "check digit" in reasons[(11, "身份证号码")]
    assert "future" in reasons[(11, "登记日期")]
    assert not report.committed
    assert count(demo_store, "audit_log") == before
    assert count(demo_store, "households") == 0


def test_bad_rows_block_the_run_unless_skipped(demo_store, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    blocked = import_file(demo_store, KIND, path, today=TODAY)
    assert not blocked.committed and count(demo_store, "residents") == 0
    done = import_file(demo_store, KIND, path, skip_bad=True, today=TODAY)
    assert done.committed
    assert count(demo_store, "households") == 2 and count(demo_store, "residents") == 5


def test_importing_the_same_file_twice_adds_nothing_the_second_time(demo_store, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    import_file(demo_store, KIND, path, skip_bad=True, today=TODAY)
    audit = count(demo_store, "audit_log")
    again = import_file(demo_store, KIND, path, skip_bad=True, today=TODAY)
    assert not again.added and len(again.skipped) == 5
    assert count(demo_store, "audit_log") == audit


def test_cleaned_values_and_audit_name_the_file(demo_store, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    import_file(demo_store, KIND, path, skip_bad=True, today=TODAY)
    wife = demo_store.rows("SELECT * FROM people WHERE name = '李秀英'")[0]
    assert wife["phone"] == "13912345678"  # full-width digits
    son = demo_store.rows("SELECT * FROM people WHERE name = '张伟'")[0]  # trailing space
    household = demo_store.rows("SELECT * FROM households ORDER BY id")[0]
    assert household["registered_on"] == "2026-11-03"
    address = demo_store.get("addresses", household["address_id"])
    assert (address["road"], address["house_no"], address["building"], address["unit"]) == (
        "建设路",
        "12",
        "3",
        "2",
    )
    assert address["flat"] == "501"
    entry = demo_store.history("people", son["id"])[0]
    assert entry.action == "imported from 户籍登记.xlsx"
    serial = demo_store.rows("SELECT registered_on FROM households ORDER BY id")[1]
    assert serial["registered_on"] == "2025-12-09"  # Excel serial 46000


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_any_encoding_chinese_excel_saves(demo_store, tmp_path, encoding):
    path = write_csv(tmp_path / "register.csv", HEADINGS, household_rows(), encoding)
    report = import_file(demo_store, KIND, path, skip_bad=True, today=TODAY)
    assert report.committed and report.added["residents"] == 5
    assert demo_store.rows("SELECT name FROM people WHERE name = '张建国'")
    assert any("shows as 4.10403E+17" in p.reason for p in report.problems)


def test_one_head_per_household_and_one_address_per_person(demo_store, tmp_path):
    rows = [
        ["", "户主", "甲", "男", person_id(11), "", "幸福路1号", "姚电社区第一网格", "2026-01-01"],
        ["", "户主", "乙", "男", person_id(12), "", "幸福路1号", "姚电社区第一网格", "2026-01-01"],
        ["", "子", "丙", "男", person_id(13), "", "幸福路2号", "姚电社区第一网格", "2026-01-01"],
        ["", "户主", "丁", "男", person_id(14), "", "幸福路3号", "姚电社区第一网格", "2026-01-01"],
        ["", "户主", "丁", "男", person_id(14), "", "幸福路4号", "姚电社区第一网格", "2026-01-01"],
    ]
    report = import_file(
        demo_store, KIND, write_xlsx(tmp_path / "h.xlsx", HEADINGS, rows), today=TODAY
    )
    reasons = {p.row: p.reason for p in report.problems}
    assert "2 heads" in reasons[2] and "2 heads" in reasons[3]
    assert "0 heads: choose the head of household" in reasons[4]
    assert "same ID number is on row 5" in reasons[6]
    assert report.added == {"households": 1, "people": 1, "residents": 1}


def test_a_person_already_living_elsewhere_is_refused(demo_store, tmp_path):
    first = [
        ["", "户主", "甲", "男", person_id(21), "", "幸福路1号", "姚电社区第一网格", "2026-01-01"]
    ]
    moved = [
        ["", "户主", "甲", "男", person_id(21), "", "幸福路9号", "姚电社区第一网格", "2026-01-01"]
    ]
    import_file(demo_store, KIND, write_xlsx(tmp_path / "a.xlsx", HEADINGS, first), today=TODAY)
    report = import_file(
        demo_store, KIND, write_xlsx(tmp_path / "b.xlsx", HEADINGS, moved), today=TODAY
    )
    assert "lives at another address" in report.problems[0].reason


def test_unknown_grid_and_missing_columns_are_named(demo_store, tmp_path):
    rows = [["", "户主", "甲", "男", person_id(31), "", "幸福路1号", "没有的网格", "2026-01-01"]]
    report = import_file(
        demo_store, KIND, write_xlsx(tmp_path / "g.xlsx", HEADINGS, rows), today=TODAY
    )
    assert report.problems[0].column == "所属网格" and "no grid named" in report.problems[0].reason
    with pytest.raises(SheetImportError, match="required columns missing: 公民身份号码"):
        import_file(
            demo_store,
            KIND,
            write_xlsx(tmp_path / "m.xlsx", ["姓名", "住址", "所属网格", "与户主关系"], rows),
        )


def test_id_ending_in_x_typed_as_text_is_accepted(demo_store, tmp_path):
    rows = [
        [
            "",
            "户主",
            "赵强",
            "男",
            id_ending_in_x().lower(),
            "",
            "人民路8号",
            "姚电社区第一网格",
            "",
        ]
    ]
    report = import_file(
        demo_store, KIND, write_xlsx(tmp_path / "x.xlsx", HEADINGS, rows), today=TODAY
    )
    assert report.committed and not report.problems
    assert demo_store.scalar("SELECT id_number FROM people WHERE name = '赵强'").endswith("X")


def test_english_headings_are_understood(demo_store, tmp_path: Path):
    english = [
        "Household head",
        "Relationship to head",
        "Name",
        "Sex",
        "ID number",
        "Phone",
        "Address",
        "Grid",
        "Registered on",
    ]
    path = write_xlsx(tmp_path / "en.xlsx", english, household_rows()[:2])
    report = import_file(demo_store, KIND, path, today=TODAY)
    assert report.committed and report.added["residents"] == 2


def test_head_name_must_match_the_head_row(demo_store, tmp_path):
    rows = [
        ["甲", "户主", "甲", "男", person_id(51), "", "幸福路5号", "姚电社区第一网格", ""],
        [
            "乙",
            "妻子",
            "丙",
            "女",
            person_id(52, "female"),
            "",
            "幸福路5号",
            "姚电社区第一网格",
            "",
        ],
    ]
    path = write_xlsx(tmp_path / "h.xlsx", HEADINGS, rows)
    report = import_file(demo_store, KIND, path, today=TODAY)
    assert [(p.row, p.column) for p in report.problems] == [(3, "户主姓名")]
    assert "is 甲 (row 2), not 乙" in report.problems[0].reason


def test_wps_et_file_is_read(demo_store, tmp_path):
    xlsx = write_xlsx(tmp_path / "户籍.xlsx", HEADINGS, household_rows()[:2])
    et = tmp_path / "户籍.et"
    et.write_bytes(xlsx.read_bytes())
    report = import_file(demo_store, KIND, et, today=TODAY)
    assert report.committed and report.added["residents"] == 2


def test_the_audit_chain_holds_after_a_bulk_import(demo_store, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    import_file(demo_store, KIND, path, skip_bad=True, today=TODAY)
    assert verify_chain(demo_store.conn) == []
    household = demo_store.rows("SELECT id FROM households ORDER BY id")[0]["id"]
    entry = demo_store.history("households", household)[0]
    assert entry.action == "imported from 户籍登记.xlsx"
    assert entry.changes["registered_on"] == [None, "2026-11-03"]


def test_an_import_leaves_no_names_behind_in_the_token_caches(demo_store, tmp_path):
    """A register of 300,000 people would otherwise keep a couple of hundred MB of tokens."""
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    assert import_file(demo_store, KIND, path, skip_bad=True, today=TODAY).committed
    assert search_index.name_tokens.cache_info().currsize == 0
    assert search_index._name_document.cache_info().currsize == 0
    hits = SearchService(demo_store).hits("张建国", "people")  # the index itself is complete
    assert hits and all(hit.kind == "people" for hit in hits)


@pytest.mark.parametrize("stop_at", ["checking", "writing"])
def test_a_run_stopped_by_the_user_writes_nothing(demo_store, tmp_path, stop_at):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    entries = count(demo_store, "audit_log")

    def progress(done: int, total: int) -> None:
        if stop_at == "checking" or done == total:
            raise ImportStoppedError

    report = import_file(demo_store, KIND, path, skip_bad=True, today=TODAY, progress=progress)
    assert report.cancelled and not report.committed
    assert report.summary() == "户籍登记.xlsx: cancelled; nothing was imported"
    assert count(demo_store, "households") == 0 and count(demo_store, "audit_log") == entries
