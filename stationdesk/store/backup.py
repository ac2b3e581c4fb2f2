"""Verified backups, their rotation, and restoring one.

A backup is taken with SQLite's online backup API on a connection of its own, so the window
keeps working while it runs; the copy is written beside its final name, opened and checked
(integrity and audit chain) and only then renamed into place. Rotation keeps about a year
(14 daily, 8 weekly, 12 monthly copies) and never removes the newest copy.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from stationdesk.domain import access
from stationdesk.errors import StoreError
from stationdesk.store import safefile
from stationdesk.store.audit import verify_chain
from stationdesk.store.database import Store
from stationdesk.store.migrations import LATEST_VERSION, migrate, schema_version

FOLDER_SETTING = "backup_folder"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
AUTO_INTERVAL = timedelta(minutes=30)
UNFINISHED_AFTER = timedelta(hours=1)
COUNTED_TABLES = (
    ("disputes", "disputes"),
    ("people", "people"),
    ("households", "households"),
    ("visits", "visits"),
    ("incidents", "incidents"),
    ("officers", "officers"),
    ("shifts", "shifts"),
    ("grids", "grids"),
    ("audit_log", "audit entries"),
)


class BackupError(StoreError):
    """A backup or restore that did not happen; the records are untouched."""


@dataclass(frozen=True)
class CopyReport:
    """What a backup copy holds and whether it passed its checks."""

    path: Path
    taken_at: datetime | None
    last_change: str | None
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    schema_version: int = 0

    @property
    def ok(self) -> bool:
        """True when the copy is sound and may be restored."""
        return not self.problems


# -- names -----------------------------------------------------------------------
def copy_name(db_path: Path, taken_at: datetime) -> str:
    """The file name of a backup of `db_path` taken at `taken_at`."""
    return f"{db_path.stem}.backup-{taken_at.strftime(STAMP_FORMAT)}.sqlite"


def _stamp_of(path: Path, stem: str) -> datetime | None:
    match = re.fullmatch(re.escape(stem) + r"\.backup-(\d{8}-\d{6})\.sqlite", path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP_FORMAT)
    except ValueError:
        return None


def list_backups(folder: Path, db_path: Path) -> list[tuple[datetime, Path]]:
    """The backups of `db_path` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = ((_stamp_of(path, db_path.stem), path) for path in folder.iterdir())
    return sorted(((stamp, path) for stamp, path in found if stamp), reverse=True)


def default_folder(store: Store, fallback: Path) -> Path:
    """The station's configured backup folder, else `fallback`."""
    configured = store.setting(FOLDER_SETTING)
    return Path(configured) if configured else fallback


# -- checking a copy ---------------------------------------------------------------
def pragma_lines(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """The lines of an integrity pragma. On a damaged file they, or SQLite's error, may quote
    bytes that are not UTF-8: lines show them replaced, an error is a DatabaseError."""
    factory = conn.text_factory
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        return [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except UnicodeDecodeError as exc:
        raise sqlite3.DatabaseError(f"database disk image is malformed ({exc})") from exc
    finally:
        conn.text_factory = factory


def check_connection(conn: sqlite3.Connection) -> list[str]:
    """Full integrity check and the audit chain of an open database."""
    integrity = pragma_lines(conn, "integrity_check")
    problems = [] if integrity == ["ok"] else [f"integrity: {line}" for line in integrity]
    if not problems:
        problems.extend(verify_chain(conn))
    return problems


def inspect(path: Path) -> CopyReport:
    """Open a copy read-only, check it and count what it holds."""
    try:
        conn = open_copy(path)
    except BackupError as exc:
        return CopyReport(path, _stamp_of_copy(path), None, problems=(str(exc),))
    try:
        return _report(conn, path)
    finally:
        conn.close()


def open_copy(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup copy (which rotation then cannot take away)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if not path.exists():
            gone = f"{path} is no longer there (removed, or its drive unplugged)"
            raise BackupError(gone) from exc
        raise BackupError(f"{path.name} is damaged or not a station database: {exc}") from exc
    return conn


def _stamp_of_copy(path: Path) -> datetime | None:
    return _stamp_of(path, path.name.split(".backup-")[0])


def _report(conn: sqlite3.Connection, path: Path) -> CopyReport:
    stamp = _stamp_of_copy(path)
    try:
        problems = check_connection(conn)
        if problems:
            return CopyReport(path, stamp, None, problems=tuple(problems))
        version = schema_version(conn)
        return CopyReport(path, stamp, _last_change(conn), _counts(conn), schema_version=version)
    except sqlite3.DatabaseError as exc:
        return CopyReport(path, stamp, None, problems=(f"not a usable database: {exc}",))


def _last_change(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT max(at) FROM audit_log").fetchone()
    return row[0] if row else None


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        label: int(conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
        for table, label in COUNTED_TABLES
        if table in present
    }


# -- taking a copy -----------------------------------------------------------------
def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database into the file `target` with the backup API, flushed to disk."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def take_backup(db_path: Path, folder: Path, *, now: datetime | None = None) -> Path:
    """Write a verified copy of the database at `db_path` into `folder`; returns its path.

    Opens its own connection, so it may run on a worker thread while the window writes.
    """
    taken_at = (now or datetime.now()).replace(microsecond=0)
    final = folder / copy_name(db_path, taken_at)
    if not folder.is_dir():
        raise BackupError(
            f"the backup folder {folder} cannot be reached (is the drive plugged in?)"
        )
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with safefile.replacing(final) as temp:
            _copy_checked(source, temp)
    except sqlite3.Error as exc:
        raise BackupError(_explain_sqlite(exc, folder)) from exc
    except safefile.WriteError as exc:
        raise BackupError(f"no backup was made: {exc}") from exc
    finally:
        source.close()
    return final


def _copy_checked(source: sqlite3.Connection, temp: Path) -> None:
    copy_database(source, temp)
    check = sqlite3.connect(temp)
    try:
        problems = check_connection(check)
    finally:
        check.close()
    if problems:
        raise BackupError("the copy failed its check, so it was not kept: " + problems[0])


def _explain_sqlite(exc: sqlite3.Error, folder: Path) -> str:
    if "full" in str(exc):
        return f"no backup was made: the disk holding {folder} is full"
    return f"no backup was made: {exc}"


# -- rotation ----------------------------------------------------------------------
def copies_to_keep(stamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which copies rotation keeps: the newest of each of the last 14 days, 8 weeks and
    12 months, and always the newest copy of all."""
    ordered = sorted(stamps, reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    buckets = (
        (KEEP_DAILY, lambda s: s.date()),
        (KEEP_WEEKLY, lambda s: s.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda s: (s.year, s.month)),
    )
    for limit, bucket_of in buckets:
        seen: list[object] = []
        for stamp in ordered:
            if stamp > now:
                keep.add(stamp)  # a clock set back: keep what cannot be placed
                continue
            bucket = bucket_of(stamp)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) > limit:
                    break
                keep.add(stamp)
    return keep


def rotate(folder: Path, db_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove the copies rotation no longer keeps, and the unfinished copies of backups that
    were interrupted (the power went off); returns the removed paths."""
    copies = list_backups(folder, db_path)
    keep = copies_to_keep((stamp for stamp, _ in copies), now or datetime.now())
    dropped = [path for stamp, path in copies if stamp not in keep]
    unfinished = [
        path
        for path in folder.glob(f".{db_path.stem}.backup-*{safefile.TEMP_SUFFIX}")
        if _age(path) > UNFINISHED_AFTER  # younger ones may be another backup under way
    ]
    return [path for path in [*dropped, *unfinished] if _removed(path)]


def _age(path: Path) -> timedelta:
    try:
        return datetime.now() - datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return timedelta(0)


def _removed(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


def backup_and_rotate(db_path: Path, folder: Path, *, now: datetime | None = None) -> Path:
    """Take a verified copy, then let rotation drop copies no longer needed."""
    path = take_backup(db_path, folder, now=now)
    rotate(folder, db_path, now=now)
    return path


# -- restoring ---------------------------------------------------------------------
def safety_copy_name(db_path: Path, at: datetime) -> Path:
    """Where the current database is kept before a restore replaces it."""
    return db_path.with_name(f"{db_path.stem}.before-restore-{at.strftime(STAMP_FORMAT)}.sqlite")


def restore_into(store: Store, backup: Path, *, now: datetime | None = None) -> Path:
    """Replace the open station's records with a checked backup; returns the safety copy.

    The current records are first copied beside the database; the switch itself is one
    SQLite transaction (the backup API writing into the open file), and the restore is then
    entered in the audit trail.
    """
    store.require(access.BACKUPS)
    if store.path is None:
        raise BackupError("an in-memory station cannot be restored")
    source = open_copy(backup)  # held open from the check to the copy
    try:
        report = _report(source, backup)
        if not report.ok:
            problem = report.problems[0]
            raise BackupError(f"{backup.name} is damaged and was not restored: {problem}")
        if report.schema_version > LATEST_VERSION:
            raise BackupError(f"{backup.name} was written by a newer StationDesk; update first")
        safety = _safety_copy(store, now or datetime.now())
        try:
            source.backup(store.conn)
        except sqlite3.Error as exc:
            raise BackupError(f"the restore failed, the records are unchanged: {exc}") from exc
    finally:
        source.close()
    migrate(store.conn, store.path, lambda _message: None)  # a copy from an older version
    store.reload_access()
    record_restore(store, backup, report, safety)
    return safety


def _safety_copy(store: Store, at: datetime) -> Path:
    assert store.path is not None
    safety = safety_copy_name(store.path, at)
    try:
        with safefile.replacing(safety) as temp:
            copy_database(store.conn, temp)
    except sqlite3.Error as exc:
        raise BackupError(f"no safety copy could be made, nothing was restored: {exc}") from exc
    return safety


def record_restore(store: Store, backup: Path, report: CopyReport, safety: Path | None) -> None:
    """Enter a restore in the audit trail of the restored station."""
    changes: dict[str, list] = {
        "restored_from": [None, backup.name],
        "copy_last_change": [None, report.last_change],
    }
    if safety is not None:
        changes["previous_records_kept_in"] = [None, safety.name]
    with store.transaction():
        store.record_event("database", 0, "restore", changes)  # restore_into checked the role


def newest_good(folder: Path, db_path: Path) -> CopyReport | None:
    """The newest backup of `db_path` in `folder` that passes its checks."""
    for _stamp, path in list_backups(folder, db_path):
        report = inspect(path)
        if report.ok:
            return report
    return None


def describe_counts(counts: Sequence[tuple[str, int]] | dict[str, int]) -> str:
    """'120 disputes, 300 people, ...' for a message."""
    items = counts.items() if isinstance(counts, dict) else counts
    return ", ".join(f"{number} {label}" for label, number in items)


def local_time(iso_utc: str | None) -> str:
    """An audit timestamp (UTC) as local date and time, to the minute."""
    if not iso_utc:
        return ""
    return datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")
