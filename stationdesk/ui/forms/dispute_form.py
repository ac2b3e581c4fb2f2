"""The dispute intake form: widgets and their layout, reading and showing one dispute.

Behaviour (choices, finding people, checks, saving) lives in `dispute_intake.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.dispute_records import Dispute, DisputeInput, PartyInput
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    PARTY_ROLES,
    RECEIVED_HOW,
    RISK_GRADE_HINTS,
    RISK_GRADES,
    SEXES,
)
from stationdesk.domain.people import Person, PersonInput
from stationdesk.ui.messages import titled, user_errors
from stationdesk.ui.widgets.dispute_panel import (
    INVALID_EXTRA,
    PANEL_STYLE,
    date_edit,
    label,
    make_label,
    set_invalid,
    text_box,
)

PERSON_ROLE = Qt.ItemDataRole.UserRole
FORM_STYLE = (
    PANEL_STYLE
    + INVALID_EXTRA
    + """
QFrame#partyRow { border: 1px solid palette(mid); border-radius: 4px; }
QFrame#partyRow[invalid="true"] { border: 2px solid #c62828; background: #fff5f5; }
QLabel#partyTitle { font-weight: bold; }
QLabel#idInfo { color: #555; }
QLabel#idInfo[bad="true"] { color: #b00020; }
QLabel#knownPerson { color: #1b5e20; }
QLabel#daysLeft { color: #555; }
QLabel#daysLeft[bad="true"] { color: #b00020; font-weight: bold; }
QLabel#formDirty { color: #8a6d00; }
"""
)


def _narrow(combo: QComboBox, length: int = 8) -> QComboBox:
    """A combo box whose width does not follow its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(length)
    return combo


def _combo(choices: dict[str, str]) -> QComboBox:
    combo = _narrow(QComboBox())
    for code, text in choices.items():
        combo.addItem(label(text), code)
    return combo


def choose(combo: QComboBox, data: object) -> None:
    """Pick the item holding `data` (the first item when none does)."""
    combo.setCurrentIndex(max(0, combo.findData(data)))


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a style property and repolish, when it changes (unset counts as false)."""
    if bool(widget.property(name)) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PartyRow(QFrame):
    """One party: role, name, sex, ID number, phone, address; maybe a person already on file."""

    removed = Signal(object)
    person_chosen = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyRow")
        self.person_id: int | None = None
        self.known: PersonInput | None = None
        self._make_fields()
        self._make_matches()
        self._lay_out()

    def _make_fields(self) -> None:
        self.title = make_label("partyTitle")
        self.role = _combo(PARTY_ROLES)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("Name, or search by ID number or phone"))
        self.sex = _narrow(QComboBox(), 4)
        self.sex.addItem("—", "")
        for code, text in SEXES.items():
            self.sex.addItem(label(text), code)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(20)
        self.id_number.setPlaceholderText(self.tr("18 digits, the last may be X"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.address = QLineEdit()
        self.address.setMaxLength(200)
        self.id_info = make_label("idInfo")
        self.known_note = QLabel()
        self.known_note.setObjectName("knownPerson")
        self.unlink_button = QToolButton()
        self.unlink_button.setText(self.tr("Not this person"))
        self.unlink_button.setToolTip(self.tr("Enter a new person instead of the one on file"))
        self.unlink_button.clicked.connect(self.unlink)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this party"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))

    def _make_matches(self) -> None:
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self)
        proxy = QSortFilterProxyModel(self)  # unfiltered: the service found them
        proxy.setSourceModel(self.matches)
        self.completer.setModel(proxy)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        popup = self.completer.popup()
        assert popup is not None
        popup.setObjectName("personMatches")
        self.popup = popup
        self.completer.activated[QModelIndex].connect(self._on_match)  # type: ignore[index]

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.role)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        grid.addLayout(top, 0, 0, 1, 4)
        rows = (
            (self.tr("Name"), self.name, self.tr("Sex"), self.sex),
            (self.tr("ID no."), self.id_number, self.tr("Phone"), self.phone),
        )
        for row, (left, left_widget, right, right_widget) in enumerate(rows, start=1):
            _add_pair(grid, row, 0, left, left_widget)
            _add_pair(grid, row, 2, right, right_widget)
        info = QHBoxLayout()
        info.addWidget(self.id_info, 1)
        info.addWidget(self.known_note)
        info.addWidget(self.unlink_button)
        grid.addLayout(info, 3, 1, 1, 3)
        _add_pair(grid, 4, 0, self.tr("Address"), self.address, span=3)
        self._show_known(None)

    def focus_order(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        return [self.role, self.name, self.sex, self.id_number, self.phone, self.address]

    def set_number(self, number: int, removable: bool) -> None:
        """'Party 2'; the remove button only when more than the minimum are listed."""
        self.title.setText(self.tr("Party %1").replace("%1", str(number)))
        self.remove_button.setVisible(removable)

    # -- person on file ---------------------------------------------------------------
    def offer(self, people: Iterable[Person], widget: QLineEdit) -> None:
        """Show the people found for what is typed in `widget` (hides when none)."""
        self.matches.clear()
        for person in people:
            item = QStandardItem(person_line(person))
            item.setData(person.id, PERSON_ROLE)
            self.matches.appendRow(item)
        if self.matches.rowCount() == 0:
            self.popup.hide()
            return
        self.completer.setWidget(widget)
        self.completer.complete(widget.rect())

    def _on_match(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ROLE)
        if isinstance(person_id, int):
            self.person_chosen.emit(self, person_id)

    def fill(self, person: Person) -> None:
        """Take a person on file: their details fill the row and their record is reused."""
        self.person_id = person.id
        self.name.setText(person.name)
        choose(self.sex, person.sex or "")
        self.id_number.setText(person.id_number or "")
        self.phone.setText(person.phone)
        self.address.setText(person.address)
        self.known = self.person_input()
        self._show_known(person)

    def unlink(self) -> None:
        """Treat the row as a new person again."""
        self.person_id, self.known = None, None
        self._show_known(None)

    def _show_known(self, person: Person | None) -> None:
        text = self.tr("On file: person %1").replace("%1", str(person.id)) if person else ""
        self.known_note.setText(text)
        self.known_note.setVisible(person is not None)
        self.unlink_button.setVisible(person is not None)

    # -- values -------------------------------------------------------------------
    def person_input(self) -> PersonInput:
        """The typed details."""
        return PersonInput(
            name=self.name.text(),
            id_number=self.id_number.text(),
            sex=str(self.sex.currentData() or ""),
            phone=self.phone.text(),
            address=self.address.text(),
        )

    def read(self) -> PartyInput:
        """The party as the service takes it: a person on file (maybe corrected) or a new one."""
        typed = self.person_input()
        role = str(self.role.currentData())
        if self.person_id is not None and typed == self.known:
            return PartyInput(role, self.person_id)
        return PartyInput(role, self.person_id, typed)

    def is_blank(self) -> bool:
        """Nothing typed and nobody on file: the row is left out when saving."""
        typed = (self.name, self.id_number, self.phone, self.address)
        return self.person_id is None and not any(line.text().strip() for line in typed)

    def set_read_only(self, read_only: bool) -> None:
        """Lock the row (a signed-off dispute)."""
        for line in (self.name, self.id_number, self.phone, self.address):
            set_flag(line, "readOnly", read_only)  # setReadOnly, restyled to look it
        for combo in (self.role, self.sex):
            combo.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.unlink_button.setEnabled(not read_only)

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each person field a ValidationError may name."""
        return {
            "role": self.role,
            "name": self.name,
            "sex": self.sex,
            "id_number": self.id_number,
            "birth_date": self.id_number,
            "phone": self.phone,
            "address": self.address,
        }


def person_line(person: Person) -> str:
    """'王建国 · 410403198005031234 · 13812345678 · 村西头' as a match lists it."""
    parts = [person.name, person.id_number or "", person.phone, person.address]
    return " · ".join(part for part in parts if part)


def _add_pair(
    grid: QGridLayout, row: int, column: int, text: str, widget: QWidget, *, span: int = 1
) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(widget)
    grid.addWidget(caption, row, column)
    grid.addWidget(widget, row, column + 1, 1, span)
    return caption


class DisputeForm(QWidget):
    """Received (when, how), category, grid, place, summary, risk grade, officer, deadline
    and the parties."""

    edited = Signal()
    party_added = Signal(object)
    MIN_PARTIES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disputeForm")
        self.setStyleSheet(FORM_STYLE)
        self.parties: list[PartyRow] = []
        self._make_fields()
        self._make_footer()
        self._lay_out()
        self._connect_edits()

    # -- construction --------------------------------------------------------------
    def _make_fields(self) -> None:
        self.heading = make_label("panelHeading")
        self.dirty_note = QLabel(self.tr("unsaved changes"))
        self.dirty_note.setObjectName("formDirty")
        self.dirty_note.hide()
        self.locked_note = make_label("lockedNote")
        self.locked_note.hide()
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.setToolTip(self.tr("Correct the signed-off record, giving a reason"))
        self.amend_button.hide()
        self.received_on = date_edit()
        self.received_how = _combo(RECEIVED_HOW)
        self.category = _combo(DISPUTE_CATEGORIES)
        self.grid = _narrow(QComboBox(), 20)
        self.grid.setEditable(True)
        self.grid.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line, completer = self.grid.lineEdit(), self.grid.completer()
        assert line is not None and completer is not None
        line.setPlaceholderText(self.tr("Type to find a village or grid"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.summary = text_box(self.tr("What happened, who is involved, what they want"), 72)
        self._make_grade()
        self.risk_reason = QLineEdit()
        self.risk_reason.setPlaceholderText(self.tr("Why this grade (required for A and B)"))
        self.officer = _narrow(QComboBox())
        self.deadline = date_edit()
        self.days_left = make_label("daysLeft")
        self.add_party_button = QPushButton(self.tr("Add party"))
        self.parties_box = QWidget()
        self.parties_layout = QVBoxLayout(self.parties_box)
        self.parties_layout.setContentsMargins(0, 0, 0, 0)
        self.parties_layout.setSpacing(6)

    def _make_grade(self) -> None:
        self.grade_box = QWidget()
        self.grade_group = QButtonGroup(self)
        row = QHBoxLayout(self.grade_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.grade_buttons: dict[str, QRadioButton] = {}
        for code in RISK_GRADES:
            button = QRadioButton(code)
            button.setToolTip(f"{label(RISK_GRADES[code])}: {label(RISK_GRADE_HINTS[code])}")
            self.grade_group.addButton(button)
            self.grade_buttons[code] = button
            row.addWidget(button)
        self.grade_hint = make_label("panelNote")
        row.addWidget(self.grade_hint, 1)

    def _make_footer(self) -> None:
        self.error = make_label("formError")
        self.error.hide()
        self.message = make_label("formMessage")
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the dispute (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Drop unsaved edits (Esc)"))

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        _add_pair(grid, 0, 0, self.tr("Received on"), self.received_on)
        _add_pair(grid, 0, 2, self.tr("How"), self.received_how)
        _add_pair(grid, 1, 0, self.tr("Category"), self.category)
        _add_pair(grid, 2, 0, self.tr("Grid"), self.grid, span=3)
        _add_pair(grid, 3, 0, self.tr("Place"), self.place, span=3)
        _add_pair(grid, 4, 0, self.tr("Summary"), self.summary, span=3).setAlignment(
            Qt.AlignmentFlag.AlignTop
        )
        _add_pair(grid, 5, 0, self.tr("Risk grade"), self.grade_box, span=3)
        _add_pair(grid, 6, 0, self.tr("Why"), self.risk_reason, span=3)
        _add_pair(grid, 7, 0, self.tr("Officer"), self.officer, span=3)
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline)
        deadline.addWidget(self.days_left, 1)
        caption = QLabel(self.tr("Deadline"))
        caption.setBuddy(self.deadline)
        grid.addWidget(caption, 8, 0)
        grid.addLayout(deadline, 8, 1, 1, 3)
        self._lay_out_page(grid)

    def _lay_out_page(self, fields: QGridLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.dirty_note)
        locked = QHBoxLayout()
        locked.addWidget(self.locked_note, 1)
        locked.addWidget(self.amend_button)
        parties_head = QHBoxLayout()
        parties_head.addWidget(make_label("panelHeading"))
        parties_head.itemAt(0).widget().setText(self.tr("Parties"))  # type: ignore[union-attr]
        parties_head.addStretch(1)
        parties_head.addWidget(self.add_party_button)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addLayout(fields)
        body.addLayout(parties_head)
        body.addWidget(self.parties_box)
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(locked)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _connect_edits(self) -> None:
        for line in (self.place, self.risk_reason):
            line.textChanged.connect(self.edited)
        for combo in (self.received_how, self.category, self.officer):
            combo.currentIndexChanged.connect(self.edited)
        self.grid.currentTextChanged.connect(self.edited)
        self.summary.textChanged.connect(self.edited)
        self.received_on.dateChanged.connect(self.edited)
        self.deadline.dateChanged.connect(self.edited)
        self.grade_group.buttonToggled.connect(self.edited)
        self.add_party_button.clicked.connect(self.add_party)

    # -- parties ---------------------------------------------------------------------
    def add_party(self) -> PartyRow:
        """A new, empty party row at the end (its name field gets the focus)."""
        row = PartyRow()
        choose(row.role, "applicant" if not self.parties else "respondent")
        self.parties.append(row)
        self.parties_layout.addWidget(row)
        row.removed.connect(self.remove_party)
        for line in (row.name, row.id_number, row.phone, row.address):
            line.textChanged.connect(self.edited)
        for combo in (row.role, row.sex):
            combo.currentIndexChanged.connect(self.edited)
        self._renumber()
        self.party_added.emit(row)
        self.edited.emit()
        if self.isVisible() and self.sender() is self.add_party_button:
            row.name.setFocus()
            self.scroll_area.ensureWidgetVisible(row)
        return row

    def remove_party(self, row: PartyRow) -> None:
        """Take a party row away."""
        if row in self.parties:
            self.parties.remove(row)
            row.hide()
            row.deleteLater()
            self._renumber()
            self.edited.emit()

    def filled_parties(self) -> list[PartyRow]:
        """The party rows with something in them (blank rows are not parties)."""
        return [row for row in self.parties if not row.is_blank()]

    def _set_party_count(self, count: int) -> None:
        while len(self.parties) > count:
            self.remove_party(self.parties[-1])
        while len(self.parties) < count:
            self.add_party()

    def _renumber(self) -> None:
        for number, row in enumerate(self.parties, start=1):
            row.set_number(number, len(self.parties) > self.MIN_PARTIES)
        self.fix_tab_order()

    def fix_tab_order(self) -> None:
        """Tab goes down the form, through each party's fields, then to Save."""
        chain: list[QWidget] = [
            self.received_on,
            self.received_how,
            self.category,
            self.grid,
            self.place,
            self.summary,
            *self.grade_buttons.values(),
            self.risk_reason,
            self.officer,
            self.deadline,
        ]
        for row in self.parties:
            chain += row.focus_order()
        chain += [self.add_party_button, self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- choices ---------------------------------------------------------------------
    def set_grid_options(self, options: Iterable[tuple[int, str]]) -> None:
        """The villages and grids a dispute may belong to, keeping the choice."""
        chosen = self.grid_id()
        self.grid.blockSignals(True)
        self.grid.clear()
        for grid_id, path in options:
            self.grid.addItem(path, grid_id)
        self.set_grid(chosen)
        self.grid.blockSignals(False)

    def set_officer_options(self, options: Iterable[tuple[int, str]]) -> None:
        """The officers who may be responsible, keeping the choice."""
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(self.tr("Choose an officer"), None)
        for officer_id, name in options:
            self.officer.addItem(name, officer_id)
        choose(self.officer, chosen)
        self.officer.blockSignals(False)

    def grid_id(self) -> int | None:
        """The grid chosen, or None when the text names none."""
        index = self.grid.findText(self.grid.currentText(), Qt.MatchFlag.MatchExactly)
        data = self.grid.itemData(index) if index >= 0 else None
        return int(data) if data is not None else None

    def set_grid(self, grid_id: int | None) -> None:
        """Choose a grid (or none)."""
        index = self.grid.findData(grid_id) if grid_id is not None else -1
        self.grid.setCurrentIndex(index)
        if index < 0:
            self.grid.setEditText("")

    def grade(self) -> str:
        """The risk grade ticked, or ''."""
        return next((code for code, b in self.grade_buttons.items() if b.isChecked()), "")

    def set_grade(self, grade: str) -> None:
        """Tick a grade (none for '')."""
        self.grade_group.setExclusive(False)
        for code, button in self.grade_buttons.items():
            button.setChecked(code == grade)
        self.grade_group.setExclusive(True)

    # -- values -----------------------------------------------------------------------
    def load(self, dispute: Dispute | None, today: QDate) -> None:
        """Show a dispute, or an empty form for a new one received today."""
        self.clear_marks()
        received = QDate.fromString(dispute.received_on, "yyyy-MM-dd") if dispute else today
        self.received_on.setDate(received)
        choose(self.received_how, dispute.received_how if dispute else "walk_in")
        choose(self.category, dispute.category if dispute else "neighbours")
        self.set_grid(dispute.grid_id if dispute else None)
        self.place.setText(dispute.place if dispute else "")
        self.summary.setPlainText(dispute.summary if dispute else "")
        self.set_grade(dispute.risk_grade if dispute else "C")
        self.risk_reason.setText(dispute.risk_reason if dispute else "")
        choose(self.officer, dispute.officer_id if dispute else None)
        deadline = dispute.deadline if dispute else None
        self.deadline.setDate(
            QDate.fromString(deadline, "yyyy-MM-dd") if deadline else received.addDays(30)
        )
        parties = dispute.parties if dispute else ()
        self._set_party_count(max(len(parties), self.MIN_PARTIES))
        for row in self.parties:
            row.unlink()
            for line in (row.name, row.id_number, row.phone, row.address):
                line.clear()
            choose(row.sex, "")
        for row, party in zip(self.parties, parties, strict=False):
            row.fill(party.person)
            choose(row.role, party.role)
        self.show_message("")

    def fill_draft(self, draft: DisputeInput, people: list[Person], today: QDate) -> None:
        """Fill an empty form from a draft: its details, and its people as the parties."""
        received = QDate.fromString(str(draft.received_on), "yyyy-MM-dd")
        self.received_on.setDate(received if received.isValid() else today)
        self.deadline.setDate(self.received_on.date().addDays(30))
        choose(self.received_how, draft.received_how)
        choose(self.category, draft.category)
        self.set_grid(draft.grid_id)
        self.place.setText(draft.place)
        self.summary.setPlainText(draft.summary)
        self.set_grade(draft.risk_grade)
        choose(self.officer, draft.officer_id)
        self._set_party_count(max(len(people), self.MIN_PARTIES))
        roles = [party.role for party in draft.parties]
        for row, person, role in zip(self.parties, people, roles, strict=False):
            row.fill(person)
            choose(row.role, role)

    def read(self) -> DisputeInput:
        """What the form holds, as the dispute service takes it."""
        return DisputeInput(
            received_on=self.received_on.date().toString("yyyy-MM-dd"),
            received_how=str(self.received_how.currentData()),
            category=str(self.category.currentData()),
            grid_id=self.grid_id(),
            summary=self.summary.toPlainText(),
            risk_grade=self.grade(),
            officer_id=self.officer.currentData(),
            parties=tuple(row.read() for row in self.filled_parties()),
            place=self.place.text(),
            risk_reason=self.risk_reason.text(),
            deadline=self.deadline.date().toString("yyyy-MM-dd"),
        )

    def set_read_only(self, read_only: bool, *, parties_too: bool = True) -> None:
        """Lock the fields (signed off); an amendment unlocks all but the parties."""
        for text in (self.place, self.risk_reason, self.summary):
            set_flag(text, "readOnly", read_only)  # setReadOnly, restyled to look it
        for widget in (
            self.received_on,
            self.received_how,
            self.category,
            self.grid,
            self.officer,
            self.deadline,
            self.grade_box,
        ):
            widget.setEnabled(not read_only)
        for row in self.parties:
            row.set_read_only(read_only or parties_too is False)
        self.add_party_button.setEnabled(not read_only and parties_too)
        self.save_button.setEnabled(not read_only)

    def show_message(self, text: str) -> None:
        """A line under the form saying what just happened (hidden when empty)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- errors ------------------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each field name a ValidationError may carry."""
        widgets: dict[str, QWidget] = {
            "received_on": self.received_on,
            "received_how": self.received_how,
            "category": self.category,
            "grid_id": self.grid,
            "place": self.place,
            "summary": self.summary,
            "risk_grade": self.grade_box,
            "risk_reason": self.risk_reason,
            "officer_id": self.officer,
            "deadline": self.deadline,
            "parties": next(
                (row.name for row in self.parties if row.is_blank()), self.add_party_button
            ),
        }
        for index, row in enumerate(self.filled_parties()):
            widgets[f"parties.{index}"] = row
            for name, widget in row.field_widgets().items():
                widgets[f"parties.{index}.{name}"] = widget
        return widgets

    def field_titles(self) -> dict[str, str]:
        """How each field is named in an error message (party reasons name the party)."""
        return {
            "received_on": self.tr("Received on"),
            "received_how": self.tr("How received"),
            "category": self.tr("Category"),
            "grid_id": self.tr("Grid"),
            "place": self.tr("Place"),
            "summary": self.tr("Summary"),
            "risk_grade": self.tr("Risk grade"),
            "risk_reason": self.tr("Why this grade"),
            "officer_id": self.tr("Officer"),
            "deadline": self.tr("Deadline"),
            "parties": self.tr("Parties"),
            "reason": self.tr("Reason"),
            "changes": self.tr("Amendment"),
            "status": self.tr("Status"),
        }

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Outline each bad field, give it the reason as tooltip, and list the reasons."""
        self.clear_marks()
        widgets, titles = self.field_widgets(), self.field_titles()
        lines = []
        for name, reason in user_errors(errors).items():
            widget = widgets.get(name) or widgets.get(name.rsplit(".", 1)[0])
            if widget is not None:
                set_invalid(widget, reason)
            title = titles.get(name)
            lines.append(titled(title, reason))
        self.error.setText(self.tr("Not saved. Please correct:") + "\n" + "\n".join(lines))
        self.error.show()
        first = next((widgets[n] for n in errors if n in widgets), None)
        if first is not None:
            first.setFocus()
            self.scroll_area.ensureWidgetVisible(first)

    def clear_marks(self) -> None:
        """Take every error mark away."""
        for widget in self.field_widgets().values():
            if widget.property("invalid"):
                set_invalid(widget, None)
        self.error.clear()
        self.error.hide()

    def invalid_fields(self) -> set[str]:
        """Names of the fields marked bad now."""
        return {name for name, w in self.field_widgets().items() if w.property("invalid")}
