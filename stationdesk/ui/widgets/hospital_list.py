"""The station's green-channel agreement hospitals: a list and a small editor."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.injuries import HospitalInput
from stationdesk.domain.injury_records import Hospital
from stationdesk.errors import ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.officer_form import NO_DATE
from stationdesk.ui.permissions import hold_read_only, read_only_note
from stationdesk.ui.widgets.dispute_panel import (
    INVALID_EXTRA,
    PANEL_STYLE,
    ErrorMarks,
    date_edit,
    make_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class HospitalList(QWidget):
    """Agreement hospitals with their contact and agreement date; add, change, retire."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hospital: Hospital | None = None
        self.setStyleSheet(PANEL_STYLE + INVALID_EXTRA)
        self.editing = ctx.permissions.records("hospitals")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("hospitalTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Hospital"),
                self.tr("Contact"),
                self.tr("Phone"),
                self.tr("Agreement since"),
                self.tr("In agreement"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._make_form()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.refresh()
        self._show_row(-1)
        hold_read_only(self, self.editing, (self.new_button, self.save_button), keep=(self.table,))

    def _make_form(self) -> None:
        self.heading = make_label("panelHeading")
        self.name = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("0375-1234567 or 13812345678"))
        self.address = QLineEdit()
        self.agreement_on = date_edit()
        self.agreement_on.setMinimumDate(NO_DATE)
        self.agreement_on.setSpecialValueText("—")
        self.active = QCheckBox(self.tr("The agreement is in force"))
        self.error = make_label("formError")
        self.message = make_label("formMessage")
        widgets = {
            "name": self.name,
            "contact": self.contact,
            "phone": self.phone,
            "address": self.address,
            "agreement_on": self.agreement_on,
        }
        self.titles = {
            "name": self.tr("Hospital"),
            "contact": self.tr("Contact"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "agreement_on": self.tr("Agreement since"),
        }
        self.marks = ErrorMarks(self.error, lambda: widgets)
        self.new_button = QPushButton(self.tr("New hospital"))
        self.save_button = QPushButton(self.tr("Save hospital"))
        self.new_button.clicked.connect(self.new_hospital)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("&Hospital"), self.name)
        form.addRow(self.tr("&Contact"), self.contact)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Agreement &since"), self.agreement_on)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor = QVBoxLayout()
        editor.addWidget(self.heading)
        editor.addWidget(read_only_note(self.editing))
        editor.addLayout(form)
        editor.addWidget(self.error)
        editor.addWidget(self.message)
        editor.addStretch(1)
        editor.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(editor, 2)

    def refresh(self) -> None:
        """Read the list again."""
        hospitals = self.ctx.injuries.hospitals()
        self.table.setRowCount(len(hospitals))
        for row, hospital in enumerate(hospitals):
            in_force = self.tr("yes") if hospital.active else self.tr("no")
            cells = [
                hospital.name,
                hospital.contact,
                hospital.phone,
                hospital.agreement_on or "",
                in_force,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, hospital.id)
                self.table.setItem(row, column, item)

    def new_hospital(self) -> None:
        """An empty form, the cursor in the name."""
        self.table.clearSelection()
        self._show(None)
        self.name.setFocus()

    def _show_row(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        self._show(self.ctx.injuries.hospital(int(item.data(ID_ROLE))) if item else None)

    def _show(self, hospital: Hospital | None) -> None:
        self.hospital = hospital
        self.marks.clear()
        self.heading.setText(hospital.name if hospital else self.tr("New agreement hospital"))
        self.name.setText(hospital.name if hospital else "")
        self.contact.setText(hospital.contact if hospital else "")
        self.phone.setText(hospital.phone if hospital else "")
        self.address.setText(hospital.address if hospital else "")
        signed = QDate.fromString(hospital.agreement_on or "", "yyyy-MM-dd") if hospital else None
        self.agreement_on.setDate(signed if signed and signed.isValid() else NO_DATE)
        self.active.setChecked(hospital.active if hospital else True)

    def read(self) -> HospitalInput:
        """The form as the service takes it."""
        signed = self.agreement_on.date()
        return HospitalInput(
            name=self.name.text(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            agreement_on=None if signed == NO_DATE else signed.toString("yyyy-MM-dd"),
            active=self.active.isChecked(),
            notes=self.hospital.notes if self.hospital else "",
        )

    def save(self) -> None:
        """Add or change the hospital in the form."""
        if not self.editing.allowed:
            return
        try:
            if self.hospital is None:
                hospital_id = self.ctx.injuries.add_hospital(self.read())
            else:
                hospital_id = self.hospital.id
                self.ctx.injuries.update_hospital(hospital_id, self.read())
        except ValidationError as exc:
            self.marks.mark(exc.errors, self.titles)
            return
        self.refresh()
        self._show(self.ctx.injuries.hospital(hospital_id))
        self.message.setText(self.tr("Saved %1.").replace("%1", self.name.text()))
        self.message.show()
