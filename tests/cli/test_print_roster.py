"""`stationdesk print roster`: the weekly roster sheet from the command line."""

from __future__ import annotations

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


def one_clean_line(err: str) -> str:
    """The single line a failing command writes to stderr."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_prints_the_week_to_a_pdf(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "roster.pdf"
    assert run("print", "roster", "2026-W47", "--db", str(demo_path), "-o", str(output)) == 0
    assert str(output) in capsys.readouterr().out
    reader = PdfReader(output)
    assert len(reader.pages) == 1
    assert "2026-W47" in reader.pages[0].extract_text()


def test_language_can_be_chosen(demo_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "roster-en.pdf"
    database = ("--db", str(demo_path))
    assert run("print", "roster", "2026-W47", "--lang", "en", *database, "-o", str(output)) == 0
    assert "Weekly roster sheet" in PdfReader(output).pages[0].extract_text()


def test_a_week_that_does_not_exist(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "roster.pdf"
    assert run("print", "roster", "2026-W54", "--db", str(demo_path), "-o", str(output)) != 0
    assert "no ISO week 54" in one_clean_line(capsys.readouterr().err)
    assert not output.exists()


def test_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite"
    output = tmp_path / "roster.pdf"
    assert run("print", "roster", "2026-W47", "--db", str(missing), "-o", str(output)) != 0
    assert str(missing) in one_clean_line(capsys.readouterr().err)
    assert not missing.exists()
    assert not output.exists()


def test_an_output_folder_that_does_not_exist(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "no such folder" / "roster.pdf"
    assert run("print", "roster", "2026-W47", "--db", str(demo_path), "-o", str(output)) != 0
    assert "does not exist" in one_clean_line(capsys.readouterr().err)
    assert not output.parent.exists()
