"""Search, a person's history and merging duplicates on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from stationdesk.__main__ import main
from stationdesk.domain.people import PeopleService, PersonInput
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


def a_party(demo_path: Path) -> tuple[int, str, str]:
    """The demo person in the most disputes: id, name, ID number."""
    with open_store(demo_path, "tester") as store:
        row = store.rows(
            "SELECT p.id, p.name, p.id_number FROM people p JOIN dispute_parties d"
            " ON d.person_id = p.id WHERE p.id_number IS NOT NULL"
            " GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"
        )[0]
    return row["id"], row["name"], row["id_number"]


def test_search_as_json_finds_a_person_by_the_last_six_digits_of_their_id(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, name, number = a_party(demo_path)
    assert run("search", number[-6:], "--db", str(demo_path), "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert {"kind": "people", "id": person_id} in [{"kind": h["kind"], "id": h["id"]} for h in hits]
    assert [h["title"] for h in hits if h["id"] == person_id] == [name]


def test_search_prints_groups_in_the_language_asked_for(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _person_id, name, _number = a_party(demo_path)
    assert run("search", name, "--db", str(demo_path), "--lang", "zh") == 0
    out = capsys.readouterr().out
    assert out.startswith("人员 (")
    assert "矛盾纠纷 (" in out
    assert run("search", name[:1], "--db", str(demo_path), "--kind", "people", "--limit", "3") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "People (3)"
    assert len(lines) == 4


def test_bad_search_input_gets_one_line_and_exit_2(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("search", " ", "--db", str(demo_path)) == 2
    assert "type something" in one_clean_line(capsys.readouterr().err)
    assert run("search", "张", "--db", str(tmp_path / "missing.sqlite")) == 2
    assert "no station database" in one_clean_line(capsys.readouterr().err)
    assert run("search", "张", "--db", str(demo_path), "--kind", "cars") == 2
    assert "--kind" in one_clean_line(capsys.readouterr().err)
    assert run("search", "张", "--db", str(demo_path), "--limit", "0") == 2
    one_clean_line(capsys.readouterr().err)


def test_print_person_writes_their_history_with_numbers_masked(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, name, number = a_party(demo_path)
    output = tmp_path / "person.pdf"
    args = ("print", "person", str(person_id), "--db", str(demo_path), "-o", str(output))
    assert run(*args, "--lang", "zh") == 0
    text = "".join(page.extract_text() for page in PdfReader(output).pages)
    assert "人员综合档案" in text
    assert name in text
    assert "纠纷当事人" in text
    assert number not in text
    assert number[:6] + "********" in text
    assert run("print", "person", "99999", "--db", str(demo_path), "-o", str(output)) == 2
    assert "99999" in one_clean_line(capsys.readouterr().err)


def test_duplicates_are_listed_merged_and_the_merge_undone(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_path, "tester") as store:
        people = PeopleService(store)
        first = people.create(PersonInput("欧阳修", phone="13800001111"))
        second = people.create(PersonInput("欧阳修", phone="13800001111"))
    db = ("--db", str(demo_path))
    assert run("list", "duplicates", *db, "--json") == 0
    pairs = json.loads(capsys.readouterr().out)
    assert {"first": first, "second": second, "name": "欧阳修", "reason": "phone"} in pairs
    assert run("merge", str(first), str(second), *db, "--reason", "entered twice") == 0
    assert f"person {second} merged into person {first}" in capsys.readouterr().out
    assert run("merge", str(first), str(second), *db) == 2
    assert "void" in one_clean_line(capsys.readouterr().err)
    assert run("history", "person", str(second), *db) == 0
    assert "merge" in capsys.readouterr().out
    assert run("unmerge", str(second), *db, "--reason", "two men") == 0
    with open_store(demo_path, "tester") as store:
        assert not PeopleService(store).get(second).voided
