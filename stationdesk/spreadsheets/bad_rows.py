"""The bad rows of an import written back out: the file's own headings and cells, plus a column
saying what is wrong with each row, so the clerk corrects them there and imports that file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stationdesk.domain.messages import localize
from stationdesk.spreadsheets.columns import PROBLEMS_HEADING
from stationdesk.spreadsheets.importing import Kind, layout_of
from stationdesk.spreadsheets.report import ImportReport
from stationdesk.spreadsheets.writing import write_rows
from stationdesk.store import Store


def write_bad_rows(
    store: Store,
    kind: Kind,
    source: Path,
    report: ImportReport,
    target: Path,
    *,
    lang: str = "en",
) -> int:
    """Write the rows of `source` that `report` found bad to `target` (.xlsx or .csv), each
    with its reasons in `lang`; returns how many."""
    layout, rows, _encoding = layout_of(store, kind, source, complete=False)
    headings = [_heading(cell) for cell in rows[layout.header_row - 1]]
    colon, semicolon = ("：", "；") if lang == "zh" else (": ", "; ")
    reasons: dict[int, list[str]] = {}
    for problem in report.problems:
        where = f"{problem.column}{colon}" if problem.column else ""
        reasons.setdefault(problem.row, []).append(where + localize(problem.reason, lang))
    bad = (
        [*_padded(rows[number - 1], len(headings)), semicolon.join(found)]
        for number, found in sorted(reasons.items())
    )
    return write_rows(target, [*headings, PROBLEMS_HEADING], bad)


def _heading(cell: Any) -> str:
    return "" if cell is None else str(cell)


def _padded(row: list[Any], width: int) -> list[Any]:
    """The row's cells under the headings (a short row filled with blanks, cells beyond the
    last heading dropped)."""
    return [*row[:width], *[""] * (width - len(row))]
