"""Subcommands about accounts: who has one, adding one, changing its role or officer, and an
account's history."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from stationdesk.cli.common import CliError, Commands, open_existing, print_json
from stationdesk.domain.access import ROLES
from stationdesk.domain.accounts import KEEP, AccountService, Keep
from stationdesk.spreadsheets.cleaning import CellError
from stationdesk.spreadsheets.lookups import OfficerLookup
from stationdesk.store import Store
from stationdesk.textable import format_table

HISTORY_KINDS = {"account": "accounts"}
HEADERS = ["id", "user", "name", "role", "officer", "state", "last sign-in"]
NEW_PASSWORD_VARIABLE = "STATIONDESK_NEW_PASSWORD"  # for a script; otherwise asked twice


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
            "officer": a.officer_name,
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


def find_officer(store: Store, text: str) -> int:
    """The officer named by badge number, name or id on the roster; CliError otherwise."""
    key = text.strip()
    try:
        return OfficerLookup(store).find(key)
    except CellError as exc:
        if key.isdigit() and store.scalar(
            "SELECT 1 FROM officers WHERE id = ? AND voided_at IS NULL", [int(key)]
        ):
            return int(key)
        raise CliError(f"--officer: {exc}") from None


def new_password(username: str) -> str:
    """The new account's password: from STATIONDESK_NEW_PASSWORD, else typed twice."""
    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given is not None:
        return given
    try:
        first = getpass.getpass(f"Password for {username}: ")
        again = getpass.getpass("The same password again: ")
    except (EOFError, KeyboardInterrupt):
        raise CliError(f"no password given (type it, or set {NEW_PASSWORD_VARIABLE})") from None
    if first != again:
        raise CliError("the two passwords are not the same")
    return first


def cmd_add(args: argparse.Namespace) -> int:
    """Add an account (an instructor's linked to an officer with --officer)."""
    with open_existing(args) as store:
        officer_id = None if args.officer is None else find_officer(store, args.officer)
        account_id = AccountService(store).create(
            args.username, args.name, args.role, new_password(args.username), officer_id=officer_id
        )
    print(f"account {args.username} added (id {account_id}, {args.role})")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    """Change an account's role or the officer it is linked to; what is not given stays."""
    if args.role is None and args.officer is None and not args.no_officer:
        raise CliError("say what to change: --role, --officer or --no-officer")
    with open_existing(args) as store:
        service = AccountService(store)
        found = [a for a in service.accounts() if a.username.lower() == args.username.lower()]
        if not found:
            raise CliError(f"there is no account {args.username}")
        account = found[0]
        officer: int | Keep | None = KEEP
        if args.no_officer:
            officer = None
        elif args.officer is not None:
            officer = find_officer(store, args.officer)
        service.change_role(account.id, args.role or account.role, officer)
        shown = service.get(account.id)
    linked = f", officer {shown.officer_name}" if shown.officer_name else ""
    print(f"account {shown.username}: {shown.role}{linked}")
    return 0


def register(cmd: Commands) -> None:
    """list accounts; accounts add|edit."""
    listing = cmd.listing.add_parser(
        "accounts", parents=cmd.parents(lang=False), help="the station's accounts"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=cmd_list)
    accounts = cmd.top.add_parser(
        "accounts", help="add an account, change its role or officer (chief, administrator)"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    officer_help = "the officer on the roster (badge number, name or id); an instructor needs one"
    add = accounts.add_parser("add", parents=cmd.parents(), help="a new account")
    add.add_argument("username", help="2 to 32 letters, digits, dots, dashes or underscores")
    add.add_argument("--role", required=True, choices=ROLES, help="what the account may do")
    add.add_argument("--name", default="", help="the person's full name")
    add.add_argument("--officer", help=officer_help)
    add.set_defaults(handler=cmd_add)
    edit = accounts.add_parser("edit", parents=cmd.parents(), help="an account's role or officer")
    edit.add_argument("username", help="the account's user name")
    edit.add_argument("--role", choices=ROLES, help="its new role")
    linking = edit.add_mutually_exclusive_group()
    linking.add_argument("--officer", help=officer_help)
    linking.add_argument("--no-officer", action="store_true", help="link it to no officer")
    edit.set_defaults(handler=cmd_edit)
