"""Records added in bulk have the same history as records added one by one."""

from __future__ import annotations

import pytest

from stationdesk.errors import StoreError
from stationdesk.store import Store
from stationdesk.store.audit import CREATED, PendingEntry, created_table, verify_chain


def test_insert_many_writes_one_create_entry_per_record(empty_store: Store):
    single = empty_store.insert("people", {"name": "甲", "phone": ""})
    ids = empty_store.insert_many("people", ("name", "phone"), [("乙", "13800001111"), ("丙", "")])
    assert ids == [single + 1, single + 2]
    assert [r["name"] for r in empty_store.rows("SELECT name FROM people ORDER BY id")] == [
        "甲",
        "乙",
        "丙",
    ]
    assert empty_store.history("people", ids[0])[0].changes == {
        "name": [None, "乙"],
        "phone": [None, "13800001111"],
    }
    assert empty_store.history("people", single)[0].action == "create"
    assert verify_chain(empty_store.conn) == []


def test_a_source_names_the_file_in_every_entry_written_inside(empty_store: Store):
    with empty_store.transaction(), empty_store.source("名册.xlsx"):
        first = empty_store.insert("people", {"name": "甲"})
        [second] = empty_store.insert_many("people", ("name",), [("乙",)])
        empty_store.update("people", first, {"phone": "13800001111"})
    assert [e.action for e in empty_store.history("people", first)] == [
        "imported from 名册.xlsx",
        "updated from 名册.xlsx",
    ]
    assert empty_store.history("people", second)[0].action == "imported from 名册.xlsx"
    later = empty_store.insert("people", {"name": "丙"})
    assert empty_store.history("people", later)[0].action == "create"


def test_a_failed_savepoint_keeps_the_entries_written_before_it(empty_store: Store):
    with empty_store.transaction():
        kept = empty_store.insert("people", {"name": "甲"})
        try:
            with empty_store.transaction():
                empty_store.insert_many("people", ("name",), [("乙",)])
                raise ValueError("a bad row")
        except ValueError:
            pass
    assert [e.action for e in empty_store.history("people", kept)] == ["create"]
    assert empty_store.scalar("SELECT count(*) FROM people") == 1
    assert verify_chain(empty_store.conn) == []


def test_rows_added_for_a_bundle_entry_commit_only_with_it(empty_store: Store):
    with pytest.raises(StoreError, match="without their audit entries"), empty_store.transaction():
        empty_store.insert_rows("people", ("name",), [("甲",)])
    assert empty_store.scalar("SELECT count(*) FROM people") == 0
    with empty_store.transaction(), empty_store.source("名册.csv"):
        [person] = empty_store.insert_rows("people", ("name",), [("乙",)])
        empty_store.record_bundles(
            [
                PendingEntry(
                    "settings",
                    0,
                    "import",
                    {CREATED: [None, {"people": created_table(("name",), [(person, "乙")])}]},
                )
            ]
        )
    assert empty_store.scalar("SELECT name FROM people") == "乙"
    [action] = [e.action for e in empty_store.history("settings", 0)]
    assert action == "import from 名册.csv"
    assert verify_chain(empty_store.conn) == []


def test_bulk_rows_keep_every_character_and_empty_values(empty_store: Store):
    names = ['引号"与\\反斜杠', "换行\n与制表\t", "表情😀与\u2028分隔", "  空格  "]
    ids = empty_store.insert_many(
        "people", ("name", "notes", "birth_date"), [(name, name, None) for name in names]
    )
    stored = empty_store.rows(
        "SELECT id, name, notes, typeof(birth_date) AS birth FROM people ORDER BY id"
    )
    assert [(r["id"], r["name"], r["notes"], r["birth"]) for r in stored] == [
        (record_id, name, name, "null") for record_id, name in zip(ids, names, strict=True)
    ]
