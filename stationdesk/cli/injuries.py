"""Subcommands of the injuries-on-duty ledger: list incidents and the year's figures, print
the injury report, the rights-protection case summary and the annual register."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from stationdesk.cli.common import (
    Commands,
    add_output,
    open_existing,
    output_file,
    output_language,
    positive,
    print_json,
    print_listing,
)
from stationdesk.domain.injuries import IncidentFilter, InjuryService
from stationdesk.domain.injury_ledger import IncidentRow
from stationdesk.domain.labels import (
    INCIDENT_ACTIVITIES,
    INCIDENT_CAUSES,
    INCIDENT_STATUSES,
    INJURY_FIGURES,
    INJURY_OUTCOMES,
    label,
)
from stationdesk.domain.money import yuan_text
from stationdesk.domain.record_access import printed
from stationdesk.textable import format_table

HISTORY_KINDS = {
    "incident": "incidents",
    "injury": "injuries",
    "compensation": "compensation_payments",
    "legal-aid": "legal_aid",
    "legal_aid": "legal_aid",
    "comfort-visit": "comfort_visits",
    "comfort_visit": "comfort_visits",
    "hospital": "hospitals",
}
INCIDENT_HEADERS = (
    "id",
    "occurred_at",
    "cause",
    "activity",
    "officers",
    "outcome",
    "days_away",
    "compensation",
    "status",
)
PRINTED_RECORDS = {
    "injury": "the injury-on-duty report of an incident",
    "injury-case": "the rights-protection case summary of an incident",
}
FIRST_YEAR = 2000


def year(text: str) -> int:
    """An argparse type for a year like 2026."""
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= date.today().year + 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like {date.today().year}")
    return int(text)


def incident_filter(args: argparse.Namespace) -> IncidentFilter:
    """The incidents filter the options describe."""
    return IncidentFilter(year=args.year, cause=args.cause, status=args.status)


def add_incident_options(parser: argparse.ArgumentParser) -> None:
    """The incidents filter options of `list injuries` and `export injuries`."""
    parser.add_argument("--year", type=year, help="incidents of this year")
    parser.add_argument("--cause", choices=INCIDENT_CAUSES, help="incidents of this cause")
    parser.add_argument("--status", choices=INCIDENT_STATUSES, help="open or closed cases")


def cmd_list(args: argparse.Namespace) -> int:
    """Incidents, newest first: codes in JSON, labels in the table."""
    flt = incident_filter(args)
    with open_existing(args) as store:
        rows = InjuryService(store).page(flt, limit=args.limit)
    return print_listing(args, rows, _incident_json, INCIDENT_HEADERS, _incident_cells)


def _incident_json(row: IncidentRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "occurred_at": row.occurred_at,
        "place": row.place,
        "grid": row.grid_name,
        "activity": row.activity,
        "cause": row.cause,
        "officers": list(row.officers),
        "outcome": row.worst_outcome,
        "days_away": row.days_away,
        "compensation_fen": row.compensation_fen,
        "case_number": row.case_number,
        "clarified": row.clarified,
        "status": row.status,
    }


def _incident_cells(row: IncidentRow, lang: str) -> list[Any]:
    return [
        row.id,
        row.occurred_at.replace("T", " "),
        label(INCIDENT_CAUSES[row.cause], lang),
        label(INCIDENT_ACTIVITIES[row.activity], lang),
        "、".join(row.officers) if lang == "zh" else ", ".join(row.officers),
        label(INJURY_OUTCOMES[row.worst_outcome], lang),
        row.days_away,
        yuan_text(row.compensation_fen),
        label(INCIDENT_STATUSES[row.status], lang),
    ]


def cmd_figures(args: argparse.Namespace) -> int:
    """The bureau's figures of a year next to the year before."""
    with open_existing(args) as store:
        service = InjuryService(store)
        years = [service.year_figures(args.year), service.year_figures(args.year - 1)]
    if args.json:
        print_json([f.as_dict() for f in years])
        return 0
    from stationdesk.reports.injury_forms import figure_value

    lang = output_language(args)
    rows = [
        [label(title, lang), *(figure_value(f, key) for f in years)]
        for key, title in INJURY_FIGURES.items()
    ]
    print(format_table(["figure", *(str(f.first.year) for f in years)], rows))
    return 0


def cmd_print_record(args: argparse.Namespace) -> int:
    """An incident's injury report or case summary as a PDF."""
    output = output_file(args)
    from stationdesk.reports import injury_forms

    writer = {
        "injury": injury_forms.write_injury_report,
        "injury-case": injury_forms.write_case_summary,
    }[args.form]
    with open_existing(args) as store:
        printed(
            store,
            "incidents",
            args.id,
            args.form,
            output,
            lambda: writer(store, args.id, output, lang=output_language(args)),
        )
    print(f"{args.form} {args.id} written to {output}")
    return 0


def cmd_print_register(args: argparse.Namespace) -> int:
    """The annual register as a PDF."""
    output = output_file(args)
    from stationdesk.reports.injury_forms import write_injury_register

    with open_existing(args) as store:
        printed(
            store,
            "incidents",
            0,
            f"register {args.year}",
            output,
            lambda: write_injury_register(store, args.year, output, lang=output_language(args)),
        )
    print(f"register of injuries on duty {args.year} written to {output}")
    return 0


def register(cmd: Commands) -> None:
    """list injuries|injury-figures, print injury|injury-case|injuries."""
    listing = cmd.listing.add_parser(
        "injuries", parents=cmd.parents(), help="incidents of injury on duty and rights protection"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_incident_options(listing)
    listing.add_argument("--limit", type=positive, help="at most this many incidents")
    listing.set_defaults(handler=cmd_list)
    figures = cmd.listing.add_parser(
        "injury-figures", parents=cmd.parents(), help="the bureau's figures, this year and last"
    )
    figures.add_argument("--year", type=year, default=date.today().year)
    figures.add_argument("--json", action="store_true", help="print JSON instead of a table")
    figures.set_defaults(handler=cmd_figures)
    for form, what in PRINTED_RECORDS.items():
        record = cmd.forms.add_parser(form, parents=cmd.parents(), help=what)
        record.add_argument("id", type=int, help="the incident's number")
        add_output(record)
        record.set_defaults(handler=cmd_print_record)
    register_parser = cmd.forms.add_parser(
        "injuries", parents=cmd.parents(), help="the annual register of injuries on duty"
    )
    register_parser.add_argument("--year", type=year, default=date.today().year)
    add_output(register_parser)
    register_parser.set_defaults(handler=cmd_print_register)
