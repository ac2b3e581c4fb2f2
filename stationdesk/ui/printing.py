"""Printing the week's roster sheet from the window: ask for a file, write it, say so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from stationdesk.domain.record_access import may_print, printed
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.ui.context import AppContext

FOLDER_KEY = "print/folder"
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


def ask_pdf_path(parent: QWidget, ctx: AppContext, file_name: str) -> Path | None:
    """Ask where to save a PDF, starting in the folder used last; None when cancelled."""
    folder = str(ctx.settings.value(FOLDER_KEY, str(Path.home())))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save the roster sheet as"),
        str(Path(folder) / file_name),
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    ctx.settings.setValue(FOLDER_KEY, str(path.parent))
    return path


def print_roster_sheet(
    parent: QWidget,
    ctx: AppContext,
    week: IsoWeek,
    *,
    grid_ids: list[int] | None = None,
    file_name: str | None = None,
) -> Path | None:
    """Write the week's roster sheet to a PDF the user chooses; the path, or None."""
    if not refuse_unless_may_print(parent, ctx):
        return None
    path = ask_pdf_path(parent, ctx, file_name or f"roster-{week}.pdf")
    if path is None:
        return None
    from stationdesk.reports.roster_sheet import write_roster_sheet

    try:
        printed(
            ctx.store,
            "shifts",
            0,
            f"roster sheet {week}",
            path,
            lambda: write_roster_sheet(ctx.store, week, path, lang=ctx.language, grid_ids=grid_ids),
        )
    except (OSError, StationDeskError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Roster sheet not saved"),
            QCoreApplication.translate(
                "Printing", "The roster sheet could not be written:\n%1"
            ).replace("%1", str(exc)),
        )
        return None
    show_status(
        parent,
        QCoreApplication.translate("Printing", "Roster sheet for %1 saved to %2")
        .replace("%1", str(week))
        .replace("%2", str(path)),
    )
    return path
