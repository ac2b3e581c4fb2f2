"""Subcommands for spreadsheets: import a file, write a template, export a list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stationdesk.cli.common import (
    EXIT_BAD_INPUT,
    CliError,
    Commands,
    check_range,
    iso_date,
    open_existing,
    output_file,
    output_language,
)
from stationdesk.domain.disputes import DisputeFilter
from stationdesk.domain.labels import DISPUTE_STATUSES
from stationdesk.spreadsheets import export
from stationdesk.spreadsheets.importing import import_file
from stationdesk.spreadsheets.kinds import KINDS, kind_named
from stationdesk.spreadsheets.templates import write_template
from stationdesk.spreadsheets.writing import check_suffix
from stationdesk.store import Store

HISTORY_KINDS: dict[str, str] = {}
LISTS = ("officers", "grids", "disputes")


def _list(args: argparse.Namespace, store: Store) -> tuple[list[export.ExportColumn], list[list]]:
    """The headings and rows of the list asked for (disputes with the filter options)."""
    lang = output_language(args)
    if args.kind == "officers":
        return export.officer_list(store, lang)
    if args.kind == "grids":
        return export.grid_list(store, lang)
    if args.date_from and args.date_to:
        check_range(args.date_from, args.date_to)
    flt = DisputeFilter(
        statuses=(args.status,) if args.status else (),
        received_from=args.date_from,
        received_to=args.date_to,
        overdue_only=args.overdue,
    )
    return export.dispute_list(store, lang, flt)


def cmd_import(args: argparse.Namespace) -> int:
    """Import a spreadsheet; print what was (or would be) done and every bad row."""
    kind = kind_named(args.kind)
    with open_existing(args) as store:
        report = import_file(
            store, kind, Path(args.file), dry_run=args.dry_run, skip_bad=args.skip_bad
        )
    for line in report.lines():
        print(line)
    if report.problems and not report.committed and not args.dry_run:
        print(
            f"stationdesk: {len(report.bad_rows)} bad rows; nothing was imported"
            " (fix them, or use --skip-bad to import the good rows)",
            file=sys.stderr,
        )
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
    if args.kind not in LISTS:
        raise CliError(f"cannot export '{args.kind}'; choose one of {', '.join(LISTS)}")
    with open_existing(args) as store:
        full = export.may_export_in_full(store, requested=args.full)
        columns, rows = _list(args, store)
        count = export.export_rows(store, args.kind, columns, rows, path, full=full)
    print(f"{path}: {count} rows" + ("" if full else ", ID and phone numbers masked"))
    return 0


def register(cmd: Commands) -> None:
    """Add import, template and export."""
    importing = cmd.top.add_parser(
        "import",
        parents=cmd.parents(lang=False),
        help="import a spreadsheet (.xlsx, .xls, .et, .csv)",
    )
    importing.add_argument("kind", metavar="KIND", help=f"one of {', '.join(KINDS)}")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="report only; change nothing")
    importing.add_argument(
        "--skip-bad", action="store_true", help="import the good rows and list the bad ones"
    )
    importing.set_defaults(handler=cmd_import)
    template = cmd.top.add_parser(
        "template", parents=cmd.parents(lang=False), help="write an empty spreadsheet of a kind"
    )
    template.add_argument("kind", metavar="KIND", help=f"one of {', '.join(KINDS)}")
    template.add_argument("-o", "--output", required=True, help=".xlsx or .csv file to write")
    template.set_defaults(handler=cmd_template)
    exporting = cmd.top.add_parser("export", parents=cmd.parents(), help="export a list")
    exporting.add_argument("kind", metavar="KIND", help=f"one of {', '.join(LISTS)}")
    exporting.add_argument("-o", "--output", required=True, help=".xlsx or .csv file to write")
    exporting.add_argument(
        "--full", action="store_true", help="ID and phone numbers in full (audited)"
    )
    exporting.add_argument("--status", choices=DISPUTE_STATUSES, help="disputes with this status")
    exporting.add_argument("--from", dest="date_from", type=iso_date, help="received on or after")
    exporting.add_argument("--to", dest="date_to", type=iso_date, help="received on or before")
    exporting.add_argument("--overdue", action="store_true", help="only overdue open disputes")
    exporting.set_defaults(handler=cmd_export)
