"""Subcommands about accounts: who has one, and an account's history."""

from __future__ import annotations

import argparse
from typing import Any

from stationdesk.cli.common import Commands, open_existing, print_json
from stationdesk.domain.accounts import AccountService
from stationdesk.textable import format_table

HISTORY_KINDS = {"account": "accounts"}
HEADERS = ["id", "user", "name", "role", "state", "last sign-in"]


def cmd_list(args: argparse.Namespace) -> int:
    """Every account (never a password or its hash)."""
    with open_existing(args) as store:
        accounts = AccountService(store).accounts()
    rows: list[dict[str, Any]] = [
        {
            "id": a.id,
            "user": a.username,
            "name": a.full_name,
            "role": a.role,
            "state": "disabled" if a.disabled else "demo only" if a.demo else "active",
            "last sign-in": a.last_sign_in or "",
        }
        for a in accounts
    ]
    if args.json:
        print_json(rows)
    else:
        print(format_table(HEADERS, [list(row.values()) for row in rows]))
    return 0


def register(cmd: Commands) -> None:
    """list accounts."""
    listing = cmd.listing.add_parser(
        "accounts", parents=cmd.parents(lang=False), help="the station's accounts"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=cmd_list)
