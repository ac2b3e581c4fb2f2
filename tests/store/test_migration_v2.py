"""Schema v2 (people and the dispute ledger) on a real v1 file: data kept, backup made."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from stationdesk.store import open_store
from stationdesk.store.audit import verify_chain
from stationdesk.store.migrations import LATEST_VERSION

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "station-v1.sqlite"
V2_TABLES = {
    "people",
    "disputes",
    "dispute_parties",
    "mediation_sessions",
    "session_mediators",
    "session_statements",
    "agreements",
    "obligations",
    "followups",
}
KEPT = {
    "grids": "SELECT * FROM grids ORDER BY id",
    "officers": "SELECT id, name, kind, badge_no, post, phone, team, active, left_on, voided_at"
    " FROM officers ORDER BY id",
    "officer_grids": "SELECT * FROM officer_grids ORDER BY officer_id, grid_id",
    "settings": "SELECT * FROM settings ORDER BY key",
    "audit": "SELECT * FROM audit_log ORDER BY id",
}


def read(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "station.sqlite"
    shutil.copyfile(FIXTURE, path)
    return path


def test_the_fixture_is_a_v1_station_with_data() -> None:
    assert read(FIXTURE, "PRAGMA user_version") == [(1,)]
    assert read(FIXTURE, "SELECT count(*) FROM grids")[0][0] > 0
    assert read(FIXTURE, "SELECT count(*) FROM officers")[0][0] > 0
    tables = {row[0] for row in read(FIXTURE, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert not tables & V2_TABLES


def test_v1_file_is_backed_up_and_upgraded_with_its_data(v1_copy: Path) -> None:
    before = {name: read(v1_copy, sql) for name, sql in KEPT.items()}
    messages: list[str] = []
    with open_store(v1_copy, "tester", announce=messages.append) as store:
        assert store.scalar("PRAGMA user_version") == LATEST_VERSION >= 2
        tables = {
            r["name"] for r in store.rows("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert tables >= V2_TABLES
        assert verify_chain(store.conn) == []
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        after = {name: [tuple(r.values()) for r in store.rows(sql)] for name, sql in KEPT.items()}
    assert after == before
    backups = sorted(v1_copy.parent.glob("station.before-v*.sqlite"))
    assert len(backups) == 1
    assert f"backed up to {backups[0]}" in messages
    assert read(backups[0], "PRAGMA user_version") == [(1,)]
    assert {name: read(backups[0], sql) for name, sql in KEPT.items()} == before
    assert any("schema v2" in message for message in messages)


def test_the_schema_refuses_what_the_forms_refuse(v1_copy: Path) -> None:
    with open_store(v1_copy, "tester") as store:
        grid = store.scalar("SELECT id FROM grids WHERE level = 3")
        officer = store.scalar("SELECT id FROM officers")
        good = {
            "received_on": "2026-03-02",
            "received_how": "walk_in",
            "category": "neighbours",
            "grid_id": grid,
            "summary": "漏水",
            "risk_grade": "C",
            "officer_id": officer,
            "deadline": "2026-04-01",
        }
        store.insert("disputes", good)
        for bad in (
            {"deadline": "2026-03-01"},
            {"category": "gossip"},
            {"risk_grade": "E"},
            {"status": "settled"},  # settled needs an outcome
            {"grid_id": 9999},
        ):
            with pytest.raises(sqlite3.IntegrityError):
                store.insert("disputes", {**good, **bad})
        store.insert("people", {"name": "张三", "id_number": "11010519491231002X"})
        with pytest.raises(sqlite3.IntegrityError):
            store.insert("people", {"name": "张叁", "id_number": "11010519491231002X"})
        store.insert("people", {"name": "无证人"})
        store.insert("people", {"name": "无证人二"})  # several people without a number
        assert store.scalar("SELECT count(*) FROM disputes") == 1
