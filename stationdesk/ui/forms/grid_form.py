"""The detail form of one grid node: what a clerk types, what the rules refused."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.grids import Grid, GridInput
from stationdesk.ui.messages import titled, user_errors

INVALID_STYLE = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QCheckBox[invalid="true"] {
    border: 2px solid #b00020;
}
"""
EMPTY = GridInput(name="")


class GridForm(QWidget):
    """Name, code, grid head, administrators, police room and notes of one node."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridForm")
        self.setStyleSheet(INVALID_STYLE)
        self._loaded = EMPTY
        self._build_widgets()
        self._build_layout()
        self.show_nothing()

    # -- layout ---------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("gridFormTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.path = QLabel()
        self.path.setObjectName("gridPath")
        self.path.setWordWrap(True)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.head_name = QLineEdit()
        self.head_phone = QLineEdit()
        self.head_phone.setPlaceholderText(self.tr("11-digit mobile or landline like 0375-1234567"))
        self.administrators = QPlainTextEdit()
        self.administrators.setPlaceholderText(self.tr("One per line: name and phone"))
        self.administrators.setTabChangesFocus(True)
        self.administrators.setFixedHeight(80)
        self.has_police_room = QCheckBox(self.tr("Has a community police room"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.officers = QLabel()
        self.officers.setObjectName("gridOfficers")
        self.officers.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Drop the changes (Esc)"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit())
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit())
        for name, widget in self.fields().items():
            widget.setObjectName(name)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Belongs to"), self.path)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Grid head"), self.head_name)
        form.addRow(self.tr("Head's phone"), self.head_phone)
        form.addRow(self.tr("Administrators"), self.administrators)
        form.addRow("", self.has_police_room)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Responsible officer(s)"), self.officers)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def fields(self) -> dict[str, QWidget]:
        """The editable widgets by the service's field names."""
        return {
            "name": self.name,
            "code": self.code,
            "head_name": self.head_name,
            "head_phone": self.head_phone,
            "administrators": self.administrators,
            "has_police_room": self.has_police_room,
            "notes": self.notes,
        }

    # -- showing a node -------------------------------------------------------
    def show_nothing(self) -> None:
        """No node chosen: an empty, disabled form."""
        self.title.setText(self.tr("Choose a node in the tree"))
        self._fill(EMPTY, path="", officers="")
        self._set_editable(False)

    def show_grid(self, grid: Grid, path: str, officers: list[str], warning: str = "") -> None:
        """Show an existing node."""
        self.title.setText(grid.name)
        self._fill(_input_of(grid), path, self._officer_text(officers, warning))
        self._set_editable(True)

    def show_new(self, title: str, path: str) -> None:
        """An empty form for a node about to be added below `path`."""
        self.title.setText(title)
        self._fill(EMPTY, path or self.tr("(the station: a new street / town)"), "")
        self.officers.setText(self.tr("Set on the Officers tab once the node is saved."))
        self._set_editable(True)
        self.name.setFocus()

    def set_officers(self, officers: list[str], warning: str = "") -> None:
        """Refresh the read-only officers line only (keeps what is being typed)."""
        self.officers.setText(self._officer_text(officers, warning))

    def _officer_text(self, officers: list[str], warning: str) -> str:
        names = ", ".join(officers) if officers else self.tr("(none)")
        text = self.tr("%1 (edited on the Officers tab)").replace("%1", names)
        return f"{text}\n⚠ {warning}" if warning else text

    def _fill(self, values: GridInput, path: str, officers: str) -> None:
        self.clear_errors()
        self.path.setText(path)
        self.name.setText(values.name)
        self.code.setText(values.code)
        self.head_name.setText(values.head_name)
        self.head_phone.setText(values.head_phone)
        self.administrators.setPlainText(values.administrators)
        self.has_police_room.setChecked(values.has_police_room)
        self.notes.setPlainText(values.notes)
        self.officers.setText(officers)
        self._loaded = self.value()

    def _set_editable(self, editable: bool) -> None:
        for widget in (*self.fields().values(), self.save_button, self.cancel_button):
            widget.setEnabled(editable)

    # -- reading and marking ---------------------------------------------------
    def value(self) -> GridInput:
        """What the form holds now."""
        return GridInput(
            name=self.name.text(),
            code=self.code.text(),
            head_name=self.head_name.text(),
            head_phone=self.head_phone.text(),
            administrators=self.administrators.toPlainText(),
            has_police_room=self.has_police_room.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def is_dirty(self) -> bool:
        """True when the form holds changes not saved."""
        return self.name.isEnabled() and self.value() != self._loaded

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Mark each refused field and list the reasons; focus the first one."""
        self.clear_errors()
        widgets = self.fields()
        lines = []
        for field, reason in user_errors(errors).items():
            widget = widgets.get(field)
            if widget is not None:
                _set_invalid(widget, reason)
            label = self._label_of(field)
            lines.append(titled(label, reason))
        self.error.setText("\n".join(lines))
        first = next((widgets[f] for f in errors if f in widgets), None)
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        """Unmark every field."""
        for widget in self.fields().values():
            if widget.property("invalid"):
                _set_invalid(widget, None)
        self.error.clear()

    def _label_of(self, field: str) -> str:
        labels = {
            "name": self.tr("Name"),
            "code": self.tr("Code"),
            "head_name": self.tr("Grid head"),
            "head_phone": self.tr("Head's phone"),
            "administrators": self.tr("Administrators"),
            "notes": self.tr("Notes"),
        }
        return labels.get(field, "")


def _set_invalid(widget: QWidget, reason: str | None) -> None:
    widget.setProperty("invalid", reason is not None)
    widget.setToolTip(reason or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _input_of(grid: Grid) -> GridInput:
    return GridInput(
        name=grid.name,
        code=grid.code,
        head_name=grid.head_name,
        head_phone=grid.head_phone,
        administrators=grid.administrators,
        has_police_room=grid.has_police_room,
        notes=grid.notes,
    )
