"""`stationdesk print dispute|session|agreement|ledger`: the dispute forms from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from stationdesk.__main__ import main
from stationdesk.store import Store


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


def text_of(path: Path) -> str:
    """All text of a PDF."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def first_id(store: Store, table: str) -> str:
    """The smallest id of a table, as the command line takes it."""
    return str(store.scalar(f"SELECT min(id) FROM {table} WHERE voided_at IS NULL"))


@pytest.mark.parametrize(
    ("form", "table", "title"),
    [
        ("dispute", "disputes", "矛盾纠纷登记表"),
        ("session", "mediation_sessions", "调解笔录"),
        ("agreement", "agreements", "人民调解协议书"),
    ],
)
def test_prints_a_record(
    demo_store: Store,
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    form: str,
    table: str,
    title: str,
) -> None:
    output = tmp_path / f"{form}.pdf"
    record = first_id(demo_store, table)
    assert (
        run("print", form, record, "--lang", "zh", "--db", str(demo_path), "-o", str(output)) == 0
    )
    assert str(output) in capsys.readouterr().out
    assert title in text_of(output)


def test_prints_the_ledger_in_english(demo_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "ledger.pdf"
    dates = ("--from", "2025-01-01", "--to", "2025-03-31")
    assert (
        run("print", "ledger", *dates, "--lang", "en", "--db", str(demo_path), "-o", str(output))
        == 0
    )
    text = text_of(output)
    assert "Dispute ledger" in text
    assert "Totals" in text


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("dispute", "999999"), "no dispute with id 999999"),
        (("session", "999999"), "999999"),
        (("agreement", "999999"), "999999"),
        (("agreement", "seven"), "seven"),
        (("ledger", "--from", "2025-1-1", "--to", "2025-03-31"), "2025-1-1"),
        (("ledger", "--from", "2025-04-01", "--to", "2025-03-31"), "is after"),
        (("ledger", "--from", "2025-01-01"), "--to"),
    ],
)
def test_bad_input_fails_cleanly(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    says: str,
) -> None:
    output = tmp_path / "form.pdf"
    assert run("print", *argv, "--db", str(demo_path), "-o", str(output)) != 0
    assert says in one_clean_line(capsys.readouterr().err)
    assert not output.exists()


@pytest.mark.parametrize(
    "argv", [("dispute", "1"), ("ledger", "--from", "2025-01-01", "--to", "2025-12-31")]
)
def test_an_output_folder_that_does_not_exist(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    output = tmp_path / "no such folder" / "form.pdf"
    assert run("print", *argv, "--db", str(demo_path), "-o", str(output)) != 0
    assert "does not exist" in one_clean_line(capsys.readouterr().err)
    assert not output.parent.exists()


def test_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite"
    output = tmp_path / "agreement.pdf"
    assert run("print", "agreement", "1", "--db", str(missing), "-o", str(output)) != 0
    assert str(missing) in one_clean_line(capsys.readouterr().err)
    assert not missing.exists()
    assert not output.exists()
