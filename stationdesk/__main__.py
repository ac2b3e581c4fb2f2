"""Entry point: `stationdesk` opens the window; `stationdesk COMMAND` runs without a display."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def open_window(args: argparse.Namespace) -> int:
    """Start the desktop application (Qt is imported only here)."""
    from stationdesk.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run StationDesk with the given (or the process's) arguments."""
    from stationdesk.cli import run

    return run(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
