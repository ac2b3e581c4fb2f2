"""The columns of each kind of spreadsheet, and finding them by heading in either language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from stationdesk.domain import rules
from stationdesk.spreadsheets.cleaning import is_blank, text

HEADER_SEARCH_ROWS = 15
# The column a file of bad rows adds (see bad_rows.py); read back, it is left alone.
PROBLEMS_HEADING = "导入问题\nImport problems"
_DECORATION = re.compile(r"[（(【\[].*?[)）】\]]|[*＊:：\s]")


@dataclass(frozen=True)
class Column:
    """One expected column: its key, its headings, and a hint for the template."""

    key: str
    english: str
    chinese: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    hint: str = ""

    def heading(self) -> str:
        """The template heading: Chinese above English."""
        return f"{self.chinese}\n{self.english}"


@dataclass(frozen=True)
class Layout:
    """Where the headings are and which column holds what."""

    header_row: int  # 1-based row number of the headings
    columns: dict[int, str]  # sheet column index -> column key
    headings: dict[str, str]  # column key -> heading as written in the file
    unknown: tuple[str, ...] = ()  # headings that match no column

    def values(self, row: list[Any]) -> dict[str, Any]:
        """A data row as {column key: cell}, text cells already cleaned (see `rules.clean`)."""
        width = len(row)
        clean = rules.clean
        return {
            key: clean(cell) if type(cell := row[index]) is str else cell
            for index, key in self.columns.items()
            if index < width
        }


@dataclass(frozen=True)
class Record:
    """One data row of the sheet with its row number as the spreadsheet shows it."""

    row: int
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, key: str) -> str:
        """A cell as clean text ('' when the column is absent)."""
        value = self.values.get(key)
        return value if type(value) is str else text(value)

    def has(self, key: str) -> bool:
        """True when the column is present in the file (even if this cell is blank)."""
        return key in self.values


def normalize_heading(heading: Any) -> str:
    """A heading without case, spaces, stars, colons or remarks in brackets."""
    return _DECORATION.sub("", text(heading)).lower()


def heading_index(columns: tuple[Column, ...], custom: dict[str, str]) -> dict[str, str]:
    """Every accepted spelling of every heading -> column key (custom ones from the user)."""
    index: dict[str, str] = {}
    for column in columns:
        for spelling in (column.key, column.english, column.chinese, *column.aliases):
            index[normalize_heading(spelling)] = column.key
    index.update({normalize_heading(h): key for h, key in custom.items() if key})
    return index


def match_heading(heading: Any, index: dict[str, str]) -> str | None:
    """The column key of a heading, trying each line or slash-separated part of it too."""
    whole = normalize_heading(heading)
    if whole in index:
        return index[whole]
    for part in re.split(r"[\n/／]", str(heading)):
        key = index.get(normalize_heading(part))
        if key:
            return key
    return None


def find_layout(
    rows: list[list[Any]], columns: tuple[Column, ...], custom: dict[str, str] | None = None
) -> Layout | None:
    """The heading row (the one among the first rows matching most headings; title rows above
    it are skipped) and the column of each key; None when no row has two known headings."""
    index = heading_index(columns, custom or {})
    best: Layout | None = None
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        if is_blank(row):
            continue
        layout = _layout_of(number, row, index)
        if len(layout.columns) >= 2 and (best is None or len(layout.columns) > len(best.columns)):
            best = layout
    return best


def _layout_of(number: int, row: list[Any], index: dict[str, str]) -> Layout:
    found: dict[int, str] = {}
    headings: dict[str, str] = {}
    unknown: list[str] = []
    for position, cell in enumerate(row):
        heading = str(cell).strip() if cell is not None else ""
        if not heading or is_problems_heading(heading):
            continue
        key = match_heading(heading, index)
        if key is None or key in headings:
            unknown.append(" ".join(heading.split()))
            continue
        found[position] = key
        headings[key] = " ".join(heading.split())
    return Layout(number, found, headings, tuple(unknown))


def is_problems_heading(heading: str) -> bool:
    """True for the heading of the problems column of a file of bad rows."""
    spellings = {normalize_heading(line) for line in PROBLEMS_HEADING.split("\n")}
    return normalize_heading(heading) in spellings or any(
        normalize_heading(line) in spellings for line in heading.split("\n")
    )


def records(rows: list[list[Any]], layout: Layout) -> list[Record]:
    """The data rows under the headings; rows blank in every known column are left out."""
    found = []
    for number, row in enumerate(rows[layout.header_row :], start=layout.header_row + 1):
        values = layout.values(row)
        if any(value if type(value) is str else text(value) for value in values.values()):
            found.append(Record(number, values))
    return found
