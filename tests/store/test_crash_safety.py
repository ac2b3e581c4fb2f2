"""No record lost to a crash: the process killed during saves and during a migration, and an
error in the middle of a save, leave a sound file holding every save that returned."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from stationdesk.domain.disputes import DisputeService
from stationdesk.errors import StoreError
from stationdesk.store import open_store
from stationdesk.store.audit import verify_chain
from stationdesk.store.migrations import LATEST_VERSION

ROOT = Path(__file__).resolve().parents[2]
V1_FIXTURE = ROOT / "tests" / "fixtures" / "station-v1.sqlite"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="kills with SIGKILL")


def crash_script() -> ModuleType:
    """scripts/crash_test.py, the harness the long run uses too."""
    spec = importlib.util.spec_from_file_location("crash_test", ROOT / "scripts" / "crash_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_killed_in_the_middle_of_saving_loses_nothing_that_was_saved(tmp_path: Path) -> None:
    harness = crash_script()
    tally = harness.crash_rounds(tmp_path / "station.sqlite", rounds=4, saves=150, seed=11)
    assert tally.kills == 4
    assert tally.confirmed > 0
    assert tally.problems == []
    assert tally.lost == 0


def test_an_error_between_the_tables_of_one_save_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = crash_script()
    path = tmp_path / "station.sqlite"
    harness.make_station(path)
    harness.save_disputes(path, 1)  # one good save first
    with open_store(path, "clerk") as store:
        before = {
            table: store.scalar(f"SELECT count(*) FROM {table}")
            for table in ("disputes", "people", "dispute_parties", "audit_log")
        }

    def fail_after_the_dispute_row(_self: object, _dispute_id: int, _parties: object) -> None:
        raise OSError("the disk went away between two tables")

    monkeypatch.setattr(DisputeService, "_write_parties", fail_after_the_dispute_row)
    with pytest.raises(OSError, match="went away"):
        harness.save_disputes(path, 1)
    with open_store(path, "clerk") as store:
        after = {table: store.scalar(f"SELECT count(*) FROM {table}") for table in before}
        assert verify_chain(store.conn) == []
    assert after == before


MIGRATION_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from stationdesk.store import database, migrations

    path, kill_at = Path(sys.argv[1]), int(sys.argv[2])

    class Dying:
        '''A connection that is killed on its n-th statement, before running it.'''
        def __init__(self, conn):
            self.conn, self.calls = conn, 0
        def execute(self, *args):
            self.calls += 1
            if self.calls == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return self.conn.execute(*args)
        def __getattr__(self, name):
            return getattr(self.conn, name)

    conn = database._connect(path)
    migrations.migrate(Dying(conn), path, print)
    """
)


def schema_of(path: Path) -> tuple[int, list[tuple[str, str]]]:
    """user_version and every table, index and trigger of a file."""
    conn = sqlite3.connect(path)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        names = conn.execute("SELECT type, name FROM sqlite_master ORDER BY type, name").fetchall()
        return version, names
    finally:
        conn.close()


def v1_rows(path: Path) -> list[tuple]:
    """The v1 records that must survive any interrupted upgrade."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT 'grid', id, name FROM grids UNION ALL SELECT 'officer', id, name FROM officers"
            " UNION ALL SELECT 'audit', id, hash FROM audit_log ORDER BY 1, 2"
        ).fetchall()
    finally:
        conn.close()


def schemas_after_each_step(tmp_path: Path) -> tuple[dict[int, list], int, list[int]]:
    """Run the upgrade in this process, noting each version's schema, the number of
    statements, and at which statements each step commits."""
    from stationdesk.store import database, migrations

    path = tmp_path / "reference.sqlite"
    shutil.copyfile(V1_FIXTURE, path)
    schemas = {1: schema_of(path)[1]}
    conn = database._connect(path)
    statements: list[str] = []

    class Counting:
        def execute(self, sql: str, *args: object) -> object:
            statements.append(sql)
            return conn.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(conn, name)

    migrations.migrate(Counting(), path, lambda _m: None)  # type: ignore[arg-type]
    conn.close()
    commits = [n for n, sql in enumerate(statements, start=1) if sql == "COMMIT"]
    for count, last in enumerate(migrations.MIGRATIONS[1:], start=2):  # versions may skip
        replay = tmp_path / f"v{last.version}.sqlite"
        shutil.copyfile(V1_FIXTURE, replay)
        replayed = database._connect(replay)
        for step in migrations.MIGRATIONS[1:count]:
            migrations._apply(replayed, step)
        replayed.close()
        schemas[last.version] = schema_of(replay)[1]
    return schemas, len(statements), commits


@posix_only
def test_a_migration_killed_at_each_step_leaves_a_whole_schema(tmp_path: Path) -> None:
    schemas, total, commits = schemas_after_each_step(tmp_path)
    around_commits = {c + offset for c in commits for offset in (-1, 0, 1)}
    spread = set(range(5, total, max(1, total // 5)))
    kill_points = sorted({1, 2, 3, total} | around_commits | spread)
    expected_rows = v1_rows(V1_FIXTURE)
    for kill_at in (p for p in kill_points if 1 <= p <= total):
        path = tmp_path / f"killed-{kill_at}.sqlite"
        shutil.copyfile(V1_FIXTURE, path)
        child = subprocess.run(
            [sys.executable, "-c", MIGRATION_CHILD, str(path), str(kill_at)],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        assert child.returncode == -9, child.stderr.decode()
        version, names = schema_of(path)
        assert names == schemas[version], f"killed at statement {kill_at}: v{version} is partial"
        assert v1_rows(path) == expected_rows
        with open_store(path, "clerk") as store:  # the next start finishes the upgrade
            assert store.scalar("PRAGMA user_version") == LATEST_VERSION
            assert store.scalar("PRAGMA integrity_check") == "ok"
            assert verify_chain(store.conn) == []
        assert v1_rows(path) == expected_rows
        for copy in tmp_path.glob(f"killed-{kill_at}.before-*"):  # a copy is whole or absent
            assert v1_rows(copy) == expected_rows


def test_a_full_disk_is_a_clear_message_and_nothing_is_half_saved(tmp_path: Path) -> None:
    harness = crash_script()
    path = tmp_path / "station.sqlite"
    harness.make_station(path)
    with open_store(path, "clerk") as store:
        before = store.scalar("SELECT count(*) FROM audit_log")
        pages = store.scalar("PRAGMA page_count")
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
        with pytest.raises(StoreError, match=r"disk holding .* is full"):
            store.insert(
                "grids", {"parent_id": None, "level": 1, "name": "街道", "notes": "很长" * 50_000}
            )
        assert store.scalar("SELECT count(*) FROM audit_log") == before
        assert store.scalar("SELECT count(*) FROM grids WHERE name = '街道'") == 0
        store.conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # space freed
        store.insert("grids", {"parent_id": None, "level": 1, "name": "街道", "notes": "很长"})
        assert verify_chain(store.conn) == []


def test_a_read_only_station_file_is_a_clear_message(tmp_path: Path) -> None:
    harness = crash_script()
    path = tmp_path / "station.sqlite"
    harness.make_station(path)
    with open_store(path, "clerk") as store:
        store.conn.execute("PRAGMA query_only = 1")  # as a write-protected file answers
        with pytest.raises(StoreError, match="read-only"):
            store.set_setting("station_name", "东安路派出所")
        store.conn.execute("PRAGMA query_only = 0")
        assert store.setting("station_name") == ""
