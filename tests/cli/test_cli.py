"""The command line, run as a clerk or a scheduled task would run it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from stationdesk import __version__, paths
from stationdesk.__main__ import main
from stationdesk.store import Store, open_store


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


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version") == 0
    assert __version__ in capsys.readouterr().out


def test_demo_creates_a_station_and_never_overwrites_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "made.sqlite"
    assert run("demo", "--db", str(path), "--as-of", "2026-11-25") == 0
    out = capsys.readouterr().out
    with open_store(path, "tester") as store:
        officers = store.scalar("SELECT count(*) FROM officers")
        grids = store.scalar("SELECT count(*) FROM grids")
    assert f"{grids} grid nodes, {officers} officers" in out
    before = path.read_bytes()

    assert run("demo", "--db", str(path)) != 0
    assert "already exists" in one_clean_line(capsys.readouterr().err)
    assert path.read_bytes() == before


def test_demo_without_db_goes_where_demo_opens(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("demo", "--as-of", "2026-11-25") == 0
    assert str(paths.demo_db_path()) in capsys.readouterr().out
    assert paths.demo_db_path().exists()
    assert not paths.default_db_path().exists()  # the real station's file is left alone


def test_demo_with_a_bad_date_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "made.sqlite"
    assert run("demo", "--db", str(path), "--as-of", "25/11/2026") != 0
    assert "25/11/2026" in one_clean_line(capsys.readouterr().err)
    assert not path.exists()


def test_check_passes_on_the_demo(
    demo_store: Store, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = demo_store.scalar("SELECT count(*) FROM audit_log")
    assert run("check", "--db", str(demo_path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "integrity_check: ok",
        "foreign_key_check: ok",
        f"audit chain ({entries} entries): ok",
    ]


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="needs the sqlite3 shell")
def test_check_names_an_entry_changed_with_the_sqlite3_shell(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subprocess.run(
        [
            "sqlite3",
            str(demo_path),
            "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET changes='{}' WHERE id=5;",
        ],
        check=True,
        capture_output=True,
    )
    assert run("check", "--db", str(demo_path)) == 1
    out = capsys.readouterr().out
    assert "audit chain" in out and "FAILED" in out
    assert "audit entry 5 " in out
    assert "audit_log_no_update" in out


def test_history_of_an_officer(
    demo_store: Store, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    officer_id = int(demo_store.scalar("SELECT min(officer_id) FROM officer_grids"))
    entries = demo_store.history("officers", officer_id)
    assert run("history", "officer", str(officer_id), "--db", str(demo_path)) == 0
    out = capsys.readouterr().out
    headlines = [line for line in out.splitlines() if not line.startswith(" ")]
    assert [line.split()[-1] for line in headlines] == [e.action for e in entries]
    assert "grids:" in out

    assert run("history", "officers", str(officer_id), "--json", "--db", str(demo_path)) == 0
    assert json.loads(capsys.readouterr().out) == [asdict(e) for e in entries]


def test_history_of_a_missing_record_fails_cleanly(
    demo_store: Store, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = int(demo_store.scalar("SELECT max(id) FROM officers")) + 1
    assert run("history", "officer", str(missing), "--db", str(demo_path)) != 0
    captured = capsys.readouterr()
    assert str(missing) in one_clean_line(captured.err)
    assert captured.out == ""


@pytest.mark.parametrize(
    ("kind", "record_id", "named"), [("patrol", "1", "patrol"), ("officer", "seven", "seven")]
)
def test_history_with_bad_arguments_fails_cleanly(
    demo_path: Path, capsys: pytest.CaptureFixture[str], kind: str, record_id: str, named: str
) -> None:
    assert run("history", kind, record_id, "--db", str(demo_path)) != 0
    assert named in one_clean_line(capsys.readouterr().err)


def test_list_officers_json_matches_the_store(
    demo_store: Store, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "officers", "--json", "--db", str(demo_path)) == 0
    listed = json.loads(capsys.readouterr().out)
    stored = demo_store.rows("SELECT id, badge_no FROM officers WHERE voided_at IS NULL")
    assert sorted((o["id"], o["badge_no"]) for o in listed) == sorted(
        (o["id"], o["badge_no"]) for o in stored
    )


def test_list_grids_json_matches_the_store(
    demo_store: Store, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --db and --lang given before the subcommand must be honoured too.
    assert run("--db", str(demo_path), "--lang", "zh", "list", "grids", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    stored = demo_store.rows("SELECT id, name FROM grids WHERE voided_at IS NULL")
    assert sorted((g["id"], g["name"]) for g in listed) == sorted(
        (g["id"], g["name"]) for g in stored
    )
    levels = {row["id"]: row["level"] for row in demo_store.rows("SELECT id, level FROM grids")}
    streets = [g for g in listed if levels[g["id"]] == 1]
    assert {g["level"] for g in streets} == {"街道/乡镇"}


def test_list_as_a_table(
    demo_store: Store, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "officers", "--lang", "en", "--db", str(demo_path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "name", "kind"]
    assert len(lines) == 2 + demo_store.scalar("SELECT count(*) FROM officers")


def test_print_roster_with_a_bad_week_fails_cleanly(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "roster.pdf"
    assert run("print", "roster", "next week", "-o", str(output), "--db", str(demo_path)) != 0
    assert "2026-W47" in one_clean_line(capsys.readouterr().err)
    assert not output.exists()


def test_missing_database_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite"
    assert run("check", "--db", str(missing)) != 0
    assert str(missing) in one_clean_line(capsys.readouterr().err)
    assert not missing.exists()


def test_installed_command_shows_no_traceback(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("stationdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "stationdesk"]
    result = subprocess.run(
        [*command, "history", "officer", "not-a-number", "--db", str(tmp_path / "x.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert "not-a-number" in one_clean_line(result.stderr)
