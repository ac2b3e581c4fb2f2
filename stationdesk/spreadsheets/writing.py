"""Writing rows out: .xlsx through XlsxWriter, .csv in UTF-8 with BOM (Excel reads it right)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from stationdesk.errors import StationDeskError

OUT_SUFFIXES = (".xlsx", ".csv")
MAX_WIDTH = 50


def check_suffix(path: Path) -> None:
    """Refuse a file name that is neither .xlsx nor .csv."""
    if path.suffix.lower() not in OUT_SUFFIXES:
        raise StationDeskError(f"{path.name}: write .xlsx or .csv")


def write_rows(
    path: Path,
    headings: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    comments: Sequence[str] = (),
) -> int:
    """Write a header row and `rows` (as text, so ID numbers stay intact); returns the count."""
    check_suffix(path)
    if path.suffix.lower() == ".csv":
        return _write_csv(path, headings, rows)
    return _write_xlsx(path, headings, rows, comments)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return value if isinstance(value, int | float) else str(value)


def _write_csv(path: Path, headings: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([heading.replace("\n", " ") for heading in headings])
        for row in rows:
            writer.writerow([_cell(value) for value in row])
            count += 1
    return count


def _write_xlsx(
    path: Path, headings: Sequence[str], rows: Iterable[Sequence[Any]], comments: Sequence[str]
) -> int:
    import xlsxwriter  # a moment to import: only when a workbook is written

    workbook = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_numbers": False}
    )
    sheet = workbook.add_worksheet()
    sheet.freeze_panes(1, 0)
    bold = workbook.add_format(
        {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#E8EEF4"}
    )
    as_text = workbook.add_format({"num_format": "@"})
    for column, heading in enumerate(headings):
        width = max(12, max(len(line) for line in heading.split("\n")) * 2 + 2)
        sheet.set_column(column, column, min(MAX_WIDTH, width), as_text)
        sheet.write_string(0, column, heading, bold)
        if column < len(comments) and comments[column]:
            sheet.write_comment(0, column, comments[column])
    count = 0
    for count, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            cell = _cell(value)
            if isinstance(cell, str):
                sheet.write_string(count, column, cell)
            else:
                sheet.write_number(count, column, cell)
    workbook.close()
    return count
