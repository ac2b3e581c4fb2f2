"""Start-up checks, damaged files kept aside, and folders where SQLite is not safe.

A start compares the file with the fingerprint taken when StationDesk last closed it. A full
check (integrity and audit chain) runs before use after an unclean exit (the running marker of
the last session is still there) and whenever the file differs from that fingerprint, which is
how a flipped byte inside a record is caught even where SQLite's own checks cannot see it. A
file closed cleanly and unchanged since is byte for byte what StationDesk left, so it needs no
check at start; its daily full check runs on a read-only connection while the window is open.
A file never fingerprinted gets SQLite's quick check.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PureWindowsPath

from stationdesk.errors import StoreError
from stationdesk.store import safefile
from stationdesk.store.backup import (
    STAMP_FORMAT,
    CopyReport,
    check_connection,
    copy_database,
    open_copy,
    pragma_lines,
    record_restore,
)
from stationdesk.store.database import open_store

SIDE_FILES = ("-wal", "-shm")
CLOUD_FOLDERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",
    "nutstore",
    "坚果云",
    "我的坚果云",
    "baidunetdisk",
    "baiduyun",
    "百度网盘",
    "百度云",
)
NETWORK_FILESYSTEMS = ("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "9p")
FULL_CHECK_REASONS = ("unclean exit", "damage found", "changed")
STEPS_BETWEEN_STOP_CHECKS = 100_000
CHANGED_OUTSIDE = (
    "the file changed after StationDesk last closed it, and not through StationDesk"
    " (it may be damaged, or edited by another program)"
)


@dataclass(frozen=True)
class StartupReport:
    """What the start-up check did and found."""

    full: bool
    reason: str
    problems: tuple[str, ...]
    daily_due: bool = False

    @property
    def damaged(self) -> bool:
        """True when the file should not be trusted as it is."""
        return bool(self.problems)


def file_key(db_path: Path) -> str:
    """A short name for one database file, for the files kept about it in the data folder."""
    return hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:16]


def lock_file(db_path: Path, state_dir: Path) -> Path:
    """The lock a window holds while it has `db_path` open."""
    return state_dir / f"open-{file_key(db_path)}.lock"


def window_open_on(db_path: Path, state_dir: Path) -> int | None:
    """The process id of a StationDesk window on this computer holding `db_path`, or None.

    Reads the lock the window holds (process id, program, host name); a lock left by a
    window that crashed names a process that is gone.
    """
    import socket  # only here: the window opens without it

    try:
        pid_text, _program, host = lock_file(db_path, state_dir).read_text().splitlines()[:3]
        pid = int(pid_text)
    except (OSError, ValueError):
        return None
    if host != socket.gethostname() or not _process_alive(pid):
        return None
    return pid


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        still_active = 259
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
                code.value == still_active
            )
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check (page structure, no index cross-check)."""
    lines = pragma_lines(conn, "quick_check")
    return [] if lines == ["ok"] else [f"integrity: {line}" for line in lines]


def file_fingerprint(path: Path) -> str:
    """SHA-256 of the file's bytes."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class CheckStoppedError(Exception):
    """A check stopped before its end (the window closed): no verdict."""


class Health:
    """The start-up bookkeeping of one database file, kept in the per-user data folder."""

    def __init__(self, db_path: Path, state_dir: Path) -> None:
        self.db_path = db_path
        key = file_key(db_path)
        self.state_file = state_dir / f"health-{key}.json"
        self.marker = state_dir / f"running-{key}"
        self.last_report: StartupReport | None = None
        self._stopping = False

    def _state(self) -> dict[str, str]:
        try:
            loaded = json.loads(self.state_file.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def _save(self, state: dict[str, str]) -> None:
        # Bookkeeping only: if it cannot be written, the next start runs a full check instead.
        with contextlib.suppress(safefile.WriteError):
            safefile.write_text(self.state_file, json.dumps(state, indent=1))

    def check(self, today: date | None = None) -> StartupReport:
        """Check the file as this start needs, and mark the session as running."""
        today = today or date.today()
        state = self._state()
        reason = self._full_check_reason(state)
        if reason is not None:
            problems = self._run_check(full=True)
        elif "fingerprint" in state:
            reason, problems = "unchanged", []  # the bytes StationDesk left: nothing to check
        else:
            reason, problems = "not fingerprinted", self._run_check(full=False)
        if reason == "changed" and not problems:
            problems = [CHANGED_OUTSIDE]
        full = reason in FULL_CHECK_REASONS
        if full and not problems:
            state.pop("damage_found", None)
            state["last_full_check"] = today.isoformat()
            self._save(state)
        self.marker.touch()
        daily_due = state.get("last_full_check") != today.isoformat()
        self.last_report = StartupReport(full, reason, tuple(problems), daily_due and not problems)
        return self.last_report

    def daily_check(self, today: date | None = None) -> list[str]:
        """The full check on a read-only connection, while the window works on the file.

        Its date is recorded only when it passes; CheckStoppedError when `stop` ended it.
        Damage found makes the next start run the full check before use.
        """
        today = today or date.today()
        problems = self._run_check(full=True, read_only=True)
        state = self._state()
        # Damage found sends the next start through the full check and its offer of a backup.
        state["damage_found" if problems else "last_full_check"] = today.isoformat()
        self._save(state)
        return problems

    def stop(self) -> None:
        """End a check running on another thread (it raises CheckStoppedError there)."""
        self._stopping = True

    def end_unused(self) -> None:
        """The session ends before anything was written: the seal still holds."""
        if self.last_report is not None and not self.last_report.damaged:
            self.marker.unlink(missing_ok=True)

    def recovered_from_crash(self) -> bool:
        """True when this start followed an unclean exit and the full check found no damage."""
        report = self.last_report
        return report is not None and report.reason == "unclean exit" and not report.damaged

    def _full_check_reason(self, state: dict[str, str]) -> str | None:
        if self.marker.exists():
            return "unclean exit"
        if state.get("damage_found"):
            return "damage found"
        sealed = state.get("fingerprint")
        if sealed and self.db_path.exists() and sealed != file_fingerprint(self.db_path):
            return "changed"
        return None

    def _run_check(self, *, full: bool, read_only: bool = False) -> list[str]:
        if not self.db_path.exists():
            return []
        try:
            conn = self._connect(read_only)
        except sqlite3.Error as exc:
            return [f"cannot be opened: {exc}"]
        conn.set_progress_handler(lambda: self._stopping, STEPS_BETWEEN_STOP_CHECKS)
        try:
            return check_connection(conn) if full else quick_check(conn)
        except sqlite3.OperationalError as exc:
            if str(exc) == "interrupted":
                raise CheckStoppedError from exc
            return [f"not a usable database: {exc}"]
        except sqlite3.DatabaseError as exc:
            return [f"not a usable database: {exc}"]
        finally:
            conn.close()

    def _connect(self, read_only: bool) -> sqlite3.Connection:
        if not read_only:
            return sqlite3.connect(self.db_path, check_same_thread=False)
        uri = f"{self.db_path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    def accept_as_is(self) -> None:
        """The user keeps working on a file the check flagged: take it as it now is."""
        self.seal()

    def seal(self) -> None:
        """Fingerprint the file as StationDesk leaves it."""
        if not self.db_path.exists():
            return
        state = self._state()
        state["fingerprint"] = file_fingerprint(self.db_path)
        self._save(state)

    def reseal_if_tracked(self) -> None:
        """After a write by another StationDesk process (the command line), renew the seal."""
        if "fingerprint" in self._state():
            self.seal()

    def finish(self) -> None:
        """A clean end of the session: fingerprint the file and remove the running marker."""
        self.seal()
        self.marker.unlink(missing_ok=True)


# -- damaged files -----------------------------------------------------------------
def keep_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged file (and its journal files) out of the way, never overwriting it."""
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    damaged = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    if damaged.exists():
        raise StoreError(f"{damaged} already exists; move it away and start again")
    try:
        os.replace(db_path, damaged)
        for side in SIDE_FILES:
            journal = Path(f"{db_path}{side}")
            if journal.exists():
                os.replace(journal, Path(f"{damaged}{side}"))
    except OSError as exc:
        raise StoreError(f"the damaged file could not be kept aside: {exc}") from exc
    return damaged


def restore_over_damaged(db_path: Path, copy: CopyReport, actor: str) -> Path:
    """Keep the damaged file aside, put the copy in its place and audit the restore.

    Returns where the damaged file now is.
    """
    source = open_copy(copy.path)
    try:
        with safefile.replacing(db_path) as temp:
            copy_database(source, temp)
            damaged = keep_aside(db_path)  # only once the copy is whole beside it
    finally:
        source.close()
    with open_store(db_path, actor) as store:
        record_restore(store, copy.path, copy, damaged)
    return damaged


# -- where the file lives ------------------------------------------------------------
def unsafe_location(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """Why `path` is where SQLite's locking is not safe, or None.

    One of: "network_share" (a UNC path), "cloud_folder", "network_drive" (a mapped drive on
    Windows), "network_filesystem" (an nfs, cifs or smb mount).
    """
    if str(path).startswith(("\\\\", "//")):
        return "network_share"
    for part in path.resolve().parts:
        lowered = part.lower()
        if any(lowered == name or lowered.startswith(name + " ") for name in CLOUD_FOLDERS):
            return "cloud_folder"
    if sys.platform == "win32" and _is_windows_network_drive(path):
        return "network_drive"
    filesystem = _mount_type(path.resolve(), mounts_file)
    if filesystem is not None and filesystem.lower() in NETWORK_FILESYSTEMS:
        return "network_filesystem"
    return None


def _is_windows_network_drive(path: Path) -> bool:
    import ctypes

    drive = PureWindowsPath(path.resolve()).drive
    if not drive:
        return False
    drive_remote = 4
    windll = getattr(ctypes, "windll", None)
    return windll is not None and windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def _mount_type(path: Path, mounts_file: Path) -> str | None:
    try:
        lines = mounts_file.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        covers = path == Path(mount_point) or Path(mount_point) in path.parents
        if covers and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None
