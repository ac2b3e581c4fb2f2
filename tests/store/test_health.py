"""Start-up checks: none for a file unchanged since a clean close, full after a crash or a change
made outside StationDesk, and once a day while the window is open; a damaged file is found every
time, kept aside untouched, and the newest good backup takes its place."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from stationdesk.store import backup, open_store
from stationdesk.store import health as health_module
from stationdesk.store.health import (
    CheckStoppedError,
    Health,
    keep_aside,
    restore_over_damaged,
    unsafe_location,
)

TODAY = date(2026, 11, 27)


@pytest.fixture
def station_path(tmp_path: Path) -> Path:
    """A closed station file holding a few records."""
    path = tmp_path / "station.sqlite"
    with open_store(path, "clerk", create=True) as store:
        for number in range(30):
            store.insert("grids", {"parent_id": None, "level": 1, "name": f"第{number}街道"})
    return path


def health_of(path: Path, tmp_path: Path) -> Health:
    """The start-up bookkeeping kept in a per-user folder under tmp_path."""
    state = tmp_path / "state"
    state.mkdir(exist_ok=True)
    return Health(path, state)


def test_a_file_unchanged_since_a_clean_close_is_not_read_at_start(
    station_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick_checks: list[object] = []
    monkeypatch.setattr(health_module, "quick_check", lambda conn: quick_checks.append(conn) or [])
    health = health_of(station_path, tmp_path)
    first = health.check(TODAY)  # never fingerprinted: SQLite's quick check
    assert (first.full, first.reason, first.damaged, first.daily_due) == (
        False,
        "not fingerprinted",
        False,
        True,
    )
    assert len(quick_checks) == 1
    health.finish()
    second = health.check(TODAY)
    assert (second.full, second.reason, second.damaged) == (False, "unchanged", False)
    assert len(quick_checks) == 1  # the bytes are those StationDesk left: no check
    assert second.daily_due
    assert health.daily_check(TODAY) == []
    health.finish()
    assert not health.check(TODAY).daily_due  # done for today
    health.finish()
    assert health.check(date(2026, 11, 28)).daily_due


def test_damage_the_daily_check_finds_is_checked_again_before_the_next_use(
    station_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = health_of(station_path, tmp_path)
    health.check(TODAY)
    health.finish()
    health.check(TODAY)
    found = ["integrity: row 7 missing from index"]
    with monkeypatch.context() as patched:
        patched.setattr(health_module, "check_connection", lambda conn: found)
        assert health.daily_check(TODAY) == found
    health.finish()
    again = health_of(station_path, tmp_path).check(TODAY)
    assert (again.full, again.reason, again.daily_due) == (True, "damage found", False)
    health.finish()
    assert health.check(TODAY).reason == "unchanged"  # the full check passed: all clear


def test_a_stopped_daily_check_gives_no_verdict(
    station_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health_module, "STEPS_BETWEEN_STOP_CHECKS", 1)
    health = health_of(station_path, tmp_path)
    health.check(TODAY)
    health.finish()
    health.stop()
    with pytest.raises(CheckStoppedError):
        health.daily_check(TODAY)
    assert "last_full_check" not in health.state_file.read_text()


def test_after_an_unclean_exit_the_next_start_runs_the_full_check(
    station_path: Path, tmp_path: Path
) -> None:
    health = health_of(station_path, tmp_path)
    health.check(TODAY)
    health.finish()
    health.check(TODAY)  # this session never finishes: the power went off
    report = health_of(station_path, tmp_path).check(TODAY)
    assert (report.full, report.reason, report.damaged) == (True, "unclean exit", False)


def test_bytes_flipped_in_copies_are_found_at_start_every_time(
    station_path: Path, tmp_path: Path
) -> None:
    health = health_of(station_path, tmp_path)
    health.check(TODAY)
    health.finish()
    original = station_path.read_bytes()
    rng = random.Random(7)
    for trial in range(40):
        damaged = bytearray(original)
        offset = rng.randrange(len(damaged))
        damaged[offset] ^= rng.randrange(1, 256)
        station_path.write_bytes(bytes(damaged))
        report = health.check(TODAY)
        assert report.damaged, f"trial {trial}: a flipped byte at {offset} was not found"
        assert (report.full, report.reason) == (True, "changed")
        health.marker.unlink()  # as if that start had ended cleanly
    kept = keep_aside(station_path, datetime(2026, 11, 27, 8, 0))
    assert kept.name == "station.damaged-20261127-080000.sqlite"
    assert kept.read_bytes() == bytes(damaged)  # the damaged file is kept exactly as found
    assert not station_path.exists()


def test_a_change_made_by_stationdesk_itself_is_no_alarm(
    station_path: Path, tmp_path: Path
) -> None:
    health = health_of(station_path, tmp_path)
    health.check(TODAY)
    health.finish()
    with open_store(station_path, "clerk") as store:  # the command line, between two sessions
        store.insert("grids", {"parent_id": None, "level": 1, "name": "命令行加的街道"})
    health.reseal_if_tracked()
    assert not health.check(TODAY).damaged


def test_the_damaged_file_is_kept_and_the_newest_good_backup_replaces_it(
    station_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    good = backup.take_backup(station_path, folder, now=datetime(2026, 11, 26, 17, 0))
    newest = folder / backup.copy_name(station_path, datetime(2026, 11, 27, 7, 0))
    newest.write_bytes(b"half a copy")  # a copy damaged on the drive
    report = backup.newest_good(folder, station_path)
    assert report is not None
    assert report.path == good
    damaged_bytes = b"SQLite format 3\0" + b"\xff" * 8000
    station_path.write_bytes(damaged_bytes)
    kept = restore_over_damaged(station_path, report, "clerk")
    assert kept.read_bytes() == damaged_bytes
    with open_store(station_path, "clerk") as store:
        assert store.scalar("SELECT count(*) FROM grids") == 30
        [entry] = store.history("database", 0)
        assert entry.changes["previous_records_kept_in"] == [None, kept.name]
        assert entry.changes["restored_from"] == [None, good.name]


@pytest.mark.parametrize(
    "folder",
    [
        "OneDrive/派出所",
        "OneDrive - Fengqiao Police/台账",
        "Dropbox/station",
        "Google Drive/My Drive",
        "Library/Mobile Documents/com~apple~CloudDocs",
        "Nutstore Files/我的坚果云",
        "坚果云/台账",
        "BaiduNetdisk/台账",
        "百度网盘/同步空间",
    ],
)
def test_a_cloud_synced_folder_is_named(tmp_path: Path, folder: str) -> None:
    assert unsafe_location(tmp_path / folder / "station.sqlite") == "cloud_folder"


def test_a_local_folder_is_fine(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n")
    assert unsafe_location(tmp_path / "station.sqlite", mounts) is None


def test_unc_paths_and_network_mounts_are_named(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"//server/share {tmp_path}/share cifs rw 0 0\n"
        f"nas:/export {tmp_path}/nfs nfs4 rw 0 0\n"
        f"/dev/sdb1 {tmp_path}/share/local ext4 rw 0 0\n"
    )
    assert unsafe_location(Path("\\\\server\\share\\station.sqlite")) == "network_share"
    assert unsafe_location(tmp_path / "share" / "s.sqlite", mounts) == "network_filesystem"
    assert unsafe_location(tmp_path / "nfs" / "a" / "s.sqlite", mounts) == "network_filesystem"
    assert unsafe_location(tmp_path / "share" / "local" / "s.sqlite", mounts) is None


def test_a_copy_of_a_healthy_station_passes(station_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(station_path, copy)
    conn = sqlite3.connect(copy)
    conn.close()
    assert not health_of(copy, tmp_path).check(TODAY).damaged
