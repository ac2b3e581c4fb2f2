"""The incident form: when, where, what the officers were doing, how it happened, who was
involved, and the dispute or household visit it arose from. It saves through the injury service."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.grids import grid_paths
from stationdesk.domain.injuries import IncidentInput
from stationdesk.domain.injury_records import Incident
from stationdesk.domain.labels import INCIDENT_ACTIVITIES, INCIDENT_CAUSES, OFFICER_KINDS
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.permissions import read_only_note, show_if
from stationdesk.ui.widgets.dispute_panel import (
    INVALID_EXTRA,
    PANEL_STYLE,
    ErrorMarks,
    hbox,
    label,
    make_label,
    text_box,
)

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
ID_ROLE = Qt.ItemDataRole.UserRole


class IncidentForm(QWidget):
    """Record a new incident or correct one; `saved(id)` after each save."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident: Incident | None = None
        self._loading = False
        self._dirty = False
        self.setStyleSheet(PANEL_STYLE + INVALID_EXTRA)
        self.editing = ctx.permissions.records("incidents")
        self._make_fields()
        self._lay_out()
        self.marks = ErrorMarks(self.error, self.field_widgets)
        self._connect()
        self.refresh_choices()
        self.show_incident(None)

    # -- construction ---------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.heading = make_label("panelHeading")
        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.activity = QComboBox()
        for code, text in INCIDENT_ACTIVITIES.items():
            self.activity.addItem(label(text), code)
        self.cause = QComboBox()
        for code, text in INCIDENT_CAUSES.items():
            self.cause.addItem(label(text), code)
        self.officers = QListWidget()
        self.officers.setObjectName("incidentOfficers")
        self.officers.setMinimumHeight(90)
        self.officers.setToolTip(
            self.tr("Tick each officer involved (Space ticks the current one)")
        )
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Street, house number or landmark"))
        self.grid = QComboBox()
        self.grid.setMinimumContentsLength(12)
        self.dispute_number = QLineEdit()
        self.dispute_number.setPlaceholderText(self.tr("Dispute no."))
        self.dispute_number.setMaximumWidth(110)
        self.dispute_note = make_label("panelNote")
        self.visit_number = QLineEdit()
        self.visit_number.setPlaceholderText(self.tr("Visit no."))
        self.visit_number.setMaximumWidth(110)
        self.visit_note = make_label("panelNote")
        self.description = text_box(self.tr("What happened, in a few sentences"), 80)
        self.error = make_label("formError")
        self.message = make_label("formMessage")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the incident (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.void_button = QPushButton(self.tr("Void..."))
        self.void_button.setToolTip(
            self.tr("Void an incident entered by mistake; the record and its history are kept")
        )

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Occurred at"), self.occurred_at)
        form.addRow(self.tr("&Doing"), self.activity)
        form.addRow(self.tr("&How it happened"), self.cause)
        form.addRow(self.tr("Offi&cers involved"), self.officers)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("&Grid"), self.grid)
        form.addRow(self.tr("From &dispute"), hbox(self.dispute_number, self.dispute_note))
        form.addRow(self.tr("From &visit"), hbox(self.visit_number, self.visit_note))
        form.addRow(self.tr("What &happened"), self.description)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(read_only_note(self.editing))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.void_button.clicked.connect(self.void)
        self.dispute_number.textChanged.connect(self._look_up_dispute)
        self.visit_number.textChanged.connect(self._look_up_visit)
        for line in (self.place, self.dispute_number, self.visit_number):
            line.textChanged.connect(self._edited)
        for combo in (self.activity, self.cause, self.grid):
            combo.currentIndexChanged.connect(self._edited)
        self.occurred_at.dateTimeChanged.connect(self._edited)
        self.officers.itemChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    # -- choices ---------------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """The grids and the officers one may choose, keeping what is chosen."""
        chosen_grid = self.grid.currentData()
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.addItem(self.tr("(no grid)"), None)
        for grid_id, path in grid_paths(self.ctx.grids.all(), levels=(1, 2, 3)):
            self.grid.addItem(path, grid_id)
        self.grid.setCurrentIndex(max(0, self.grid.findData(chosen_grid)))
        self.grid.blockSignals(False)
        self._fill_officers(self.checked_officers())

    def _fill_officers(self, checked: list[int]) -> None:
        self._loading, was_loading = True, self._loading
        self.officers.clear()
        officers = self.ctx.roster.officers(include_left=True)
        officers.sort(key=lambda officer: officer.id not in checked)  # those involved first
        for officer in officers:
            if not officer.active and officer.id not in checked:
                continue
            kind = label(OFFICER_KINDS[officer.kind])
            item = QListWidgetItem(f"{officer.name}  ·  {officer.badge_no}  ·  {kind}")
            item.setData(ID_ROLE, officer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = officer.id in checked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.officers.addItem(item)
        self._loading = was_loading

    def checked_officers(self) -> list[int]:
        """Ids of the officers ticked."""
        items = (self.officers.item(row) for row in range(self.officers.count()))
        return [
            int(item.data(ID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked
        ]

    def set_officer_checked(self, officer_id: int, checked: bool = True) -> None:
        """Tick (or untick) an officer in the list."""
        for row in range(self.officers.count()):
            item = self.officers.item(row)
            if item.data(ID_ROLE) == officer_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- showing and reading -----------------------------------------------------------------
    def show_incident(self, incident_id: int | None, message: str = "") -> None:
        """Show an incident, or an empty form for a new one."""
        self.incident = self.ctx.injuries.get(incident_id) if incident_id is not None else None
        incident = self.incident
        self._loading = True
        self.marks.clear()
        moment = (
            QDateTime.fromString(incident.occurred_at, "yyyy-MM-ddTHH:mm") if incident else None
        )
        self.occurred_at.setDateTime(moment or QDateTime.currentDateTime())
        _choose(self.activity, incident.activity if incident else "patrol")
        _choose(self.cause, incident.cause if incident else "assault")
        involved = (
            [i.officer_id for i in self.ctx.injuries.injuries(incident.id)] if incident else []
        )
        self._fill_officers(involved)
        self.place.setText(incident.place if incident else "")
        _choose(self.grid, incident.grid_id if incident else None)
        self.dispute_number.setText(str(incident.dispute_id or "") if incident else "")
        self.visit_number.setText(str(incident.visit_id or "") if incident else "")
        self.description.setPlainText(incident.description if incident else "")
        self._loading = False
        self._dirty = False
        self._look_up_dispute()
        self._look_up_visit()
        self.heading.setText(self._heading())
        self.void_button.setEnabled(incident is not None)
        self._set_editable(not (incident and incident.closed) and self.editing.allowed)
        show_if((self.save_button, self.cancel_button, self.void_button), self.editing)
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _heading(self) -> str:
        if self.incident is None:
            return self.tr("New incident")
        text = self.tr("Incident %1").replace("%1", str(self.incident.id))
        if self.incident.closed:
            text += "  ·  " + self.tr("closed on %1 by %2, reopen it to change it").replace(
                "%1", self.incident.closed_on or ""
            ).replace("%2", self.incident.closed_by or "")
        return text

    def _set_editable(self, editable: bool) -> None:
        for widget in self.field_widgets().values():
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def read(self) -> IncidentInput:
        """What the form holds, as the service takes it."""
        return IncidentInput(
            occurred_at=self.occurred_at.dateTime().toString("yyyy-MM-dd HH:mm"),
            activity=str(self.activity.currentData()),
            cause=str(self.cause.currentData()),
            description=self.description.toPlainText(),
            officer_ids=tuple(self.checked_officers()),
            place=self.place.text(),
            grid_id=self.grid.currentData(),
            dispute_id=_number(self.dispute_number.text()),
            visit_id=_number(self.visit_number.text()),
        )

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> int | None:
        """Save; bad input marks its fields and nothing is saved. The id, or None."""
        if not self.editing.allowed:
            return None
        data = self.read()
        errors = self._number_problems()
        if errors:
            try:
                self.ctx.injuries.check(data)
            except ValidationError as exc:
                errors = {**exc.errors, **errors}
            self.marks.mark(errors, self.field_titles())
            return None
        try:
            if self.incident is None:
                incident_id = self.ctx.injuries.create(data)
                message = self.tr("Incident %1 recorded.").replace("%1", str(incident_id))
            else:
                incident_id = self.incident.id
                self.ctx.injuries.update(incident_id, data, self.incident.version)
                message = self.tr("Incident %1 saved.").replace("%1", str(incident_id))
        except ValidationError as exc:
            self.marks.mark(exc.errors, self.field_titles())
            return None
        except StationDeskError as exc:
            self.marks.mark({"record": str(exc)}, self.field_titles())
            return None
        self.show_incident(incident_id, message)
        self.saved.emit(incident_id)
        return incident_id

    def cancel(self) -> None:
        """Drop the edits."""
        self.show_incident(self.incident.id if self.incident else None)

    def void(self) -> None:
        """Void the incident shown, with a reason."""
        from PySide6.QtWidgets import QInputDialog

        if self.incident is None or not self.editing.allowed:
            return
        reason, accepted = QInputDialog.getText(
            self, self.tr("Void incident"), self.tr("Why is this incident voided?")
        )
        if not accepted:
            return
        try:
            self.ctx.injuries.void(self.incident.id, reason)
        except StationDeskError as exc:
            self.marks.mark({"reason": str(exc)}, self.field_titles())
            return
        self.saved.emit(self.incident.id)
        self.show_incident(None, self.tr("Incident voided."))

    def is_dirty(self) -> bool:
        """Edits not yet saved."""
        return self._dirty

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop it."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have not saved your changes to this incident. Discard them?"),
            Yes | No,
            No,
        )
        return answer == Yes

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    def _number_problems(self) -> dict[str, str]:
        found = {}
        for name, line in (("dispute_id", self.dispute_number), ("visit_id", self.visit_number)):
            text = line.text().strip()
            if text and not text.isdigit():
                found[name] = self.tr("a number, like 87")
        return found

    def _look_up_dispute(self, *_args: object) -> None:
        number = _number(self.dispute_number.text())
        title = self.ctx.injuries.dispute_title(number) if number else None
        self.dispute_note.setText(title or (self.tr("no such dispute") if number else ""))

    def _look_up_visit(self, *_args: object) -> None:
        number = _number(self.visit_number.text())
        address = self.ctx.injuries.visit_address(number) if number else None
        self.visit_note.setText(address or (self.tr("no such visit") if number else ""))

    # -- errors ----------------------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each field the service may complain about."""
        return {
            "occurred_at": self.occurred_at,
            "activity": self.activity,
            "cause": self.cause,
            "officer_ids": self.officers,
            "place": self.place,
            "grid_id": self.grid,
            "dispute_id": self.dispute_number,
            "visit_id": self.visit_number,
            "description": self.description,
        }

    def field_titles(self) -> dict[str, str]:
        """How each field is named in an error message."""
        return {
            "occurred_at": self.tr("Occurred at"),
            "activity": self.tr("Doing"),
            "cause": self.tr("How it happened"),
            "officer_ids": self.tr("Officers involved"),
            "place": self.tr("Place"),
            "grid_id": self.tr("Grid"),
            "dispute_id": self.tr("From dispute"),
            "visit_id": self.tr("From visit"),
            "description": self.tr("What happened"),
            "reason": self.tr("Reason"),
            "status": self.tr("Status"),
        }


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def _number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None
