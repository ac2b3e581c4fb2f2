"""Subcommands of the reports: the weekly report as a PDF, or its figures as JSON.

With no --week the report is about the last complete week, so a scheduled task can print it
every Monday unattended.
"""

from __future__ import annotations

import argparse

from stationdesk.cli.common import (
    CliError,
    Commands,
    open_existing,
    output_file,
    output_language,
    print_json,
)
from stationdesk.domain.weekly_report import WeeklyReportService
from stationdesk.domain.weeks import IsoWeek

HISTORY_KINDS: dict[str, str] = {}


def cmd_weekly(args: argparse.Namespace) -> int:
    """The weekly report of one ISO week, for the station or one grid subtree."""
    if not args.json and not args.output:
        raise CliError("say where to write the PDF with -o FILE.pdf, or use --json")
    output = None if args.json else output_file(args)
    with open_existing(args) as store:
        service = WeeklyReportService(store)
        week = IsoWeek.parse(args.week) if args.week else service.default_week()
        grid_id = service.find_grid(args.grid).id if args.grid else None
        report = service.build(week, grid_id)
        if output is None:
            print_json(report.as_json())
            return 0
        from stationdesk.reports.weekly_report import write_weekly_report

        write_weekly_report(store, report, output, lang=output_language(args))
    print(f"weekly report {week} written to {output}")
    return 0


def register(cmd: Commands) -> None:
    """report weekly."""
    report = cmd.top.add_parser("report", help="the station's reports")
    kinds = report.add_subparsers(
        dest="report", metavar="REPORT", required=True, parser_class=type(report)
    )
    weekly = kinds.add_parser(
        "weekly", parents=cmd.parents(), help="the weekly report (default: last complete week)"
    )
    weekly.add_argument("--week", help="ISO week like 2026-W47 (default: the last complete week)")
    weekly.add_argument("--grid", help="only this grid and the grids below it (name or code)")
    weekly.add_argument("-o", "--output", help="PDF file to write")
    weekly.add_argument("--json", action="store_true", help="print the figures as JSON instead")
    weekly.set_defaults(handler=cmd_weekly)
