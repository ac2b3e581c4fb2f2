"""Printing from the window: each printout is written as the CLI writes it, then previewed."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from stationdesk.domain.record_access import may_print, printed
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text

STATUS_MS = 10_000


def show_status(widget: QWidget, text: str) -> None:
    """A message in the window's status bar (nothing when the widget has no main window)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def refuse_unless_may_print(parent: QWidget, ctx: AppContext) -> bool:
    """True when the signed-in account may print; else say so and return False."""
    if may_print(ctx.store):
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Printing", "Not printed"),
        QCoreApplication.translate("Printing", "Your role may not print or export records."),
    )
    return False


def preview_pdf(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    file_name: str,
    write: Callable[[Path], object],
    *,
    record: tuple[str, int, str],
) -> Path | None:
    """Write a printout with `write(path)` and open it in the print preview.

    `record` (kind, id, form; id 0 for a printout of many records) is what the audit trail
    notes as printed; a role that may not print is told so before anything is written.
    Returns where the user saved it as PDF, or None (cancelled, only printed, or not written).
    """
    if not refuse_unless_may_print(parent, ctx):
        return None
    kind, record_id, form = record
    with tempfile.TemporaryDirectory(prefix="stationdesk-print-") as folder:
        pdf = Path(folder) / file_name
        try:
            printed(ctx.store, kind, record_id, form, Path(file_name), lambda: write(pdf))
        except (OSError, StationDeskError) as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("Printing", "Not printed"),
                QCoreApplication.translate("Printing", "%1 could not be written:\n%2")
                .replace("%1", title)
                .replace("%2", user_text(exc)),
            )
            return None
        from stationdesk.ui.dialogs.print_preview import PrintPreviewDialog  # pdfium: when used

        saved, pages = PrintPreviewDialog.preview(ctx, pdf, title, file_name, parent)
    if saved is not None:
        show_status(
            parent, QCoreApplication.translate("Printing", "Saved %1").replace("%1", str(saved))
        )
    elif pages:
        show_status(
            parent,
            QCoreApplication.translate("Printing", "%1: %2 page(s) sent to the printer")
            .replace("%1", title)
            .replace("%2", str(pages)),
        )
    return saved


def print_roster_sheet(
    parent: QWidget,
    ctx: AppContext,
    week: IsoWeek,
    *,
    grid_ids: list[int] | None = None,
    file_name: str | None = None,
) -> Path | None:
    """Preview the week's roster sheet; where the user saved it, or None."""
    from stationdesk.reports.roster_sheet import write_roster_sheet

    return preview_pdf(
        parent,
        ctx,
        QCoreApplication.translate("Printing", "Roster sheet %1").replace("%1", str(week)),
        file_name or f"roster-{week}.pdf",
        lambda path: write_roster_sheet(
            ctx.store, week, path, lang=ctx.language, grid_ids=grid_ids
        ),
        record=("shifts", 0, f"roster sheet {week}"),
    )
