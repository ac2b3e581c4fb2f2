"""backup and restore on the command line, as a scheduled task or a clerk runs them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from stationdesk import paths
from stationdesk.__main__ import main
from stationdesk.store import backup, open_store
from stationdesk.store.health import Health, lock_file


def run(*argv: str) -> int:
    """main() in-process; argparse's own exits become exit codes."""
    try:
        return main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.fixture
def station(tmp_path: Path) -> Path:
    """A station file with one street."""
    path = tmp_path / "station.sqlite"
    with open_store(path, "clerk", create=True) as store:
        store.insert("grids", {"parent_id": None, "level": 1, "name": "东安路街道"})
    return path


def test_backup_writes_a_verified_copy_and_prints_its_path(
    station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("backup", "--db", str(station), "--to", str(usb)) == 0
    copy = Path(capsys.readouterr().out.strip())
    assert copy.parent == usb
    assert backup.inspect(copy).ok


def test_backup_goes_to_the_configured_folder_by_default(
    station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("backup", "--db", str(station)) == 0
    assert Path(capsys.readouterr().out.strip()).parent == paths.backup_dir()
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_store(station, "chief") as store:
        store.set_setting(backup.FOLDER_SETTING, str(usb))
    assert run("backup", "--db", str(station)) == 0
    assert Path(capsys.readouterr().out.strip()).parent == usb


def test_an_unplugged_drive_is_one_line(
    station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("backup", "--db", str(station), "--to", str(tmp_path / "gone")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "plugged in" in err


def test_restore_shows_the_copy_then_restores_it_with_a_safety_copy(
    station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup.take_backup(station, tmp_path)
    with open_store(station, "clerk") as store:
        store.insert("grids", {"parent_id": None, "level": 1, "name": "后来的街道"})
    assert run("restore", str(copy), "--db", str(station), "--yes") == 0
    out = capsys.readouterr().out
    assert "grids: 1" not in out  # counts read "1 grids"
    assert "1 grids" in out
    assert "last change recorded" in out
    with open_store(station, "clerk") as store:
        assert store.scalar("SELECT count(*) FROM grids") == 1
        assert store.history("database", 0)[0].action == "restore"
    assert list(tmp_path.glob("station.before-restore-*.sqlite"))


def test_restore_without_yes_in_a_script_changes_nothing(
    station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup.take_backup(station, tmp_path)
    with open_store(station, "clerk") as store:
        store.insert("grids", {"parent_id": None, "level": 1, "name": "后来的街道"})
    assert run("restore", str(copy), "--db", str(station)) == 2
    assert "--yes" in capsys.readouterr().err
    with open_store(station, "clerk") as store:
        assert store.scalar("SELECT count(*) FROM grids") == 2


def test_a_damaged_backup_is_refused_in_one_line(
    station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "station.backup-20261101-090000.sqlite"
    bad.write_bytes(b"garbage" * 200)
    assert run("restore", str(bad), "--db", str(station), "--yes") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "damaged" in err


def test_changes_made_on_the_command_line_do_not_alarm_the_next_window_start(
    station: Path,
) -> None:
    copy = backup.take_backup(station, station.parent)
    health = Health(station, paths.data_dir())
    health.check()
    health.finish()  # the window closed cleanly
    assert run("restore", str(copy), "--db", str(station), "--yes") == 0
    assert not Health(station, paths.data_dir()).check().damaged


def test_restore_is_refused_while_a_window_has_the_station_open(
    station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup.take_backup(station, tmp_path)
    lock = lock_file(station, paths.data_dir())
    lock.write_text(f"{os.getpid()}\nstationdesk\n{socket.gethostname()}\n")  # a live window
    assert run("restore", str(copy), "--db", str(station), "--yes") == 2
    assert "open in a StationDesk window" in capsys.readouterr().err
    lock.write_text(f"{dead_pid()}\nstationdesk\n{socket.gethostname()}\n")  # it crashed
    assert run("restore", str(copy), "--db", str(station), "--yes") == 0


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)
