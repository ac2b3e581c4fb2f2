"""A household imported from a register is one audit entry, and every record it created still
shows 'imported from FILE' in its own history."""

from __future__ import annotations

import json
from datetime import date

from messy_files import GRID, HEADINGS, household_rows, person_id, write_csv, write_xlsx

from stationdesk.domain.history import HistoryReader
from stationdesk.domain.people_merge import MergeService
from stationdesk.domain.search import SearchService
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import import_file
from stationdesk.store import Store
from stationdesk.store.audit import CREATED, verify_chain

TODAY = date(2026, 11, 27)
FILE = "户籍登记.xlsx"


def imported(store: Store, tmp_path) -> dict[str, int]:
    """Import the messy register (good rows only); the ids of 张建国's household and family."""
    import_file(
        store,
        KIND,
        write_xlsx(tmp_path / FILE, HEADINGS, household_rows()),
        skip_bad=True,
        today=TODAY,
    )
    ids = {
        name: store.scalar("SELECT id FROM people WHERE name = ?", [name])
        for name in ("张建国", "李秀英", "张伟")
    }
    ids["household"] = store.scalar(
        "SELECT household_id FROM residents WHERE person_id = ?", [ids["张建国"]]
    )
    return ids


def entries_since(store: Store, first: int) -> list[tuple[str, int, str, dict]]:
    rows = store.conn.execute(
        "SELECT kind, record_id, action, changes FROM audit_log WHERE id >= ? ORDER BY id", [first]
    )
    return [(kind, rid, action, json.loads(changes)) for kind, rid, action, changes in rows]


def test_each_household_is_one_entry_naming_the_file_and_listing_its_residents(
    demo_store, tmp_path
):
    first = int(demo_store.scalar("SELECT max(id) FROM audit_log")) + 1
    ids = imported(demo_store, tmp_path)
    entries = entries_since(demo_store, first)
    assert [(kind, action) for kind, _, action, _ in entries] == [
        ("households", f"imported from {FILE}"),
        ("households", f"imported from {FILE}"),
    ]
    _kind, household, _, changes = entries[0]
    assert household == ids["household"]
    created = changes[CREATED][1]
    people = created["people"]
    assert people[0][:2] == ["id", "name"]
    assert [row[1] for row in people[1:]] == ["张建国", "李秀英", "张伟"]
    residents = created["residents"]
    relationship = residents[0].index("relationship")
    assert [row[relationship] for row in residents[1:]] == ["head", "spouse", "child"]
    assert len(created["addresses"]) == 2
    assert changes["members"] == [None, [ids["张建国"], ids["李秀英"], ids["张伟"]]]
    assert verify_chain(demo_store.conn) == []


def test_every_record_the_entry_created_shows_it_in_its_own_history(demo_store, tmp_path):
    ids = imported(demo_store, tmp_path)
    resident = demo_store.scalar("SELECT id FROM residents WHERE person_id = ?", [ids["李秀英"]])
    address = demo_store.get("households", ids["household"])["address_id"]
    for kind, record_id in (
        ("people", ids["李秀英"]),
        ("residents", resident),
        ("addresses", address),
        ("households", ids["household"]),
    ):
        [entry] = demo_store.history(kind, record_id)
        assert (entry.kind, entry.record_id, entry.action) == (
            kind,
            record_id,
            f"imported from {FILE}",
        )
        assert CREATED not in entry.changes
    wife = demo_store.history("people", ids["李秀英"])[0].changes
    assert wife["name"] == [None, "李秀英"] and wife["phone"] == [None, "13912345678"]
    assert demo_store.history("residents", resident)[0].changes["relationship"] == [None, "spouse"]
    lines = HistoryReader(demo_store).entries("households", ids["household"])[0][1]
    assert {line.field: line.new for line in lines}["members"] == "张建国, 李秀英, 张伟"


def test_a_person_merged_away_keeps_the_import_in_its_history(demo_store, tmp_path):
    ids = imported(demo_store, tmp_path)
    keep = demo_store.insert("people", {"name": "张伟", "phone": "13700001111"})
    MergeService(demo_store).merge(keep, ids["张伟"], "entered twice")
    actions = [entry.action for entry in demo_store.history("people", ids["张伟"])]
    assert actions[0] == f"imported from {FILE}"
    assert "merge" in actions
    assert next(e.action for e in demo_store.history("people", keep)) == "create"


def test_new_members_of_a_recorded_household_are_one_entry_on_it(demo_store, tmp_path):
    ids = imported(demo_store, tmp_path)
    first = int(demo_store.scalar("SELECT max(id) FROM audit_log")) + 1
    daughter = ["张建国", "女儿", "张丽", "女", person_id(7, "female", date(2012, 5, 6)), "",
                "建设路12号3栋2单元501室", GRID, "2026/11/20"]  # fmt: skip
    path = write_csv(tmp_path / "补录.csv", HEADINGS, [daughter], "utf-8")
    report = import_file(demo_store, KIND, path, today=TODAY)
    assert report.committed and report.updated == {"households": 1}
    [(kind, record_id, action, changes)] = entries_since(demo_store, first)
    assert (kind, record_id, action) == ("households", ids["household"], "member from 补录.csv")
    person = demo_store.scalar("SELECT id FROM people WHERE name = '张丽'")
    assert changes["moved_in"] == [None, [person]]
    assert demo_store.history("people", person)[0].action == "imported from 补录.csv"
    assert verify_chain(demo_store.conn) == []


def test_a_bad_row_blocks_every_household_and_writes_no_entry(demo_store, tmp_path):
    before = demo_store.scalar("SELECT count(*) FROM audit_log")
    path = write_xlsx(tmp_path / FILE, HEADINGS, household_rows())
    report = import_file(demo_store, KIND, path, today=TODAY)
    assert not report.committed and report.problems
    assert demo_store.scalar("SELECT count(*) FROM audit_log") == before
    assert demo_store.scalar("SELECT count(*) FROM people WHERE name = '李秀英'") == 0


def test_search_finds_an_imported_resident_by_pinyin_initials(demo_store, tmp_path):
    ids = imported(demo_store, tmp_path)
    hits = SearchService(demo_store).hits("lxy", "people")
    assert ids["李秀英"] in [hit.record_id for hit in hits]
    by_number = SearchService(demo_store).hits(person_id(2, "female")[-8:], "people")
    assert [hit.record_id for hit in by_number] == [ids["李秀英"]]
