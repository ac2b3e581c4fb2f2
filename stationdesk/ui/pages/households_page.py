"""Households & visits: the households of the grids with everything about each, the visits
made, and how well each grid and officer has covered its households."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.grids import grid_paths
from stationdesk.domain.household_ledger import HouseholdFilter, VisitFilter
from stationdesk.domain.labels import RESIDENT_FLAGS
from stationdesk.errors import StationDeskError
from stationdesk.spreadsheets.ledger_lists import (
    coverage_list,
    due_list,
    household_list,
    visit_list,
)
from stationdesk.ui.context import AppContext
from stationdesk.ui.exporting import export_list
from stationdesk.ui.forms.household_dialog import HouseholdDialog, qdate
from stationdesk.ui.models.household_models import (
    CoverageTableModel,
    DueTableModel,
    HouseholdTableModel,
    LineTableModel,
    VisitTableModel,
)
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import offer
from stationdesk.ui.printing import preview_pdf
from stationdesk.ui.widgets.dispute_panel import date_edit, label, shrinkable
from stationdesk.ui.widgets.find_box import FindChip
from stationdesk.ui.widgets.household_panel import HouseholdPanel
from stationdesk.ui.widgets.record_table import select_row, setup_record_table

WATCHED_KINDS = frozenset({"households", "residents", "visits", "people", "disputes", "grids"})
DUE_DAYS = 90
COVERAGE_DAYS = 90
DUE_LIMIT = 500
TEXT_DELAY_MS = 300
HOUSEHOLDS_TAB, VISITS_TAB, COVERAGE_TAB = range(3)
# The find box lists households whose address or a member it matches, and the visits to them.
FOUND_KINDS = ("households", "people", "visits")


def grid_combo(ctx: AppContext, anything: str) -> QComboBox:
    """Every grid node as 'Street > Village > Grid', first 'anything'."""
    combo = shrinkable(QComboBox())
    combo.addItem(anything, None)
    for grid_id, path in grid_paths(ctx.grids.all(), levels=(1, 2, 3)):
        combo.addItem(path, grid_id)
    return combo


def record_table(name: str, model: LineTableModel) -> QTableView:
    """A ledger list over `model`."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    setup_record_table(table)
    return table


def pydate(edit_date: QDate) -> date:
    """A QDate as date."""
    return date(edit_date.year(), edit_date.month(), edit_date.day())


class HouseholdsPage(Page):
    """Register households, record visits, open disputes found on them, plan the next round."""

    dispute_opened = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.my_grid_ids = ctx.permissions.own_grids()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._households_tab(), self.tr("Hou&seholds"))
        self.tabs.addTab(self._visits_tab(), self.tr("V&isits"))
        self.tabs.addTab(self._coverage_tab(), self.tr("C&overage"))
        self.find_chip = FindChip(ctx.search, FOUND_KINDS)
        self.find_chip.cleared.connect(self.find_cleared)
        layout = QVBoxLayout(self)
        layout.addLayout(self.find_chip.row)
        layout.addWidget(self.tabs)
        ctx.events.records_changed.connect(self._on_records_changed)
        self.apply_household_filter()
        self.apply_visit_filter()
        self.show_coverage()
        first = self.household_model.id_at(0)
        if first is not None:
            self.show_household(first)

    # -- my grids ------------------------------------------------------------------------
    def _my_grids_box(self, name: str) -> QCheckBox:
        """ "My grids", offered (and ticked) to an account with grids of its own."""
        box = QCheckBox(self.tr("My grids"))
        box.setObjectName(name)
        box.setToolTip(self.tr("Only the grids you look after; untick to list every grid"))
        box.setChecked(bool(self.my_grid_ids))
        box.setVisible(bool(self.my_grid_ids))
        return box

    def _my_grids_if(self, box: QCheckBox) -> tuple[int, ...]:
        return self.my_grid_ids if box.isChecked() else ()

    # -- households tab ------------------------------------------------------------------
    def _households_tab(self) -> QWidget:
        self.grid_filter = grid_combo(self.ctx, self.tr("All grids"))
        self.flag_filter = shrinkable(QComboBox(), 8)
        self.flag_filter.addItem(self.tr("Any household"), None)
        for code, text in RESIDENT_FLAGS.items():
            self.flag_filter.addItem(label(text), code)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("householdFilter")
        self.text_filter.setPlaceholderText(
            self.tr("Find: household no., address, a member's name, phone or ID number")
        )
        self.text_filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New household…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        offer(self.new_button, self.ctx.permissions.records("households"))
        self.my_households = self._my_grids_box("myGridsHouseholds")
        self.household_model = HouseholdTableModel(self.ctx.households.ledger, self)
        self.household_table = record_table("householdTable", self.household_model)
        self.household_count = QLabel()
        self.panel = HouseholdPanel(self.ctx)
        filters = QHBoxLayout()
        filters.addWidget(self.grid_filter, 2)
        filters.addWidget(self.flag_filter, 1)
        filters.addWidget(self.new_button)
        finding = QHBoxLayout()
        finding.addWidget(self.text_filter, 1)
        finding.addWidget(self.my_households)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(finding)
        left_layout.addWidget(self.household_table, 1)
        left_layout.addWidget(self.household_count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setSizes([560, 640])
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_household_filter)
        self.text_filter.textChanged.connect(self._text_timer.start)
        self.text_filter.returnPressed.connect(self._focus_households)
        self.grid_filter.currentIndexChanged.connect(self.apply_household_filter)
        self.flag_filter.currentIndexChanged.connect(self.apply_household_filter)
        self.my_households.toggled.connect(self.apply_household_filter)
        self.new_button.clicked.connect(self.new_record)
        self.household_table.selectionModel().currentRowChanged.connect(self._household_chosen)
        self.panel.dispute_opened.connect(self._on_dispute_opened)
        self.panel.print_card.connect(self.print_card)
        self.panel.print_visit.connect(self.print_visit)
        for column, width in enumerate((48, 100, 190, 60, 56, 120)):
            self.household_table.setColumnWidth(column, width)
        return splitter

    def household_filter(self) -> HouseholdFilter:
        """What the filters above the households list say."""
        return HouseholdFilter(
            grid_id=self.grid_filter.currentData(),
            flag=self.flag_filter.currentData(),
            text=self.text_filter.text(),
            found=self.household_model.filter.found,
            grid_ids=self._my_grids_if(self.my_households),
        )

    def apply_household_filter(self) -> None:
        """List the households the filters describe."""
        self._text_timer.stop()
        self.household_model.set_filter(self.household_filter())
        self._count_households()

    def _count_households(self) -> None:
        total = self.ctx.households.ledger.household_count(self.household_model.filter)
        self.household_count.setText(self.tr("%1 households").replace("%1", str(total)))

    def _household_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        household_id = self.household_model.id_at(current.row()) if current.isValid() else None
        if household_id != self.shown_household():
            self.panel.show_household(household_id)

    def shown_household(self) -> int | None:
        """The household in the panel."""
        return self.panel.household.id if self.panel.household else None

    def show_household(self, household_id: int, message: str = "") -> None:
        """Bring a household into the panel (and select it when listed)."""
        self.tabs.setCurrentIndex(HOUSEHOLDS_TAB)
        row = self.household_model.row_of(household_id)
        select_row(
            self.household_table, None if row is None else self.household_model.index(row, 0)
        )
        self.panel.show_household(household_id, message)

    def _focus_households(self) -> None:
        self.household_table.setFocus()
        if self.household_model.rowCount() and not self.household_table.currentIndex().isValid():
            self.household_table.selectRow(0)

    # -- visits tab ----------------------------------------------------------------------
    def _visits_tab(self) -> QWidget:
        self.visit_grid = grid_combo(self.ctx, self.tr("All grids"))
        self.visit_officer = shrinkable(QComboBox(), 8)
        self.visit_officer.addItem(self.tr("Any officer"), None)
        for officer in self.ctx.roster.officers(include_left=True):
            self.visit_officer.addItem(officer.name, officer.id)
        today = qdate(self.ctx.households.today())
        self.visit_from = date_edit()
        self.visit_from.setDate(today.addDays(-30))
        self.visit_to = date_edit()
        self.visit_to.setDate(today)
        self.my_visits = self._my_grids_box("myGridsVisits")
        self.visit_model = VisitTableModel(self.ctx.households.ledger, self)
        self.visit_table = record_table("visitTable", self.visit_model)
        self.open_household_button = QPushButton(self.tr("Open household"))
        self.visit_record_button = QPushButton(self.tr("&Print visit record"))
        self.ledger_button = QPushButton(self.tr("Print visit &ledger"))
        filters = QHBoxLayout()
        filters.addWidget(self.visit_grid, 2)
        filters.addWidget(self.visit_officer, 1)
        filters.addWidget(self.my_visits)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.visit_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.visit_to)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_household_button)
        buttons.addWidget(self.visit_record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ledger_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.visit_table, 1)
        layout.addLayout(buttons)
        for widget in (self.visit_grid, self.visit_officer):
            widget.currentIndexChanged.connect(self.apply_visit_filter)
        for edit in (self.visit_from, self.visit_to):
            edit.dateChanged.connect(self.apply_visit_filter)
        self.my_visits.toggled.connect(self.apply_visit_filter)
        self.visit_table.activated.connect(self._open_visit_household)
        self.open_household_button.clicked.connect(self._open_visit_household)
        self.visit_record_button.clicked.connect(self._print_chosen_visit)
        self.ledger_button.clicked.connect(self.print_ledger)
        for column, width in enumerate((52, 84, 120, 220, 64, 100, 110, 70, 60)):
            self.visit_table.setColumnWidth(column, width)
        return tab

    def visit_filter(self) -> VisitFilter:
        """What the filters above the visits list say."""
        return VisitFilter(
            grid_id=self.visit_grid.currentData(),
            officer_id=self.visit_officer.currentData(),
            date_from=pydate(self.visit_from.date()),
            date_to=pydate(self.visit_to.date()),
            found=self.visit_model.filter.found,
            grid_ids=self._my_grids_if(self.my_visits),
        )

    def apply_visit_filter(self) -> None:
        """List the visits the filters describe."""
        self.visit_model.set_filter(self.visit_filter())

    def chosen_visit(self) -> int | None:
        """The visit selected in the visits list."""
        index = self.visit_table.currentIndex()
        return self.visit_model.id_at(index.row()) if index.isValid() else None

    def _open_visit_household(self, *_args: object) -> None:
        visit_id = self.chosen_visit()
        if visit_id is not None:
            self.open_visit(visit_id)

    def open_visit(self, visit_id: int) -> None:
        """Show the household visited, that visit selected in its panel."""
        self.show_household(self.ctx.households.visit(visit_id).household_id)
        self.panel.select_visit(visit_id)

    def _print_chosen_visit(self) -> None:
        visit_id = self.chosen_visit()
        if visit_id is not None:
            self.print_visit(visit_id)

    # -- coverage tab --------------------------------------------------------------------
    def _coverage_tab(self) -> QWidget:
        today = qdate(self.ctx.households.today())
        self.coverage_from = date_edit()
        self.coverage_from.setDate(today.addDays(-COVERAGE_DAYS))
        self.coverage_to = date_edit()
        self.coverage_to.setDate(today)
        self.coverage_by = QComboBox()
        self.coverage_by.addItem(self.tr("Per grid"), "grid")
        self.coverage_by.addItem(self.tr("Per officer"), "officer")
        self.coverage_area = grid_combo(self.ctx, self.tr("Whole station"))
        self.coverage_area.setObjectName("coverageArea")
        self.coverage_model = CoverageTableModel(self)
        self.coverage_table = record_table("coverageTable", self.coverage_model)
        self.due_grid = grid_combo(self.ctx, self.tr("All grids"))
        self.due_days = QSpinBox()
        self.due_days.setRange(1, 3650)
        self.due_days.setValue(DUE_DAYS)
        self.due_days.setSuffix(self.tr(" days"))
        self.flagged_only = QCheckBox(self.tr("Only flagged households not visited this month"))
        self.due_model = DueTableModel(self)
        self.due_table = record_table("dueTable", self.due_model)
        self.due_count = QLabel()
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Visits from")))
        period.addWidget(self.coverage_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.coverage_to)
        period.addWidget(self.coverage_by)
        period.addWidget(self.coverage_area, 1)
        due = QHBoxLayout()
        due.addWidget(QLabel(self.tr("<b>Due a visit:</b> never visited, or not for more than")))
        due.addWidget(self.due_days)
        due.addWidget(self.due_grid, 1)
        due.addWidget(self.flagged_only)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(period)
        layout.addWidget(self.coverage_table, 3)
        layout.addLayout(due)
        layout.addWidget(self.due_table, 2)
        layout.addWidget(self.due_count)
        for edit in (self.coverage_from, self.coverage_to):
            edit.dateChanged.connect(self.show_coverage)
        self.coverage_by.currentIndexChanged.connect(self.show_coverage)
        self.coverage_by.currentIndexChanged.connect(self._enable_coverage_area)
        self.coverage_area.currentIndexChanged.connect(self.show_coverage)
        self.coverage_table.selectionModel().currentRowChanged.connect(self._coverage_chosen)
        self.due_grid.currentIndexChanged.connect(self.show_due)
        self.due_days.valueChanged.connect(self.show_due)
        self.flagged_only.toggled.connect(self.show_due)
        self.flagged_only.toggled.connect(self.due_days.setDisabled)
        self.due_table.activated.connect(self._open_due_household)
        self.coverage_table.setColumnWidth(0, 180)
        for column, width in enumerate((52, 130, 230, 70, 150)):
            self.due_table.setColumnWidth(column, width)
        return tab

    def show_coverage(self) -> None:
        """Coverage of the chosen period, per grid or per officer."""
        first, last = pydate(self.coverage_from.date()), pydate(self.coverage_to.date())
        ledger = self.ctx.households.ledger
        try:
            if self.coverage_by.currentData() == "officer":
                lines = ledger.coverage_by_officer(first, last)
            else:
                lines = ledger.coverage_by_grid(first, last, self.coverage_area.currentData())
        except StationDeskError:
            lines = []
        self.coverage_model.set_lines(lines)
        self.show_due()

    def _enable_coverage_area(self) -> None:
        """The area narrows the per-grid list only."""
        self.coverage_area.setEnabled(self.coverage_by.currentData() == "grid")

    def _coverage_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A grid chosen in the coverage list lists its households due a visit."""
        if not current.isValid() or self.coverage_by.currentData() != "grid":
            return
        grid_id = self.coverage_model.id_at(current.row())
        self.due_grid.setCurrentIndex(max(0, self.due_grid.findData(grid_id)))

    def show_due(self) -> None:
        """The households due a visit in the chosen grid, flagged first."""
        flagged = self.flagged_only.isChecked()
        lines = self.ctx.households.ledger.due_households(
            self.due_grid.currentData(),
            days=None if flagged else self.due_days.value(),
            flagged_only=flagged,
            limit=DUE_LIMIT,
        )
        self.due_model.set_lines(lines)
        shown = self.tr("%1 households due a visit").replace("%1", str(len(lines)))
        if len(lines) == DUE_LIMIT:
            shown += self.tr(" (the first %1)").replace("%1", str(DUE_LIMIT))
        self.due_count.setText(shown)

    def _open_due_household(self, index: QModelIndex) -> None:
        household_id = self.due_model.id_at(index.row())
        if household_id is not None:
            self.show_household(household_id)

    # -- page protocol -------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: register a new household."""
        if not self.new_button.isEnabled():
            return
        household_id, saved = HouseholdDialog.register(self.ctx, self)
        if saved and household_id is not None:
            self.refresh()
            self.show_household(
                household_id, self.tr("Saved household No. %1.").replace("%1", str(household_id))
            )

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: the cursor in the find box of the households list."""
        self.tabs.setCurrentIndex(HOUSEHOLDS_TAB)
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()

    def show_found(self, query: str) -> None:
        """The households and visits lists narrowed to what the find box matches."""
        found = self.find_chip.narrow(query)
        if found != self.household_model.filter.found:
            self.household_model.set_filter(replace(self.household_model.filter, found=found))
            self._count_households()
            self.visit_model.set_filter(replace(self.visit_model.filter, found=found))

    def export_list(self) -> None:
        """File > Export list...: the list of the tab shown, as filtered; on the coverage tab
        the households due a visit when that list has the cursor, else the coverage."""
        ledger, lang = self.ctx.households.ledger, self.ctx.language
        if self.tabs.currentIndex() == HOUSEHOLDS_TAB:
            flt = self.household_model.filter
            export_list(self, self.ctx, "households", lambda: household_list(ledger, lang, flt))
        elif self.tabs.currentIndex() == VISITS_TAB:
            shown = self.visit_model.filter
            export_list(self, self.ctx, "visits", lambda: visit_list(ledger, lang, shown))
        elif self.due_table.hasFocus():
            flagged = self.flagged_only.isChecked()
            grid_id, days = self.due_grid.currentData(), self.due_days.value()
            export_list(
                self,
                self.ctx,
                "due",
                lambda: due_list(
                    ledger, lang, grid_id, days=None if flagged else days, flagged_only=flagged
                ),
            )
        else:
            first, last = pydate(self.coverage_from.date()), pydate(self.coverage_to.date())
            by = self.coverage_by.currentData()
            export_list(
                self, self.ctx, "coverage", lambda: coverage_list(ledger, lang, first, last, by)
            )

    def print_current(self) -> None:
        """Ctrl+P: the visit record on the visits tab, else the household card shown."""
        if self.tabs.currentIndex() == VISITS_TAB and self.chosen_visit() is not None:
            self._print_chosen_visit()
        elif self.tabs.currentIndex() == COVERAGE_TAB:
            self.print_ledger()
        elif self.shown_household() is not None:
            self.print_card(self.shown_household())
        else:
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Choose a household in the list first.")
            )

    def print_card(self, household_id: int | None) -> None:
        """Save a household card as a PDF."""
        if household_id is None:
            return
        from stationdesk.reports.household_forms import write_household_card

        def write(path: Path) -> None:
            write_household_card(self.ctx.store, household_id, path, lang=self.ctx.language)

        preview_pdf(
            self,
            self.ctx,
            self.tr("Save the household card as"),
            f"household-{household_id}.pdf",
            write,
            record=("households", household_id, "household card"),
        )

    def print_visit(self, visit_id: int) -> None:
        """Save a visit record as a PDF."""
        from stationdesk.reports.household_forms import write_visit_record

        def write(path: Path) -> None:
            write_visit_record(self.ctx.store, visit_id, path, lang=self.ctx.language)

        preview_pdf(
            self,
            self.ctx,
            self.tr("Save the visit record as"),
            f"visit-{visit_id}.pdf",
            write,
            record=("visits", visit_id, "visit record"),
        )

    def print_ledger(self) -> None:
        """Save the visit ledger of the visits list's period and grid as a PDF."""
        from stationdesk.reports.household_forms import write_visit_ledger

        flt = self.visit_filter()
        assert flt.date_from is not None and flt.date_to is not None
        first, last = flt.date_from, flt.date_to
        if first > last:
            QMessageBox.information(
                self, self.tr("Print"), self.tr("The period starts after it ends.")
            )
            return

        def write(path: Path) -> None:
            write_visit_ledger(
                self.ctx.store, first, last, path, lang=self.ctx.language, grid_id=flt.grid_id
            )

        preview_pdf(
            self,
            self.ctx,
            self.tr("Save the visit ledger as"),
            f"visits-{first.isoformat()}-{last.isoformat()}.pdf",
            write,
            record=("visits", 0, f"visit ledger {first.isoformat()} to {last.isoformat()}"),
        )

    # -- changes -------------------------------------------------------------------------
    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in WATCHED_KINDS:
            self._pending.start()

    def refresh(self) -> None:
        """Re-read the lists, the coverage and the household shown."""
        self._pending.stop()
        self.household_model.refresh()
        self._count_households()
        self.visit_model.refresh()
        self.show_coverage()
        shown = self.shown_household()
        if shown is not None:
            row = self.household_model.row_of(shown)
            select_row(
                self.household_table, None if row is None else self.household_model.index(row, 0)
            )

    def _on_dispute_opened(self, dispute_id: int) -> None:
        self.dispute_opened.emit(dispute_id)
