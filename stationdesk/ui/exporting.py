"""Export the list a page shows, as filtered, to .xlsx or .csv."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stationdesk.errors import StationDeskError
from stationdesk.spreadsheets import export
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text
from stationdesk.ui.printing import show_status

Lister = Callable[[], tuple[list[export.ExportColumn], list[list[Any]]]]


def ask_export_path(parent: QWidget, file_name: str) -> Path | None:
    """Where to write the list; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ListExport", "Export list"),
        str(Path.home() / file_name),
        QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() in (".xlsx", ".csv") else path.with_suffix(".xlsx")


def export_list(parent: QWidget, ctx: AppContext, list_name: str, lister: Lister) -> None:
    """Ask for a file, then write the list (masked unless the user may have it in full)."""
    path = ask_export_path(parent, f"{list_name}.xlsx")
    if path is None:
        return
    try:
        full = export.may_export_in_full(ctx.store)
        columns, rows = lister()
        count = export.export_rows(ctx.store, list_name, columns, rows, path, full=full)
    except (StationDeskError, OSError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ListExport", "Export list"),
            QCoreApplication.translate("ListExport", "The list was not exported:\n%1").replace(
                "%1", user_text(exc)
            ),
        )
        return
    text = (
        QCoreApplication.translate("ListExport", "%1 rows exported to %2")
        .replace("%1", str(count))
        .replace("%2", path.name)
    )
    if not full:
        text += QCoreApplication.translate("ListExport", " (ID and phone numbers masked)")
    show_status(parent, text)
