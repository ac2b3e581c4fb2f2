"""An empty spreadsheet per kind, with the expected columns headed in Chinese and English."""

from __future__ import annotations

from pathlib import Path

from stationdesk.spreadsheets.importing import Kind
from stationdesk.spreadsheets.writing import write_rows


def column_note(required: bool, hint: str) -> str:
    """The note on a template heading: required or optional, and how to fill it."""
    need = "必填 required" if required else "选填 optional"
    return f"{need}\n{hint}" if hint else need


def write_template(kind: Kind, path: Path) -> None:
    """Write the template of `kind` to `path` (.xlsx, or .csv without the notes)."""
    write_rows(
        path,
        [column.heading() for column in kind.columns],
        [],
        comments=[column_note(column.required, column.hint) for column in kind.columns],
    )
