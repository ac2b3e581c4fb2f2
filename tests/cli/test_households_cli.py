"""The household ledger on the command line: list, print and history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from stationdesk.__main__ import main
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


def test_list_households_as_json_filters_by_flag(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "households", "--db", str(demo_path), "--json", "--flag", "disability") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and all("disability" in h["flags"] for h in listed)
    assert [h["id"] for h in listed] == sorted((h["id"] for h in listed), reverse=True)
    with open_store(demo_path, "tester") as store:
        flagged = store.scalar(
            "SELECT count(DISTINCT household_id) FROM residents"
            " WHERE disability = 1 AND moved_out_on IS NULL"
        )
    assert len(listed) == flagged


def test_list_visits_of_a_household_in_chinese(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_path, "tester") as store:
        household, visits = store.rows(
            "SELECT household_id, count(*) AS n FROM visits GROUP BY household_id"
            " ORDER BY n DESC LIMIT 1"
        )[0].values()
    assert run("list", "visits", "--db", str(demo_path), "--household", str(household)) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 2 + visits
    assert run("list", "visits", "--db", str(demo_path), "--json", "--limit", "5") == 0
    assert len(json.loads(capsys.readouterr().out)) == 5


def test_print_visit_household_and_ledger(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    with open_store(demo_path, "tester") as store:
        visit = store.scalar("SELECT min(source_visit_id) FROM disputes")
        household = store.scalar("SELECT household_id FROM visits WHERE id = ?", [visit])
    for argv, name in (
        (("print", "visit", str(visit)), "visit.pdf"),
        (("print", "household", str(household), "--lang", "en"), "card.pdf"),
        (("print", "visits", "--from", "2026-11-01", "--to", "2026-11-25"), "ledger.pdf"),
    ):
        output = tmp_path / name
        assert run(*argv, "--db", db, "-o", str(output)) == 0
        assert f"written to {output}" in capsys.readouterr().out
        assert len(PdfReader(output).pages) >= 1


def test_bad_input_is_one_line_and_exit_2(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    output = str(tmp_path / "x.pdf")
    assert run("print", "household", "999999", "--db", db, "-o", output) == 2
    assert "no household with id 999999" in one_clean_line(capsys.readouterr().err)
    assert (
        run(
            "print",
            "visits",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-01",
            "--db",
            db,
            "-o",
            output,
        )
        == 2
    )
    assert "after" in one_clean_line(capsys.readouterr().err)
    assert run("list", "households", "--db", db, "--flag", "rich") == 2
    assert "invalid choice" in one_clean_line(capsys.readouterr().err)
    assert not Path(output).exists()


def test_history_of_a_visit_and_a_household(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("history", "visit", "1", "--db", str(demo_path), "--json") == 0
    [created] = json.loads(capsys.readouterr().out)
    assert created["action"] == "create" and "officer_ids" in created["changes"]
    assert run("history", "household", "1", "--db", str(demo_path)) == 0
    assert "create" in capsys.readouterr().out
    for kind in ("address", "addresses", "residents"):
        assert run("history", kind, "1", "--db", str(demo_path), "--json") == 0
        assert json.loads(capsys.readouterr().out)[0]["action"] == "create"


def test_demo_makes_the_number_of_households_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "small.sqlite"
    argv = ("demo", "--db", str(path), "--disputes", "10", "--households", "120")
    assert run(*argv, "--as-of", "2026-11-25") == 0
    assert "120 households" in capsys.readouterr().out
    with open_store(path, "tester") as store:
        assert store.scalar("SELECT count(*) FROM households") == 120
    monkeypatch.setenv("STATIONDESK_USER", "auditor")  # the demo has its accounts
    monkeypatch.setenv("STATIONDESK_PASSWORD", "demo")
    assert run("check", "--db", str(path)) == 0
    assert run("demo", "--db", str(tmp_path / "bad.sqlite"), "--households", "-5") == 2
    assert "--households" in one_clean_line(capsys.readouterr().err)


def test_correct_and_void_a_household_and_a_member(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_path, "tester") as store:
        busy = store.scalar("SELECT household_id FROM visits LIMIT 1")
        quiet, members = store.rows(
            "SELECT h.id, count(r.id) AS n FROM households h JOIN residents r"
            " ON r.household_id = h.id WHERE NOT EXISTS (SELECT 1 FROM visits v"
            " WHERE v.household_id = h.id) AND h.id NOT IN (SELECT r2.household_id FROM"
            " residents r2 JOIN dispute_parties dp ON dp.person_id = r2.person_id)"
            " GROUP BY h.id HAVING n > 1 LIMIT 1"
        )[0].values()
        spare = store.scalar(
            "SELECT id FROM residents WHERE household_id = ? AND relationship <> 'head'", [quiet]
        )
    db = ("--db", str(demo_path))
    assert run("household", "correct", str(busy), *db, "--phone", "0371-6688 1234") == 0
    assert capsys.readouterr().out.strip() == f"household {busy}: phone corrected"
    assert run("household", "correct", str(busy), *db, "--phone", "12ab") == 2
    assert "phone" in one_clean_line(capsys.readouterr().err)
    assert run("household", "void", str(busy), *db, "--reason", "mistake") == 2
    assert "visit" in one_clean_line(capsys.readouterr().err)
    assert run("household", "void-member", str(spare), *db, "--reason", "wrong flat") == 0
    assert run("household", "void", str(quiet), *db, "--reason", "registered twice") == 0
    with open_store(demo_path, "tester") as store:
        assert store.get("households", busy)["phone"] == "0371-66881234"
        assert store.get("households", quiet)["void_reason"] == "registered twice"
        assert store.get("residents", spare)["void_reason"] == "wrong flat"
        assert members > 1
