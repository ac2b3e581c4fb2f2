"""Subcommands of the dispute ledger: list disputes, print its forms and the ledger."""

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
from stationdesk.domain.dispute_ledger import DisputeFilter, LedgerRow
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.labels import DISPUTE_CATEGORIES, DISPUTE_STATUSES, RISK_GRADES, label
from stationdesk.domain.record_access import printed

HISTORY_KINDS = {
    "dispute": "disputes",
    "person": "people",
    "session": "mediation_sessions",
    "agreement": "agreements",
    "followup": "followups",
}
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


def cmd_list(args: argparse.Namespace) -> int:
    """The dispute ledger, newest first: codes in JSON, labels in the table."""
    flt = DisputeFilter(statuses=(args.status,) if args.status else (), overdue_only=args.overdue)
    with open_existing(args) as store:
        rows = DisputeService(store).page(flt, limit=args.limit)
    return print_listing(args, rows, _dispute_json, DISPUTE_HEADERS, _dispute_cells)


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


FORM_KINDS = {"dispute": "disputes", "session": "mediation_sessions", "agreement": "agreements"}


def cmd_print_record(args: argparse.Namespace) -> int:
    """A dispute's registration form, a session record or an agreement as a PDF."""
    output = output_file(args)
    from stationdesk.reports import dispute_forms

    writer = {
        "dispute": dispute_forms.write_registration_form,
        "session": dispute_forms.write_session_record,
        "agreement": dispute_forms.write_agreement,
    }[args.form]
    with open_existing(args) as store:
        printed(
            store,
            FORM_KINDS[args.form],
            args.id,
            args.form,
            output,
            lambda: writer(store, args.id, output, lang=output_language(args)),
        )
    print(f"{args.form} {args.id} written to {output}")
    return 0


def cmd_print_ledger(args: argparse.Namespace) -> int:
    """The dispute ledger of a date range as a PDF."""
    check_range(args.date_from, args.date_to)
    output = output_file(args)
    from stationdesk.reports.dispute_forms import write_ledger

    with open_existing(args) as store:
        printed(
            store,
            "disputes",
            0,
            f"ledger {args.date_from} to {args.date_to}",
            output,
            lambda: write_ledger(
                store, args.date_from, args.date_to, output, lang=output_language(args)
            ),
        )
    print(f"dispute ledger {args.date_from} to {args.date_to} written to {output}")
    return 0


def cmd_sign_off(args: argparse.Namespace) -> int:
    """The station chief signs off a closed dispute; it is locked from then on."""
    with open_existing(args) as store:
        DisputeService(store).confirm(args.id, store.actor)
        by = store.actor
    print(f"dispute {args.id} signed off by {by}")
    return 0


def register(cmd: Commands) -> None:
    """list disputes, print dispute|session|agreement|ledger, sign-off."""
    sign_off = cmd.top.add_parser(
        "sign-off", parents=cmd.parents(lang=False), help="sign off a closed dispute (chief)"
    )
    sign_off.add_argument("id", type=int, help="the dispute's id")
    sign_off.set_defaults(handler=cmd_sign_off)
    listing = cmd.listing.add_parser("disputes", parents=cmd.parents(), help="the dispute ledger")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument("--status", choices=DISPUTE_STATUSES, help="disputes with this status")
    listing.add_argument(
        "--overdue", action="store_true", help="only open disputes past their deadline"
    )
    listing.add_argument("--limit", type=positive, help="at most this many disputes")
    listing.set_defaults(handler=cmd_list)
    for form, what in PRINTED_RECORDS.items():
        record = cmd.forms.add_parser(form, parents=cmd.parents(), help=what)
        record.add_argument("id", type=int, help=f"the {form}'s id")
        add_output(record)
        record.set_defaults(handler=cmd_print_record)
    ledger = cmd.forms.add_parser(
        "ledger", parents=cmd.parents(), help="the dispute ledger for a date range"
    )
    ledger.add_argument("--from", dest="date_from", type=iso_date, required=True)
    ledger.add_argument("--to", dest="date_to", type=iso_date, required=True)
    add_output(ledger)
    ledger.set_defaults(handler=cmd_print_ledger)
