"""Subcommands that keep the station's records safe: backup and restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stationdesk import paths
from stationdesk.cli.common import CliError, Commands, db_path, open_existing
from stationdesk.domain import access
from stationdesk.store import backup
from stationdesk.store.backup import CopyReport
from stationdesk.store.health import window_open_on

HISTORY_KINDS = {"database": "database"}


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified copy and print its path."""
    with open_existing(args) as store:
        store.require(access.BACKUPS)
        folder = Path(args.to) if args.to else backup.default_folder(store, paths.backup_dir())
        source = store.path
    if not args.to:
        folder.mkdir(parents=True, exist_ok=True)
    assert source is not None
    print(backup.take_backup(source, folder))
    return 0


def describe(report: CopyReport) -> str:
    """The copy's date, last change and record counts, as restore shows them."""
    taken = report.taken_at.isoformat(sep=" ") if report.taken_at else "unknown"
    return (
        f"backup {report.path.name}\n  taken: {taken}\n"
        f"  last change recorded: {report.last_change or 'none'}\n"
        f"  holds: {backup.describe_counts(report.counts)}"
    )


def cmd_restore(args: argparse.Namespace) -> int:
    """Show the copy, ask, keep a safety copy, restore and audit it."""
    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"there is no backup file {source}")
    report = backup.inspect(source)
    if not report.ok:
        raise CliError(f"{source.name} is damaged and cannot be restored: {report.problems[0]}")
    _not_open_in_a_window(db_path(args))
    print(describe(report))
    if not args.yes and not _confirmed():
        print("nothing restored")
        return 1
    with open_existing(args) as store:
        safety = backup.restore_into(store, source)
    print(f"restored; the records as they were are kept in {safety}")
    return 0


def _not_open_in_a_window(path: Path) -> None:
    pid = window_open_on(path, paths.data_dir())
    if pid is not None:
        raise CliError(
            f"the station is open in a StationDesk window (process {pid}): restore from its"
            " File > Backups, or close it first"
        )


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        raise CliError("restore replaces the station's records: add --yes to confirm")
    return input("Replace the station's records with this backup? [y/N] ").strip().lower() in (
        "y",
        "yes",
    )


def register(cmd: Commands) -> None:
    """backup and restore."""
    take = cmd.top.add_parser(
        "backup",
        parents=cmd.parents(lang=False),
        help="write a verified copy of the station (default: the configured backup folder)",
    )
    take.add_argument("--to", metavar="DIR", help="folder to write the copy into")
    take.set_defaults(handler=cmd_backup)

    restore = cmd.top.add_parser(
        "restore",
        parents=cmd.parents(lang=False),
        help="replace the station's records with a backup (a safety copy is kept first)",
    )
    restore.add_argument("file", help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=cmd_restore)
