"""Backups: verified before they are kept, taken while the station writes, rotated over a
year without losing the newest, restored with a safety copy and an audit entry."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from stationdesk.store import Store, backup, open_store
from stationdesk.store.audit import verify_chain
from stationdesk.store.backup import BackupError
from stationdesk.store.migrations import LATEST_VERSION


def add_streets(store: Store, *names: str) -> list[int]:
    """Streets entered through the store, so each has its audit entry."""
    return [store.insert("grids", {"parent_id": None, "level": 1, "name": name}) for name in names]


def street_names(path: Path) -> list[str]:
    """The streets in a file, read with a plain connection."""
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM grids ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def station(tmp_path: Path) -> Store:
    """A small station with two streets."""
    store = open_store(tmp_path / "station.sqlite", "clerk", create=True)
    add_streets(store, "东安路街道", "皇台街道")
    yield store
    store.close()


def test_a_backup_is_a_checked_copy_with_what_the_station_holds(
    station: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert station.path is not None
    copy = backup.take_backup(station.path, folder, now=datetime(2026, 11, 26, 17, 30))
    assert copy.name == "station.backup-20261126-173000.sqlite"
    assert sorted(p.name for p in folder.iterdir()) == [copy.name]
    report = backup.inspect(copy)
    assert report.ok
    assert report.counts["grids"] == 2
    assert report.counts["audit entries"] == 2
    assert report.taken_at == datetime(2026, 11, 26, 17, 30)
    assert report.last_change == station.scalar("SELECT max(at) FROM audit_log")


def test_an_unplugged_backup_drive_is_a_clear_message(station: Store, tmp_path: Path) -> None:
    assert station.path is not None
    with pytest.raises(BackupError, match="cannot be reached"):
        backup.take_backup(station.path, tmp_path / "E-drive-gone")
    assert street_names(station.path) == ["东安路街道", "皇台街道"]


def test_a_full_disk_keeps_no_half_copy_and_the_older_copies(
    station: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert station.path is not None
    folder = tmp_path / "backups"
    folder.mkdir()
    older = backup.take_backup(station.path, folder, now=datetime(2026, 11, 1, 9, 0))

    def disk_full(_source: object, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\0 half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "copy_database", disk_full)
    with pytest.raises(BackupError, match="is full"):
        backup.take_backup(station.path, folder)
    assert [p.name for p in folder.iterdir()] == [older.name]


def test_a_damaged_station_gives_no_backup(station: Store, tmp_path: Path) -> None:
    assert station.path is not None
    station.conn.execute("DROP TRIGGER audit_log_no_delete")
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(BackupError, match="failed its check"):
        backup.take_backup(station.path, folder)
    assert list(folder.iterdir()) == []


def test_a_backup_taken_while_another_thread_writes_holds_all_committed_before(
    tmp_path: Path,
) -> None:
    path = tmp_path / "busy.sqlite"
    with open_store(path, "clerk", create=True) as store:
        add_streets(store, *(f"街道{n}" for n in range(200)))
    stop = threading.Event()
    started_writing = threading.Event()

    def keep_writing() -> None:
        with open_store(path, "officer") as writer:
            number = 0
            while not stop.is_set():
                add_streets(writer, f"新街道{number}")
                number += 1
                started_writing.set()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        assert started_writing.wait(10)
        with open_store(path, "reader") as reader:
            before = reader.scalar("SELECT max(id) FROM grids")
        folder = tmp_path / "backups"
        folder.mkdir()
        copy = backup.take_backup(path, folder)
    finally:
        stop.set()
        thread.join()
    report = backup.inspect(copy)
    assert report.ok, report.problems
    conn = sqlite3.connect(copy)
    try:
        ids = {row[0] for row in conn.execute("SELECT id FROM grids")}
        assert verify_chain(conn) == []
    finally:
        conn.close()
    assert set(range(1, before + 1)) <= ids


def fake_copies(folder: Path, stamps: list[datetime]) -> None:
    """Empty files named like backups (rotation goes by the name only)."""
    for stamp in stamps:
        (folder / backup.copy_name(Path("station.sqlite"), stamp)).touch()


def test_rotation_over_a_year_keeps_14_days_8_weeks_12_months(tmp_path: Path) -> None:
    db = Path("station.sqlite")
    start = datetime(2025, 11, 1, 8, 0)
    day = start
    while day < datetime(2026, 11, 27):
        if day.weekday() < 6:  # the station is open six days a week
            for hour in (8, 12, 17):  # backups through the day and at closing
                fake_copies(tmp_path, [day.replace(hour=hour)])
            newest = day.replace(hour=17)
            backup.rotate(tmp_path, db, now=newest)
            kept = [stamp for stamp, _ in backup.list_backups(tmp_path, db)]
            assert kept[0] == newest  # the newest copy is never removed
        day += timedelta(days=1)
    kept = [stamp for stamp, _ in backup.list_backups(tmp_path, db)]
    now = kept[0]
    daily = {stamp.date() for stamp in kept if now - stamp < timedelta(days=16)}
    assert len(daily) >= 14
    weeks = {stamp.isocalendar()[:2] for stamp in kept if now - stamp < timedelta(weeks=8)}
    assert len(weeks) == 8
    months = {(stamp.year, stamp.month) for stamp in kept}
    assert len(months) == 12
    assert min(kept) < now - timedelta(days=300)  # about a year back: eleven months and more
    assert len(kept) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
    assert all(stamp.hour == 17 for stamp in kept)  # the last copy of each day is the one kept


def test_rotation_never_removes_the_only_copy_even_an_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    fake_copies(folder, [datetime(2020, 1, 1, 9, 0)])
    assert backup.rotate(folder, Path("station.sqlite"), now=datetime(2026, 11, 27)) == []
    assert len(list(folder.iterdir())) == 1


def test_rotation_leaves_other_files_and_other_stations_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").touch()
    fake_copies(tmp_path, [datetime(2026, 1, d, 9, 0) for d in range(1, 20)])
    (tmp_path / "other.backup-20200101-090000.sqlite").touch()
    backup.rotate(tmp_path, Path("station.sqlite"), now=datetime(2026, 1, 19, 10, 0))
    names = {p.name for p in tmp_path.iterdir()}
    assert {"notes.txt", "other.backup-20200101-090000.sqlite"} <= names


def test_restore_keeps_a_safety_copy_and_writes_the_history(station: Store, tmp_path: Path) -> None:
    assert station.path is not None
    folder = tmp_path / "backups"
    folder.mkdir()
    copy = backup.take_backup(station.path, folder)
    add_streets(station, "后来加的街道")
    safety = backup.restore_into(station, copy, now=datetime(2026, 11, 27, 9, 0))
    assert street_names(station.path) == ["东安路街道", "皇台街道"]
    assert street_names(safety) == ["东安路街道", "皇台街道", "后来加的街道"]
    assert safety.name == "station.before-restore-20261127-090000.sqlite"
    [entry] = station.history("database", 0)
    assert entry.action == "restore"
    assert entry.changes["restored_from"] == [None, copy.name]
    assert entry.changes["previous_records_kept_in"] == [None, safety.name]
    assert verify_chain(station.conn) == []
    add_streets(station, "恢复后的街道")  # the restored station keeps working
    assert street_names(station.path)[-1] == "恢复后的街道"


def test_a_damaged_backup_is_refused_and_nothing_changes(station: Store, tmp_path: Path) -> None:
    bad = tmp_path / "station.backup-20261101-090000.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    assert station.path is not None
    with pytest.raises(BackupError, match="damaged"):
        backup.restore_into(station, bad)
    assert street_names(station.path) == ["东安路街道", "皇台街道"]
    assert not list(tmp_path.glob("*before-restore*"))


def test_a_backup_from_an_older_version_is_brought_up_to_date_when_restored(
    station: Store, tmp_path: Path
) -> None:
    old = tmp_path / "station.backup-20250101-090000.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "station-v1.sqlite", old)
    backup.restore_into(station, old)
    assert station.scalar("PRAGMA user_version") == LATEST_VERSION
    assert station.scalar("SELECT count(*) FROM grids") > 0
    assert station.history("database", 0)[0].action == "restore"
    assert verify_chain(station.conn) == []


def test_the_half_copy_of_an_interrupted_backup_is_cleared_by_the_next(
    station: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    half = folder / ".station.backup-20261126-173000.sqlite.x1y2z3.part"
    half.write_bytes(b"SQLite format 3\0 cut short by a power cut")
    yesterday = (datetime.now() - timedelta(days=1)).timestamp()
    os.utime(half, (yesterday, yesterday))
    under_way = folder / ".station.backup-20261127-090000.sqlite.a1b2c3.part"
    under_way.write_bytes(b"another backup writing now")
    assert station.path is not None
    copy = backup.backup_and_rotate(station.path, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([under_way.name, copy.name])


def test_a_copy_removed_before_the_restore_is_a_clear_message(
    station: Store, tmp_path: Path
) -> None:
    gone = tmp_path / "station.backup-20261126-090000.sqlite"
    with pytest.raises(BackupError, match="no longer there"):
        backup.restore_into(station, gone)
    assert not list(tmp_path.glob("*before-restore*"))
    assert station.path is not None
    assert street_names(station.path) == ["东安路街道", "皇台街道"]
