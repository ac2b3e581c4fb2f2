"""The command line: each subcommand is a thin call into a service, and needs no display.

Each ledger keeps its subcommands in a module of its own with a `register(cmd)` function and
a `HISTORY_KINDS` table; `LEDGERS` lists them.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from stationdesk import __version__, paths
from stationdesk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_ALLOWED,
    ArgumentParser,
    Commands,
    current_user,
    db_path,
    output_language,
)
from stationdesk.domain.messages import error_text
from stationdesk.errors import PermissionDenied, StationDeskError
from stationdesk.i18n import LANGUAGES
from stationdesk.store.health import Health

__all__ = ["build_parser", "current_user", "run"]

DB_HELP = "station database file (default: STATIONDESK_DB or the user data folder)"
USER_HELP = "account to sign in as, on a station with accounts (default: STATIONDESK_USER)"


def ledgers() -> tuple[ModuleType, ...]:
    """The modules of the subcommands, each with `register(cmd)` and `HISTORY_KINDS`.

    Imported only to run a subcommand: opening the window needs none of them.
    """
    from stationdesk.cli import (
        accounts,
        backup,
        disputes,
        households,
        injuries,
        report,
        roster,
        search,
        spreadsheets,
    )

    return (roster, disputes, households, injuries, report, search, spreadsheets, backup, accounts)


def window_parser(*, add_help: bool = True) -> ArgumentParser:
    """The options of the window itself (the parser every subcommand is added to)."""
    parser = ArgumentParser(
        prog="stationdesk",
        description="StationDesk, the station's records desk",
        add_help=add_help,
    )
    parser.add_argument("--db", help=DB_HELP)
    parser.add_argument("--user", help=USER_HELP)
    parser.add_argument("--version", action="version", version=f"StationDesk {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo station (made on first use)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    return parser


def build_parser() -> ArgumentParser:
    """All subcommands and their options."""
    from stationdesk.cli import station

    # --db and --lang may come before or after a subcommand; SUPPRESS keeps a subcommand's
    # parser from overwriting a value given earlier with its own default.
    common = ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)
    common.add_argument("--user", default=argparse.SUPPRESS, help=USER_HELP)
    lang = ArgumentParser(add_help=False)
    lang.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the output"
    )
    parser = window_parser()
    top = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    listing = top.add_parser("list", help="list records of a kind").add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=ArgumentParser
    )
    forms = top.add_parser("print", help="print a form as PDF").add_subparsers(
        dest="form", metavar="FORM", required=True, parser_class=ArgumentParser
    )
    cmd = Commands(top=top, listing=listing, forms=forms, common=common, lang=lang)
    history_kinds = dict(station.HISTORY_KINDS)
    for ledger in ledgers():
        ledger.register(cmd)
        history_kinds |= ledger.HISTORY_KINDS
    station.register(cmd, history_kinds)
    return parser


def run(
    argv: Sequence[str] | None = None, *, open_window: Callable[[argparse.Namespace], int]
) -> int:
    """Parse `argv` and run its subcommand (or the window); returns the exit status."""
    args = window_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if not handler:
            return open_window(args)
        status = handler(args)
        _reseal(args)
        return status
    except PermissionDenied as exc:
        print(f"stationdesk: {_refused(args)}{_shown(exc, args)}", file=sys.stderr)
        return EXIT_NOT_ALLOWED
    except StationDeskError as exc:
        print(f"stationdesk: {_shown(exc, args)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except sqlite3.Error as exc:
        print(f"stationdesk: database error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(
            f"stationdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


def _shown(exc: StationDeskError, args: argparse.Namespace) -> str:
    """The error's one line in the output language."""
    return error_text(exc, output_language(args))


def _refused(args: argparse.Namespace) -> str:
    """How a refusal starts in the output language."""
    return "无权操作：" if output_language(args) == "zh" else "not allowed: "


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The window's options when `argv` names no subcommand (nor asks for help), else None.

    The window then starts without importing every subcommand's module.
    """
    args, rest = window_parser(add_help=False).parse_known_args(argv)
    return None if rest else args


def _reseal(args: argparse.Namespace) -> None:
    """Tell the window's start-up check that this command's changes were StationDesk's own."""
    path = db_path(args)
    if path.exists():
        Health(path, paths.data_dir()).reseal_if_tracked()
