"""The page protocol the main window's shortcuts talk to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget


class Page(QWidget):
    """A ledger page; the main window routes Ctrl+N/S/P, Ctrl+Shift+F, Esc and what the find
    box holds to the current one."""

    find_cleared = Signal()  # the clerk asked for the whole list again (the chip's ×)

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""

    def save(self) -> None:
        """Save the form being edited (Ctrl+S)."""

    def print_current(self) -> None:
        """Print what the page shows (Ctrl+P)."""

    def cancel(self) -> None:
        """Drop unsaved edits (Esc)."""

    def focus_filter(self) -> None:
        """Put the cursor in the page's filter box (Ctrl+Shift+F)."""

    def show_found(self, query: str) -> None:
        """List only the records the window's find box matches ('': the whole list)."""

    def export_list(self) -> None:
        """Export the page's list as filtered (File > Export list...)."""
        QMessageBox.information(
            self,
            QCoreApplication.translate("Page", "Export list"),
            QCoreApplication.translate("Page", "This page has no list to export."),
        )


class PlaceholderPage(Page):
    """A page whose ledger is not part of this version yet, saying so plainly."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(explanation)
        body.setWordWrap(True)
        body.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
