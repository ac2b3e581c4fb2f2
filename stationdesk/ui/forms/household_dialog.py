"""Registering a household: its standard address in a grid, its details and its members.

The address is typed once: the form says when it is already on file (and whose household
is there). Members are typed in rows; an ID number already on file reuses that person.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import idnumbers
from stationdesk.domain.grids import grid_paths
from stationdesk.domain.household_records import (
    ADDRESS_PARTS,
    AddressInput,
    Household,
    HouseholdCorrection,
    HouseholdInput,
    Resident,
    ResidentInput,
)
from stationdesk.domain.labels import RELATIONSHIPS, RESIDENT_FLAGS, SEXES
from stationdesk.domain.people import PersonInput
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.dispute_form import FORM_STYLE, choose, set_flag
from stationdesk.ui.messages import user_errors, user_text
from stationdesk.ui.widgets.dispute_panel import date_edit, label, make_label, set_invalid

GRID_LEVELS = (2, 3)
NEXT_RELATIONSHIP = ("head", "spouse", "child", "child", "parent")


def combo_of(choices: dict[str, str]) -> QComboBox:
    """A combo of labelled codes."""
    combo = QComboBox()
    for code, text in choices.items():
        combo.addItem(label(text), code)
    return combo


def qdate(day: date) -> QDate:
    """A date as QDate."""
    return QDate(day.year, day.month, day.day)


def mark_errors(widgets: dict[str, QWidget], error: QLabel, errors: dict[str, str]) -> None:
    """Outline each bad field, list the reasons in `error`; the first bad field gets the cursor."""
    errors = user_errors(errors)
    for widget in widgets.values():
        set_invalid(widget, None)
    for name, reason in errors.items():
        marked = widgets.get(name) or widgets.get(name.rsplit(".", 1)[0])
        if marked is not None:
            set_invalid(marked, reason)
    lines = "\n".join(errors.values())
    heading = QCoreApplication.translate("HouseholdDialog", "Not saved. Please correct:")
    error.setText(heading + "\n" + lines)
    error.show()
    first = next((widgets[n] for n in errors if n in widgets), None)
    if first is not None:
        first.setFocus()


def error_label() -> QLabel:
    """A red label for the reasons a form was not saved, hidden until then."""
    error = make_label("formError")
    error.setStyleSheet("color: #b00020;")
    error.hide()
    return error


class MemberRow(QFrame):
    """One member: relationship, name, ID number, sex, phone and the flags that matter."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyRow")
        self.title = QLabel(self.tr("Member %1").replace("%1", str(number)))
        self.title.setObjectName("partyTitle")
        self.relationship = combo_of(RELATIONSHIPS)
        choose(self.relationship, NEXT_RELATIONSHIP[min(number - 1, len(NEXT_RELATIONSHIP) - 1)])
        self.name = QLineEdit()
        self.name.setMaxLength(30)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(20)
        self.id_number.setPlaceholderText(self.tr("18 digits, the last may be X"))
        self.sex = QComboBox()
        self.sex.addItem("—", "")
        for code, text in SEXES.items():
            self.sex.addItem(label(text), code)
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.id_info = make_label("idInfo")
        self.flags = {code: QCheckBox(label(text)) for code, text in RESIDENT_FLAGS.items()}
        self._lay_out()
        self.id_number.textChanged.connect(self._check_id)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.relationship)
        top.addStretch(1)
        grid.addLayout(top, 0, 0, 1, 4)
        pairs = (
            (1, 0, self.tr("Name"), self.name),
            (1, 2, self.tr("Sex"), self.sex),
            (2, 0, self.tr("ID no."), self.id_number),
            (2, 2, self.tr("Phone"), self.phone),
        )
        for row, column, text, widget in pairs:
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.id_info, 3, 1, 1, 3)
        flags = QHBoxLayout()
        for box in self.flags.values():
            flags.addWidget(box)
        flags.addStretch(1)
        grid.addLayout(flags, 4, 0, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

    def _check_id(self, text: str) -> None:
        """Mark a wrong ID number as it is typed; show the birth date and sex it gives."""
        number = idnumbers.normalize(text)
        reason = idnumbers.problem(number) if len(number) >= idnumbers.LENGTH else None
        if reason:
            shown = user_text(reason)
        elif len(number) == idnumbers.LENGTH:
            sex = idnumbers.sex_of(number)
            born = idnumbers.birth_date_of(number).isoformat()
            shown = self.tr("Born %1 · %2").replace("%1", born).replace("%2", label(SEXES[sex]))
            choose(self.sex, sex)
        else:
            shown = ""
        set_invalid(self.id_number, reason)
        set_flag(self.id_info, "bad", bool(reason))
        self.id_info.setText(shown)
        self.id_info.setVisible(bool(shown))

    def show_resident(self, resident: Resident) -> None:
        """Show a member on file, every detail ready to correct."""
        person = resident.person
        self.name.setText(person.name)
        self.id_number.setText(person.id_number or "")
        choose(self.sex, person.sex)
        self.phone.setText(person.phone)
        choose(self.relationship, resident.relationship)
        for code, box in self.flags.items():
            box.setChecked(code in resident.flags)

    def read(self) -> ResidentInput:
        """The member as the service takes it."""
        person = PersonInput(
            name=self.name.text(),
            id_number=self.id_number.text(),
            sex=str(self.sex.currentData() or ""),
            phone=self.phone.text(),
        )
        flags = frozenset(code for code, box in self.flags.items() if box.isChecked())
        return ResidentInput(str(self.relationship.currentData()), person=person, flags=flags)

    def is_blank(self) -> bool:
        """Nothing typed: left out when saving."""
        return not any(w.text().strip() for w in (self.name, self.id_number, self.phone))

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each member field an error may name."""
        return {
            "relationship": self.relationship,
            "name": self.name,
            "id_number": self.id_number,
            "sex": self.sex,
            "phone": self.phone,
            "birth_date": self.id_number,
            "moved_in_on": self.relationship,
        }


class HouseholdDialog(QDialog):
    """A new household: address, details and members; saved through the household service."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: int | None = None
        self.setWindowTitle(self.tr("New household"))
        self.setStyleSheet(FORM_STYLE)
        self.members: list[MemberRow] = []
        self._make_fields()
        self._lay_out()
        self.add_member()
        self.resize(760, 720)

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor starts in the grid box."""
        super().showEvent(event)
        self.grid.setFocus()

    # -- construction ------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.grid = QComboBox()
        self.grid.setEditable(True)
        self.grid.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.grid.addItem("", None)
        paths = grid_paths(self.ctx.grids.all(), GRID_LEVELS)
        for grid_id, path in self.ctx.permissions.writable_grids(paths):
            self.grid.addItem(path, grid_id)
        self.address: dict[str, QLineEdit] = {name: QLineEdit() for name in ADDRESS_PARTS}
        for edit in self.address.values():
            edit.setMaxLength(40)
            edit.textChanged.connect(self._check_address)
        self.address_note = make_label("panelNote")
        self.registered_on = date_edit()
        self.registered_on.setDate(qdate(self.ctx.households.today()))
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.notes = QLineEdit()
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.clicked.connect(self._add_and_focus)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    def _lay_out(self) -> None:
        titles = {
            "district": self.tr("District"),
            "road": self.tr("Street / road"),
            "house_no": self.tr("House no."),
            "building": self.tr("Building"),
            "unit": self.tr("Unit"),
            "floor": self.tr("Floor"),
            "flat": self.tr("Flat"),
        }
        fields = QGridLayout()
        self._pair(fields, 0, 0, self.tr("&Grid"), self.grid, span=5)
        for index, name in enumerate(ADDRESS_PARTS):
            row, column = 1 + index // 3, (index % 3) * 2
            self._pair(fields, row, column, titles[name], self.address[name])
        fields.addWidget(self.address_note, 4, 1, 1, 5)
        self._pair(fields, 5, 0, self.tr("Registered on"), self.registered_on)
        self._pair(fields, 5, 2, self.tr("Household phone"), self.phone)
        self._pair(fields, 5, 4, self.tr("Notes"), self.notes)
        self.member_box = QVBoxLayout()
        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.addLayout(self.member_box)
        members_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        members_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(members)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(QLabel(self.tr("<b>Members</b> (one of them the head of household)")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @staticmethod
    def _pair(
        grid: QGridLayout, row: int, column: int, text: str, widget: QWidget, span: int = 1
    ) -> None:
        caption = QLabel(text)
        caption.setBuddy(widget)
        grid.addWidget(caption, row, column)
        grid.addWidget(widget, row, column + 1, 1, span)

    # -- members -------------------------------------------------------------------------
    def add_member(self) -> MemberRow:
        """Another member row."""
        row = MemberRow(len(self.members) + 1)
        self.members.append(row)
        self.member_box.addWidget(row)
        if len(self.members) > 1:
            QWidget.setTabOrder(self.members[-2].flags["key_person"], row.relationship)
        QWidget.setTabOrder(row.flags["key_person"], self.add_button)
        return row

    def _add_and_focus(self) -> None:
        self.add_member().name.setFocus()

    # -- address -------------------------------------------------------------------------
    def address_input(self) -> AddressInput:
        """The address typed."""
        parts = {name: edit.text() for name, edit in self.address.items()}
        return AddressInput(grid_id=self.grid.currentData(), **parts)

    def _check_address(self) -> None:
        """Say whether the address typed is on file, and whose household is there."""
        data = self.address_input()
        known = self.ctx.households.find_address(data) if data.road.strip() else None
        if known is None:
            self.address_note.setText("")
            return
        household = self.ctx.households.household_at(known.id)
        text = (
            self.tr(
                "This address is on file with household No. %1: open that household instead."
            ).replace("%1", str(household))
            if household is not None
            else self.tr("This address is on file; the new household will use it.")
        )
        self.address_note.setText(text)

    # -- saving --------------------------------------------------------------------------
    def read(self) -> HouseholdInput:
        """What the form holds, as the service takes it."""
        return HouseholdInput(
            address=self.address_input(),
            members=tuple(row.read() for row in self.members if not row.is_blank()),
            registered_on=self.registered_on.date().toString("yyyy-MM-dd"),
            phone=self.phone.text(),
            notes=self.notes.text(),
        )

    def save(self) -> int | None:
        """Register the household; on bad input mark the fields and keep the dialog open."""
        try:
            self.household_id = self.ctx.households.register(self.read())
        except ValidationError as exc:
            self.mark_errors(exc.errors)
            return None
        except StationDeskError as exc:
            self.mark_errors({"record": str(exc)})
            return None
        self.accept()
        return self.household_id

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of each field an error may name."""
        widgets: dict[str, QWidget] = {
            "address": self.address["road"],
            "address.grid_id": self.grid,
            "registered_on": self.registered_on,
            "phone": self.phone,
            "notes": self.notes,
            "members": self.members[0].relationship,
        }
        widgets.update({f"address.{name}": edit for name, edit in self.address.items()})
        filled = [row for row in self.members if not row.is_blank()]
        for index, row in enumerate(filled):
            widgets[f"members.{index}"] = row
            for name, widget in row.field_widgets().items():
                widgets[f"members.{index}.{name}"] = widget
        return widgets

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Outline each bad field and list the reasons; the first bad field gets the cursor."""
        mark_errors(self.field_widgets(), self.error, errors)

    @classmethod
    def register(cls, ctx: AppContext, parent: QWidget | None = None) -> tuple[int | None, bool]:
        """Open the dialog; (the new household's id, True) once saved."""
        dialog = cls(ctx, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.household_id, accepted


class HouseholdCorrectionDialog(QDialog):
    """Correct a household after registration: its phone, notes and the grid of its address."""

    def __init__(
        self, ctx: AppContext, household: Household, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household = household
        self.setWindowTitle(self.tr("Correct household No. %1").replace("%1", str(household.id)))
        self.setStyleSheet(FORM_STYLE)
        self.grid = QComboBox()
        paths = grid_paths(ctx.grids.all(), GRID_LEVELS)
        for grid_id, path in ctx.permissions.writable_grids(paths, household.grid_id):
            self.grid.addItem(path, grid_id)
        choose(self.grid, household.grid_id)
        self.phone = QLineEdit(household.phone)
        self.phone.setMaxLength(20)
        self.notes = QLineEdit(household.notes)
        note = make_label("panelNote")
        note.setText(
            self.tr(
                "The grid belongs to the address %1: changing it files the address, and the"
                " household living there, under the other grid."
            ).replace("%1", household.address.text())
        )
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fields = QGridLayout()
        HouseholdDialog._pair(fields, 0, 0, self.tr("&Grid"), self.grid)
        HouseholdDialog._pair(fields, 1, 0, self.tr("Household &phone"), self.phone)
        HouseholdDialog._pair(fields, 2, 0, self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.phone.setFocus()

    def save(self) -> bool:
        """Save the corrections; on bad input or a clash with another user say why, stay open."""
        data = HouseholdCorrection(self.grid.currentData(), self.phone.text(), self.notes.text())
        try:
            self.ctx.households.correct(self.household.id, data, self.household.version)
        except ValidationError as exc:
            mark_errors(
                {"grid_id": self.grid, "phone": self.phone, "notes": self.notes},
                self.error,
                exc.errors,
            )
            return False
        except StationDeskError as exc:
            self.error.setText(user_text(exc))
            self.error.show()
            return False
        self.accept()
        return True

    @classmethod
    def correct(cls, ctx: AppContext, household: Household, parent: QWidget | None = None) -> bool:
        """Open the dialog on a household; True once saved."""
        return cls(ctx, household, parent).exec() == QDialog.DialogCode.Accepted
