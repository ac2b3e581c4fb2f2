"""Injuries on duty: the incident list with its detail tabs, the bureau's figures, and the
agreement hospitals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.injuries import IncidentFilter
from stationdesk.domain.labels import INCIDENT_CAUSES, INCIDENT_STATUSES
from stationdesk.spreadsheets.ledger_lists import incident_list
from stationdesk.ui.context import AppContext
from stationdesk.ui.exporting import export_list
from stationdesk.ui.forms.incident_form import IncidentForm
from stationdesk.ui.models import incident_model as columns
from stationdesk.ui.models.incident_model import IncidentTableModel
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import offer
from stationdesk.ui.printing import preview_pdf
from stationdesk.ui.widgets.dispute_panel import label
from stationdesk.ui.widgets.find_box import FindChip
from stationdesk.ui.widgets.history_view import HistoryView
from stationdesk.ui.widgets.hospital_list import HospitalList
from stationdesk.ui.widgets.injury_panels import InjuriesPanel, RightsPanel
from stationdesk.ui.widgets.injury_summary import InjurySummary
from stationdesk.ui.widgets.record_table import RowFollower, setup_record_table

KIND = "incidents"
FOUND_KINDS = ("injuries", "officers")  # the find box lists incidents it matches or their officers'
WATCHED_KINDS = frozenset(
    {"incidents", "injuries", "compensation_payments", "legal_aid", "comfort_visits", "officers"}
)
COLUMN_WIDTHS = {
    columns.NUMBER: 44,
    columns.OCCURRED: 118,
    columns.CAUSE: 130,
    columns.ACTIVITY: 96,
    columns.OFFICERS: 110,
    columns.OUTCOME: 110,
    columns.DAYS: 70,
    columns.PAID: 110,
}


class InjuriesPage(Page):
    """Record an officer hurt or wronged on duty and follow the protection of their rights."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown_id: int | None = None
        self.model = IncidentTableModel(ctx.injuries, self)
        self._build()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._connect()
        self.refresh_years()
        self.apply_filter()
        self.rows.select_first()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.sections = QTabWidget()
        self.sections.setObjectName("injurySections")
        self.sections.addTab(self._incidents_tab(), self.tr("Incidents"))
        self.summary = InjurySummary(self.ctx)
        self.sections.addTab(self.summary, self.tr("Summary"))
        self.hospitals = HospitalList(self.ctx)
        self.sections.addTab(self.hospitals, self.tr("Green-channel hospitals"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)

    def _incidents_tab(self) -> QWidget:
        self.year = QComboBox()
        self.year.setObjectName("incidentYear")
        self.cause = QComboBox()
        self.cause.addItem(self.tr("Any cause"), None)
        for code, text in INCIDENT_CAUSES.items():
            self.cause.addItem(label(text), code)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open and closed"), None)
        for code, text in INCIDENT_STATUSES.items():
            self.status.addItem(label(text), code)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("Filter: number, officer, place, case no. (Ctrl+Shift+F)")
        )
        self.text.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New incident"))
        self.new_button.setToolTip(self.tr("Record an officer hurt or wronged on duty (Ctrl+N)"))
        filters = QHBoxLayout()
        for widget in (self.year, self.cause, self.status):
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.new_button)
        self.table = QTableView()
        self.table.setObjectName("incidentTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            columns.OCCURRED, Qt.SortOrder.DescendingOrder
        )
        setup_record_table(self.table)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.counts = QLabel()
        self.counts.setObjectName("incidentCounts")
        self.find_chip = FindChip(self.ctx.search, FOUND_KINDS)
        pane = QWidget()
        left = QVBoxLayout(pane)
        left.setContentsMargins(0, 0, 4, 0)
        left.addLayout(filters)
        left.addLayout(self.find_chip.row)
        left.addWidget(self.table, 1)
        left.addWidget(self.counts)
        self.form = IncidentForm(self.ctx)
        self.injuries = InjuriesPanel(self.ctx)
        self.rights = RightsPanel(self.ctx)
        self.history = HistoryView(self.ctx.store)
        self.detail = QTabWidget()
        self.detail.setObjectName("incidentTabs")
        self.detail.setMinimumWidth(460)
        self.detail.addTab(self.form, self.tr("Incident"))
        self.detail.addTab(self.injuries, self.tr("Injuries (private)"))
        self.detail.addTab(self.rights, self.tr("Rights protection"))
        self.detail.addTab(self.history, self.tr("History"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(pane)
        splitter.addWidget(self.detail)
        splitter.setSizes([700, 500])
        return splitter

    def _connect(self) -> None:
        for combo in (self.year, self.cause, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.text.textChanged.connect(self.apply_filter)
        self.find_chip.cleared.connect(self.find_cleared)
        self.rows = RowFollower(
            self.table, self.model, lambda: self._shown_id, self._show, self.form.confirm_discard
        )
        self.text.returnPressed.connect(self.rows.focus_list)
        self.new_button.clicked.connect(self.new_record)
        offer(self.new_button, self.ctx.permissions.records("incidents"))
        self.model.modelReset.connect(lambda: self.rows.select(self._shown_id))
        self.form.saved.connect(self._on_saved)
        self.summary.print_button.clicked.connect(self.print_register)
        self.ctx.events.records_changed.connect(self._on_records_changed)

    # -- page protocol -----------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: an empty incident form, the cursor in its first field."""
        if not self.new_button.isEnabled() or not self.form.confirm_discard():
            return
        self.sections.setCurrentIndex(0)
        self.rows.select(None)
        self._show(None)
        self.detail.setCurrentWidget(self.form)
        self.form.occurred_at.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> None:
        """Ctrl+S: save the form on show (on Rights protection: the case)."""
        current = self.sections.currentWidget()
        if current is self.hospitals:
            self.hospitals.save()
        elif self.detail.currentWidget() is self.injuries:
            self.injuries.save()
        elif self.detail.currentWidget() is self.rights:
            self.rights.save_case()
        elif self.detail.currentWidget() is self.form:
            self.form.save()

    def cancel(self) -> None:
        """Esc: drop the edits of the incident form."""
        self.form.cancel()

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: the cursor in the find box."""
        self.sections.setCurrentIndex(0)
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def show_found(self, query: str) -> None:
        """The list narrowed to the incidents the find box matches."""
        found = self.find_chip.narrow(query)
        if found != self.model.filter.found:
            self.model.set_filter(replace(self.model.filter, found=found))
            self.update_counts()

    def open_incident(self, incident_id: int) -> None:
        """Show one incident (found elsewhere), selected when the list holds it."""
        if incident_id != self._shown_id and not self.form.confirm_discard():
            return
        self.sections.setCurrentIndex(0)
        self._show(incident_id)
        self.rows.select(incident_id)

    def export_list(self) -> None:
        """File > Export list...: the incidents as filtered and sorted now, masked (medical
        details only go into a full export, which the command line's --full makes)."""
        model, service = self.model, self.ctx.injuries
        export_list(
            self,
            self.ctx,
            "injuries",
            lambda: incident_list(
                service,
                self.ctx.language,
                model.filter,
                model.sort_key,
                descending=model.descending,
                medical=False,
            ),
        )

    def print_current(self) -> None:
        """Ctrl+P: the injury report (on the Rights protection tab: the case summary)."""
        if self.sections.currentWidget() is self.summary:
            self.print_register()
            return
        incident_id = self._shown_id
        if incident_id is None:
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Choose an incident in the list first.")
            )
            return
        from stationdesk.reports.injury_forms import write_case_summary, write_injury_report

        if self.detail.currentWidget() is self.rights:
            self._write_pdf(write_case_summary, incident_id, "injury-case", incident_id)
        else:
            self._write_pdf(write_injury_report, incident_id, "injury", incident_id)

    def print_register(self) -> None:
        """The annual register of the year shown in the summary."""
        from stationdesk.reports.injury_forms import write_injury_register

        year = self.summary.year.value()
        self._write_pdf(write_injury_register, year, "injuries", 0)

    def _write_pdf(
        self, writer: Callable[..., None], key: int, form: str, incident_id: int
    ) -> None:
        """`form` names the file and the printout in the history (incident 0: the register)."""

        def write(path: Path) -> None:
            writer(self.ctx.store, key, path, lang=self.ctx.language)

        preview_pdf(
            self,
            self.ctx,
            self.tr("Save the PDF as"),
            f"{form}-{key}.pdf",
            write,
            record=("incidents", incident_id, form if incident_id else f"{form} {key}"),
        )

    # -- list ----------------------------------------------------------------------------------
    def refresh_years(self) -> None:
        """The years the year filter offers (this year always), keeping the choice."""
        chosen = self.year.currentData()
        years = sorted({date.today().year, *self.ctx.injuries.years()}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)

    def current_filter(self) -> IncidentFilter:
        """What the filter bar describes."""
        return IncidentFilter(
            year=self.year.currentData(),
            cause=self.cause.currentData(),
            status=self.status.currentData(),
            text=self.text.text(),
            found=self.model.filter.found,
        )

    def apply_filter(self) -> None:
        """Show the incidents the filters describe."""
        self.model.set_filter(self.current_filter())
        self.update_counts()

    def update_counts(self) -> None:
        """'14 incidents'."""
        count = self.ctx.injuries.count(self.model.filter)
        self.counts.setText(self.tr("%1 incidents").replace("%1", str(count)))

    def refresh(self) -> None:
        """Re-read the list and the years after a change."""
        self._pending.stop()
        self.refresh_years()
        self.model.refresh()
        self.update_counts()
        if self._shown_id is not None and not self.form.is_dirty():
            self.form.show_incident(self._shown_id, self.form.message.text())
        self.history.show_record(KIND, self._shown_id)

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in WATCHED_KINDS:
            self._pending.start()

    # -- selection -----------------------------------------------------------------------------
    def shown_id(self) -> int | None:
        """The incident shown, or None for a new one."""
        return self._shown_id

    def _show(self, incident_id: int | None) -> None:
        self._shown_id = incident_id
        self.form.show_incident(incident_id)
        self.injuries.show_incident(incident_id)
        self.rights.show_incident(incident_id)
        self.history.show_record(KIND, incident_id)

    def _on_saved(self, incident_id: int) -> None:
        shown = None if self.form.incident is None else incident_id
        self._shown_id = shown
        self.injuries.show_incident(shown)
        self.rights.show_incident(shown)
        self.history.show_record(KIND, shown)
        self.refresh()
        self.rows.select(shown)
