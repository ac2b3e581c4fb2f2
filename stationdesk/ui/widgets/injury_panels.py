"""The detail panels of one incident: what happened to each officer (private), and the
protection of their rights (case, compensation, legal aid, clarification, comfort visits,
closing the case)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import access
from stationdesk.domain.injuries import (
    CaseInput,
    ComfortVisitInput,
    CompensationInput,
    InjuryInput,
    LegalAidInput,
)
from stationdesk.domain.injury_records import Incident, Injury
from stationdesk.domain.labels import INJURY_OUTCOMES
from stationdesk.domain.money import yuan_text
from stationdesk.errors import NotFoundError, StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.permissions import show_if
from stationdesk.ui.widgets.dispute_panel import (
    INVALID_EXTRA,
    PANEL_STYLE,
    ErrorMarks,
    date_edit,
    hbox,
    label,
    make_label,
    text_box,
)

WATCHED = frozenset(
    {"incidents", "injuries", "compensation_payments", "legal_aid", "comfort_visits", "hospitals"}
)
PRIVATE_STYLE = """
QLabel#privateNote { background: #fdecea; border: 1px solid #b00020; border-radius: 4px;
    padding: 5px 8px; color: #b00020; font-weight: bold; }
QGroupBox { font-weight: bold; }
"""
ID_ROLE = Qt.ItemDataRole.UserRole


def iso(edit: QDateEdit) -> str:
    """The date of a date field as 2026-03-01."""
    return edit.date().toString("yyyy-MM-dd")


class IncidentPanel(QWidget):
    """A detail panel of one incident; refreshes itself when a record of the ledger changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident: Incident | None = None
        self.setStyleSheet(PANEL_STYLE + INVALID_EXTRA + PRIVATE_STYLE)
        ctx.events.records_changed.connect(self._on_records_changed)

    def show_incident(self, incident_id: int | None) -> None:
        """Show another incident (None: nothing), forms afresh."""
        try:
            self.incident = self.ctx.injuries.get(incident_id) if incident_id is not None else None
        except NotFoundError:
            self.incident = None
        self.load()

    def load(self) -> None:
        """Fill the panel for the incident chosen."""

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if self.incident is not None and kind in WATCHED:
            self.show_incident(self.incident.id)

    @property
    def editable(self) -> bool:
        """An incident is shown, its case is open, and the role may change it."""
        return (
            self.incident is not None
            and not self.incident.closed
            and self.ctx.permissions.records("incidents").allowed
        )


# -- injuries per officer --------------------------------------------------------------------
class InjuriesPanel(IncidentPanel):
    """Each officer involved: the most serious outcome, days lost, treatment and support."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.injuries: list[Injury] = []
        self.officers = QListWidget()
        self.officers.setObjectName("injuryOfficers")
        self.officers.setMaximumHeight(90)
        self.note = make_label("privateNote")
        self.note.setText(
            self.tr("Private: medical details. Show them only to those whose role allows it.")
        )
        self.hidden_note = make_label("panelNote")
        self.hidden_note.setText(self.tr("You may not see medical details."))
        self._make_form()
        self.error = make_label("formError")
        self.message = make_label("formMessage")
        self.marks = ErrorMarks(self.error, self.field_widgets)
        self.save_button = QPushButton(self.tr("Save injury"))
        self.save_button.clicked.connect(self.save)
        self.officers.currentRowChanged.connect(self._show_injury)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Officers involved")))
        layout.addWidget(self.officers)
        layout.addWidget(self.note)
        layout.addWidget(self.hidden_note)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(_right(self.save_button))

    def _make_form(self) -> None:
        self.outcome = QComboBox()
        for code, text in INJURY_OUTCOMES.items():
            self.outcome.addItem(label(text), code)
        self.days_away = QSpinBox()
        self.days_away.setRange(0, 3650)
        self.days_restricted = QSpinBox()
        self.days_restricted.setRange(0, 3650)
        self.body_parts = QLineEdit()
        self.body_parts.setPlaceholderText(self.tr("e.g. left forearm, face"))
        self.nature = QLineEdit()
        self.nature.setPlaceholderText(self.tr("e.g. bruising, sprain, fracture"))
        self.hospital = QComboBox()
        self.treatment = text_box(self.tr("How the officer was treated"))
        self.support = text_box(self.tr("Psychological support given"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("Most serious &outcome"), self.outcome)
        self.form.addRow(self.tr("Days &away"), self.days_away)
        self.form.addRow(self.tr("Days on &restricted duty"), self.days_restricted)
        self.form.addRow(self.tr("&Body parts"), self.body_parts)
        self.form.addRow(self.tr("&Nature of injury"), self.nature)
        self.form.addRow(self.tr("&Green channel hospital"), self.hospital)
        self.form.addRow(self.tr("&Treatment"), self.treatment)
        self.form.addRow(self.tr("&Psychological support"), self.support)

    def medical_widgets(self) -> list[QWidget]:
        """The fields that hold medical details."""
        return [self.body_parts, self.nature, self.hospital, self.treatment, self.support]

    def load(self) -> None:
        """List the officers involved and show the first."""
        current = self.officers.currentRow()
        self.injuries = self.ctx.injuries.injuries(self.incident.id) if self.incident else []
        self._fill_hospitals()
        self.officers.blockSignals(True)
        self.officers.clear()
        for injury in self.injuries:
            outcome = label(INJURY_OUTCOMES[injury.outcome])
            QListWidgetItem(f"{injury.officer_name}  ·  {outcome}", self.officers)
        self.officers.blockSignals(False)
        medical = self.ctx.injuries.may_see_medical
        self.hidden_note.setVisible(not medical)
        for widget in self.medical_widgets():
            widget.setVisible(medical)
            self.form.labelForField(widget).setVisible(medical)
        self.officers.setCurrentRow(min(max(current, 0), len(self.injuries) - 1))
        self._show_injury(self.officers.currentRow())

    def _fill_hospitals(self) -> None:
        self.hospital.clear()
        self.hospital.addItem(self.tr("(not through the green channel)"), None)
        for hospital in self.ctx.injuries.hospitals():
            self.hospital.addItem(hospital.name, hospital.id)

    def current_injury(self) -> Injury | None:
        """The injury record of the officer selected."""
        row = self.officers.currentRow()
        return self.injuries[row] if 0 <= row < len(self.injuries) else None

    def _show_injury(self, _row: int) -> None:
        injury = self.current_injury()
        self.marks.clear()
        self.message.hide()
        _choose(self.outcome, injury.outcome if injury else "none")
        self.days_away.setValue(injury.days_away if injury else 0)
        self.days_restricted.setValue(injury.days_restricted if injury else 0)
        self.body_parts.setText(injury.body_parts if injury else "")
        self.nature.setText(injury.nature if injury else "")
        _choose(self.hospital, injury.hospital_id if injury else None)
        self.treatment.setPlainText(injury.treatment if injury else "")
        self.support.setPlainText(injury.psychological_support if injury else "")
        editable = injury is not None and self.editable and not injury.medical_hidden
        for widget in self.field_widgets().values():
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def read(self) -> InjuryInput:
        """The form as the service takes it."""
        return InjuryInput(
            outcome=str(self.outcome.currentData()),
            days_away=self.days_away.value(),
            days_restricted=self.days_restricted.value(),
            body_parts=self.body_parts.text(),
            nature=self.nature.text(),
            hospital_id=self.hospital.currentData(),
            treatment=self.treatment.toPlainText(),
            psychological_support=self.support.toPlainText(),
        )

    def save(self) -> None:
        """Save the injury of the officer selected."""
        injury = self.current_injury()
        if injury is None or not self.editable:
            return
        try:
            self.ctx.injuries.set_injury(injury.id, self.read())
        except ValidationError as exc:
            self.marks.mark(exc.errors, self.field_titles())
            return
        self.message.setText(self.tr("Saved the injury of %1.").replace("%1", injury.officer_name))
        self.message.show()

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each field the service may complain about."""
        return {
            "outcome": self.outcome,
            "days_away": self.days_away,
            "days_restricted": self.days_restricted,
            "body_parts": self.body_parts,
            "nature": self.nature,
            "hospital_id": self.hospital,
            "treatment": self.treatment,
            "psychological_support": self.support,
        }

    def field_titles(self) -> dict[str, str]:
        """How each field is named in an error message."""
        return {
            "outcome": self.tr("Most serious outcome"),
            "days_away": self.tr("Days away"),
            "days_restricted": self.tr("Days on restricted duty"),
            "body_parts": self.tr("Body parts"),
            "nature": self.tr("Nature of injury"),
            "hospital_id": self.tr("Green channel hospital"),
            "treatment": self.tr("Treatment"),
            "psychological_support": self.tr("Psychological support"),
            "status": self.tr("Status"),
        }


# -- rights protection ---------------------------------------------------------------------
class EntryGroup(QGroupBox):
    """A titled list of entries (payments, legal aid, visits) with a row to add one and a
    button to void the one selected."""

    def __init__(
        self,
        table_name: str,
        title: str,
        columns: Sequence[str],
        fields: Sequence[tuple[str, str, QWidget]],
        add_text: str,
    ) -> None:
        super().__init__(title)
        self.table_name = table_name
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(120)
        self.total = make_label("panelNote")
        self.widgets = {name: widget for name, _title, widget in fields}
        self.titles = {name: title for name, title, _widget in fields}
        self.add_button = QPushButton(add_text)
        self.void_button = QPushButton(self.tr("Void selected..."))
        self.error = make_label("formError")
        self.marks = ErrorMarks(self.error, lambda: self.widgets)
        form = QFormLayout()
        for _name, text, widget in fields:
            form.addRow(text, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        """(entry id, cells) per entry."""
        self.table.setRowCount(len(rows))
        for row, (entry_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry_id)
                self.table.setItem(row, column, item)

    def selected_id(self) -> int | None:
        """The id of the entry selected."""
        item = self.table.item(self.table.currentRow(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def set_editable(self, editable: bool) -> None:
        """Enable adding and voiding."""
        for widget in (*self.widgets.values(), self.add_button, self.void_button):
            widget.setEnabled(editable)

    def run(self, action: Callable[[], object]) -> bool:
        """Run a save; mark the fields of a refusal. True when it went through."""
        try:
            action()
        except ValidationError as exc:
            self.marks.mark(exc.errors, self.titles)
            return False
        except StationDeskError as exc:
            self.marks.mark({"record": str(exc)}, self.titles)
            return False
        self.marks.clear()
        return True


class RightsPanel(IncidentPanel):
    """The case, compensation, legal aid, clarification, comfort visits, and closing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.message = make_label("formMessage")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self._case_group())
        self.payments = self._payments_group()
        self.aid = self._aid_group()
        self.visits = self._visits_group()
        column.addWidget(self.payments)
        column.addWidget(self.aid)
        column.addWidget(self._clarification_group())
        column.addWidget(self.visits)
        column.addWidget(self._closing_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(scroll)
        for group in (self.payments, self.aid, self.visits):
            group.void_button.clicked.connect(lambda _c=False, g=group: self._void(g))

    # -- groups ------------------------------------------------------------------------------
    def _case_group(self) -> QGroupBox:
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("e.g. 平公（东）行案字〔2026〕123号"))
        self.offenders = QSpinBox()
        self.offenders.setRange(0, 1000)
        self.handling = QLineEdit()
        self.handling.setPlaceholderText(self.tr("e.g. administrative detention, 10 days"))
        self.case_outcome = text_box(self.tr("What came of the case"))
        self.case_error = make_label("formError")
        widgets = {
            "case_number": self.case_number,
            "offenders_dealt": self.offenders,
            "offender_handling": self.handling,
            "case_outcome": self.case_outcome,
        }
        self.case_titles = {
            "case_number": self.tr("Case number"),
            "offenders_dealt": self.tr("Persons dealt with"),
            "offender_handling": self.tr("How they were dealt with"),
            "case_outcome": self.tr("Outcome"),
            "status": self.tr("Status"),
        }
        self.case_marks = ErrorMarks(self.case_error, lambda: widgets)
        self.case_button = QPushButton(self.tr("Save case"))
        self.case_button.clicked.connect(self.save_case)
        group = QGroupBox(self.tr("Case against the offender"))
        form = QFormLayout(group)
        form.addRow(self.tr("Case &number"), self.case_number)
        form.addRow(self.tr("Persons dealt &with"), self.offenders)
        form.addRow(self.tr("How dealt with"), self.handling)
        form.addRow(self.tr("Outcome"), self.case_outcome)
        form.addRow(self.case_error)
        form.addRow(_right(self.case_button))
        return group

    def _payments_group(self) -> EntryGroup:
        self.pay_officer = QComboBox()
        self.pay_amount = QLineEdit()
        self.pay_amount.setPlaceholderText(self.tr("yuan, e.g. 1500 or 1500.50"))
        self.pay_payer = QLineEdit()
        self.pay_payer.setPlaceholderText(self.tr("the offender, an insurer, the bureau..."))
        self.pay_on = date_edit()
        self.pay_notes = QLineEdit()
        group = EntryGroup(
            "compensation_payments",
            self.tr("Compensation"),
            [
                self.tr("Paid on"),
                self.tr("To"),
                self.tr("Payer"),
                self.tr("Yuan"),
                self.tr("Notes"),
            ],
            [
                ("officer_id", self.tr("Paid to"), self.pay_officer),
                ("amount_fen", self.tr("Amount (yuan)"), self.pay_amount),
                ("payer", self.tr("Payer"), self.pay_payer),
                ("paid_on", self.tr("Paid on"), self.pay_on),
                ("notes", self.tr("Notes"), self.pay_notes),
            ],
            self.tr("Add payment"),
        )
        group.add_button.clicked.connect(self.add_payment)
        return group

    def _aid_group(self) -> EntryGroup:
        self.aid_provider = QLineEdit()
        self.aid_provider.setPlaceholderText(self.tr("Lawyer or law firm"))
        self.aid_provided = QLineEdit()
        self.aid_provided.setPlaceholderText(self.tr("Advice, a complaint drafted, court..."))
        self.aid_times = QSpinBox()
        self.aid_times.setRange(1, 1000)
        self.aid_on = date_edit()
        group = EntryGroup(
            "legal_aid",
            self.tr("Legal aid"),
            [
                self.tr("Given on"),
                self.tr("Lawyer or firm"),
                self.tr("Person-times"),
                self.tr("What"),
            ],
            [
                ("provider", self.tr("Lawyer or firm"), self.aid_provider),
                ("provided", self.tr("What was provided"), self.aid_provided),
                ("person_times", self.tr("Person-times"), self.aid_times),
                ("given_on", self.tr("Given on"), self.aid_on),
            ],
            self.tr("Add legal aid"),
        )
        group.add_button.clicked.connect(self.add_legal_aid)
        return group

    def _clarification_group(self) -> QGroupBox:
        self.clarified_on = date_edit()
        self.clarification = text_box(self.tr("How the officer was publicly cleared"))
        self.clarify_note = make_label("panelNote")
        self.clarify_error = make_label("formError")
        widgets = {"clarified_on": self.clarified_on, "clarification": self.clarification}
        self.clarify_marks = ErrorMarks(self.clarify_error, lambda: widgets)
        self.clarify_button = QPushButton(self.tr("Save clarification"))
        self.clarify_button.clicked.connect(self.save_clarification)
        group = QGroupBox(self.tr("Clarification (false accusation)"))
        form = QFormLayout(group)
        form.addRow(self.clarify_note)
        form.addRow(self.tr("Cleared on"), self.clarified_on)
        form.addRow(self.tr("How"), self.clarification)
        form.addRow(self.clarify_error)
        form.addRow(_right(self.clarify_button))
        return group

    def _visits_group(self) -> EntryGroup:
        self.visit_on = date_edit()
        self.visitors = QLineEdit()
        self.visitors.setPlaceholderText(self.tr("Who visited, e.g. the chief and the instructor"))
        self.visit_what = QLineEdit()
        group = EntryGroup(
            "comfort_visits",
            self.tr("Comfort visits"),
            [self.tr("Visited on"), self.tr("Visitors"), self.tr("What")],
            [
                ("visited_on", self.tr("Visited on"), self.visit_on),
                ("visitors", self.tr("Visitors"), self.visitors),
                ("what", self.tr("What was done"), self.visit_what),
            ],
            self.tr("Add visit"),
        )
        group.add_button.clicked.connect(self.add_visit)
        return group

    def _closing_group(self) -> QGroupBox:
        self.status = make_label("panelNote")
        self.closed_by = QLineEdit()
        self.closed_by.setPlaceholderText(self.tr("The chief's name"))
        self.closed_on = date_edit()
        self.close_error = make_label("formError")
        widgets = {
            "closed_by": self.closed_by,
            "closed_on": self.closed_on,
            "case_outcome": self.case_outcome,
        }
        self.close_marks = ErrorMarks(self.close_error, lambda: widgets)
        self.close_button = QPushButton(self.tr("Close case"))
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("Reopen..."))
        self.reopen_button.clicked.connect(self.reopen_case)
        group = QGroupBox(self.tr("Closing (by the chief)"))
        form = QFormLayout(group)
        form.addRow(self.status)
        form.addRow(self.tr("Closed by"), self.closed_by)
        form.addRow(self.tr("Closed on"), self.closed_on)
        form.addRow(self.close_error)
        form.addRow(hbox(self.reopen_button, QWidget(), self.close_button))
        return group

    # -- showing -----------------------------------------------------------------------------
    def load(self) -> None:
        """Fill every group for the incident shown."""
        incident = self.incident
        today = QDate.currentDate()
        for edit in (self.pay_on, self.aid_on, self.visit_on, self.clarified_on, self.closed_on):
            edit.setDate(today)
        self.case_number.setText(incident.case_number if incident else "")
        self.offenders.setValue(incident.offenders_dealt if incident else 0)
        self.handling.setText(incident.offender_handling if incident else "")
        self.case_outcome.setPlainText(incident.case_outcome if incident else "")
        for marks in (self.case_marks, self.clarify_marks, self.close_marks):
            marks.clear()
        self._load_entries()
        self._load_clarification()
        self._load_closing()
        editable = self.editable
        for widget in (self.case_number, self.offenders, self.handling, self.case_outcome):
            widget.setEnabled(editable)
        self.case_button.setEnabled(editable)

    def _load_entries(self) -> None:
        incident_id = self.incident.id if self.incident else None
        service = self.ctx.injuries
        payments = service.compensation(incident_id) if incident_id else []
        self.payments.set_rows(
            [
                (p.id, [p.paid_on, p.officer_name, p.payer, yuan_text(p.amount_fen), p.notes])
                for p in payments
            ]
        )
        total = sum(p.amount_fen for p in payments)
        self.payments.total.setText(
            self.tr("Paid in all: %1 yuan in %2 payments")
            .replace("%1", yuan_text(total))
            .replace("%2", str(len(payments)))
        )
        aid = service.legal_aid(incident_id) if incident_id else []
        self.aid.set_rows(
            [(a.id, [a.given_on, a.provider, str(a.person_times), a.provided]) for a in aid]
        )
        self.aid.total.setText(
            self.tr("%1 person-times in all").replace("%1", str(sum(a.person_times for a in aid)))
        )
        visits = service.comfort_visits(incident_id) if incident_id else []
        self.visits.set_rows([(v.id, [v.visited_on, v.visitors, v.what]) for v in visits])
        self.visits.total.hide()
        self.pay_officer.clear()
        for injury in service.injuries(incident_id) if incident_id else []:
            self.pay_officer.addItem(injury.officer_name, injury.officer_id)
        for group in (self.payments, self.aid, self.visits):
            group.set_editable(self.editable)
            group.marks.clear()

    def _load_clarification(self) -> None:
        incident = self.incident
        accused = incident is not None and incident.cause == "false_accusation"
        if incident is not None and incident.clarified_on:
            self.clarified_on.setDate(QDate.fromString(incident.clarified_on, "yyyy-MM-dd"))
        self.clarification.setPlainText(incident.clarification if incident else "")
        self.clarify_note.setText(
            self.tr("When and how the officer was publicly cleared.")
            if accused
            else self.tr("Only an officer falsely accused is publicly cleared.")
        )
        for widget in (self.clarified_on, self.clarification, self.clarify_button):
            widget.setEnabled(accused and self.editable)

    def _load_closing(self) -> None:
        incident = self.incident
        if incident is None:
            self.status.setText("")
        elif incident.closed:
            self.status.setText(
                self.tr("Closed on %1 by %2.")
                .replace("%1", incident.closed_on or "")
                .replace("%2", incident.closed_by or "")
            )
        else:
            self.status.setText(self.tr("Open. The chief closes the case once it has an outcome."))
        self.closed_by.setText(incident.closed_by or "" if incident else "")
        chief = self.ctx.permissions.may(access.CLOSE_INJURY_CASE)
        for widget in (self.closed_by, self.closed_on, self.close_button):
            widget.setEnabled(self.editable and chief.allowed)
        self.reopen_button.setEnabled(incident is not None and incident.closed and chief.allowed)
        show_if((self.close_button, self.reopen_button), chief)

    # -- actions -----------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save_case(self) -> None:
        """Save the case against the offender."""
        if self.incident is None or not self.editable:
            return
        data = CaseInput(
            self.case_number.text(),
            self.offenders.value(),
            self.handling.text(),
            self.case_outcome.toPlainText(),
        )
        try:
            self.ctx.injuries.set_case(self.incident.id, data)
        except ValidationError as exc:
            self.case_marks.mark(exc.errors, self.case_titles)
            return
        self._say(self.tr("Case saved."))

    def add_payment(self) -> None:
        """Add a compensation payment."""
        if self.incident is None:
            return
        data = CompensationInput(
            self.pay_officer.currentData(),
            self.pay_amount.text(),
            self.pay_payer.text(),
            iso(self.pay_on),
            self.pay_notes.text(),
        )
        incident_id = self.incident.id
        if self.payments.run(lambda: self.ctx.injuries.add_compensation(incident_id, data)):
            self._say(self.tr("Payment added."))

    def add_legal_aid(self) -> None:
        """Add legal aid given."""
        if self.incident is None:
            return
        data = LegalAidInput(
            self.aid_provider.text(),
            iso(self.aid_on),
            self.aid_provided.text(),
            self.aid_times.value(),
        )
        incident_id = self.incident.id
        if self.aid.run(lambda: self.ctx.injuries.add_legal_aid(incident_id, data)):
            self._say(self.tr("Legal aid added."))

    def add_visit(self) -> None:
        """Add a comfort visit."""
        if self.incident is None:
            return
        data = ComfortVisitInput(iso(self.visit_on), self.visitors.text(), self.visit_what.text())
        incident_id = self.incident.id
        if self.visits.run(lambda: self.ctx.injuries.add_comfort_visit(incident_id, data)):
            self._say(self.tr("Comfort visit added."))

    def save_clarification(self) -> None:
        """Record the public clarification."""
        if self.incident is None:
            return
        try:
            self.ctx.injuries.clarify(
                self.incident.id, iso(self.clarified_on), self.clarification.toPlainText()
            )
        except ValidationError as exc:
            titles = {"clarified_on": self.tr("Cleared on"), "clarification": self.tr("How")}
            self.clarify_marks.mark(exc.errors, titles)
            return
        self._say(self.tr("Clarification saved."))

    def close_case(self) -> None:
        """The chief closes the case."""
        if self.incident is None:
            return
        try:
            self.ctx.injuries.close(self.incident.id, self.closed_by.text(), iso(self.closed_on))
        except ValidationError as exc:
            titles = {
                "closed_by": self.tr("Closed by"),
                "closed_on": self.tr("Closed on"),
                "case_outcome": self.tr("Outcome"),
                "status": self.tr("Status"),
            }
            self.close_marks.mark(exc.errors, titles)
            return
        self._say(self.tr("Case closed."))

    def reopen_case(self) -> None:
        """Open a closed case again, with a reason."""
        if self.incident is None:
            return
        reason, accepted = QInputDialog.getText(
            self, self.tr("Reopen case"), self.tr("Why is the case reopened?")
        )
        if not accepted:
            return
        try:
            self.ctx.injuries.reopen(self.incident.id, reason)
        except ValidationError as exc:
            self.close_marks.mark(exc.errors, {"reason": self.tr("Reason")})
            return
        self._say(self.tr("Case reopened."))

    def _void(self, group: EntryGroup) -> None:
        entry_id = group.selected_id()
        if entry_id is None:
            return
        reason, accepted = QInputDialog.getText(
            self, self.tr("Void entry"), self.tr("Why is this entry voided?")
        )
        if not accepted:
            return
        table = group.table_name
        if group.run(lambda: self.ctx.injuries.void_entry(table, entry_id, reason)):
            self._say(self.tr("Entry voided."))


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
