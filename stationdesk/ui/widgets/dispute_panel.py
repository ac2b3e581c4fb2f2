"""What the dispute detail panels share: the shown dispute, refreshing, marking bad fields, PDFs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from stationdesk.domain.disputes import Dispute
from stationdesk.errors import NotFoundError
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.officer_form import INVALID_STYLE
from stationdesk.ui.messages import titled, user_errors, user_text
from stationdesk.ui.widgets.choices import label as label  # re-exported for the panels and forms
from stationdesk.ui.widgets.choices import shrinkable as shrinkable  # re-exported likewise

PANEL_STYLE = (
    INVALID_STYLE
    + """
QLabel#panelHeading { font-size: 14px; font-weight: bold; }
QLabel#panelNote { color: #555; }
QLabel#formMessage { color: #1b5e20; }
QLabel#lockedNote { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 4px;
    padding: 6px 8px; color: #174ea6; }
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: palette(window); }
"""
)
INVALID_EXTRA = """
QListWidget[invalid="true"], QTableWidget[invalid="true"], QDateTimeEdit[invalid="true"] {
    border: 2px solid #c62828; border-radius: 3px; background: #fff5f5;
}
"""


def set_invalid(widget: QWidget, reason: str | None) -> None:
    """Outline a field in red with the reason as its tooltip, or take the mark away."""
    widget.setProperty("invalid", reason is not None)
    widget.setToolTip(user_text(reason) if reason else "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def make_label(object_name: str, *, rich: bool = False) -> QLabel:
    """A word-wrapped label for headings, notes, errors and messages."""
    widget = QLabel()
    widget.setObjectName(object_name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return widget


class DisputePanel(QWidget):
    """A detail panel of one dispute; refreshes itself when a record of `WATCHED` changes.

    A panel with a form (`SAVES`) takes Ctrl+S while the focus is inside it, ahead of the
    window's Save action: it claims the key in the ShortcutOverride event. (A QShortcut of
    WidgetWithChildrenShortcut context would clash with the window's Ctrl+S action, and Qt
    fires neither when two shortcuts match the same key.)
    """

    WATCHED: frozenset[str] = frozenset({"disputes"})
    SAVES = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dispute_id: int | None = None
        self.dispute: Dispute | None = None
        self.setStyleSheet(PANEL_STYLE + INVALID_EXTRA)
        ctx.events.records_changed.connect(self._on_records_changed)

    def event(self, event: QEvent) -> bool:
        """Ctrl+S inside the panel saves the panel's form."""
        if (
            self.SAVES
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Save)
        ):
            event.accept()
            self.save()
            return True
        return super().event(event)

    def save(self) -> None:
        """Save the panel's form (panels without one do nothing)."""

    def show_dispute(self, dispute_id: int | None) -> None:
        """Show another dispute (None: nothing), resetting any form."""
        self.dispute_id = dispute_id
        self._read_dispute()
        self.load()

    def load(self) -> None:
        """Fill the panel for the dispute just chosen (forms start afresh)."""
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the panel lists, keeping what is being typed."""

    def _read_dispute(self) -> None:
        try:
            self.dispute = (
                self.ctx.disputes.get(self.dispute_id) if self.dispute_id is not None else None
            )
        except NotFoundError:
            self.dispute_id, self.dispute = None, None

    def _on_records_changed(self, kind: str, ids: frozenset[int]) -> None:
        if self.dispute_id is None or kind not in self.WATCHED:
            return
        if kind == "disputes" and self.dispute_id not in ids:
            return
        self._read_dispute()
        self.refresh()

    def officer_names(self) -> dict[int, str]:
        """Every officer's name by id (also those who left: old records name them)."""
        return {o.id: o.name for o in self.ctx.roster.officers(include_left=True)}


class ErrorMarks:
    """Marks the fields a ValidationError names and lists the reasons in one label."""

    def __init__(self, error_label: QLabel, widgets: Callable[[], dict[str, QWidget]]) -> None:
        self.error_label = error_label
        self.widgets = widgets
        self._marked: list[QWidget] = []
        error_label.setObjectName("formError")
        error_label.hide()

    def mark(self, errors: dict[str, str], titles: dict[str, str]) -> None:
        """Outline each bad field, give it the reason as tooltip, and list the reasons."""
        self.clear()
        widgets = self.widgets()
        lines = []
        for name, reason in user_errors(errors).items():
            widget = widgets.get(name) or widgets.get(_parent_field(name))
            if widget is not None:
                set_invalid(widget, reason)
                self._marked.append(widget)
            title = titles.get(name) or titles.get(_parent_field(name), "")
            lines.append(titled(title, reason))
        heading = QCoreApplication.translate("DisputePanel", "Not saved. Please correct:")
        self.error_label.setText(heading + "\n" + "\n".join(lines))
        self.error_label.show()
        if self._marked:
            self._marked[0].setFocus()

    def clear(self) -> None:
        """Take every mark away."""
        for widget in self._marked:
            set_invalid(widget, None)
        self._marked = []
        self.error_label.clear()
        self.error_label.hide()

    def marked(self) -> list[QWidget]:
        """The widgets marked bad now."""
        return list(self._marked)


def _parent_field(name: str) -> str:
    """'agreement.obligations.0.what' -> 'agreement.obligations.0'."""
    return name.rsplit(".", 1)[0]


def hbox(*widgets: QWidget) -> QWidget:
    """Widgets side by side; line edits and combo boxes take the spare width."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit | QComboBox) else 0)
    return box


def date_edit() -> QDateEdit:
    """A date field with a calendar, showing 2026-03-01."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def text_box(placeholder: str, height: int = 54) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box
