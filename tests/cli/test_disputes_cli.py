"""The dispute ledger on the command line: demo with disputes, list, history."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from stationdesk.__main__ import main
from stationdesk.domain.labels import DISPUTE_STATUSES
from stationdesk.store import open_store


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


def one_clean_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_demo_makes_the_number_of_disputes_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATIONDESK_PASSWORD", "demo")
    path = tmp_path / "small.sqlite"
    assert run("demo", "--db", str(path), "--disputes", "25", "--as-of", "2026-11-25") == 0
    assert "25 disputes" in capsys.readouterr().out
    with open_store(path, "tester") as store:
        assert store.scalar("SELECT count(*) FROM disputes") == 25
    assert run("check", "--db", str(path), "--user", "auditor") == 0


def test_demo_refuses_a_negative_number_of_disputes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.sqlite"
    assert run("demo", "--db", str(path), "--disputes", "-1") == 2
    assert "--disputes" in one_clean_line(capsys.readouterr().err)
    assert not path.exists()


def test_list_disputes_as_json_matches_the_file(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "disputes", "--db", str(demo_path), "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    with open_store(demo_path, "tester") as store:
        rows = store.rows("SELECT id, received_on, status FROM disputes ORDER BY received_on, id")
    assert [d["id"] for d in listed] == [r["id"] for r in reversed(rows)]  # newest first
    assert {d["status"] for d in listed} <= set(DISPUTE_STATUSES)
    assert all(len(d["parties"]) >= 2 for d in listed)


@pytest.mark.parametrize("status", ["open", "confirmed"])
def test_list_disputes_by_status(
    demo_path: Path, capsys: pytest.CaptureFixture[str], status: str
) -> None:
    assert run("list", "disputes", "--db", str(demo_path), "--status", status, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    with open_store(demo_path, "tester") as store:
        expected = store.scalar("SELECT count(*) FROM disputes WHERE status = ?", [status])
    assert len(listed) == expected > 0
    assert {d["status"] for d in listed} == {status}


def test_list_overdue_disputes(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("list", "disputes", "--db", str(demo_path), "--overdue", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    today = date.today().isoformat()
    with open_store(demo_path, "tester") as store:
        expected = {
            r["id"]
            for r in store.rows(
                "SELECT id FROM disputes WHERE status = 'open' AND deadline < ?", [today]
            )
        }
    assert {d["id"] for d in listed} == expected
    assert all(d["overdue"] for d in listed)


def test_list_disputes_as_a_chinese_table(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "disputes", "--db", str(demo_path), "--limit", "5", "--lang", "zh") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "received_on", "category"]
    assert len(lines) == 2 + 5
    assert any(word in "\n".join(lines) for word in ("邻里纠纷", "婚姻家庭", "合同纠纷"))


def test_status_filter_is_only_for_disputes(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "officers", "--db", str(demo_path), "--overdue") == 2
    assert "--overdue" in one_clean_line(capsys.readouterr().err)
    assert run("list", "disputes", "--db", str(demo_path), "--status", "lost") == 2
    assert "invalid choice" in one_clean_line(capsys.readouterr().err)


def test_history_of_a_dispute_shows_each_step(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_path, "tester") as store:
        dispute_id = store.scalar(
            "SELECT id FROM disputes WHERE status = 'confirmed' AND outcome = 'agreement'"
        )
    assert run("history", "dispute", str(dispute_id), "--db", str(demo_path), "--json") == 0
    actions = [entry["action"] for entry in json.loads(capsys.readouterr().out)]
    assert actions[0] == "create"
    assert {"session", "outcome", "confirm"} <= set(actions)
    assert run("history", "dispute", "999999", "--db", str(demo_path)) == 2
    assert "no dispute with id 999999" in one_clean_line(capsys.readouterr().err)
