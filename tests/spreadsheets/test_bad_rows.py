"""The bad rows of an import saved to a file, corrected there, and imported from it."""

from __future__ import annotations

from datetime import date

from messy_files import HEADINGS, household_rows, id_ending_in_x, person_id, write_xlsx
from python_calamine import CalamineWorkbook

from stationdesk.cli import run
from stationdesk.spreadsheets.bad_rows import write_bad_rows
from stationdesk.spreadsheets.columns import PROBLEMS_HEADING
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import import_file

TODAY = date(2026, 11, 27)
ID, REGISTERED = HEADINGS.index("身份证号码"), HEADINGS.index("登记日期")


def read_back(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_bad_rows_are_saved_with_their_reasons_then_corrected_and_imported(demo_store, tmp_path):
    source = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    report = import_file(demo_store, KIND, source, skip_bad=True, today=TODAY)
    assert report.added["households"] == 2
    bad = tmp_path / "户籍登记-错误行.xlsx"
    assert write_bad_rows(demo_store, KIND, source, report, bad, lang="zh") == 3

    [headings, *rows] = read_back(bad)
    assert headings == [*HEADINGS, PROBLEMS_HEADING]
    assert [row[2] for row in rows] == ["赵强", "钱多", "孙丽"]
    assert "身份证号码：身份证号码只有 17 位" in rows[0][-1]
    assert "登记日期：登记日期不能晚于今天" in rows[2][-1] and "校验码" in rows[2][-1]

    rows[0][ID] = id_ending_in_x()
    rows[1][ID] = person_id(7)
    rows[2][ID], rows[2][REGISTERED] = person_id(6, "female"), "2026-10-01"
    corrected = write_xlsx(tmp_path / "户籍登记-改正.xlsx", headings, rows)
    again = import_file(demo_store, KIND, corrected, today=TODAY)
    assert again.committed and not again.problems and not again.unknown_headings
    assert again.added["households"] == 3


def test_the_command_line_saves_the_bad_rows_with_bad_rows(demo_path, tmp_path, capsys):
    source = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    bad = tmp_path / "bad.csv"
    argv = ["import", "households", str(source), "--db", str(demo_path), "--bad-rows", str(bad)]
    assert run(argv, open_window=lambda _args: 0) == 2
    assert f"the bad rows are in {bad}" in capsys.readouterr().out
    text = bad.read_text(encoding="utf-8-sig")
    assert text.count("\n") == 4 and "final X was lost" in text  # headings and 3 bad rows
    assert run([*argv[:-1], str(tmp_path / "bad.txt")], open_window=lambda _args: 0) == 2
    assert "write .xlsx or .csv" in capsys.readouterr().err
