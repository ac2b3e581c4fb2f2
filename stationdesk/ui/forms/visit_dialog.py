"""Recording a visit to a household: when, who went, why, what was found, the anti-fraud app,
and whether a follow-up is needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.household_records import VisitInput
from stationdesk.domain.labels import VISIT_PURPOSES
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.dispute_form import FORM_STYLE
from stationdesk.ui.forms.household_dialog import combo_of, qdate
from stationdesk.ui.messages import user_errors, user_text
from stationdesk.ui.widgets.dispute_panel import date_edit, make_label, set_invalid, text_box

OFFICER_ROLE = Qt.ItemDataRole.UserRole


class VisitDialog(QDialog):
    """A visit to one household; the officers responsible for its grid come ticked."""

    def __init__(self, ctx: AppContext, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.visit_id: int | None = None
        household = ctx.households.get(household_id)
        self.setWindowTitle(self.tr("Visit to household No. %1").replace("%1", str(household_id)))
        self.setStyleSheet(FORM_STYLE)
        self.heading = make_label("panelHeading")
        head = household.head
        self.heading.setText(
            f"{household.address.text()}  ·  {head.person.name if head else ''}".strip(" ·")
        )
        self.visited_on = date_edit()
        self.visited_on.setDate(qdate(ctx.households.today()))
        self.purpose = combo_of(VISIT_PURPOSES)
        self.officers = self._officer_list(household.grid_id)
        self.found = text_box(self.tr("What was found: problems, risks, disputes"), 80)
        self.app = QCheckBox(self.tr("The national anti-fraud app was installed on this visit"))
        self.followup = QCheckBox(self.tr("Follow-up needed"))
        self.followup_note = QLineEdit()
        self.followup_note.setPlaceholderText(self.tr("What follow-up, by when"))
        self.followup_note.setEnabled(False)
        self.followup.toggled.connect(self.followup_note.setEnabled)
        self.error = make_label("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._lay_out()
        self.visited_on.setFocus()
        self.resize(560, 560)

    def _officer_list(self, grid_id: int) -> QListWidget:
        responsible = {o.id for o in self.ctx.roster.responsible_for(grid_id)}
        parent = self.ctx.grids.get(grid_id).parent_id
        if not responsible and parent is not None:
            responsible = {o.id for o in self.ctx.roster.responsible_for(parent)}
        officers = QListWidget()
        officers.setObjectName("visitOfficers")
        serving = self.ctx.roster.officers(include_left=False)
        for officer in sorted(serving, key=lambda o: o.id not in responsible):
            item = QListWidgetItem(f"{officer.name} ({officer.badge_no})", officers)
            item.setData(OFFICER_ROLE, officer.id)
            ticked = officer.id in responsible
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        officers.setMaximumHeight(130)
        return officers

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.visited_on)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Officers (Space ticks)"), self.officers)
        form.addRow(self.tr("&Found"), self.found)
        form.addRow("", self.app)
        form.addRow("", self.followup)
        form.addRow(self.tr("Follow-up"), self.followup_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def officer_ids(self) -> tuple[int, ...]:
        """The officers ticked."""
        items = [self.officers.item(row) for row in range(self.officers.count())]
        return tuple(
            int(item.data(OFFICER_ROLE))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def read(self) -> VisitInput:
        """What the form holds, as the service takes it."""
        return VisitInput(
            household_id=self.household_id,
            visited_on=self.visited_on.date().toString("yyyy-MM-dd"),
            purpose=str(self.purpose.currentData()),
            officer_ids=self.officer_ids(),
            found=self.found.toPlainText(),
            anti_fraud_app=self.app.isChecked(),
            followup_needed=self.followup.isChecked(),
            followup_note=self.followup_note.text(),
        )

    def save(self) -> int | None:
        """Record the visit; on bad input mark the fields and keep the dialog open."""
        try:
            self.visit_id = self.ctx.households.record_visit(self.read())
        except ValidationError as exc:
            self.mark_errors(exc.errors)
            return None
        except StationDeskError as exc:
            self.mark_errors({"record": user_text(exc)})
            return None
        self.accept()
        return self.visit_id

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Outline each bad field and list the reasons."""
        widgets: dict[str, QWidget] = {
            "visited_on": self.visited_on,
            "purpose": self.purpose,
            "officer_ids": self.officers,
            "found": self.found,
            "followup_note": self.followup_note,
        }
        errors = user_errors(errors)
        for widget in widgets.values():
            set_invalid(widget, None)
        for name, reason in errors.items():
            if name in widgets:
                set_invalid(widgets[name], reason)
        self.error.setText(
            self.tr("Not saved. Please correct:") + "\n" + "\n".join(errors.values())
        )
        self.error.show()
        first = next((widgets[n] for n in errors if n in widgets), None)
        if first is not None:
            first.setFocus()

    @classmethod
    def record(
        cls, ctx: AppContext, household_id: int, parent: QWidget | None = None
    ) -> tuple[int | None, bool]:
        """Open the dialog; (the new visit's id, True) once saved."""
        dialog = cls(ctx, household_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.visit_id, accepted
