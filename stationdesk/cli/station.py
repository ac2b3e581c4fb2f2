"""Subcommands about the station file itself: demo, check, history and the audit trail."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from itertools import islice
from pathlib import Path

from stationdesk import paths
from stationdesk.cli.common import (
    EXIT_FAILED_CHECK,
    CliError,
    Commands,
    check_range,
    iso_date,
    open_existing,
    output_file,
    output_language,
    positive,
    print_json,
)
from stationdesk.domain.demo import build_demo
from stationdesk.domain.trail import GROUPS, TrailEntry, TrailFilter, TrailService
from stationdesk.spreadsheets import export
from stationdesk.spreadsheets.writing import check_suffix
from stationdesk.store.audit import verify_chain
from stationdesk.textable import format_table

HISTORY_KINDS = {"settings": "settings"}
TRAIL_HEADINGS = (
    ("id", "编号"),
    ("when", "时间"),
    ("by", "操作人"),
    ("record", "记录"),
    ("action", "操作"),
    ("details", "详情"),
)
SHOWN_LIMIT = 50  # entries printed unless --limit says otherwise
EXPORT_LIMIT = 1_000_000  # entries written to a file unless --limit says otherwise
NO_ROW_KINDS = ("settings", "database")  # histories kept under record id 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a demo station."""
    if args.disputes is not None and args.disputes < 0:
        raise CliError("--disputes is a number of disputes, 0 or more")
    if args.households is not None and args.households < 0:
        raise CliError("--households is a number of households, 0 or more")
    # Without --db the demo goes where `stationdesk --demo` looks, never over the real station.
    path = Path(args.db) if args.db else paths.demo_db_path()
    with build_demo(
        path,
        seed=args.seed,
        as_of=args.as_of,
        disputes=args.disputes,
        households=args.households,
    ) as store:
        counts = {
            table: store.scalar(f"SELECT count(*) FROM {table}")
            for table in ("grids", "officers", "disputes", "households", "visits")
        }
    print(
        f"demo station written to {path}: {counts['grids']} grid nodes,"
        f" {counts['officers']} officers, {counts['disputes']} disputes,"
        f" {counts['households']} households, {counts['visits']} visits"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity, foreign keys and the audit chain."""
    failures = 0
    with open_existing(args) as store:
        integrity = [row[0] for row in store.conn.execute("PRAGMA integrity_check")]
        failures += _report("integrity_check", [] if integrity == ["ok"] else integrity)
        broken_keys = store.conn.execute("PRAGMA foreign_key_check").fetchall()
        failures += _report(
            "foreign_key_check",
            [f"{row[0]} row {row[1]} points at a missing {row[2]}" for row in broken_keys],
        )
        entries = store.scalar("SELECT count(*) FROM audit_log")
        failures += _report(f"audit chain ({entries} entries)", verify_chain(store.conn))
    return EXIT_FAILED_CHECK if failures else 0


def _report(what: str, problems: Sequence[str]) -> int:
    if not problems:
        print(f"{what}: ok")
        return 0
    print(f"{what}: FAILED")
    for problem in problems:
        print(f"  {problem}")
    return 1


def cmd_history(args: argparse.Namespace) -> int:
    """A record's audit history."""
    kinds: Mapping[str, str] = args.history_kinds
    kind = args.kind
    table = (
        kinds.get(kind) or kinds.get(kind.removesuffix("s")) or kinds.get(kind.removesuffix("es"))
    )
    if table is None:
        raise CliError(f"unknown kind '{args.kind}'; choose one of {', '.join(kinds)}")
    with open_existing(args) as store:
        if table not in NO_ROW_KINDS:
            store.get(table, args.id)
        entries = store.history(table, args.id)
    if args.json:
        print_json([asdict(entry) for entry in entries])
        return 0
    for entry in entries:
        print(f"{entry.at}  {entry.actor}  {entry.action}")
        for name, (old, new) in entry.changes.items():
            print(f"    {name}: {old!r} -> {new!r}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """The station's audit trail, newest first, as filtered; or written to a spreadsheet."""
    if args.date_from and args.date_to:
        check_range(args.date_from, args.date_to)
    if args.output:
        check_suffix(output_file(args))
    flt = TrailFilter(args.by or "", args.what or "", args.date_from, args.date_to)
    names = {table: name for name, table in args.history_kinds.items()}
    with open_existing(args) as store:
        limit = args.limit or (EXPORT_LIMIT if args.output else SHOWN_LIMIT)
        trail = TrailService(store)
        entries = list(islice(trail.walk(flt), limit))
        usernames = trail.usernames()
        rows = [_audit_row(entry, names, usernames) for entry in entries]
        if args.output:
            columns = export.headings(TRAIL_HEADINGS, output_language(args), {})
            count = export.export_rows(store, "audit trail", columns, rows, Path(args.output))
            print(f"{args.output}: {count} entries")
            return 0
    if args.json:
        print_json([asdict(entry) for entry in entries])
    else:
        print(format_table([english for english, _ in TRAIL_HEADINGS], rows))
    return 0


def _audit_row(
    entry: TrailEntry, names: Mapping[str, str], usernames: Mapping[int, str]
) -> list[object]:
    """An entry's cells; its record named as `stationdesk history` takes it."""
    record = entry.record(names.get(entry.kind, entry.kind), usernames)
    return [entry.id, entry.local_time(), entry.actor, record, entry.action, entry.summary()]


def register(cmd: Commands, history_kinds: Mapping[str, str]) -> None:
    """demo, check, history and audit."""
    demo = cmd.top.add_parser(
        "demo",
        parents=cmd.parents(lang=False),
        help="create a demo station database (without --db: the one --demo opens)",
    )
    demo.add_argument(
        "--disputes",
        type=int,
        default=None,
        help="number of disputes to generate (default: a few hundred a year for two years)",
    )
    demo.add_argument(
        "--households",
        type=int,
        default=None,
        help="number of households to generate (default: 25 to 75 in each grid)",
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help="random seed (same seed, same station)"
    )
    demo.add_argument(
        "--as-of", type=iso_date, help="the day the demo's history ends (default: today)"
    )
    demo.set_defaults(handler=cmd_demo)

    check = cmd.top.add_parser(
        "check", parents=cmd.parents(lang=False), help="check integrity and the audit chain"
    )
    check.set_defaults(handler=cmd_check)

    history = cmd.top.add_parser(
        "history", parents=cmd.parents(lang=False), help="a record's audit history"
    )
    history.add_argument("kind", help=", ".join(history_kinds))
    history.add_argument("id", type=int)
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=cmd_history, history_kinds=dict(history_kinds))

    trail = cmd.top.add_parser(
        "audit",
        parents=cmd.parents(),
        help="the station's audit trail, newest first (chief, auditor, administrator)",
    )
    trail.add_argument("--by", metavar="USER", help="entries of one user")
    trail.add_argument("--what", choices=list(GROUPS), help="one kind of entry")
    trail.add_argument("--from", dest="date_from", type=iso_date, help="on or after this day")
    trail.add_argument("--to", dest="date_to", type=iso_date, help="on or before this day")
    trail.add_argument(
        "--limit",
        type=positive,
        help=f"at most this many entries (default {SHOWN_LIMIT}; all of them with -o)",
    )
    trail.add_argument("--json", action="store_true")
    trail.add_argument("-o", "--output", help="write the entries to FILE.xlsx or .csv (audited)")
    trail.set_defaults(handler=cmd_audit, history_kinds=dict(history_kinds))
