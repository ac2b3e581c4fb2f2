"""The import, template and export commands."""

from __future__ import annotations

import json

import pytest
from messy_files import HEADINGS, household_rows, write_xlsx
from python_calamine import CalamineWorkbook

from stationdesk.cli import run
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import import_file
from stationdesk.store import open_store


def call(argv, capsys):
    code = run(argv, open_window=lambda _args: 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def read_back(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_import_lists_every_bad_row_and_exits_2_when_blocked(demo_path, tmp_path, capsys):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    code, out, err = call(["import", "households", str(path), "--db", str(demo_path)], capsys)
    assert code == 2 and "nothing was imported" in err and "Traceback" not in err
    assert "row 9, 身份证号码" in out and "row 10, 身份证号码" in out and "row 11, 登记日期" in out
    code, out, _ = call(
        ["import", "households", str(path), "--db", str(demo_path), "--dry-run"], capsys
    )
    assert code == 0 and "would add 2 households" in out
    code, out, _ = call(
        ["import", "households", str(path), "--db", str(demo_path), "--skip-bad"], capsys
    )
    assert code == 0 and "added 2 households" in out
    code, out, _ = call(
        ["import", "households", str(path), "--db", str(demo_path), "--skip-bad"], capsys
    )
    assert code == 0 and "added nothing" in out
    assert "skipped, already a resident of this household: rows 3-4, 6-8" in out


def test_import_reports_in_chinese_with_lang_zh(demo_path, tmp_path, capsys):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    argv = ["import", "households", str(path), "--db", str(demo_path), "--lang", "zh"]
    code, out, err = call(argv, capsys)
    assert code == 2 and err.startswith("stationdesk: 3 行有错，未导入任何内容")
    assert "将新增 住户 2 户" in out and "第 11 行，登记日期：登记日期不能晚于今天" in out
    code, out, _ = call([*argv, "--skip-bad"], capsys)
    assert code == 0 and "已新增 住户 2 户" in out
    code, out, _ = call([*argv, "--skip-bad"], capsys)
    assert "已跳过（已是该户成员）：第 3-4, 6-8 行" in out


def test_bad_kind_or_file_is_one_line(demo_path, tmp_path, capsys):
    code, _, err = call(["import", "cats", "x.xlsx", "--db", str(demo_path)], capsys)
    assert code == 2 and err.count("\n") == 1 and "households" in err
    code, _, err = call(
        ["import", "officers", str(tmp_path / "no.xlsx"), "--db", str(demo_path)], capsys
    )
    assert code == 2 and "does not exist" in err
    (tmp_path / "notes.txt").write_text("x")
    code, _, err = call(
        ["import", "officers", str(tmp_path / "notes.txt"), "--db", str(demo_path)], capsys
    )
    assert code == 2 and ".csv" in err


def test_template_has_both_languages_and_imports_back(demo_path, tmp_path, capsys):
    path = tmp_path / "officers.xlsx"
    code, _, _ = call(["template", "officers", "-o", str(path), "--db", str(demo_path)], capsys)
    assert code == 0
    headings = read_back(path)[0]
    assert "警号\nBadge number" in headings
    code, out, _ = call(["import", "officers", str(path), "--db", str(demo_path)], capsys)
    assert code == 0 and "0 rows" in out


def test_export_masks_and_keeps_chinese_and_is_audited(demo_store, demo_path, tmp_path, capsys):
    xlsx, csv_path = tmp_path / "officers.xlsx", tmp_path / "officers.csv"
    code, out, _ = call(
        ["export", "officers", "-o", str(xlsx), "--db", str(demo_path), "--lang", "zh"], capsys
    )
    assert code == 0 and "masked" in out
    rows = read_back(xlsx)
    assert rows[0][:3] == ["姓名", "人员类别", "警号"]
    phones = [row[5] for row in rows[1:] if row[5]]
    assert phones and all("****" in phone for phone in phones)
    call(["export", "disputes", "-o", str(csv_path), "--db", str(demo_path), "--full"], capsys)
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Received on" in csv_path.read_text(encoding="utf-8-sig")
    entries = demo_store.rows("SELECT action, changes FROM audit_log WHERE kind = 'exports'")
    assert len(entries) == 2 and json.loads(entries[1]["changes"])["full"] == [None, True]


def test_export_of_grids_reimports_unchanged(demo_path, tmp_path, capsys):
    path = tmp_path / "grids.xlsx"
    call(
        ["export", "grids", "-o", str(path), "--db", str(demo_path), "--lang", "zh", "--full"],
        capsys,
    )
    code, out, _ = call(["import", "grids", str(path), "--db", str(demo_path)], capsys)
    assert code == 0 and "added nothing" in out


def test_disputes_export_follows_the_filter_options(demo_store, demo_path, tmp_path, capsys):
    path = tmp_path / "open.csv"
    code, out, _ = call(
        ["export", "disputes", "-o", str(path), "--db", str(demo_path), "--status", "open"], capsys
    )
    expected = demo_store.scalar(
        "SELECT count(*) FROM disputes WHERE status = 'open' AND voided_at IS NULL"
    )
    assert code == 0 and f": {expected} rows" in out
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == expected + 1 and all(",Open," in line for line in lines[1:])
    code, _, err = call(
        [
            "export",
            "disputes",
            "-o",
            str(path),
            "--db",
            str(demo_path),
            "--from",
            "2026-11-01",
            "--to",
            "2026-10-01",
        ],
        capsys,
    )
    assert code == 2 and "after" in err


@pytest.mark.usefixtures("large_imports")
def test_a_large_import_is_searchable_when_the_command_ends(demo_path, tmp_path, capsys):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    argv = ["import", "households", str(path), "--db", str(demo_path), "--skip-bad"]
    code, out, err = call([*argv, "--lang", "zh"], capsys)
    assert code == 0 and "已新增 住户 2 户" in out
    assert err.startswith("stationdesk: 正在为") and "条新记录建立检索" in err
    code, out, _ = call(["search", "李秀英", "--db", str(demo_path), "--kind", "people"], capsys)
    assert code == 0 and "李秀英" in out


@pytest.mark.usefixtures("large_imports")
def test_a_search_first_indexes_what_an_interrupted_import_left(demo_path, tmp_path, capsys):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    with open_store(demo_path, "tester") as store:  # as if the command was ended after its commit
        assert import_file(store, KIND, path, skip_bad=True).committed
        assert store.search_index.pending() > 0
    code, out, err = call(["search", "李秀英", "--db", str(demo_path)], capsys)
    assert code == 0 and "李秀英" in out and "new records searchable" in err
    with open_store(demo_path, "tester") as store:
        assert store.search_index.pending() == 0
