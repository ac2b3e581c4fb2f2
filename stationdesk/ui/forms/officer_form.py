"""The officer detail form: widgets and their layout, reading and showing one officer."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from stationdesk.domain.labels import CONTEXT, OFFICER_KINDS, TEAMS
from stationdesk.domain.roster import Officer, OfficerInput
from stationdesk.ui.messages import titled, user_errors
from stationdesk.ui.widgets.grid_picker import GridOption, GridPicker

NO_DATE = QDate(2000, 1, 1)
INVALID_STYLE = """
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QTreeWidget[invalid="true"], QDateEdit[invalid="true"] {
    border: 2px solid #c62828; border-radius: 3px; background: #fff5f5;
}
QLabel#formError { color: #b00020; }
QLabel#formHeading { font-size: 15px; font-weight: bold; }
QLabel#formDirty { color: #8a6d00; }
"""


def _label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OfficerForm(QWidget):
    """Name, kind, badge, post, phone, team, grids, committee seat, status and notes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officerForm")
        self.setStyleSheet(INVALID_STYLE)
        self._make_fields()
        self._make_footer()
        self._lay_out()
        self._connect_edits()
        self.committee.toggled.connect(self._sync_enabled)
        self.active.toggled.connect(self._sync_enabled)
        self.load(None)

    # -- construction --------------------------------------------------------
    def _make_fields(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.dirty_note = QLabel(self.tr("unsaved changes"))
        self.dirty_note.setObjectName("formDirty")
        self.dirty_note.hide()
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.kind = QComboBox()
        for code, text in OFFICER_KINDS.items():
            self.kind.addItem(_label(text), code)
        self.badge_no = QLineEdit()
        self.badge_no.setPlaceholderText(self.tr("4 to 12 letters or digits"))
        self.post = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("13812345678 or 0375-1234567"))
        self.team = QComboBox()
        for code, text in TEAMS.items():
            self.team.addItem(_label(text), code)
        self.grids = GridPicker()
        self.grids.list.setMinimumHeight(110)
        self.committee = QCheckBox(self.tr("Sits on the two committees of"))
        self.committee_village = QComboBox()
        self.active = QCheckBox(self.tr("Active at the station"))
        for combo in (self.kind, self.team, self.committee_village):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.left_on = QDateEdit()
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat("yyyy-MM-dd")
        self.left_on.setMinimumDate(NO_DATE)
        self.left_on.setSpecialValueText("—")
        self.joined_on = QDateEdit()
        self.joined_on.setObjectName("officerJoinedOn")
        self.joined_on.setCalendarPopup(True)
        self.joined_on.setDisplayFormat("yyyy-MM-dd")
        self.joined_on.setMinimumDate(NO_DATE)
        self.joined_on.setSpecialValueText("—")
        self.joined_on.setToolTip(self.tr("The day the officer joined the station"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)

    def _make_footer(self) -> None:
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the officer (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Drop unsaved edits (Esc)"))
        self.void_button = QPushButton(self.tr("Void..."))
        self.void_button.setToolTip(
            self.tr("Void an officer entered by mistake; the record and its history are kept")
        )

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.dirty_note)
        grid.addLayout(top, 0, 0, 1, 4)
        pairs = (
            (self.tr("Name"), self.name, self.tr("Kind"), self.kind),
            (self.tr("Badge no."), self.badge_no, self.tr("Post"), self.post),
            (self.tr("Phone"), self.phone, self.tr("Team"), self.team),
        )
        for row, (left, left_widget, right, right_widget) in enumerate(pairs, start=1):
            self._add_labelled(grid, row, 0, left, left_widget)
            self._add_labelled(grid, row, 2, right, right_widget)
        self._add_labelled(grid, 4, 0, self.tr("Grids"), self.grids, span=3, align_top=True)
        grid.setRowStretch(4, 1)
        committee = QHBoxLayout()
        committee.addWidget(self.committee)
        committee.addWidget(self.committee_village, 1)
        grid.addWidget(QLabel(self.tr("Committees")), 5, 0)
        grid.addLayout(committee, 5, 1, 1, 3)
        status = QHBoxLayout()
        status.addWidget(self.active)
        status.addStretch(1)
        joined_label = QLabel(self.tr("Joined on"))
        joined_label.setBuddy(self.joined_on)
        status.addWidget(joined_label)
        status.addWidget(self.joined_on)
        left_label = QLabel(self.tr("Left on"))
        left_label.setBuddy(self.left_on)
        status.addWidget(left_label)
        status.addWidget(self.left_on)
        grid.addWidget(QLabel(self.tr("Status")), 6, 0)
        grid.addLayout(status, 6, 1, 1, 3)
        self._add_labelled(grid, 7, 0, self.tr("Notes"), self.notes, span=3, align_top=True)
        grid.addWidget(self.error, 8, 0, 1, 4)
        grid.addWidget(self.message, 9, 0, 1, 4)
        grid.addLayout(self._buttons(), 10, 0, 1, 4)

    def _add_labelled(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        text: str,
        widget: QWidget,
        *,
        span: int = 1,
        align_top: bool = False,
    ) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        if align_top:
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row, column + 1, 1, span)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.void_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def _connect_edits(self) -> None:
        for line in (self.name, self.badge_no, self.post, self.phone):
            line.textChanged.connect(self.edited)
        for combo in (self.kind, self.team, self.committee_village):
            combo.currentIndexChanged.connect(self.edited)
        for box in (self.committee, self.active):
            box.toggled.connect(self.edited)
        self.left_on.dateChanged.connect(self.edited)
        self.joined_on.dateChanged.connect(self.edited)
        self.notes.textChanged.connect(self.edited)
        self.grids.changed.connect(self.edited)

    # -- choices -------------------------------------------------------------
    def set_villages(self, villages: Iterable[tuple[int, str]]) -> None:
        """The villages and communities a committee seat may be in, keeping the choice."""
        chosen = self.committee_village.currentData()
        self.committee_village.blockSignals(True)
        self.committee_village.clear()
        self.committee_village.addItem(self.tr("Choose a village"), None)
        for grid_id, path in villages:
            self.committee_village.addItem(path, grid_id)
        self.committee_village.setCurrentIndex(max(0, self.committee_village.findData(chosen)))
        self.committee_village.blockSignals(False)

    def set_grid_options(self, options: Iterable[GridOption]) -> None:
        """The grids one may tick."""
        self.grids.set_options(options)

    # -- values --------------------------------------------------------------
    def load(self, officer: Officer | None) -> None:
        """Show an officer, or an empty form for a new one."""
        self.clear_marks()
        self.name.setText(officer.name if officer else "")
        self._choose(self.kind, officer.kind if officer else "police")
        self.badge_no.setText(officer.badge_no if officer else "")
        self.post.setText(officer.post if officer else "")
        self.phone.setText(officer.phone if officer else "")
        self._choose(self.team, officer.team if officer else "community")
        self.grids.set_checked(officer.grid_ids if officer else ())
        self.committee.setChecked(bool(officer and officer.committee_member))
        self._choose(self.committee_village, officer.committee_grid_id if officer else None)
        self.active.setChecked(officer.active if officer else True)
        left = QDate.fromString(officer.left_on or "", Qt.DateFormat.ISODate) if officer else None
        self.left_on.setDate(left if left and left.isValid() else NO_DATE)
        joined = (
            QDate.fromString(officer.joined_on or "", Qt.DateFormat.ISODate) if officer else None
        )
        self.joined_on.setDate(joined if joined and joined.isValid() else NO_DATE)
        self.notes.setPlainText(officer.notes if officer else "")
        self.void_button.setEnabled(officer is not None)
        self.heading.setText(self._heading(officer))
        self._sync_enabled()

    def read(self) -> OfficerInput:
        """What the form holds now, as the roster service takes it."""
        committee_grid = self.committee_village.currentData()
        return OfficerInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            badge_no=self.badge_no.text(),
            team=str(self.team.currentData()),
            post=self.post.text(),
            phone=self.phone.text(),
            committee_member=self.committee.isChecked(),
            committee_grid_id=int(committee_grid) if committee_grid is not None else None,
            active=self.active.isChecked(),
            left_on=None if self.active.isChecked() else self.left_on.date().toString("yyyy-MM-dd"),
            notes=self.notes.toPlainText(),
            grid_ids=self.grids.checked_ids(),
            joined_on=None
            if self.joined_on.date() == NO_DATE
            else self.joined_on.date().toString("yyyy-MM-dd"),
        )

    def show_message(self, text: str) -> None:
        """A line under the form saying what just happened (hidden when empty)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _heading(self, officer: Officer | None) -> str:
        if officer is None:
            return self.tr("New officer")
        return f"{officer.name}  ·  {officer.badge_no}"

    @staticmethod
    def _choose(combo: QComboBox, data: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def _sync_enabled(self) -> None:
        self.committee_village.setEnabled(self.committee.isChecked())
        active = self.active.isChecked()
        self.left_on.setEnabled(not active)
        if active:
            self.left_on.setDate(NO_DATE)
        elif self.left_on.date() == NO_DATE:
            self.left_on.setDate(QDate.currentDate())

    # -- errors --------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each field name the roster service may complain about."""
        return {
            "name": self.name,
            "kind": self.kind,
            "badge_no": self.badge_no,
            "post": self.post,
            "phone": self.phone,
            "team": self.team,
            "grid_ids": self.grids.list,
            "committee_grid_id": self.committee_village,
            "left_on": self.left_on,
            "joined_on": self.joined_on,
            "notes": self.notes,
        }

    def field_titles(self) -> dict[str, str]:
        """How each field is named in an error message."""
        return {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "badge_no": self.tr("Badge no."),
            "post": self.tr("Post"),
            "phone": self.tr("Phone"),
            "team": self.tr("Team"),
            "grid_ids": self.tr("Grids"),
            "committee_grid_id": self.tr("Two committees"),
            "left_on": self.tr("Left on"),
            "joined_on": self.tr("Joined on"),
            "notes": self.tr("Notes"),
            "reason": self.tr("Reason"),
            "record": self.tr("Record"),
        }

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Outline each bad field, give it the reason as tooltip, and list the reasons."""
        self.clear_marks()
        widgets, titles = self.field_widgets(), self.field_titles()
        lines = []
        for field, reason in user_errors(errors).items():
            widget = widgets.get(field)
            if widget is not None:
                _set_invalid(widget, reason)
            lines.append(titled(titles.get(field, field), reason))
        self.error.setText(self.tr("Not saved. Please correct:") + "\n" + "\n".join(lines))
        self.error.show()
        first = next((widgets[f] for f in errors if f in widgets), None)
        if first is not None:
            first.setFocus()

    def clear_marks(self) -> None:
        """Take every error mark away."""
        for widget in self.field_widgets().values():
            if widget.property("invalid"):
                _set_invalid(widget, None)
        self.error.clear()
        self.error.hide()

    def invalid_fields(self) -> set[str]:
        """Names of the fields marked bad now."""
        return {name for name, w in self.field_widgets().items() if w.property("invalid")}


def _set_invalid(widget: QWidget, reason: str | None) -> None:
    widget.setProperty("invalid", reason is not None)
    widget.setToolTip(reason or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
