"""Subcommands for spreadsheets: import a file, write a template, export a list."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from stationdesk.cli.common import (
    EXIT_BAD_INPUT,
    Commands,
    catch_up_search,
    check_range,
    iso_date,
    open_existing,
    output_file,
    output_language,
    positive,
)
from stationdesk.cli.households import (
    add_household_options,
    add_visit_options,
    household_filter,
    visit_filter,
)
from stationdesk.cli.injuries import add_incident_options, incident_filter
from stationdesk.domain.disputes import DisputeFilter
from stationdesk.domain.household_ledger import HouseholdLedger
from stationdesk.domain.injuries import InjuryService
from stationdesk.domain.labels import DISPUTE_STATUSES
from stationdesk.domain.messages import localize
from stationdesk.spreadsheets import export, ledger_lists
from stationdesk.spreadsheets.bad_rows import write_bad_rows
from stationdesk.spreadsheets.importing import import_file
from stationdesk.spreadsheets.kinds import KINDS, kind_named
from stationdesk.spreadsheets.ledger_lists import Listed
from stationdesk.spreadsheets.templates import write_template
from stationdesk.spreadsheets.writing import check_suffix
from stationdesk.store import Store

HISTORY_KINDS: dict[str, str] = {}
COVERAGE_DAYS = 90


def _dispute_list(args: argparse.Namespace, store: Store, lang: str) -> Listed:
    if args.date_from and args.date_to:
        check_range(args.date_from, args.date_to)
    flt = DisputeFilter(
        statuses=(args.status,) if args.status else (),
        received_from=args.date_from,
        received_to=args.date_to,
        overdue_only=args.overdue,
    )
    return export.dispute_list(store, lang, flt)


def _coverage_list(args: argparse.Namespace, store: Store, lang: str) -> Listed:
    last = args.date_to or date.today()
    first = args.date_from or last - timedelta(days=COVERAGE_DAYS)
    check_range(first, last)
    return ledger_lists.coverage_list(HouseholdLedger(store), lang, first, last, args.by)


def _due_list(args: argparse.Namespace, store: Store, lang: str) -> Listed:
    return ledger_lists.due_list(
        HouseholdLedger(store),
        lang,
        args.grid,
        days=None if args.flagged else args.days,
        flagged_only=args.flagged,
    )


def _incident_list(args: argparse.Namespace, store: Store, lang: str) -> Listed:
    return ledger_lists.incident_list(
        InjuryService(store), lang, incident_filter(args), medical=args.full
    )


LISTS: dict[str, Callable[[argparse.Namespace, Store, str], Listed]] = {
    "officers": lambda _args, store, lang: export.officer_list(store, lang),
    "grids": lambda _args, store, lang: export.grid_list(store, lang),
    "disputes": _dispute_list,
    "households": lambda args, store, lang: ledger_lists.household_list(
        HouseholdLedger(store), lang, household_filter(args)
    ),
    "visits": lambda args, store, lang: ledger_lists.visit_list(
        HouseholdLedger(store), lang, visit_filter(args)
    ),
    "coverage": _coverage_list,
    "due": _due_list,
    "injuries": _incident_list,
}
LIST_HELP = {
    "officers": "the roster",
    "grids": "the grid tree",
    "disputes": "the disputes ledger",
    "households": "households with their head, members and flags",
    "visits": "household visits",
    "coverage": "visit coverage per grid or per officer",
    "due": "households due a visit",
    "injuries": "incidents of the injuries-on-duty ledger (medical details only with --full)",
}


def cmd_import(args: argparse.Namespace) -> int:
    """Import a spreadsheet; print what was (or would be) done and every bad row."""
    kind = kind_named(args.kind)
    lang = output_language(args)
    bad_rows = Path(args.bad_rows) if args.bad_rows else None
    if bad_rows is not None:
        check_suffix(bad_rows)
    with open_existing(args) as store:
        report = import_file(
            store, kind, Path(args.file), dry_run=args.dry_run, skip_bad=args.skip_bad
        )
        if bad_rows is not None and report.problems:
            write_bad_rows(store, kind, Path(args.file), report, bad_rows, lang=lang)
        for line in report.lines(lang):
            print(line, flush=True)
        if bad_rows is not None and report.problems:
            print(localize(f"the bad rows are in {bad_rows}", lang))
        if report.committed:
            catch_up_search(store, lang)
    if report.problems and not report.committed and not args.dry_run:
        refused = (
            f"{len(report.bad_rows)} bad rows; nothing was imported"
            " (fix them, or use --skip-bad to import the good rows)"
        )
        print(f"stationdesk: {localize(refused, lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    """Write the empty template of a kind."""
    path = output_file(args)
    write_template(kind_named(args.kind), path)
    print(path)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export a list to .xlsx or .csv, masked unless --full is asked for and allowed."""
    path = output_file(args)
    check_suffix(path)
    with open_existing(args) as store:
        full = export.may_export_in_full(store, requested=args.full)
        args.full = full  # what the lists see: a full export only when allowed
        columns, rows = LISTS[args.kind](args, store, output_language(args))
        count = export.export_rows(store, args.kind, columns, rows, path, full=full)
    print(f"{path}: {count} rows" + ("" if full else ", ID and phone numbers masked"))
    return 0


def _add_list_options(kind: str, parser: argparse.ArgumentParser) -> None:
    """The filter options of one exportable list (the same as its `list` command's)."""
    if kind == "disputes":
        parser.add_argument("--status", choices=DISPUTE_STATUSES, help="with this status")
        parser.add_argument("--from", dest="date_from", type=iso_date, help="received on or after")
        parser.add_argument("--to", dest="date_to", type=iso_date, help="received on or before")
        parser.add_argument("--overdue", action="store_true", help="only overdue open disputes")
    elif kind == "households":
        add_household_options(parser)
    elif kind == "visits":
        add_visit_options(parser)
    elif kind == "coverage":
        parser.add_argument("--from", dest="date_from", type=iso_date, help="period start")
        parser.add_argument("--to", dest="date_to", type=iso_date, help="period end (today)")
        parser.add_argument("--by", choices=("grid", "officer"), default="grid")
    elif kind == "due":
        parser.add_argument("--grid", type=int, help="only this grid node (and those below)")
        parser.add_argument("--days", type=positive, default=90, help="not visited for longer")
        parser.add_argument(
            "--flagged", action="store_true", help="flagged households not visited this month"
        )
    elif kind == "injuries":
        add_incident_options(parser)


def register(cmd: Commands) -> None:
    """Add import, template and export."""
    importing = cmd.top.add_parser(
        "import",
        parents=cmd.parents(),
        help="import a spreadsheet (.xlsx, .xls, .et, .csv)",
    )
    importing.add_argument("kind", metavar="KIND", help=f"one of {', '.join(KINDS)}")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="report only; change nothing")
    importing.add_argument(
        "--skip-bad", action="store_true", help="import the good rows and list the bad ones"
    )
    importing.add_argument(
        "--bad-rows",
        metavar="OUT",
        help="also write the bad rows, with what is wrong, to this .xlsx or .csv to correct",
    )
    importing.set_defaults(handler=cmd_import)
    template = cmd.top.add_parser(
        "template", parents=cmd.parents(lang=False), help="write an empty spreadsheet of a kind"
    )
    template.add_argument("kind", metavar="KIND", help=f"one of {', '.join(KINDS)}")
    template.add_argument("-o", "--output", required=True, help=".xlsx or .csv file to write")
    template.set_defaults(handler=cmd_template)
    exporting = cmd.top.add_parser("export", help="export a list as filtered (.xlsx or .csv)")
    kinds = exporting.add_subparsers(dest="kind", metavar="KIND", required=True)
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("-o", "--output", required=True, help=".xlsx or .csv file to write")
    output.add_argument(
        "--full", action="store_true", help="ID and phone numbers in full (audited)"
    )
    for kind, what in LIST_HELP.items():
        parser = kinds.add_parser(kind, parents=[*cmd.parents(), output], help=what)
        _add_list_options(kind, parser)
        parser.set_defaults(handler=cmd_export)
