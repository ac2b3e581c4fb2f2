"""What the intake form does: its choices, finding people as one types, live checks and saving."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from stationdesk.domain import idnumbers
from stationdesk.domain.dispute_records import DEADLINE_DAYS, Dispute, DisputeInput
from stationdesk.domain.disputes import INTAKE_FIELDS
from stationdesk.domain.grids import grid_paths
from stationdesk.domain.labels import RISK_GRADE_HINTS, SEXES
from stationdesk.domain.people import Person
from stationdesk.errors import ConflictError, NotFoundError, StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.dispute_form import DisputeForm, PartyRow, choose, person_line, set_flag
from stationdesk.ui.messages import user_text
from stationdesk.ui.permissions import show_if
from stationdesk.ui.widgets.dispute_panel import label, set_invalid

SEARCH_DELAY_MS = 150
DISPUTE_LEVELS = (2, 3)

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Cancel = QMessageBox.StandardButton.Cancel


class IntakeController(QObject):
    """Drives a DisputeForm over the dispute and people services."""

    saved = Signal(int)

    def __init__(
        self, ctx: AppContext, form: DisputeForm, parent: QWidget, dispute_id: int | None = None
    ) -> None:
        """Drive `form`, showing the dispute `dispute_id` (None: an empty form)."""
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.window = parent
        self.dispute: Dispute | None = None
        self.draft_source: int | None = None
        self.amending = False
        self._loading = False
        self._received = QDate()
        self._searches: dict[PartyRow, tuple[QTimer, list[QLineEdit]]] = {}
        form.party_added.connect(self._hook_party)
        for row in form.parties:
            self._hook_party(row)
        form.edited.connect(self._update_dirty_note)
        form.received_on.dateChanged.connect(self._on_received_changed)
        form.deadline.dateChanged.connect(self._update_days_left)
        form.grid.currentIndexChanged.connect(self._on_grid_chosen)
        form.grade_group.buttonToggled.connect(self._update_grade_hint)
        form.save_button.clicked.connect(self.save)
        form.amend_button.clicked.connect(self.start_amend)
        self.show(dispute_id)  # reads the choices too

    # -- choices -------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """The grids and officers on offer (the dispute's own officer even if they left)."""
        shown_grid = self.dispute.grid_id if self.dispute else None
        paths = grid_paths(self.ctx.grids.all(), DISPUTE_LEVELS)
        self.form.set_grid_options(self.ctx.permissions.writable_grids(paths, shown_grid))
        current = self.dispute.officer_id if self.dispute else None
        officers = [
            (o.id, o.name)
            for o in self.ctx.roster.officers(include_left=True)
            if o.active or o.id == current
        ]
        self.form.set_officer_options(officers)

    def today(self) -> QDate:
        """The service's today as a QDate."""
        day = self.ctx.disputes.today()
        return QDate(day.year, day.month, day.day)

    # -- showing -------------------------------------------------------------------
    def show(self, dispute_id: int | None, message: str = "") -> None:
        """Load a dispute (None: an empty form for a new one)."""
        try:
            self.dispute = self.ctx.disputes.get(dispute_id) if dispute_id is not None else None
        except NotFoundError:
            self.dispute = None
        self.draft_source = None
        self.amending = False
        self._loading = True
        try:
            self.refresh_choices()
            self.form.load(self.dispute, self.today())
            self._received = self.form.received_on.date()
            for row in self.form.parties:
                self._check_id(row)
        finally:
            self._loading = False
        self._show_state()
        self.form.show_message(message)
        self._snapshot = self.read()
        self._update_days_left()
        self._update_grade_hint()
        self._update_dirty_note()

    def _show_state(self) -> None:
        dispute = self.dispute
        editing = self.ctx.permissions.records("disputes", dispute.id if dispute else None)
        locked = dispute is not None and (dispute.locked or dispute.voided_at is not None)
        self.form.set_read_only(locked or not editing.allowed)
        show_if((self.form.save_button, self.form.cancel_button), editing)
        self.form.save_button.setText(self.tr("Save"))
        self.form.heading.setText(self._heading())
        note = self._locked_text() or editing.why_not
        self.form.locked_note.setText(note)
        self.form.locked_note.setVisible(bool(note))
        self.form.amend_button.setVisible(
            dispute is not None and dispute.locked and dispute.voided_at is None and editing.allowed
        )
        self.form.amend_button.setEnabled(True)

    def start_from(self, draft: DisputeInput, people: list[Person]) -> None:
        """A new dispute prefilled from a draft (one found on a household visit), its people
        as the parties; the user completes it and saves."""
        self.show(None)
        self._loading = True
        try:
            self.form.fill_draft(draft, people, self.today())
            self._received = self.form.received_on.date()
            for row in self.form.parties:
                self._check_id(row)
        finally:
            self._loading = False
        self.draft_source = draft.source_visit_id
        self.form.heading.setText(self._heading())
        self._update_days_left()
        self._update_grade_hint()
        self._update_dirty_note()

    def _heading(self) -> str:
        source = self.dispute.source_visit_id if self.dispute else self.draft_source
        found = self.tr("  ·  found on visit No. %1").replace("%1", str(source)) if source else ""
        if self.dispute is None:
            return self.tr("New dispute") + found
        names = "、".join(p.person.name for p in self.dispute.parties)
        return (
            self.tr("Dispute No. %1").replace("%1", str(self.dispute.id)) + f"  ·  {names}" + found
        )

    def _locked_text(self) -> str:
        dispute = self.dispute
        if dispute is None:
            return ""
        if dispute.voided_at is not None:
            return self.tr("Voided: %1").replace("%1", dispute.void_reason or "")
        if not dispute.locked:
            return ""
        return (
            self.tr("Signed off by the chief on %1 (%2) — corrections go through an amendment.")
            .replace("%1", dispute.confirmed_on or "")
            .replace("%2", dispute.confirmed_by or "")
        )

    def read(self) -> DisputeInput:
        """The form's values, keeping what the form does not show (the visit it came from)."""
        source = self.dispute.source_visit_id if self.dispute else self.draft_source
        return replace(self.form.read(), source_visit_id=source)

    def is_dirty(self) -> bool:
        """True when the form differs from what was loaded."""
        return self.read() != self._snapshot

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop it."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("You have not saved your changes to this dispute. Discard them?"),
            Yes | No,
            No,
        )
        return answer == Yes

    def _update_dirty_note(self) -> None:
        if not self._loading:
            self.form.dirty_note.setVisible(self.is_dirty())

    # -- live behaviour -------------------------------------------------------------
    def _on_received_changed(self, received: QDate) -> None:
        """A deadline still at its default follows the received date."""
        if not self._loading and self.form.deadline.date() == self._received.addDays(DEADLINE_DAYS):
            self.form.deadline.setDate(received.addDays(DEADLINE_DAYS))
        self._received = received
        self._update_days_left()

    def _update_days_left(self, *_args: object) -> None:
        deadline, received = self.form.deadline.date(), self.form.received_on.date()
        days = self.today().daysTo(deadline)
        closed = self.dispute is not None and not self.dispute.is_open
        bad = deadline < received or (days < 0 and not closed)
        if deadline < received:
            text = self.tr("before the day it was received")
        elif closed:
            text = ""
        elif days < 0:
            text = self.tr("overdue by %1 days").replace("%1", str(-days))
        elif days == 0:
            text = self.tr("due today")
        else:
            text = self.tr("%1 days left").replace("%1", str(days))
        self.form.days_left.setText(text)
        set_flag(self.form.days_left, "bad", bad)

    def _update_grade_hint(self, *_args: object) -> None:
        grade = self.form.grade()
        self.form.grade_hint.setText(label(RISK_GRADE_HINTS[grade]) if grade else "")

    def _on_grid_chosen(self, _index: int) -> None:
        """A grid chosen by hand brings its responsible officer."""
        grid_id = self.form.grid_id()
        if self._loading or grid_id is None or not self.form.officer.isEnabled():
            return
        officers = self.ctx.roster.responsible_for(grid_id)
        if officers:
            choose(self.form.officer, officers[0].id)

    # -- parties -------------------------------------------------------------------
    def _hook_party(self, row: PartyRow) -> None:
        timer = QTimer(row)
        timer.setSingleShot(True)
        timer.setInterval(SEARCH_DELAY_MS)
        typed: list[QLineEdit] = []
        self._searches[row] = (timer, typed)
        timer.timeout.connect(partial(self._search, row))
        for line in (row.name, row.id_number, row.phone):
            line.textEdited.connect(partial(self._typed, row, line))
        row.id_number.textChanged.connect(partial(self._check_id, row))
        row.person_chosen.connect(self._on_person_chosen)
        row.destroyed.connect(partial(self._searches.pop, row, None))

    def _typed(self, row: PartyRow, line: QLineEdit, _text: str) -> None:
        timer, typed = self._searches[row]
        typed[:] = [line]
        timer.start()

    def _search(self, row: PartyRow) -> None:
        """Offer the people on file matching what was just typed."""
        _timer, typed = self._searches.get(row, (None, []))
        if not typed or row.person_id is not None or not typed[0].hasFocus():
            return
        text = typed[0].text().strip()
        taken = {r.person_id for r in self.form.parties if r is not row}
        people = [p for p in self.ctx.people.find(text) if p.id not in taken] if text else []
        row.offer(people, typed[0])

    def _on_person_chosen(self, row: PartyRow, person_id: int) -> None:
        try:
            person = self.ctx.people.get(person_id)
        except NotFoundError:
            return
        row.fill(person)
        row.phone.setFocus()

    def _check_id(self, row: PartyRow, *_args: object) -> None:
        """Mark a wrong ID number as it is typed; show the birth date and sex it gives."""
        number = idnumbers.normalize(row.id_number.text())
        reason = idnumbers.problem(number, today=self.ctx.disputes.today()) if number else None
        if number and len(number) < idnumbers.LENGTH:
            reason = None
            text = self.tr("%1 of 18 characters").replace("%1", str(len(number)))
        elif reason:
            text = user_text(reason)
        elif number:
            sex = idnumbers.sex_of(number)
            born = idnumbers.birth_date_of(number).isoformat()
            text = self.tr("Born %1 · %2").replace("%1", born).replace("%2", label(SEXES[sex]))
            choose(row.sex, sex)
        else:
            text = ""
        set_invalid(row.id_number, reason)
        row.id_info.setText(text)
        row.id_info.setVisible(bool(text))
        set_flag(row.id_info, "bad", bool(reason))

    def _settle_duplicates(self) -> bool:
        """Point out new parties who look like people on file; False to stop saving."""
        for number, row in enumerate(self.form.parties, start=1):
            if row.person_id is not None or not row.name.text().strip():
                continue
            found = self.ctx.people.likely_duplicates(row.person_input())
            if not found:
                continue
            answer = QMessageBox.question(
                self.window,
                self.tr("Already on file?"),
                self.tr("Party %1 (%2) looks like a person already on file:")
                .replace("%1", str(number))
                .replace("%2", row.name.text().strip())
                + "\n"
                + "\n".join(f"•  {person_line(p)}" for p in found)
                + "\n\n"
                + self.tr("Use the existing record?"),
                Yes | No | Cancel,
                Yes,
            )
            if answer == Cancel:
                return False
            if answer == Yes:
                row.fill(found[0])
        return True

    # -- saving --------------------------------------------------------------------
    def save(self) -> int | None:
        """Save the form through the dispute service; the dispute's id, or None."""
        if self.amending:
            return self._save_amendment()
        hidden = self.form.save_button.isHidden()
        if hidden or (self.dispute is not None and not self.form.save_button.isEnabled()):
            return None
        if not self._settle_duplicates():
            return None
        data = self.read()
        try:
            if self.dispute is None:
                dispute_id = self.ctx.disputes.create(data)
            else:
                dispute_id = self.dispute.id
                self.ctx.disputes.update(dispute_id, data, self.dispute.version)
        except ConflictError:
            self._warn_conflict()
            return None
        except ValidationError as exc:
            self.form.mark_errors(exc.errors)
            return None
        except StationDeskError as exc:
            self.form.mark_errors({self._refused_field(data.grid_id): str(exc)})
            return None
        self._saved(dispute_id, self.tr("Saved dispute No. %1.").replace("%1", str(dispute_id)))
        return dispute_id

    def _refused_field(self, grid_id: int | None) -> str:
        """The field a refused save points at: the grid, when it is not one of the signed-in
        instructor's grids; else the record as a whole."""
        own = self.ctx.permissions.own_grids()
        return "grid_id" if own and grid_id not in own else "record"

    def _saved(self, dispute_id: int, message: str) -> None:
        self.show(dispute_id, message)
        self.saved.emit(dispute_id)

    def _warn_conflict(self) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Not saved"),
            self.tr(
                "This dispute was changed by someone else since you opened it, so your changes"
                " are not saved and theirs are kept. Press Esc to see their version, then make"
                " your changes again."
            ),
        )

    def start_amend(self) -> None:
        """Unlock the details of a signed-off dispute for an amendment (not the parties)."""
        if self.dispute is None or not self.dispute.locked:
            return
        self.amending = True
        self.form.set_read_only(False, parties_too=False)
        self.form.save_button.setText(self.tr("Save amendment…"))
        self.form.amend_button.setEnabled(False)
        self.form.locked_note.setText(
            self.tr("Amending a signed-off dispute: change the details, then save with a reason.")
        )
        self.form.received_on.setFocus()

    def amended_fields(self) -> dict[str, Any]:
        """The intake details changed in the form, as the service's amend() takes them."""
        assert self.dispute is not None
        values = self.read().cleaned()
        return {
            name: values[name]
            for name in INTAKE_FIELDS
            if values[name] != getattr(self.dispute, name)
        }

    def _save_amendment(self) -> int | None:
        assert self.dispute is not None
        changes = self.amended_fields()
        if not changes:
            self.form.mark_errors({"changes": self.tr("change a detail first")})
            return None
        reason, accepted = QInputDialog.getText(
            self.window,
            self.tr("Amend dispute No. %1").replace("%1", str(self.dispute.id)),
            self.tr("Why is the signed-off record corrected?"),
        )
        if not accepted:
            return None
        try:
            self.ctx.disputes.amend(
                self.dispute.id, reason, changes, expected_version=self.dispute.version
            )
        except ConflictError:
            self._warn_conflict()
            return None
        except StationDeskError as exc:
            errors = exc.errors if isinstance(exc, ValidationError) else {"record": str(exc)}
            self.form.mark_errors(errors)
            return None
        self._saved(self.dispute.id, self.tr("Amendment saved."))
        return self.dispute.id
