"""Everything about one household: its address and details, its members, its visits and the
disputes its people are party to (with the visit each came from)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import access
from stationdesk.domain.household_records import Household, Resident, Visit
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_STATUSES,
    RELATIONSHIPS,
    SEXES,
    VISIT_PURPOSES,
)
from stationdesk.errors import NotFoundError, StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.dispute_from_visit import DisputeFromVisitDialog
from stationdesk.ui.forms.dispute_form import FORM_STYLE
from stationdesk.ui.forms.household_dialog import (
    HouseholdCorrectionDialog,
    MemberRow,
    error_label,
    mark_errors,
)
from stationdesk.ui.forms.visit_dialog import VisitDialog
from stationdesk.ui.messages import user_reasons, user_text
from stationdesk.ui.models.household_models import flags_label
from stationdesk.ui.permissions import offer
from stationdesk.ui.widgets.dispute_panel import label, make_label
from stationdesk.ui.widgets.history_view import HistoryView

ID_ROLE = Qt.ItemDataRole.UserRole


def small_table(name: str, titles: Sequence[str]) -> QTableWidget:
    """A read-only list of whole rows."""
    table = QTableWidget(0, len(titles))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(titles))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    """Replace the rows: (record id, cell texts) each."""
    table.setRowCount(len(rows))
    for row, (record_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    if rows:
        table.selectRow(0)


def selected_id(table: QTableWidget) -> int | None:
    """The record id of the selected row."""
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return int(item.data(ID_ROLE)) if item is not None else None


class HouseholdPanel(QWidget):
    """One household on show; buttons record a visit, add a member, open a dispute, print."""

    dispute_opened = Signal(int)
    print_card = Signal(int)
    print_visit = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household: Household | None = None
        self.setStyleSheet(FORM_STYLE)
        self.heading = make_label("panelHeading")
        self.details = make_label("panelNote")
        self.members = small_table(
            "householdMembers",
            [
                self.tr("Relationship"),
                self.tr("Name"),
                self.tr("Sex"),
                self.tr("ID number"),
                self.tr("Phone"),
                self.tr("Flags"),
                self.tr("Moved in / out"),
            ],
        )
        self.visits = small_table(
            "householdVisits",
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Purpose"),
                self.tr("Officers"),
                self.tr("App"),
                self.tr("Dispute"),
                self.tr("Found"),
            ],
        )
        self.disputes = small_table(
            "householdDisputes",
            [
                self.tr("No."),
                self.tr("Received"),
                self.tr("Category"),
                self.tr("Status"),
                self.tr("From visit"),
                self.tr("Summary"),
            ],
        )
        self.household_history = HistoryView(ctx.store)
        self.household_history.setObjectName("householdHistory")
        self.visit_history = HistoryView(ctx.store)
        self.visit_history.setObjectName("visitHistory")
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.disputes, self.tr("Disputes its people are party to"))
        self.lower_tabs.addTab(self.household_history, self.tr("Household history"))
        self.lower_tabs.addTab(self.visit_history, self.tr("History of the visit"))
        self.visit_button = QPushButton(self.tr("Record a &visit"))
        self.correct_button = QPushButton(self.tr("Co&rrect household…"))
        self.void_button = QPushButton(self.tr("Void household…"))
        self.void_member_button = QPushButton(self.tr("Void member…"))
        self.member_button = QPushButton(self.tr("Add &member"))
        self.edit_member_button = QPushButton(self.tr("&Edit member…"))
        self.move_out_button = QPushButton(self.tr("Member moves ou&t…"))
        self.dispute_button = QPushButton(self.tr("Open a &dispute from this visit"))
        self.print_visit_button = QPushButton(self.tr("&Print visit record"))
        self.void_visit_button = QPushButton(self.tr("Void visit…"))
        self.card_button = QPushButton(self.tr("Print household &card"))
        self.message = make_label("formMessage")
        self.read_only_note = make_label("lockedNote")
        self.read_only_note.hide()
        self._lay_out()
        self.visit_button.clicked.connect(self.record_visit)
        self.correct_button.clicked.connect(self.correct_household)
        self.void_button.clicked.connect(self.void_household)
        self.void_member_button.clicked.connect(self.void_member)
        self.member_button.clicked.connect(self.add_member)
        self.move_out_button.clicked.connect(self.move_out)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.members.activated.connect(self.edit_member)
        self.dispute_button.clicked.connect(self.open_dispute)
        self.print_visit_button.clicked.connect(self._print_visit)
        self.void_visit_button.clicked.connect(self.void_visit)
        self.card_button.clicked.connect(self._print_card)
        self.visits.itemSelectionChanged.connect(self._visit_chosen)
        self.show_household(None)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for button in (self.visit_button, self.correct_button, self.card_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.void_button)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(QLabel(self.tr("<b>Members</b>")))
        member_buttons.addStretch(1)
        for button in (
            self.member_button,
            self.edit_member_button,
            self.move_out_button,
            self.void_member_button,
        ):
            member_buttons.addWidget(button)
        visit_buttons = QHBoxLayout()
        visit_buttons.addWidget(QLabel(self.tr("<b>Visits</b>")))
        visit_buttons.addStretch(1)
        visit_buttons.addWidget(self.dispute_button)
        visit_buttons.addWidget(self.print_visit_button)
        visit_buttons.addWidget(self.void_visit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.details)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(member_buttons)
        layout.addWidget(self.members, 2)
        layout.addLayout(visit_buttons)
        layout.addWidget(self.visits, 3)
        layout.addWidget(self.lower_tabs, 3)

    # -- showing -----------------------------------------------------------------------
    def show_household(self, household_id: int | None, message: str = "") -> None:
        """Show a household (None: nothing chosen)."""
        try:
            self.household = (
                self.ctx.households.get(household_id) if household_id is not None else None
            )
        except NotFoundError:
            self.household = None
        household = self.household
        self.message.setText(message)
        self.message.setStyleSheet("")
        self.message.setVisible(bool(message))
        if household is None:
            self.heading.setText(self.tr("Choose a household in the list, or press Ctrl+N."))
            self.details.setText("")
            for table in (self.members, self.visits, self.disputes):
                table.setRowCount(0)
            self.household_history.show_record("households", None)
            self._visit_chosen()
            return
        self.heading.setText(
            self.tr("Household No. %1").replace("%1", str(household.id))
            + f"  ·  {household.address.text()}"
        )
        self.details.setText(self._details(household))
        fill_table(self.members, [(m.id, self._member_cells(m)) for m in household.members])
        visits = self.ctx.households.visits_of(household.id)
        fill_table(self.visits, [(v.id, self._visit_cells(v)) for v in visits])
        fill_table(self.disputes, self._dispute_rows(household.id))
        self.household_history.show_record("households", household.id)
        self._visit_chosen()

    def _details(self, household: Household) -> str:
        parts = [
            self.ctx.grids.path_name(household.grid_id),
            self.tr("registered %1").replace("%1", household.registered_on),
        ]
        if household.phone:
            parts.append(household.phone)
        if household.notes:
            parts.append(household.notes)
        if household.flags:
            parts.append(flags_label(household.flags))
        if household.voided_at is not None:
            parts.insert(0, self.tr("VOID: %1").replace("%1", household.void_reason or ""))
        return "  ·  ".join(parts)

    def _member_cells(self, member: Resident) -> list[str]:
        person = member.person
        moved = member.moved_in_on or ""
        if member.moved_out_on:
            moved += " → " + member.moved_out_on
        return [
            label(RELATIONSHIPS[member.relationship]),
            person.name,
            label(SEXES[person.sex]) if person.sex in SEXES else "",
            person.id_number or "",
            person.phone,
            flags_label(member.flags),
            moved,
        ]

    def _visit_cells(self, visit: Visit) -> list[str]:
        officers = [self.ctx.roster.get(officer).name for officer in visit.officer_ids]
        disputes = self.ctx.households.disputes_from(visit.id)
        return [
            str(visit.id),
            visit.visited_on,
            label(VISIT_PURPOSES[visit.purpose]),
            "、".join(officers),
            self.tr("installed") if visit.anti_fraud_app else "",
            "、".join(str(d) for d in disputes),
            " ".join(visit.found.split()),
        ]

    def _dispute_rows(self, household_id: int) -> list[tuple[int, list[str]]]:
        rows = []
        for dispute_id in self.ctx.households.disputes_of(household_id):
            dispute = self.ctx.disputes.get(dispute_id)
            rows.append(
                (
                    dispute.id,
                    [
                        str(dispute.id),
                        dispute.received_on,
                        label(DISPUTE_CATEGORIES[dispute.category]),
                        label(DISPUTE_STATUSES[dispute.status]),
                        str(dispute.source_visit_id or ""),
                        " ".join(dispute.summary.split()),
                    ],
                )
            )
        return rows

    def _visit_chosen(self) -> None:
        self.visit_history.show_record("visits", selected_id(self.visits))
        self._update_buttons()

    def _update_buttons(self) -> None:
        household = self.household
        shown = household is not None and household.voided_at is None
        has_visit = shown and selected_id(self.visits) is not None
        permissions = self.ctx.permissions
        editing = permissions.records("households", household.id if household else None)
        printing = permissions.may(access.PRINT_RECORDS)
        self.read_only_note.setText(editing.why_not)
        self.read_only_note.setVisible(household is not None and not editing.allowed)
        for button in (
            self.visit_button,
            self.correct_button,
            self.void_button,
            self.void_member_button,
            self.member_button,
            self.edit_member_button,
            self.move_out_button,
        ):
            offer(button, editing, shown)
        for button in (self.dispute_button, self.void_visit_button):
            offer(button, editing, has_visit)
        offer(self.card_button, printing, shown)
        offer(self.print_visit_button, printing, has_visit)

    def select_visit(self, visit_id: int) -> None:
        """Make a visit the selected one."""
        for row in range(self.visits.rowCount()):
            item = self.visits.item(row, 0)
            if item is not None and item.data(ID_ROLE) == visit_id:
                self.visits.selectRow(row)

    # -- actions -----------------------------------------------------------------------
    def record_visit(self) -> int | None:
        """Record a visit to the household shown."""
        if self.household is None:
            return None
        visit_id, saved = VisitDialog.record(self.ctx, self.household.id, self)
        if saved and visit_id is not None:
            self.show_household(
                self.household.id, self.tr("Saved visit No. %1.").replace("%1", str(visit_id))
            )
            self.select_visit(visit_id)
        return visit_id

    def add_member(self) -> int | None:
        """A new member moves in."""
        if self.household is None:
            return None
        resident_id, saved = MemberDialog.add(self.ctx, self.household.id, self)
        if saved:
            self.show_household(self.household.id, self.tr("Member added."))
        return resident_id

    def edit_member(self, *_args: object) -> bool:
        """Correct the selected member's relationship, flags and personal details."""
        resident_id = selected_id(self.members)
        if self.household is None or resident_id is None or not self.edit_member_button.isEnabled():
            return False
        resident = self.ctx.households.resident(resident_id)
        if not MemberDialog.edit(self.ctx, resident, self):
            return False
        name = self.ctx.households.people.get(resident.person.id).name
        self.show_household(self.household.id, self.tr("%1 corrected.").replace("%1", name))
        return True

    def correct_household(self) -> bool:
        """Correct the phone, notes or grid of the household shown."""
        if self.household is None:
            return False
        if not HouseholdCorrectionDialog.correct(self.ctx, self.household, self):
            return False
        self.show_household(self.household.id, self.tr("Household corrected."))
        return True

    def void_household(self) -> bool:
        """Void the household shown, registered by mistake, with a reason."""
        if self.household is None:
            return False
        household_id = self.household.id
        reason = self._ask_reason(
            self.tr("Void household No. %1").replace("%1", str(household_id)),
            self.tr(
                "Why is this household voided? It stays on file, marked void, with its members."
            ),
        )
        if reason is None or not self._act(lambda: self.ctx.households.void(household_id, reason)):
            return False
        self.show_household(None)
        self.show_message(self.tr("Household No. %1 voided.").replace("%1", str(household_id)))
        return True

    def void_member(self) -> bool:
        """Void the selected member, added by mistake (they never lived here)."""
        resident_id = selected_id(self.members)
        if self.household is None or resident_id is None or not self.edit_member_button.isEnabled():
            return False
        name = self.ctx.households.resident(resident_id).person.name
        reason = self._ask_reason(
            self.tr("Void member %1").replace("%1", name),
            self.tr(
                "Why is %1 voided? Use this only for a member added by mistake;"
                " someone who left moves out instead."
            ).replace("%1", name),
        )
        if reason is None or not self._act(
            lambda: self.ctx.households.void_member(resident_id, reason)
        ):
            return False
        self.show_household(self.household.id, self.tr("%1 voided.").replace("%1", name))
        return True

    def _ask_reason(self, title: str, prompt: str) -> str | None:
        """The reason typed for voiding, or None when cancelled."""
        reason, accepted = QInputDialog.getText(self, title, prompt)
        return reason if accepted else None

    def _act(self, action: Callable[[], object]) -> bool:
        """Run a change; if refused, say why in red and return False."""
        try:
            action()
        except StationDeskError as exc:
            reasons = user_reasons(exc)
            self.show_problem("\n".join(reasons))
            return False
        return True

    def move_out(self) -> bool:
        """The selected member moves out on the day typed (today unless changed)."""
        resident_id = selected_id(self.members)
        if self.household is None or resident_id is None or not self.edit_member_button.isEnabled():
            return False
        name = self.ctx.households.resident(resident_id).person.name
        day, accepted = QInputDialog.getText(
            self,
            self.tr("Move out"),
            self.tr("Day %1 moved out (YYYY-MM-DD):").replace("%1", name),
            text=self.ctx.households.today().isoformat(),
        )
        if not accepted or not self._act(
            lambda: self.ctx.households.move_out(resident_id, day.strip())
        ):
            return False
        self.show_household(self.household.id, self.tr("%1 moved out.").replace("%1", name))
        return True

    def void_visit(self) -> bool:
        """Void the selected visit, entered by mistake, with a reason."""
        visit_id = selected_id(self.visits)
        if self.household is None or visit_id is None:
            return False
        reason = self._ask_reason(
            self.tr("Void visit No. %1").replace("%1", str(visit_id)),
            self.tr("Why is this visit voided? It stays on file, marked void."),
        )
        if reason is None or not self._act(
            lambda: self.ctx.households.void_visit(visit_id, reason)
        ):
            return False
        self.show_household(
            self.household.id, self.tr("Visit No. %1 voided.").replace("%1", str(visit_id))
        )
        return True

    def show_message(self, text: str) -> None:
        """Say what was just done."""
        self.message.setText(text)
        self.message.setStyleSheet("")
        self.message.show()

    def show_problem(self, text: str) -> None:
        """Say in red why an action was refused."""
        self.message.setText(self.tr("Not saved: %1").replace("%1", text))
        self.message.setStyleSheet("color: #b00020;")
        self.message.show()

    def open_dispute(self) -> int | None:
        """Open a dispute from the selected visit, the household's people as its parties."""
        visit_id = selected_id(self.visits)
        if self.household is None or visit_id is None:
            return None
        dispute_id, saved = DisputeFromVisitDialog.open_from(self.ctx, visit_id, self)
        if saved and dispute_id is not None:
            self.show_household(
                self.household.id,
                self.tr("Saved dispute No. %1 from visit No. %2.")
                .replace("%1", str(dispute_id))
                .replace("%2", str(visit_id)),
            )
            self.select_visit(visit_id)
            self.dispute_opened.emit(dispute_id)
        return dispute_id

    def _print_visit(self) -> None:
        visit_id = selected_id(self.visits)
        if visit_id is not None:
            self.print_visit.emit(visit_id)

    def _print_card(self) -> None:
        if self.household is not None:
            self.print_card.emit(self.household.id)


class MemberDialog(QDialog):
    """A new member of a household, or the relationship and flags of one on file."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        resident: Resident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.resident = resident
        self.resident_id: int | None = resident.id if resident else None
        title = (
            self.tr("New member of household No. %1")
            if resident is None
            else self.tr("Member of household No. %1")
        )
        self.setWindowTitle(title.replace("%1", str(household_id)))
        self.setStyleSheet(FORM_STYLE)
        self.row = MemberRow(len(ctx.households.get(household_id).living) + 1)
        self.shared = make_label("panelNote")
        self.shared.hide()
        if resident is not None:
            self.row.show_resident(resident)
            self._say_shared(resident)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.row)
        layout.addWidget(self.shared)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.row.name if resident is None else self.row.relationship).setFocus()

    def _say_shared(self, resident: Resident) -> None:
        """Say when the person is also party to disputes: a correction shows there too."""
        disputes = self.ctx.disputes.disputes_of(resident.person.id)
        if not disputes:
            return
        self.shared.setText(
            self.tr("%1 is also party to %2 dispute(s) (No. %3): corrections show there too.")
            .replace("%1", resident.person.name)
            .replace("%2", str(len(disputes)))
            .replace("%3", "、".join(str(d) for d in disputes))
        )
        self.shared.show()

    def save(self) -> int | None:
        """Add the member (or correct them); on bad input mark the fields, keep the dialog open."""
        member = self.row.read()
        try:
            if self.resident is None:
                self.resident_id = self.ctx.households.add_member(self.household_id, member)
            else:
                self.ctx.households.update_member(
                    self.resident.id, member.relationship, member.flags, member.person
                )
        except ValidationError as exc:
            mark_errors(self.row.field_widgets(), self.error, exc.errors)
            return None
        except StationDeskError as exc:
            self.error.setText(user_text(exc))
            self.error.show()
            return None
        self.accept()
        return self.resident_id

    @classmethod
    def add(
        cls, ctx: AppContext, household_id: int, parent: QWidget | None = None
    ) -> tuple[int | None, bool]:
        """Open the dialog for a new member; (the new resident's id, True) once saved."""
        dialog = cls(ctx, household_id, None, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.resident_id, accepted

    @classmethod
    def edit(cls, ctx: AppContext, resident: Resident, parent: QWidget | None = None) -> bool:
        """Open the dialog on a member; True once saved."""
        dialog = cls(ctx, resident.household_id, resident, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
