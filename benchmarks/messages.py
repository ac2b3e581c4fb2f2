"""Time showing an import's bad rows in Chinese: every reason matched against the catalogue.

    python benchmarks/messages.py [--rows 5000] [--runs 20]

Prints the median and 95th percentile of localizing the lines of an import report with ROWS
bad rows (reasons with values, a party's prefix, joined clauses, and one unknown message),
next to a raw baseline measured in the same run: a plain dict lookup of the same lines. Each
run starts with an empty cache of localized messages, as the first showing of a report does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import measure
from stationdesk.domain import messages
from stationdesk.domain.messages import ZH, localize
from stationdesk.spreadsheets.report import RowProblem

REASONS = (
    "not a phone number: 11 digits starting with 1, or a landline like 0375-1234567",
    "the check digit should be {n}, not X",
    "an ID number has 18 characters, not {n}",
    "'2026-13-{n}' is not a date; write a date like 2026-03-01",
    "party 2 (张三): a name has at most 30 characters",
    "there is no grid named 东{n}社区",
    "something the catalogue has never heard of ({n})",
)


def lines(rows: int) -> list[str]:
    """The bad-row lines of an import with `rows` bad rows."""
    return [
        RowProblem(row, "身份证号", REASONS[row % len(REASONS)].format(n=row % 97)).line()
        for row in range(2, rows + 2)
    ]


def cold(shown: list[str]) -> list[str]:
    """The lines in Chinese, nothing remembered from an earlier run."""
    messages._chinese.cache_clear()
    return [localize(line, "zh") for line in shown]


def main() -> None:
    """Localize the same lines again and again; the baseline only looks them up."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    shown = lines(args.rows)
    localize(shown[0], "zh")  # the templates are compiled once, on first use
    measure(
        f"dict lookup of {args.rows} lines (baseline)",
        lambda: [ZH.get(s, s) for s in shown],
        args.runs,
    )
    measure(f"localize {args.rows} bad-row lines to Chinese", lambda: cold(shown), args.runs)


if __name__ == "__main__":
    main()
