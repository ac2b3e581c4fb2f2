"""Reading a sheet from .xlsx, .xls, .et, .ods or .csv into plain rows of cell values."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import charset_normalizer
from python_calamine import CalamineError, CalamineWorkbook

from stationdesk.errors import StationDeskError

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ods")
SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv")
# GBK and GB2312 are subsets of GB18030: decoding with the superset never loses a character.
_CHINESE_ENCODINGS = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030"}


class ReadError(StationDeskError):
    """A file that cannot be read as a spreadsheet."""


@dataclass(frozen=True)
class Sheet:
    """The cells of one sheet, row by row; `encoding` is set for CSV files."""

    rows: list[list[Any]]
    encoding: str = ""


def read_sheet(path: Path) -> Sheet:
    """The first sheet of a workbook, or the rows of a CSV file in whatever encoding it has."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError(
            f"{path.name}: cannot read {suffix or 'a file without a suffix'}; "
            f"use one of {', '.join(SUFFIXES)}"
        )
    if not path.is_file():
        raise ReadError(f"{path} does not exist")
    if suffix == ".csv":
        return _read_csv(path.read_bytes())
    return Sheet(_read_workbook(path))


def _read_workbook(path: Path) -> list[list[Any]]:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        if not workbook.sheet_names:
            return []
        return workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as exc:
        raise ReadError(f"{path.name} is not a readable spreadsheet: {exc}") from exc


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes as such, else the best guess (GB18030...)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        return "gb18030"
    name = best.encoding.lower().replace("-", "")
    return _CHINESE_ENCODINGS.get(name, best.encoding)


def _read_csv(data: bytes) -> Sheet:
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "gb18030"
        text = data.decode(encoding, errors="replace")
    return Sheet([list(row) for row in csv.reader(io.StringIO(text, newline=""))], encoding)
