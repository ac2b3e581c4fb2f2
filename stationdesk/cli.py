"""The command line: each subcommand is a thin call into a service, and needs no display."""

from __future__ import annotations

import argparse
import getpass
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from stationdesk import __version__, paths
from stationdesk.domain.demo import build_demo
from stationdesk.domain.dispute_ledger import DisputeFilter, LedgerRow
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridService
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_STATUSES,
    GRID_LEVELS,
    OFFICER_KINDS,
    RISK_GRADES,
    TEAMS,
    label,
)
from stationdesk.domain.roster import RosterService
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.i18n import LANGUAGES, system_language
from stationdesk.store import Store, open_store
from stationdesk.store.audit import verify_chain
from stationdesk.textable import format_table

HISTORY_KINDS = {
    "officer": "officers",
    "grid": "grids",
    "shift": "shifts",
    "settings": "settings",
    "dispute": "disputes",
    "person": "people",
    "session": "mediation_sessions",
    "agreement": "agreements",
    "followup": "followups",
}
LIST_KINDS = ("officers", "grids", "disputes")
DISPUTE_HEADERS = (
    "id",
    "received_on",
    "category",
    "grid",
    "parties",
    "grade",
    "officer",
    "deadline",
    "status",
    "overdue",
)
PRINTED_RECORDS = {
    "dispute": "a dispute's registration form",
    "session": "the record of a mediation session",
    "agreement": "a mediation agreement, one copy per party and the station's",
}
EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


class CliError(StationDeskError):
    """Bad input on the command line."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports bad usage in one line instead of the usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Exit with one clear line."""
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def current_user() -> str:
    """The person behind this session, as the audit trail records them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def db_path(args: argparse.Namespace) -> Path:
    """The file named by --db, else STATIONDESK_DB, else the per-user default."""
    return Path(args.db) if args.db else paths.default_db_path()


def output_language(args: argparse.Namespace) -> str:
    """The --lang given (before or after the subcommand), else the system's language."""
    return args.lang or system_language()


def iso_date(text: str) -> date:
    """An argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-25") from None


def open_existing(args: argparse.Namespace) -> Store:
    """Open the --db file, which must exist."""
    return open_store(db_path(args), current_user())


def print_json(value: Any) -> None:
    """Write JSON to stdout, Chinese kept readable."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


# -- subcommands ------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    """Create a demo station."""
    if args.disputes is not None and args.disputes < 0:
        raise CliError("--disputes is a number of disputes, 0 or more")
    # Without --db the demo goes where `stationdesk --demo` looks, never over the real station.
    path = Path(args.db) if args.db else paths.demo_db_path()
    with build_demo(path, seed=args.seed, as_of=args.as_of, disputes=args.disputes) as store:
        officers = store.scalar("SELECT count(*) FROM officers")
        grids = store.scalar("SELECT count(*) FROM grids")
        disputes = store.scalar("SELECT count(*) FROM disputes")
    print(
        f"demo station written to {path}: {grids} grid nodes, {officers} officers,"
        f" {disputes} disputes"
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
    table = HISTORY_KINDS.get(args.kind.rstrip("s") if args.kind != "settings" else args.kind)
    if table is None:
        raise CliError(f"unknown kind '{args.kind}'; choose one of {', '.join(HISTORY_KINDS)}")
    with open_existing(args) as store:
        if table != "settings":
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


def cmd_list(args: argparse.Namespace) -> int:
    """Officers, grids or disputes as a table or JSON."""
    if args.kind == "disputes":
        return _list_disputes(args)
    if args.status or args.overdue:
        raise CliError("--status and --overdue are for listing disputes")
    lister = {"officers": _officer_rows, "grids": _grid_rows}[args.kind]
    with open_existing(args) as store:
        headers, rows = lister(store, output_language(args))
    if args.json:
        print_json([dict(zip(headers, row, strict=True)) for row in rows])
    else:
        print(format_table(headers, rows))
    return 0


def _list_disputes(args: argparse.Namespace) -> int:
    """The dispute ledger, newest first: codes in JSON, labels in the table."""
    flt = DisputeFilter(statuses=(args.status,) if args.status else (), overdue_only=args.overdue)
    with open_existing(args) as store:
        rows = DisputeService(store).page(flt, limit=args.limit)
    if args.json:
        print_json([_dispute_json(row) for row in rows])
        return 0
    lang = output_language(args)
    print(format_table(DISPUTE_HEADERS, [_dispute_cells(row, lang) for row in rows]))
    return 0


def _dispute_json(row: LedgerRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "received_on": row.received_on,
        "category": row.category,
        "grid": row.grid_name,
        "parties": list(row.parties),
        "grade": row.risk_grade,
        "officer": row.officer_name,
        "deadline": row.deadline,
        "status": row.status,
        "outcome": row.outcome,
        "overdue": row.overdue,
        "summary": row.summary,
    }


def _dispute_cells(row: LedgerRow, lang: str) -> list[Any]:
    return [
        row.id,
        row.received_on,
        label(DISPUTE_CATEGORIES[row.category], lang),
        row.grid_name,
        "、".join(row.parties) if lang == "zh" else ", ".join(row.parties),
        label(RISK_GRADES[row.risk_grade], lang),
        row.officer_name,
        row.deadline,
        label(DISPUTE_STATUSES[row.status], lang),
        ("逾期" if lang == "zh" else "overdue") if row.overdue else "",
    ]


def _positive(text: str) -> int:
    """An argparse type for a count of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of 1 or more")
    return value


def _officer_rows(store: Store, lang: str) -> tuple[list[str], list[list[Any]]]:
    names = {grid.id: grid.name for grid in GridService(store).all()}
    headers = ["id", "name", "kind", "badge_no", "post", "phone", "team", "grids", "active"]
    rows = [
        [
            o.id,
            o.name,
            label(OFFICER_KINDS[o.kind], lang),
            o.badge_no,
            o.post,
            o.phone,
            label(TEAMS[o.team], lang),
            ", ".join(names.get(g, str(g)) for g in o.grid_ids),
            o.active,
        ]
        for o in RosterService(store).officers()
    ]
    return headers, rows


def _grid_rows(store: Store, lang: str) -> tuple[list[str], list[list[Any]]]:
    roster = RosterService(store)
    responsible: dict[int, list[str]] = {}
    for officer in roster.officers(include_left=False):
        for grid_id in officer.grid_ids:
            responsible.setdefault(grid_id, []).append(officer.name)
    headers = ["id", "parent_id", "level", "code", "name", "head", "officers", "police_room"]
    rows = [
        [
            g.id,
            g.parent_id,
            label(GRID_LEVELS[g.level], lang),
            g.code,
            g.name,
            g.head_name,
            ", ".join(responsible.get(g.id, [])),
            g.has_police_room,
        ]
        for g in sorted(GridService(store).all(), key=lambda g: g.code)
    ]
    return headers, rows


def cmd_print_roster(args: argparse.Namespace) -> int:
    """The weekly roster sheet as a PDF."""
    week = IsoWeek.parse(args.week)
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError(f"folder {output.parent} does not exist")
    from stationdesk.reports.roster_sheet import write_roster_sheet

    with open_existing(args) as store:
        write_roster_sheet(store, week, output, lang=output_language(args))
    print(f"roster sheet for {week} written to {output}")
    return 0


def _output_file(args: argparse.Namespace) -> Path:
    """The -o file, whose folder must exist."""
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError(f"folder {output.parent} does not exist")
    return output


def cmd_print_record(args: argparse.Namespace) -> int:
    """A dispute's registration form, a session record or an agreement as a PDF."""
    output = _output_file(args)
    from stationdesk.reports import dispute_forms

    writer = {
        "dispute": dispute_forms.write_registration_form,
        "session": dispute_forms.write_session_record,
        "agreement": dispute_forms.write_agreement,
    }[args.form]
    with open_existing(args) as store:
        writer(store, args.id, output, lang=output_language(args))
    print(f"{args.form} {args.id} written to {output}")
    return 0


def cmd_print_ledger(args: argparse.Namespace) -> int:
    """The dispute ledger of a date range as a PDF."""
    if args.date_from > args.date_to:
        raise CliError(f"--from {args.date_from} is after --to {args.date_to}")
    output = _output_file(args)
    from stationdesk.reports.dispute_forms import write_ledger

    with open_existing(args) as store:
        write_ledger(store, args.date_from, args.date_to, output, lang=output_language(args))
    print(f"dispute ledger {args.date_from} to {args.date_to} written to {output}")
    return 0


# -- parser ---------------------------------------------------------------------
def build_parser() -> ArgumentParser:
    """All subcommands and their options."""
    # --db and --lang may come before or after a subcommand; SUPPRESS keeps a subcommand's
    # parser from overwriting a value given earlier with its own default.
    db_help = "station database file (default: STATIONDESK_DB or the user data folder)"
    common = ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    lang = ArgumentParser(add_help=False)
    lang.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the output"
    )
    parser = ArgumentParser(
        prog="stationdesk", description="StationDesk, the station's records desk"
    )
    parser.add_argument("--db", help=db_help)
    parser.add_argument("--version", action="version", version=f"StationDesk {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo station (made on first use)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="create a demo station database (without --db: the one --demo opens)",
    )
    demo.add_argument(
        "--disputes",
        type=int,
        default=None,
        help="number of disputes to generate (default: a few hundred a year for two years)",
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help="random seed (same seed, same station)"
    )
    demo.add_argument(
        "--as-of", type=iso_date, help="the day the demo's history ends (default: today)"
    )
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser(
        "check", parents=[common], help="check integrity and the audit chain"
    )
    check.set_defaults(handler=cmd_check)

    history = commands.add_parser("history", parents=[common], help="a record's audit history")
    history.add_argument("kind", help=", ".join(HISTORY_KINDS))
    history.add_argument("id", type=int)
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=cmd_history)

    listing = commands.add_parser("list", parents=[common, lang], help="list records of a kind")
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--status", choices=DISPUTE_STATUSES, help="disputes with this status")
    listing.add_argument(
        "--overdue", action="store_true", help="only open disputes past their deadline"
    )
    listing.add_argument("--limit", type=_positive, help="at most this many disputes")
    listing.set_defaults(handler=cmd_list)

    printing = commands.add_parser("print", parents=[common], help="print a form as PDF")
    forms = printing.add_subparsers(
        dest="form", metavar="FORM", required=True, parser_class=ArgumentParser
    )
    roster = forms.add_parser("roster", parents=[common, lang], help="the weekly roster sheet")
    roster.add_argument("week", help="ISO week, like 2026-W47")
    roster.add_argument("-o", "--output", required=True, help="PDF file to write")
    roster.set_defaults(handler=cmd_print_roster)
    for form, what in PRINTED_RECORDS.items():
        record = forms.add_parser(form, parents=[common, lang], help=what)
        record.add_argument("id", type=int, help=f"the {form}'s id")
        record.add_argument("-o", "--output", required=True, help="PDF file to write")
        record.set_defaults(handler=cmd_print_record)
    ledger = forms.add_parser(
        "ledger", parents=[common, lang], help="the dispute ledger for a date range"
    )
    ledger.add_argument("--from", dest="date_from", type=iso_date, required=True)
    ledger.add_argument("--to", dest="date_to", type=iso_date, required=True)
    ledger.add_argument("-o", "--output", required=True, help="PDF file to write")
    ledger.set_defaults(handler=cmd_print_ledger)
    return parser


def run(
    argv: Sequence[str] | None = None, *, open_window: Callable[[argparse.Namespace], int]
) -> int:
    """Parse `argv` and run its subcommand (or the window); returns the exit status."""
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        return handler(args) if handler else open_window(args)
    except StationDeskError as exc:
        print(f"stationdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except sqlite3.Error as exc:
        print(f"stationdesk: database error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(
            f"stationdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
