"""Schema migrations: a new file is brought up to date, an old one is backed up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from stationdesk.errors import StoreError
from stationdesk.store import database, migrations, open_store
from stationdesk.store.migrations import LATEST_VERSION, Migration, backup_before_migration


def user_version(path: Path) -> int:
    """PRAGMA user_version of a file, read with a plain connection."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    """Names of the tables in a file."""
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def add_street(store_path: Path, name: str) -> None:
    """Put one street in a file through the store, so the file has data worth keeping."""
    with open_store(store_path, "tester") as store:
        store.insert("grids", {"parent_id": None, "level": 1, "name": name})


def test_new_file_reaches_latest_version_with_safe_pragmas(tmp_path: Path) -> None:
    messages: list[str] = []
    path = tmp_path / "station.sqlite"
    with open_store(path, "tester", create=True, announce=messages.append) as store:
        assert store.scalar("PRAGMA user_version") == LATEST_VERSION
        assert store.scalar("PRAGMA foreign_keys") == 1
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA synchronous") == 2  # FULL
    assert {"settings", "grids", "officers", "officer_grids", "shifts", "audit_log"} <= tables(path)
    assert len(messages) == len(migrations.MIGRATIONS)
    assert not any("backed up" in message for message in messages)


def test_reopening_an_up_to_date_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite"
    with open_store(path, "tester", create=True):
        pass
    add_street(path, "东安路街道")
    files_before = sorted(p.name for p in tmp_path.iterdir())
    messages: list[str] = []
    with open_store(path, "tester", announce=messages.append) as store:
        assert store.scalar("SELECT name FROM grids") == "东安路街道"
    assert messages == []
    assert user_version(path) == LATEST_VERSION
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_missing_file_is_not_created_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sqlite"
    with pytest.raises(StoreError, match="no station database"):
        open_store(path, "tester")
    assert not path.exists()


def test_file_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer StationDesk"):
        open_store(path, "tester")
    assert user_version(path) == LATEST_VERSION + 1
    assert tables(path) == {"something"}


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a shopping list, not a station database\n" * 100)
    with pytest.raises(StoreError, match="not a usable station database"):
        open_store(path, "tester")


def test_backup_before_migration_copies_the_data(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite"
    with open_store(path, "tester", create=True) as store:
        store.insert("grids", {"parent_id": None, "level": 1, "name": "五一路街道"})
        copy = backup_before_migration(store.conn, path, LATEST_VERSION + 1)
    assert copy.parent == tmp_path
    assert copy != path
    assert f"before-v{LATEST_VERSION + 1}" in copy.name
    with open_store(copy, "tester") as backup:
        assert backup.scalar("SELECT name FROM grids") == "五一路街道"
        assert backup.scalar("SELECT count(*) FROM audit_log") == 1


def release_migration(monkeypatch: pytest.MonkeyPatch, sql: str) -> Migration:
    """Pretend this release adds one more schema step (call after making the older file)."""
    step = Migration(LATEST_VERSION + 1, "a step of the next release", sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    monkeypatch.setattr(migrations, "LATEST_VERSION", step.version)
    monkeypatch.setattr(database, "LATEST_VERSION", step.version)
    return step


def test_older_file_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "station.sqlite"
    with open_store(path, "tester", create=True):
        pass
    add_street(path, "光华路街道")
    step = release_migration(monkeypatch, "CREATE TABLE extra (id INTEGER PRIMARY KEY);")
    messages: list[str] = []
    with open_store(path, "tester", announce=messages.append) as store:
        assert store.scalar("PRAGMA user_version") == step.version
        assert store.scalar("SELECT count(*) FROM extra") == 0
        assert store.scalar("SELECT name FROM grids") == "光华路街道"
    backups = [p for p in tmp_path.iterdir() if "before-v" in p.name]
    assert len(backups) == 1
    assert any(str(backups[0]) in message for message in messages)
    assert user_version(backups[0]) == LATEST_VERSION
    assert "extra" not in tables(backups[0])
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT name FROM grids").fetchall() == [("光华路街道",)]
    conn.close()


def test_failing_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "station.sqlite"
    with open_store(path, "tester", create=True):
        pass
    release_migration(
        monkeypatch,
        "CREATE TABLE half (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);",
    )
    with pytest.raises(StoreError):
        open_store(path, "tester")
    assert user_version(path) == LATEST_VERSION
    assert "half" not in tables(path)


def test_last_statement_without_semicolon_is_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "station.sqlite"
    with open_store(path, "tester", create=True):
        pass
    release_migration(monkeypatch, "CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER)")
    with open_store(path, "tester"):
        pass
    assert {"a", "b"} <= tables(path)


@pytest.mark.parametrize("steps", range(1, len(migrations.MIGRATIONS)))
def test_every_older_schema_upgrades_keeping_its_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, steps: int
) -> None:
    """A file written by an earlier release opens in this one, backed up first (versions
    need not follow one another)."""
    path = tmp_path / "station.sqlite"
    old_version = migrations.MIGRATIONS[steps - 1].version
    with monkeypatch.context() as old_release:
        old_release.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:steps])
        old_release.setattr(migrations, "LATEST_VERSION", old_version)
        old_release.setattr(database, "LATEST_VERSION", old_version)
        with open_store(path, "tester", create=True):
            pass
        add_street(path, "东安路街道")
    assert user_version(path) == old_version
    with open_store(path, "tester") as store:
        assert store.scalar("PRAGMA user_version") == LATEST_VERSION
        assert store.scalar("SELECT name FROM grids") == "东安路街道"
        assert store.history("grids", 1)[0].action == "create"
    backups = [p for p in tmp_path.iterdir() if f"before-v{LATEST_VERSION}" in p.name]
    assert [user_version(b) for b in backups] == [old_version]
