"""The command line on a station with accounts: credentials for every command, exit 3 when
the role may not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stationdesk.__main__ import main
from stationdesk.spreadsheets.reading import read_sheet
from stationdesk.store import open_store


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


def closed_dispute(path: Path) -> int:
    with open_store(path, "tester") as store:
        return int(
            store.scalar(
                "SELECT min(id) FROM disputes WHERE status IN"
                " ('settled', 'referred', 'escalated', 'withdrawn')"
            )
        )


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The unattended way: the password from STATIONDESK_PASSWORD."""
    monkeypatch.setenv("STATIONDESK_PASSWORD", "demo")


def test_every_command_on_a_station_with_accounts_needs_a_user(
    accounts_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "officers", "--db", str(accounts_path)) == 3
    err = capsys.readouterr().err
    assert err.strip() == (
        "stationdesk: not allowed: this station has accounts:"
        " give --user NAME (or set STATIONDESK_USER)"
    )


def test_the_password_is_asked_without_echo(
    accounts_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "demo")
    assert run("list", "officers", "--db", str(accounts_path), "--user", "clerk") == 0
    assert asked == ["Password: "]
    assert "demo" not in capsys.readouterr().out


@pytest.mark.usefixtures("password")
def test_a_clerk_cannot_sign_off_a_dispute_and_the_chief_can(
    accounts_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dispute_id = closed_dispute(accounts_path)
    db = ["--db", str(accounts_path)]
    assert run("sign-off", str(dispute_id), *db, "--user", "clerk") == 3
    assert "a clerk may not sign off disputes" in capsys.readouterr().err
    assert run("sign-off", str(dispute_id), *db, "--user", "chief") == 0
    assert f"dispute {dispute_id} signed off by chief" in capsys.readouterr().out


@pytest.mark.usefixtures("password")
def test_the_user_may_come_from_the_environment_for_a_scheduled_task(
    accounts_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATIONDESK_USER", "admin")
    assert run("backup", "--db", str(accounts_path), "--to", str(accounts_path.parent)) == 0
    monkeypatch.setenv("STATIONDESK_USER", "auditor")
    assert run("backup", "--db", str(accounts_path), "--to", str(accounts_path.parent)) == 3


def test_a_wrong_password_is_refused_and_noted(
    accounts_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATIONDESK_PASSWORD", "wrong")
    assert run("list", "officers", "--db", str(accounts_path), "--user", "chief") == 3
    assert "wrong user name or password" in capsys.readouterr().err
    with open_store(accounts_path, "tester") as store:
        assert store.scalar("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'") == 1


@pytest.mark.usefixtures("password")
def test_printing_is_in_the_records_history_and_a_clerk_gets_no_medical_details(
    accounts_path: Path, tmp_path: Path
) -> None:
    with open_store(accounts_path, "tester") as store:
        incident_id = int(store.scalar("SELECT min(incident_id) FROM injuries"))
    output = tmp_path / "injury.pdf"
    argv = ["print", "injury", str(incident_id), "-o", str(output), "--db", str(accounts_path)]
    assert run(*argv, "--user", "clerk") == 0
    with open_store(accounts_path, "tester") as store:
        printed = [e for e in store.history("incidents", incident_id) if e.action == "print"]
        seen = [e for e in store.history("incidents", incident_id) if e.action == "view_medical"]
        sessions = [
            e.action for e in store.history("accounts", 3) if e.action in ("sign_in", "sign_out")
        ]
    assert [(e.actor, e.changes["form"][1]) for e in printed] == [("clerk", "injury")]
    assert seen == []
    assert sessions == ["sign_in", "sign_out"]
    assert run(*argv, "--user", "admin") == 3  # an administrator keeps the system, not records


def test_an_auditor_reads_the_lockout_in_an_accounts_history(
    accounts_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(accounts_path)]
    monkeypatch.setenv("STATIONDESK_PASSWORD", "guess")
    for _ in range(5):
        assert run("list", "officers", *db, "--user", "clerk") == 3
    assert "locked after 5 failed sign-ins" in capsys.readouterr().err
    monkeypatch.setenv("STATIONDESK_PASSWORD", "demo")
    assert run("history", "account", "3", *db, "--user", "auditor") == 0
    out = capsys.readouterr().out
    assert out.count("sign_in_failed") == 4 and "lockout" in out
    assert "$argon2" not in out
    assert run("list", "accounts", *db, "--user", "auditor", "--json") == 0
    listed = capsys.readouterr().out
    assert '"user": "clerk"' in listed and "argon2" not in listed


def instructor_households(path: Path) -> tuple[int, int]:
    """A household in the demo instructor's grids and one outside them."""
    with open_store(path, "tester") as store:
        own = (
            "SELECT og.grid_id FROM officer_grids og JOIN accounts a"
            " ON a.officer_id = og.officer_id WHERE a.username = 'instructor'"
        )
        inside, outside = (
            int(store.scalar(f"SELECT min(id) FROM households WHERE grid_id {where} ({own})"))
            for where in ("IN", "NOT IN")
        )
    return inside, outside


@pytest.mark.usefixtures("password")
def test_an_instructor_corrects_a_household_in_their_grids_only(
    accounts_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inside, outside = instructor_households(accounts_path)
    db = ["--db", str(accounts_path), "--user", "instructor"]
    assert run("household", "correct", str(outside), "--phone", "13800138000", *db) == 3
    err = capsys.readouterr().err
    assert err.startswith(
        "stationdesk: not allowed: an instructor may only change records in their own grids (网格)"
    )
    assert err.count("\n") == 1
    assert run("household", "correct", str(inside), "--phone", "13800138000", *db) == 0
    assert f"household {inside}: phone corrected" in capsys.readouterr().out
    with open_store(accounts_path, "tester") as store:
        phones = {h: store.get("households", h)["phone"] for h in (inside, outside)}
    assert phones[inside] == "13800138000" and phones[outside] != "13800138000"


@pytest.mark.usefixtures("password")
def test_the_chief_adds_an_instructor_linked_to_an_officer_by_name(
    accounts_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(accounts_path, "tester") as store:
        officer = store.rows(
            "SELECT id, name FROM officers WHERE post = '社区民警' ORDER BY id LIMIT 1"
        )[0]
    db = ["--db", str(accounts_path), "--user", "chief"]
    monkeypatch.setenv("STATIONDESK_NEW_PASSWORD", "a-long-password")
    assert run("accounts", "add", "wang.li", "--role", "instructor", *db) == 2
    assert "an instructor's account must be linked to an officer" in capsys.readouterr().err
    added = run(
        "accounts", "add", "wang.li", "--role", "instructor", "--officer", officer["name"], *db
    )
    assert added == 0
    assert run("accounts", "edit", "clerk", "--role", "instructor", *db) == 2
    assert "linked to an officer" in capsys.readouterr().err
    assert run("accounts", "edit", "clerk", "--role", "instructor", "--officer", "no one", *db) == 2
    assert "--officer: there is no officer named no one" in capsys.readouterr().err
    assert (
        run(
            "accounts",
            "edit",
            "clerk",
            "--role",
            "instructor",
            "--officer",
            str(officer["id"]),
            *db,
        )
        == 0
    )
    assert f"account clerk: instructor, officer {officer['name']}" in capsys.readouterr().out
    assert run("list", "accounts", *db, "--json") == 0
    listed = {row["user"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed["wang.li"]["officer"] == listed["clerk"]["officer"] == officer["name"]
    monkeypatch.setenv("STATIONDESK_USER", "clerk")
    assert run("accounts", "edit", "auditor", "--no-officer", "--db", str(accounts_path)) == 3


@pytest.mark.usefixtures("password")
def test_the_auditor_reads_the_trail_and_a_clerk_may_not(
    accounts_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(accounts_path)
    assert run("list", "officers", "--db", db, "--user", "clerk") == 0
    capsys.readouterr()
    assert run("audit", "--db", db, "--user", "auditor", "--by", "clerk", "--json") == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["kind"], e["action"]) for e in entries] == [
        ("accounts", "sign_out"),
        ("accounts", "sign_in"),
    ]
    assert run("audit", "--db", db, "--user", "auditor", "--what", "accounts", "--limit", "3") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "when", "by", "record", "action", "details"]
    assert len(lines) == 2 + 3 and "account 5" in lines[2] and "sign_in" in lines[2]
    assert run("audit", "--db", db, "--user", "clerk") == 3
    assert capsys.readouterr().err.strip() == (
        "stationdesk: not allowed: a clerk may not read the station's audit trail"
    )


@pytest.mark.usefixtures("password")
def test_a_backwards_day_range_of_the_trail_is_one_line(
    accounts_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("audit", "--db", str(accounts_path), "--user", "chief")
    assert run(*args, "--from", "2026-11-20", "--to", "2026-11-01") == 2
    assert capsys.readouterr().err.strip() == (
        "stationdesk: --from 2026-11-20 is after --to 2026-11-01"
    )


@pytest.mark.usefixtures("password")
def test_the_trail_written_to_a_spreadsheet_is_itself_noted(
    accounts_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, target = str(accounts_path), tmp_path / "留痕.csv"
    assert run("audit", "--db", db, "--user", "auditor", "--by", "admin", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert run("audit", "--db", db, "--user", "auditor", "--by", "admin", "-o", str(target)) == 0
    assert capsys.readouterr().out.strip().endswith(f"留痕.csv: {len(listed)} entries")
    sheet = read_sheet(target).rows
    assert [row[0] for row in sheet[1:]] == [str(entry["id"]) for entry in listed]
    assert run("audit", "--db", db, "--user", "auditor", "--what", "access", "--json") == 0
    [noted] = json.loads(capsys.readouterr().out)
    assert noted["action"] == "export" and noted["changes"]["file"] == [None, "留痕.csv"]
    assert run("audit", "--db", db, "--user", "auditor", "-o", str(tmp_path / "t.txt")) == 2
