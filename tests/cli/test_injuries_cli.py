"""`stationdesk list injuries|injury-figures` and `print injury|injury-case|injuries`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from stationdesk.__main__ import main


def run(*argv: str) -> int:
    """main() in-process; argparse's own exits become exit codes."""
    try:
        return main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


def text_of(path: Path) -> str:
    """All text of a PDF."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def one_clean_line(err: str) -> str:
    """The single line a failing command writes to stderr."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_lists_incidents_as_json_newest_first(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "injuries", "--db", str(demo_path), "--json", "--year", "2025") == 0
    rows = json.loads(capsys.readouterr().out)
    assert 6 <= len(rows) <= 8
    assert [r["occurred_at"] for r in rows] == sorted(
        (r["occurred_at"] for r in rows), reverse=True
    )
    assert {"assault", "false_accusation"} <= {r["cause"] for r in rows}
    assert all(r["occurred_at"].startswith("2025") for r in rows)


def test_lists_incidents_in_chinese(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run("list", "injuries", "--db", str(demo_path), "--lang", "zh", "--status", "closed") == 0
    )
    out = capsys.readouterr().out
    assert "暴力袭警" in out and "已结案" in out and "办理中" not in out


def test_the_figures_sit_next_to_last_year(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "injury-figures", "--db", str(demo_path), "--year", "2026", "--json") == 0
    this, last = json.loads(capsys.readouterr().out)
    assert (this["first"], last["first"]) == ("2026-01-01", "2025-01-01")
    assert this["incidents"] == sum(this["by_cause"].values())
    assert run("list", "injury-figures", "--db", str(demo_path), "--lang", "zh") == 0
    assert "绿色通道救治" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("form", "title"),
    [("injury", "民警因公受伤（受侵害）情况报告表"), ("injury-case", "民警执法权益保护案件情况表")],
)
def test_prints_the_forms_of_an_incident(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str, title: str
) -> None:
    output = tmp_path / f"{form}.pdf"
    assert run("print", form, "2", "--db", str(demo_path), "-o", str(output), "--lang", "zh") == 0
    assert title in text_of(output)
    assert str(output) in capsys.readouterr().out


def test_prints_the_annual_register(demo_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "register.pdf"
    args = ("print", "injuries", "--year", "2025", "--db", str(demo_path), "-o", str(output))
    assert run(*args, "--lang", "en") == 0
    text = text_of(output)
    assert "Register of injuries on duty and rights protection" in text
    assert "Treated through the green channel" in text


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("print", "injury", "999"), "there is no incident with id 999"),
        (("print", "injuries", "--year", "1800"), "'1800' is not a year"),
        (("list", "injuries", "--cause", "theft"), "invalid choice"),
    ],
)
def test_bad_input_gets_one_line(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    says: str,
) -> None:
    output = ("-o", str(tmp_path / "x.pdf")) if argv[0] == "print" else ()
    assert run(*argv, "--db", str(demo_path), *output) == 2
    assert says in one_clean_line(capsys.readouterr().err)
    assert not (tmp_path / "x.pdf").exists()


def test_history_of_an_incident(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("history", "incident", "2", "--db", str(demo_path), "--json") == 0
    actions = [entry["action"] for entry in json.loads(capsys.readouterr().out)]
    assert actions[0] == "create" and "injury" in actions
