"""Subcommands of the household ledger: list households and visits, print the visit record,
the household card and the visit ledger; correct a household, void one or a member entered
by mistake."""

from __future__ import annotations

import argparse
from typing import Any

from stationdesk.cli.common import (
    Commands,
    add_output,
    check_range,
    iso_date,
    open_existing,
    output_file,
    output_language,
    positive,
    print_listing,
)
from stationdesk.domain.household_ledger import HouseholdFilter, HouseholdRow, VisitFilter, VisitRow
from stationdesk.domain.household_records import HouseholdCorrection
from stationdesk.domain.households import HouseholdService
from stationdesk.domain.labels import RESIDENT_FLAGS, VISIT_PURPOSES, label

HISTORY_KINDS = {
    "household": "households",
    "resident": "residents",
    "visit": "visits",
    "address": "addresses",
}
HOUSEHOLD_HEADERS = ("id", "grid", "address", "head", "members", "flags", "last_visit")
VISIT_HEADERS = ("id", "visited_on", "grid", "address", "head", "purpose", "officers", "app")
PRINTED_RECORDS = {
    "visit": "the record of one household visit",
    "household": "a household's card: members, visits and disputes",
}


def _joined(items: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(items)


def household_filter(args: argparse.Namespace) -> HouseholdFilter:
    """The households filter the options describe."""
    return HouseholdFilter(grid_id=args.grid, flag=args.flag, text=args.text or "")


def visit_filter(args: argparse.Namespace) -> VisitFilter:
    """The visits filter the options describe; bad input raises CliError."""
    if args.date_from and args.date_to:
        check_range(args.date_from, args.date_to)
    return VisitFilter(
        grid_id=args.grid,
        officer_id=args.officer,
        household_id=args.household,
        date_from=args.date_from,
        date_to=args.date_to,
    )


def add_household_options(parser: argparse.ArgumentParser) -> None:
    """The households filter options of `list households` and `export households`."""
    parser.add_argument("--grid", type=int, help="only this grid node (and those below)")
    parser.add_argument("--flag", choices=RESIDENT_FLAGS, help="with a member so flagged")
    parser.add_argument("--text", help="address, name, phone or ID number")


def add_visit_options(parser: argparse.ArgumentParser) -> None:
    """The visits filter options of `list visits` and `export visits`."""
    parser.add_argument("--grid", type=int, help="only this grid node (and those below)")
    parser.add_argument("--officer", type=int, help="only visits this officer made")
    parser.add_argument("--household", type=int, help="only visits to this household")
    parser.add_argument("--from", dest="date_from", type=iso_date, help="visited on or after")
    parser.add_argument("--to", dest="date_to", type=iso_date, help="visited on or before")


def cmd_list_households(args: argparse.Namespace) -> int:
    """Households, newest first: codes in JSON, labels in the table."""
    flt = household_filter(args)
    with open_existing(args) as store:
        ledger = HouseholdService(store).ledger
        rows = ledger.household_rows(ledger.household_ids(flt, limit=args.limit))
    return print_listing(args, rows, _household_json, HOUSEHOLD_HEADERS, _household_cells)


def _household_json(row: HouseholdRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "grid_id": row.grid_id,
        "grid": row.grid_name,
        "address": row.address,
        "head": row.head,
        "members": row.members,
        "flags": sorted(row.flags),
        "last_visit": row.last_visit,
    }


def _household_cells(row: HouseholdRow, lang: str) -> list[Any]:
    flags = [label(text, lang) for code, text in RESIDENT_FLAGS.items() if code in row.flags]
    return [
        row.id,
        row.grid_name,
        row.address,
        row.head,
        row.members,
        _joined(flags, lang),
        row.last_visit or "",
    ]


def cmd_list_visits(args: argparse.Namespace) -> int:
    """Visits, newest first."""
    flt = visit_filter(args)
    with open_existing(args) as store:
        ledger = HouseholdService(store).ledger
        rows = ledger.visit_rows(ledger.visit_ids(flt, limit=args.limit))
    return print_listing(args, rows, _visit_json, VISIT_HEADERS, _visit_cells)


def _visit_json(row: VisitRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "visited_on": row.visited_on,
        "household_id": row.household_id,
        "grid": row.grid_name,
        "address": row.address,
        "head": row.head,
        "purpose": row.purpose,
        "officers": list(row.officers),
        "found": row.found,
        "anti_fraud_app": row.anti_fraud_app,
        "followup_needed": row.followup_needed,
        "followup_note": row.followup_note,
        "disputes": list(row.disputes),
    }


def _visit_cells(row: VisitRow, lang: str) -> list[Any]:
    return [
        row.id,
        row.visited_on,
        row.grid_name,
        row.address,
        row.head,
        label(VISIT_PURPOSES[row.purpose], lang),
        _joined(list(row.officers), lang),
        label("yes" if row.anti_fraud_app else "no", lang),
    ]


def cmd_print_record(args: argparse.Namespace) -> int:
    """A visit record or a household card as a PDF."""
    output = output_file(args)
    from stationdesk.reports import household_forms

    writer = {
        "visit": household_forms.write_visit_record,
        "household": household_forms.write_household_card,
    }[args.form]
    with open_existing(args) as store:
        writer(store, args.id, output, lang=output_language(args))
    print(f"{args.form} {args.id} written to {output}")
    return 0


def cmd_print_ledger(args: argparse.Namespace) -> int:
    """The visit ledger of a date range as a PDF."""
    check_range(args.date_from, args.date_to)
    output = output_file(args)
    from stationdesk.reports.household_forms import write_visit_ledger

    with open_existing(args) as store:
        write_visit_ledger(
            store,
            args.date_from,
            args.date_to,
            output,
            lang=output_language(args),
            grid_id=args.grid,
        )
    print(f"visit ledger {args.date_from} to {args.date_to} written to {output}")
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    """Correct a household's phone, notes or grid; what is not given stays as it is."""
    with open_existing(args) as store:
        service = HouseholdService(store)
        shown = service.get(args.id)
        data = HouseholdCorrection(
            shown.grid_id if args.grid is None else args.grid,
            shown.phone if args.phone is None else args.phone,
            shown.notes if args.notes is None else args.notes,
        )
        changes = service.correct(args.id, data, shown.version)
    print(
        f"household {args.id}: " + (", ".join(changes) + " corrected" if changes else "no change")
    )
    return 0


def cmd_void(args: argparse.Namespace) -> int:
    """Void a household registered by mistake."""
    with open_existing(args) as store:
        HouseholdService(store).void(args.id, args.reason)
    print(f"household {args.id} voided")
    return 0


def cmd_void_member(args: argparse.Namespace) -> int:
    """Void a member added to a household by mistake."""
    with open_existing(args) as store:
        HouseholdService(store).void_member(args.id, args.reason)
    print(f"resident {args.id} voided")
    return 0


def _register_changes(cmd: Commands) -> None:
    household = cmd.top.add_parser(
        "household", help="correct a household, void one or a member entered by mistake"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    correct = household.add_parser(
        "correct", parents=cmd.parents(), help="a household's phone, notes or grid"
    )
    correct.add_argument("id", type=int, help="the household's id")
    correct.add_argument("--phone", help="the household's phone ('' to clear)")
    correct.add_argument("--notes", help="the household's notes ('' to clear)")
    correct.add_argument("--grid", type=int, help="the grid its address is in (moves both)")
    correct.set_defaults(handler=cmd_correct)
    for action, what, handler in (
        ("void", "a household registered by mistake", cmd_void),
        ("void-member", "a member added by mistake (a resident id)", cmd_void_member),
    ):
        parser = household.add_parser(action, parents=cmd.parents(), help=what)
        parser.add_argument("id", type=int, help="its id")
        parser.add_argument("--reason", required=True, help="why, for the history")
        parser.set_defaults(handler=handler)


def register(cmd: Commands) -> None:
    """list households|visits, print visit|household|visits, household correct|void|void-member."""
    _register_changes(cmd)
    households = cmd.listing.add_parser(
        "households", parents=cmd.parents(), help="households, newest first"
    )
    households.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_household_options(households)
    households.add_argument("--limit", type=positive, help="at most this many households")
    households.set_defaults(handler=cmd_list_households)
    visits = cmd.listing.add_parser("visits", parents=cmd.parents(), help="visits, newest first")
    visits.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_visit_options(visits)
    visits.add_argument("--limit", type=positive, help="at most this many visits")
    visits.set_defaults(handler=cmd_list_visits)
    for form, what in PRINTED_RECORDS.items():
        record = cmd.forms.add_parser(form, parents=cmd.parents(), help=what)
        record.add_argument("id", type=int, help=f"the {form}'s id")
        add_output(record)
        record.set_defaults(handler=cmd_print_record)
    ledger = cmd.forms.add_parser(
        "visits", parents=cmd.parents(), help="the household visit ledger for a date range"
    )
    ledger.add_argument("--from", dest="date_from", type=iso_date, required=True)
    ledger.add_argument("--to", dest="date_to", type=iso_date, required=True)
    ledger.add_argument("--grid", type=int, help="only this grid node (and those below)")
    add_output(ledger)
    ledger.set_defaults(handler=cmd_print_ledger)
