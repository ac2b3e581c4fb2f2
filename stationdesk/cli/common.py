"""What every subcommand shares: the parser class, argument types, the store and output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from stationdesk import paths
from stationdesk.domain.accounts import AccountService
from stationdesk.domain.messages import localize
from stationdesk.errors import PermissionDenied, StationDeskError
from stationdesk.i18n import system_language
from stationdesk.store import Store, open_store
from stationdesk.textable import format_table

T = TypeVar("T")

EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_ALLOWED = 3
USER_VARIABLE = "STATIONDESK_USER"
PASSWORD_VARIABLE = "STATIONDESK_PASSWORD"  # for an unattended scheduled task only


class CliError(StationDeskError):
    """Bad input on the command line."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports bad usage in one line instead of the usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Exit with one clear line."""
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


@dataclass(frozen=True)
class Commands:
    """Where a ledger adds its subcommands.

    `top` takes whole subcommands, `listing` the kinds of `list`, `forms` the forms of `print`.
    Parsers made with `parents=cmd.parents()` accept --db (and --lang) after the subcommand.
    """

    top: Any
    listing: Any
    forms: Any
    common: ArgumentParser
    lang: ArgumentParser

    def parents(self, *, lang: bool = True) -> list[ArgumentParser]:
        """The shared option parsers for a new subcommand."""
        return [self.common, self.lang] if lang else [self.common]


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


def positive(text: str) -> int:
    """An argparse type for a count of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of 1 or more")
    return value


def catch_up_search(store: Store, lang: str) -> None:
    """Index the records a large import left for later, saying so first on stderr."""
    waiting = store.search_index.pending()
    if waiting:
        note = localize(f"making {waiting} new records searchable…", lang)
        print(f"stationdesk: {note}", file=sys.stderr, flush=True)
        store.search_index.catch_up()


def open_existing(args: argparse.Namespace) -> Store:
    """Open the --db file, which must exist, signed in when the station has accounts.

    The user comes from --user or STATIONDESK_USER, the password from STATIONDESK_PASSWORD
    or, asked without echo, from the terminal. The session ends when the store closes.
    """
    store = open_store(db_path(args), current_user())
    if not store.enforced:
        return store
    try:
        service = AccountService(store)
        service.sign_in(_cli_user(args), _cli_password())
    except BaseException:
        store.close()
        raise
    store.before_close(service.sign_out)
    return store


def _cli_user(args: argparse.Namespace) -> str:
    user = getattr(args, "user", None) or os.environ.get(USER_VARIABLE, "")
    if not user:
        raise PermissionDenied(
            f"this station has accounts: give --user NAME (or set {USER_VARIABLE})"
        )
    return user


def _cli_password() -> str:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    try:
        return getpass.getpass("Password: ")
    except (EOFError, KeyboardInterrupt):
        raise PermissionDenied(
            f"no password given (type it, or set {PASSWORD_VARIABLE} for a scheduled task)"
        ) from None


def print_json(value: Any) -> None:
    """Write JSON to stdout, Chinese kept readable."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def print_listing(
    args: argparse.Namespace,
    rows: Sequence[T],
    as_json: Callable[[T], dict[str, Any]],
    headers: Sequence[str],
    cells: Callable[[T, str], list[Any]],
) -> int:
    """A ledger's lines: JSON of codes with --json, else a table of labels; exit status 0."""
    if args.json:
        print_json([as_json(row) for row in rows])
    else:
        lang = output_language(args)
        print(format_table(headers, [cells(row, lang) for row in rows]))
    return 0


def output_file(args: argparse.Namespace) -> Path:
    """The -o file, whose folder must exist."""
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError(f"folder {output.parent} does not exist")
    return output


def add_output(parser: argparse.ArgumentParser) -> None:
    """The -o option of every printing subcommand."""
    parser.add_argument("-o", "--output", required=True, help="PDF file to write")


def check_range(date_from: date, date_to: date) -> None:
    """Refuse a --from after --to."""
    if date_from > date_to:
        raise CliError(f"--from {date_from} is after --to {date_to}")
