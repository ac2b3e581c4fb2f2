"""`stationdesk export households|visits|coverage|due|injuries`: the same rows as `list` with
the same options, phones masked unless --full, medical details only in a full export, and
every export in the audit trail."""

from __future__ import annotations

import json

import pytest
from python_calamine import CalamineWorkbook

from stationdesk.cli import run
from stationdesk.spreadsheets.export import EXPORT_KIND
from stationdesk.store import open_store


def call(argv, capsys):
    code = run(argv, open_window=lambda _args: 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def export(capsys, demo_path, path, *argv):
    return call(["export", *argv, "-o", str(path), "--db", str(demo_path)], capsys)


def read_back(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def listed_ids(capsys, demo_path, *argv):
    code, out, _ = call(["list", *argv, "--json", "--db", str(demo_path)], capsys)
    assert code == 0
    return [line["id"] for line in json.loads(out)]


def test_households_export_has_the_listed_households_with_phones_masked(
    demo_path, tmp_path, capsys
):
    options = ["--flag", "elderly_alone", "--grid", "2"]
    expected = listed_ids(capsys, demo_path, "households", *options)
    path = tmp_path / "独居老人.xlsx"
    code, out, _ = call(
        ["export", "households", *options, "-o", str(path), "--db", str(demo_path), "--lang", "zh"],
        capsys,
    )
    assert code == 0 and f": {len(expected)} rows, ID and phone numbers masked" in out
    rows = read_back(path)
    assert rows[0] == [
        "户号",
        "所属网格",
        "住址",
        "户主",
        "联系电话",
        "人数",
        "关注标记",
        "最近走访",
    ]
    assert [int(row[0]) for row in rows[1:]] == expected
    assert all("独居老人" in row[6] for row in rows[1:])
    assert all(not row[4] or "****" in row[4] for row in rows[1:])


def test_a_full_export_is_asked_for_and_audited(demo_path, tmp_path, capsys):
    path = tmp_path / "households.csv"
    code, out, _ = call(
        ["export", "households", "--full", "-o", str(path), "--db", str(demo_path)], capsys
    )
    assert code == 0 and "masked" not in out
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert any(line.count(",1") and "****" not in line for line in lines[1:])
    with open_store(demo_path, "checker") as store:
        entry = store.history(EXPORT_KIND, 0)[-1]
    assert entry.changes["list"] == [None, "households"]
    assert entry.changes["full"] == [None, True]
    assert entry.changes["rows"] == [None, len(lines) - 1]


def test_visits_export_takes_the_visit_filter_and_refuses_a_backward_period(
    demo_path, tmp_path, capsys
):
    options = ["--from", "2026-10-01", "--to", "2026-10-31", "--officer", "3"]
    expected = listed_ids(capsys, demo_path, "visits", *options)
    path = tmp_path / "visits.xlsx"
    code, _, _ = call(
        ["export", "visits", *options, "-o", str(path), "--db", str(demo_path)], capsys
    )
    assert code == 0
    rows = read_back(path)
    assert [int(row[0]) for row in rows[1:]] == expected
    assert all("2026-10-01" <= row[1] <= "2026-10-31" for row in rows[1:])
    period = ["--from", "2026-11-01", "--to", "2026-10-01"]
    code, _, err = call(
        ["export", "visits", *period, "-o", str(path), "--db", str(demo_path)],
        capsys,
    )
    assert code == 2 and "after" in err and len(err.strip().splitlines()) == 1


def test_coverage_and_due_exports(demo_path, tmp_path, capsys):
    path = tmp_path / "coverage.xlsx"
    period = ["--from", "2026-09-01", "--to", "2026-11-25"]
    code, _, _ = export(
        capsys, demo_path, path, "coverage", "--by", "officer", *period, "--lang", "zh"
    )
    assert code == 0
    rows = read_back(path)
    assert rows[0][:4] == ["民警", "户数", "已走访户数", "走访覆盖率"]
    assert len(rows) > 1 and all(row[3].endswith("%") for row in rows[1:])
    path = tmp_path / "due.xlsx"
    code, _, _ = call(
        ["export", "due", "--flagged", "-o", str(path), "--db", str(demo_path)], capsys
    )
    assert code == 0
    rows = read_back(path)
    assert rows[0][-1] == "Days since" and len(rows) > 1
    assert all(row[4] for row in rows[1:])


def test_injuries_export_gives_medical_details_only_in_full(demo_path, tmp_path, capsys):
    expected = listed_ids(capsys, demo_path, "injuries", "--status", "closed")
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    for path, extra in ((masked, []), (full, ["--full"])):
        code, _, _ = export(
            capsys, demo_path, path, "injuries", "--status", "closed", *extra, "--lang", "zh"
        )
        assert code == 0
    masked_rows, full_rows = read_back(masked), read_back(full)
    assert [int(row[0]) for row in masked_rows[1:]] == expected
    assert "医疗信息（隐私）" not in masked_rows[0]
    assert full_rows[0][-1] == "医疗信息（隐私）"
    assert any(row[-1] for row in full_rows[1:])
    assert all(row[-1] == "已结案" for row in masked_rows[1:])


def test_unknown_list_names_the_lists_and_exits_2(demo_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        call(["export", "people", "-o", str(tmp_path / "x.xlsx"), "--db", str(demo_path)], capsys)
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "households" in err and "Traceback" not in err
