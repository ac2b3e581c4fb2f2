"""The audit trail: every change is written with its record, and tampering shows."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from stationdesk.domain.roster import OfficerInput, RosterService
from stationdesk.errors import NotFoundError, ValidationError
from stationdesk.store import Store, open_store
from stationdesk.store.audit import PendingEntry, entry_hash, verify_chain


def street(name: str = "东安路街道") -> dict[str, object]:
    """Values of a street node."""
    return {"parent_id": None, "level": 1, "name": name}


def audit_count(store: Store) -> int:
    """Entries in the audit trail."""
    return int(store.scalar("SELECT count(*) FROM audit_log"))


def raw_sql(path: Path, script: str) -> None:
    """Run SQL on the file the way a person with the sqlite3 shell would."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(script)
        conn.commit()
    finally:
        conn.close()


def test_insert_writes_a_create_entry_naming_the_user(empty_store: Store) -> None:
    grid_id = empty_store.insert("grids", {**street(), "code": "01", "notes": ""})
    [entry] = empty_store.history("grids", grid_id)
    assert entry.action == "create"
    assert entry.actor == "tester"
    assert entry.changes["name"] == [None, "东安路街道"]
    assert entry.changes["code"] == [None, "01"]
    assert "notes" not in entry.changes  # empty values are not news


def test_update_records_old_and_new_values(empty_store: Store) -> None:
    grid_id = empty_store.insert("grids", street())
    changes = empty_store.update("grids", grid_id, {"name": "五一路街道", "code": ""})
    assert changes == {"name": ["东安路街道", "五一路街道"]}
    entry = empty_store.history("grids", grid_id)[-1]
    assert (entry.action, entry.changes) == ("update", changes)
    assert empty_store.get("grids", grid_id)["name"] == "五一路街道"


def test_update_without_a_real_change_writes_no_entry(empty_store: Store) -> None:
    grid_id = empty_store.insert("grids", street())
    before = audit_count(empty_store)
    assert empty_store.update("grids", grid_id, {"name": "东安路街道", "level": 1}) == {}
    assert audit_count(empty_store) == before


def test_update_of_a_missing_record_is_refused(empty_store: Store) -> None:
    with pytest.raises(NotFoundError):
        empty_store.update("grids", 404, {"name": "x"})
    assert audit_count(empty_store) == 0


def test_failed_transaction_leaves_neither_row_nor_entry(empty_store: Store) -> None:
    first = empty_store.insert("grids", street())
    before = audit_count(empty_store)
    with pytest.raises(sqlite3.IntegrityError), empty_store.transaction():
        empty_store.insert("grids", street("五一路街道"))
        empty_store.update("grids", first, {"name": "改名"})
        empty_store.insert("grids", {"parent_id": None, "level": 1, "name": "  "})  # CHECK fails
    assert empty_store.scalar("SELECT count(*) FROM grids") == 1
    assert empty_store.get("grids", first)["name"] == "东安路街道"
    assert audit_count(empty_store) == before
    assert verify_chain(empty_store.conn) == []


def test_failed_nested_block_leaves_no_entry_behind(empty_store: Store) -> None:
    """An officer refused inside a larger transaction leaves no 'create' entry of their own."""
    roster = RosterService(empty_store)
    bad = OfficerInput("王伟", "police", "411030", "community", grid_ids=(999,))
    with empty_store.transaction():
        with pytest.raises(ValidationError):
            roster.create(bad)
        kept = empty_store.insert("grids", street())
    assert empty_store.scalar("SELECT count(*) FROM officers") == 0
    entries = empty_store.rows("SELECT kind, record_id, action FROM audit_log")
    assert entries == [{"kind": "grids", "record_id": kept, "action": "create"}]
    assert verify_chain(empty_store.conn) == []


def test_void_keeps_the_row_with_its_reason(empty_store: Store) -> None:
    grid_id = empty_store.insert("grids", street())
    empty_store.void("grids", grid_id, "entered twice")
    row = empty_store.get("grids", grid_id)
    assert row["void_reason"] == "entered twice"
    assert row["voided_at"]
    assert [e.action for e in empty_store.history("grids", grid_id)] == ["create", "void"]
    with pytest.raises(ValidationError):
        empty_store.void("grids", grid_id, "again")
    assert len(empty_store.history("grids", grid_id)) == 2


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"],
)
def test_audit_entries_cannot_be_changed_or_removed(empty_store: Store, statement: str) -> None:
    empty_store.insert("grids", street())
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        empty_store.conn.execute(statement)
    assert [e.actor for e in empty_store.history("grids", 1)] == ["tester"]


def test_sound_chain_verifies(demo_store: Store) -> None:
    assert verify_chain(demo_store.conn) == []


def test_changed_entry_is_named(demo_path: Path) -> None:
    with open_store(demo_path, "tester") as store:
        target = int(store.scalar("SELECT max(id) / 2 FROM audit_log"))
    raw_sql(
        demo_path,
        "DROP TRIGGER audit_log_no_update;"
        f"UPDATE audit_log SET changes = '{{}}' WHERE id = {target};",
    )
    with open_store(demo_path, "tester") as store:
        problems = verify_chain(store.conn)
    assert any("audit_log_no_update" in problem for problem in problems)
    altered = [p for p in problems if "altered" in p]
    assert len(altered) == 1
    assert f"audit entry {target} " in altered[0]


def test_removed_entry_is_detected(demo_path: Path) -> None:
    with open_store(demo_path, "tester") as store:
        target = int(store.scalar("SELECT max(id) / 3 FROM audit_log"))
    raw_sql(
        demo_path, f"DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = {target};"
    )
    with open_store(demo_path, "tester") as store:
        problems = verify_chain(store.conn)
    assert any("audit_log_no_delete" in problem for problem in problems)
    assert any(f"{target} to {target} are missing" in problem for problem in problems)


def test_listeners_hear_only_committed_changes(empty_store: Store, tmp_path: Path) -> None:
    heard: list[tuple[str, frozenset[int], bool, int]] = []

    def listener(kind: str, record_ids: frozenset[int]) -> None:
        # What another connection sees at the moment the listener runs.
        other = sqlite3.connect(tmp_path / "new.sqlite")
        marks = ", ".join("?" * len(record_ids))
        visible = other.execute(f"SELECT count(*) FROM grids WHERE id IN ({marks})", [*record_ids])
        heard.append((kind, record_ids, empty_store.conn.in_transaction, visible.fetchone()[0]))
        other.close()

    empty_store.subscribe(listener)
    with empty_store.transaction():
        first = empty_store.insert("grids", street())
        empty_store.update("grids", first, {"code": "01"})
        second = empty_store.insert("grids", street("五一路街道"))
        assert heard == []
    # one call per kind changed, naming each record once, after commit
    assert heard == [("grids", frozenset({first, second}), False, 2)]

    heard.clear()
    with pytest.raises(RuntimeError), empty_store.transaction():
        empty_store.insert("grids", street("中山路街道"))
        raise RuntimeError("the clerk pressed cancel")
    assert heard == []
    empty_store.set_setting("station_name", "东安路派出所")
    assert heard == [("settings", frozenset({0}), False, 0)]


def test_entries_sealed_by_earlier_releases_hash_alike_for_every_character() -> None:
    every_character = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    fields = [3, "2026-11-27T10:00:00Z", "张三", "people", 7, "create", every_character, "0" * 64]
    as_sealed_before = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    pending = PendingEntry("people", 7, "create", {})
    assert entry_hash(3, "2026-11-27T10:00:00Z", "张三", pending, every_character, "0" * 64) == (
        hashlib.sha256(as_sealed_before.encode("utf-8")).hexdigest()
    )
