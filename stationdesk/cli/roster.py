"""Subcommands of the roster ledger: list officers and grids, print the week's roster sheet."""

from __future__ import annotations

import argparse
from typing import Any

from stationdesk.cli.common import (
    Commands,
    add_output,
    open_existing,
    output_file,
    output_language,
    print_json,
)
from stationdesk.domain.grids import GridService
from stationdesk.domain.labels import GRID_LEVELS, OFFICER_KINDS, TEAMS, label
from stationdesk.domain.record_access import printed
from stationdesk.domain.roster import RosterService
from stationdesk.domain.weeks import IsoWeek
from stationdesk.store import Store
from stationdesk.textable import format_table

HISTORY_KINDS = {"officer": "officers", "grid": "grids", "shift": "shifts"}


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


LISTERS = {"officers": _officer_rows, "grids": _grid_rows}


def cmd_list(args: argparse.Namespace) -> int:
    """Officers or grids as a table or JSON."""
    with open_existing(args) as store:
        headers, rows = LISTERS[args.kind](store, output_language(args))
    if args.json:
        print_json([dict(zip(headers, row, strict=True)) for row in rows])
    else:
        print(format_table(headers, rows))
    return 0


def cmd_print_roster(args: argparse.Namespace) -> int:
    """The weekly roster sheet as a PDF."""
    week = IsoWeek.parse(args.week)
    output = output_file(args)
    from stationdesk.reports.roster_sheet import write_roster_sheet

    with open_existing(args) as store:
        printed(
            store,
            "shifts",
            0,
            f"roster sheet {week}",
            output,
            lambda: write_roster_sheet(store, week, output, lang=output_language(args)),
        )
    print(f"roster sheet for {week} written to {output}")
    return 0


def register(cmd: Commands) -> None:
    """list officers|grids and print roster."""
    for kind in LISTERS:
        listing = cmd.listing.add_parser(kind, parents=cmd.parents(), help=f"the station's {kind}")
        listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
        listing.set_defaults(handler=cmd_list, kind=kind)
    roster = cmd.forms.add_parser("roster", parents=cmd.parents(), help="the weekly roster sheet")
    roster.add_argument("week", help="ISO week, like 2026-W47")
    add_output(roster)
    roster.set_defaults(handler=cmd_print_roster)
