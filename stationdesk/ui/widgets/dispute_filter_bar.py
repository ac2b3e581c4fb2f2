"""The filters above the dispute ledger: saved filters, free text and one field per column."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.dispute_ledger import DisputeFilter
from stationdesk.domain.labels import DISPUTE_CATEGORIES, DISPUTE_STATUSES
from stationdesk.ui.widgets.choices import label, shrinkable

NO_DATE = QDate(2000, 1, 1)
TEXT_DELAY_MS = 300
HIGH = "AB"
SAVED = ("all", "mine", "open", "overdue", "grade_a")


class DisputeFilterBar(QWidget):
    """Say which disputes the ledger lists; `changed` fires when the choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.my_officer_id: int | None = None
        self.my_grid_ids: tuple[int, ...] = ()
        self._applying = False
        self._make_fields()
        self._make_saved()
        self.set_choices([], [])
        self._lay_out()
        self._connect()

    # -- construction ------------------------------------------------------------
    def _make_fields(self) -> None:
        self.text = QLineEdit()
        self.text.setObjectName("disputeFilter")
        self.text.setPlaceholderText(
            self.tr("Find: dispute no., words of the summary or place, a party's name or phone")
        )
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for code, text in DISPUTE_STATUSES.items():
            self.status.addItem(label(text), code)
        self.grade = QComboBox()
        self.grade.addItem(self.tr("Any grade"), None)
        self.grade.addItem(self.tr("A or B"), HIGH)
        for code in "ABCD":
            self.grade.addItem(code, code)
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), None)
        for code, text in DISPUTE_CATEGORIES.items():
            self.category.addItem(label(text), code)
        self.grid = QComboBox()
        self.officer = QComboBox()
        for combo in (self.grid, self.officer):
            shrinkable(combo)
        self.received_from = _date_edit(self.tr("from any day"))
        self.received_to = _date_edit(self.tr("to any day"))
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.my_grids = QCheckBox(self.tr("My grids"))
        self.my_grids.setObjectName("myGrids")
        self.my_grids.setToolTip(self.tr("Only the disputes of the grids you look after"))
        self.my_grids.hide()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.new_button = QPushButton(self.tr("New dispute"))
        self.new_button.setToolTip(self.tr("Record a new dispute (Ctrl+N)"))

    def _make_saved(self) -> None:
        self.saved_group = QButtonGroup(self)
        self.saved_buttons: dict[str, QPushButton] = {}
        titles = {
            "all": self.tr("All"),
            "mine": self.tr("My open disputes"),
            "open": self.tr("Open"),
            "overdue": self.tr("Overdue"),
            "grade_a": self.tr("Grade A"),
        }
        for key in SAVED:
            button = QPushButton(titles[key])
            button.setCheckable(True)
            button.setObjectName(f"saved_{key}")
            self.saved_group.addButton(button)
            self.saved_buttons[key] = button
        self.saved_buttons["all"].setChecked(True)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.clear_button)
        top.addWidget(self.new_button)
        saved = QHBoxLayout()
        saved.addWidget(QLabel(self.tr("Show:")))
        for button in self.saved_buttons.values():
            saved.addWidget(button)
        saved.addStretch(1)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        cells = (
            (0, 0, self.tr("Status"), self.status),
            (0, 2, self.tr("Grade"), self.grade),
            (0, 4, self.tr("Category"), self.category),
            (1, 0, self.tr("Grid"), self.grid),
            (1, 2, self.tr("Officer"), self.officer),
        )
        for row, column, text, widget in cells:
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        dates = QHBoxLayout()
        dates.addWidget(self.received_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.received_to)
        dates.addStretch(1)
        grid.addWidget(QLabel(self.tr("Received")), 2, 0)
        grid.addLayout(dates, 2, 1, 1, 3)
        grid.addWidget(self.my_grids, 1, 4, 1, 2)  # beside the grid and officer filters
        grid.addWidget(self.overdue, 2, 4, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(saved)
        layout.addLayout(grid)

    def _connect(self) -> None:
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._manual_change)
        self.text.textChanged.connect(self._text_timer.start)
        self.text.returnPressed.connect(self._flush_text)
        for combo in (self.status, self.grade, self.category, self.grid, self.officer):
            combo.currentIndexChanged.connect(self._manual_change)
        for edit in (self.received_from, self.received_to):
            edit.dateChanged.connect(self._manual_change)
        self.overdue.toggled.connect(self._manual_change)
        self.my_grids.toggled.connect(self._changed_grids)
        self.clear_button.clicked.connect(lambda: self.apply_saved("all"))
        for key, button in self.saved_buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.apply_saved(k))

    # -- choices -------------------------------------------------------------------
    def set_choices(
        self,
        grids: Iterable[tuple[int, str]],
        officers: Iterable[tuple[int, str]],
        my_officer_id: int | None = None,
    ) -> None:
        """The grids (any level) and officers one may filter by, keeping the choices."""
        self._applying = True
        _refill(self.grid, self.tr("Any grid"), grids)
        _refill(self.officer, self.tr("Any officer"), officers)
        self._applying = False
        self.my_officer_id = my_officer_id
        self.saved_buttons["mine"].setVisible(my_officer_id is not None)

    def set_my_grids(self, grid_ids: tuple[int, ...]) -> None:
        """The grids of the signed-in instructor: "My grids" is offered, and ticked."""
        self.my_grid_ids = grid_ids
        self.my_grids.setVisible(bool(grid_ids))
        self.my_grids.setChecked(bool(grid_ids))

    def _changed_grids(self, _checked: bool) -> None:
        if not self._applying:
            self.changed.emit()

    # -- saved filters ----------------------------------------------------------------
    def apply_saved(self, key: str) -> None:
        """Set the fields to a saved filter ('all' clears them) and announce the change."""
        self._applying = True
        self.text.clear()
        self._text_timer.stop()
        self.category.setCurrentIndex(0)
        self.grid.setCurrentIndex(0)
        self.received_from.setDate(NO_DATE)
        self.received_to.setDate(NO_DATE)
        _choose(self.status, "open" if key in ("mine", "open", "grade_a") else None)
        _choose(self.grade, "A" if key == "grade_a" else None)
        _choose(self.officer, self.my_officer_id if key == "mine" else None)
        self.overdue.setChecked(key == "overdue")
        if key == "all":
            self.my_grids.setChecked(False)
        self._applying = False
        self.saved_buttons[key].setChecked(True)
        self.changed.emit()

    def _manual_change(self, *_args: object) -> None:
        if self._applying:
            return
        self.saved_group.setExclusive(False)
        for button in self.saved_buttons.values():
            button.setChecked(False)
        self.saved_group.setExclusive(True)
        self.changed.emit()

    def _flush_text(self) -> None:
        if self._text_timer.isActive():
            self._text_timer.stop()
            self._manual_change()

    # -- the filter -------------------------------------------------------------------
    def current(self) -> DisputeFilter:
        """The filter the fields describe."""
        status, grade, category = (
            self.status.currentData(),
            self.grade.currentData(),
            self.category.currentData(),
        )
        return DisputeFilter(
            statuses=(status,) if status else (),
            grades=tuple(grade) if grade else (),
            categories=(category,) if category else (),
            grid_id=self.grid.currentData(),
            grid_ids=self.my_grid_ids if self.my_grids.isChecked() else (),
            officer_id=self.officer.currentData(),
            received_from=_day(self.received_from),
            received_to=_day(self.received_to),
            overdue_only=self.overdue.isChecked(),
            text=self.text.text().strip(),
        )


def _date_edit(special: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(special)
    edit.setDate(NO_DATE)
    return edit


def _day(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    if chosen == NO_DATE:
        return None
    return date(chosen.year(), chosen.month(), chosen.day())


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def _refill(combo: QComboBox, anything: str, options: Iterable[tuple[int, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(anything, None)
    for value, text in options:
        combo.addItem(text, value)
    _choose(combo, chosen)
    combo.blockSignals(False)
