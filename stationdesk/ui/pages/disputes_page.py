"""Disputes: the filtered ledger on the left, the intake form and the detail panels on the right."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.dispute_ledger import DisputeFilter, DisputeLedger, LedgerCounts
from stationdesk.domain.grids import grid_paths
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text
from stationdesk.ui.models import dispute_model as columns
from stationdesk.ui.models.dispute_model import DisputeTableModel
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import offer
from stationdesk.ui.printing import preview_pdf
from stationdesk.ui.widgets.dispute_filter_bar import DisputeFilterBar
from stationdesk.ui.widgets.find_box import FindChip
from stationdesk.ui.widgets.lazy_panel import AfterFirstPaint, LazyPanel
from stationdesk.ui.widgets.record_table import RowFollower, setup_record_table

if TYPE_CHECKING:
    from stationdesk.domain.roster import Officer
    from stationdesk.ui.forms.dispute_form import DisputeForm
    from stationdesk.ui.forms.dispute_intake import IntakeController
    from stationdesk.ui.widgets.history_view import HistoryView

KIND = "disputes"
FOUND_KINDS = ("disputes", "people")  # the find box lists disputes it matches or their parties
COUNTS_READ = "dispute counts"
WATCHED_KINDS = frozenset({"disputes", "people", "officers", "grids"})
MY_OFFICER_KEY = "disputes/my_officer_id"
LAYOUT_KEYS = ("disputes/header", "disputes/splitter")
COLUMN_WIDTHS = {
    columns.NUMBER: 48,
    columns.RECEIVED: 86,
    columns.HOW: 72,
    columns.CATEGORY: 84,
    columns.GRID: 100,
    columns.SUMMARY: 180,
    columns.PARTIES: 120,
    columns.GRADE: 46,
    columns.OFFICER: 64,
    columns.DEADLINE: 180,
}
COUNTS_STYLE = "QLabel#disputeCounts { color: palette(text); padding: 2px; }"


class DisputesPage(Page):
    """Find a dispute, record a new one, follow it through mediation to its end."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown_id: int | None = None
        self._panels: list[QWidget] = []
        self._detail: DisputeDetail | None = None
        self.model = DisputeTableModel(ctx.disputes, self)
        self._build()
        self._restore_layout()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._connect()
        self.refresh_choices()
        self.filters.set_my_grids(ctx.permissions.own_grids())
        offer(self.filters.new_button, ctx.permissions.records(KIND))
        self._list_first_page()
        self.rows.select_first()
        # The form, the detail tabs and the counts come once the list is on screen (the form
        # sooner when first asked for).
        AfterFirstPaint(self.table, self._after_first_paint)

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:
        self.filters = DisputeFilterBar()
        self.find_chip = FindChip(self.ctx.search, FOUND_KINDS)
        self.table = self._build_table()
        self.counts = QLabel()
        self.counts.setObjectName("disputeCounts")
        self.shown_figure = QLabel()
        self.shown_figure.setObjectName("shownFigure")
        self.shown_figure.setWordWrap(True)
        self.shown_figure.setVisible(False)
        self.counts.setStyleSheet(COUNTS_STYLE)
        pane = QWidget()
        pane.setMinimumWidth(420)
        left = QVBoxLayout(pane)
        left.setContentsMargins(0, 0, 4, 0)
        left.addWidget(self.filters)
        left.addLayout(self.find_chip.row)
        left.addWidget(self.shown_figure)
        left.addWidget(self.table, 1)
        left.addWidget(self.counts)
        self.detail_holder = QWidget()
        self.detail_holder.setMinimumWidth(470)
        self.detail_layout = QVBoxLayout(self.detail_holder)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(pane)
        self.splitter.addWidget(self.detail_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("disputeTable")
        table.setModel(self.model)
        # The indicator first: enabling sorting then asks for the order the model already has.
        table.horizontalHeader().setSortIndicator(columns.RECEIVED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        setup_record_table(table)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        return table

    def _after_first_paint(self) -> None:
        self._build_detail()
        self.update_counts()

    def _build_detail(self) -> DisputeDetail:
        """The right side, built once: the intake form, the detail tabs and the history,
        showing the dispute chosen so far."""
        if self._detail is None:
            # Imported here: the list does not need them to open.
            from stationdesk.ui.forms.dispute_form import DisputeForm
            from stationdesk.ui.forms.dispute_intake import IntakeController
            from stationdesk.ui.widgets.history_view import HistoryView

            form = DisputeForm()
            history = HistoryView(self.ctx.store)
            tabs = QTabWidget()
            tabs.setObjectName("disputeTabs")
            tabs.addTab(form, self.tr("Intake"))
            tabs.addTab(history, self.tr("History"))
            intake = IntakeController(self.ctx, form, self, self._shown_id)
            self._detail = DisputeDetail(form, intake, history, tabs)
            self.detail_layout.addWidget(tabs)
            tabs.show()  # at once, even when asked for by a shortcut before the loop turns
            self._add_panels()
            form.cancel_button.clicked.connect(self.cancel)
            intake.saved.connect(self._on_saved)
            history.show_record(KIND, self._shown_id)
        return self._detail

    @property
    def tabs(self) -> QTabWidget:
        """The intake form, the detail panels and the history, as tabs."""
        return self._build_detail().tabs

    @property
    def form(self) -> DisputeForm:
        """The intake form."""
        return self._build_detail().form

    @property
    def intake(self) -> IntakeController:
        """What drives the intake form."""
        return self._build_detail().intake

    @property
    def history(self) -> HistoryView:
        """The dispute's history."""
        return self._build_detail().history

    @property
    def panels(self) -> list[QWidget]:
        """The detail panels, in tab order."""
        self._build_detail()
        return self._panels

    def _add_panels(self) -> None:
        """The detail tabs, each made (and its module imported) when first opened."""
        ctx = self.ctx
        self.add_detail_panel(self.tr("Sessions"), LazyPanel(lambda: _sessions_panel(ctx)))
        self.add_detail_panel(
            self.tr("Outcome && agreement"), LazyPanel(lambda: _outcome_panel(ctx))
        )
        self.add_detail_panel(self.tr("Follow-ups"), LazyPanel(lambda: _followups_panel(ctx)))

    def add_detail_panel(self, title: str, widget: QWidget) -> None:
        """Add a detail tab before History; it gets show_dispute(id) with every selection."""
        self.tabs.insertTab(self.tabs.indexOf(self.history), widget, title)
        self._panels.append(widget)
        show = getattr(widget, "show_dispute", None)
        if show is not None:
            show(self._shown_id)

    def _restore_layout(self) -> None:
        for key, part in self._layout_parts().items():
            state = self.ctx.settings.value(key)
            if isinstance(state, QByteArray):
                part.restoreState(state)

    def _layout_parts(self) -> dict[str, QHeaderView | QSplitter]:
        return dict(zip(LAYOUT_KEYS, (self.table.horizontalHeader(), self.splitter), strict=True))

    def save_layout(self) -> None:
        """Remember column widths and the split."""
        for key, part in self._layout_parts().items():
            self.ctx.settings.setValue(key, part.saveState())

    def _connect(self) -> None:
        header = self.table.horizontalHeader()
        header.sectionResized.connect(self.save_layout)
        header.sectionMoved.connect(self.save_layout)
        self.splitter.splitterMoved.connect(self.save_layout)
        self.filters.changed.connect(self.apply_filter)
        self.find_chip.cleared.connect(self.find_cleared)
        self.filters.new_button.clicked.connect(self.new_record)
        self.rows = RowFollower(
            self.table, self.model, lambda: self._shown_id, self._show, self._may_leave
        )
        self.filters.text.returnPressed.connect(self.rows.focus_list)
        self.model.modelReset.connect(self._after_reset)
        self.ctx.events.records_changed.connect(self._on_records_changed)

    def _may_leave(self) -> bool:
        """Whether the form may show another dispute (asking about unsaved edits)."""
        return self._detail is None or self._detail.intake.confirm_discard()

    # -- page protocol -------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: an empty intake form, the cursor in its first field."""
        if not self.filters.new_button.isEnabled() or not self._may_leave():
            return
        self.rows.select(None)
        self._show(None)
        self.tabs.setCurrentWidget(self.form)
        self.form.received_on.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> None:
        """Ctrl+S: save the intake form, or the form of the panel on show."""
        current = self.tabs.currentWidget()
        if current in self.panels:
            panel = current.built() if isinstance(current, LazyPanel) else current
            if hasattr(panel, "save"):
                panel.save()
                return
        self.intake.save()

    def cancel(self) -> None:
        """Esc: drop the edits; show the dispute as saved, or an empty form."""
        self._show(self._shown_id)
        self.rows.select(self._shown_id)

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: the cursor in the find box."""
        self.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.text.selectAll()

    def show_found(self, query: str) -> None:
        """The list narrowed to the disputes the find box matches, with their parties'."""
        found = self.find_chip.narrow(query)
        if found != self.model.filter.found:
            self.model.set_filter(replace(self.model.filter, found=found))
            self.update_counts()

    def export_list(self) -> None:
        """File > Export list...: the ledger as filtered and sorted now."""
        from stationdesk.spreadsheets.export import dispute_list
        from stationdesk.ui.exporting import export_list

        model = self.model
        export_list(
            self,
            self.ctx,
            "disputes",
            lambda: dispute_list(
                self.ctx.store,
                self.ctx.language,
                model.filter,
                model.sort_key,
                descending=model.descending,
            ),
        )

    def print_current(self) -> None:
        """Ctrl+P: the registration form of the dispute shown, in the print preview."""
        dispute_id = self._shown_id
        if dispute_id is None:
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Choose a dispute in the list first.")
            )
            return
        try:
            from stationdesk.reports.dispute_forms import write_registration_form
        except ImportError:
            QMessageBox.information(
                self,
                self.tr("Print"),
                self.tr("Printing the registration form is not part of this version yet."),
            )
            return

        def write(path: Path) -> None:
            write_registration_form(self.ctx.store, dispute_id, path, lang=self.ctx.language)

        preview_pdf(
            self,
            self.ctx,
            self.tr("Dispute registration form %1").replace("%1", str(dispute_id)),
            f"dispute-{dispute_id}.pdf",
            write,
            record=("disputes", dispute_id, "dispute"),
        )

    # -- list -------------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """The grids and officers the filters offer, and the signed-in user's officer."""
        grids = grid_paths(self.ctx.grids.all(), levels=(1, 2, 3))
        officers = self.ctx.roster.officers(include_left=True)
        on_roll = [o for o in officers if o.active]
        self.filters.set_choices(
            grids, [(o.id, o.name) for o in officers], self.my_officer_id(on_roll)
        )

    def my_officer_id(self, officers: list[Officer]) -> int | None:
        """Among `officers` (those on the roll), the one the signed-in account is linked to,
        else the one chosen in the settings, else the one named like the signed-in user."""
        session = self.ctx.store.session
        if session is not None:
            linked = self.ctx.accounts.get(session.account_id).officer_id
            if any(o.id == linked for o in officers):
                return linked
        chosen = self.ctx.settings.value(MY_OFFICER_KEY)
        if chosen not in (None, ""):
            try:
                wanted = int(str(chosen))
            except ValueError:
                wanted = None
            if any(o.id == wanted for o in officers):
                return wanted
        actor = self.ctx.store.actor.strip().casefold()
        return next(
            (o.id for o in officers if actor in (o.name.casefold(), o.badge_no.casefold())), None
        )

    def _list_first_page(self) -> None:
        """The list as the filters start (the model has read it already unless they differ);
        it is counted once on screen, so that the count's worker does not slow its first paint."""
        start = self.filters.current()
        if start != self.model.filter:
            self.model.set_filter(start)
        self.counts.setText(self.tr("Counting…"))

    def apply_filter(self) -> None:
        """Show the disputes the filters describe, keeping the one shown selected if listed."""
        self.shown_figure.setVisible(False)
        self.model.set_filter(replace(self.filters.current(), found=self.model.filter.found))
        self.update_counts()

    def show_filter(self, flt: DisputeFilter, description: str) -> None:
        """List the disputes behind a figure of the dashboard; any change of filter ends it."""
        self.filters.apply_saved("all")
        self.model.set_filter(replace(flt, found=self.model.filter.found))
        self.update_counts()
        self.shown_figure.setText(
            self.tr("Showing the disputes behind: %1 (change any filter to leave)").replace(
                "%1", description
            )
        )
        self.shown_figure.setVisible(True)
        self.rows.select_first()

    def open_dispute(self, dispute_id: int) -> None:
        """Show one dispute in the form (and select it when the list holds it)."""
        if dispute_id != self._shown_id and not self._may_leave():
            return
        self._show(dispute_id)
        self.rows.select(dispute_id)

    def refresh(self) -> None:
        """Re-read the list, the counts, the choices and the dispute shown."""
        self._pending.stop()
        self.refresh_choices()
        self.model.refresh()
        self.update_counts()
        detail = self._detail
        if detail is None:
            return
        if self._shown_id is not None and not detail.intake.is_dirty():
            detail.intake.show(self._shown_id, detail.form.message.text())
        detail.history.show_record(KIND, self._shown_id)

    def update_counts(self) -> None:
        """'312 disputes · 18 overdue · 5 grade A/B open', counted on a worker (a million
        disputes take a moment); 'Counting…' until the first answer."""
        flt, today = self.model.filter, self.ctx.disputes.ledger.today
        if not self.counts.text():
            self.counts.setText(self.tr("Counting…"))
        self.ctx.reads.read(
            COUNTS_READ,
            lambda store: DisputeLedger(store, today).counts(flt),
            self._show_counts,
            self._show_count_failed,
        )

    def _show_counts(self, counts: LedgerCounts) -> None:
        parts = [
            self.tr("%1 disputes").replace("%1", str(counts.total)),
            self.tr("%1 open").replace("%1", str(counts.open)),
            self.tr("%1 overdue").replace("%1", str(counts.overdue)),
            self.tr("%1 grade A/B open").replace("%1", str(counts.open_high_grade)),
        ]
        self.counts.setText("  ·  ".join(parts))

    def _show_count_failed(self, error: Exception) -> None:
        self.counts.setText(
            self.tr("The disputes could not be counted: %1").replace("%1", user_text(error))
        )

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in WATCHED_KINDS:
            self._pending.start()

    def _after_reset(self) -> None:
        self.rows.select(self._shown_id)

    # -- selection -----------------------------------------------------------------
    def shown_id(self) -> int | None:
        """The dispute in the form, or None for a new one."""
        return self._shown_id

    def _show(self, dispute_id: int | None) -> None:
        self._shown_id = dispute_id
        detail = self._detail
        if detail is None:
            return  # the detail side shows it when built
        detail.intake.show(dispute_id)
        for panel in self._panels:
            show = getattr(panel, "show_dispute", None)
            if show is not None:
                show(dispute_id)
        detail.history.show_record(KIND, dispute_id)

    def _on_saved(self, dispute_id: int) -> None:
        self._shown_id = dispute_id
        for panel in self._panels:
            getattr(panel, "show_dispute", lambda _id: None)(dispute_id)
        self.history.show_record(KIND, dispute_id)
        self.model.refresh()
        self.update_counts()
        self.rows.select(dispute_id)


def _sessions_panel(ctx: AppContext) -> QWidget:
    from stationdesk.ui.widgets.dispute_sessions import SessionsPanel

    return SessionsPanel(ctx)


def _outcome_panel(ctx: AppContext) -> QWidget:
    from stationdesk.ui.widgets.dispute_outcome import OutcomePanel

    return OutcomePanel(ctx)


def _followups_panel(ctx: AppContext) -> QWidget:
    from stationdesk.ui.widgets.dispute_followups import FollowupsPanel

    return FollowupsPanel(ctx)


@dataclass(frozen=True)
class DisputeDetail:
    """The right side of the page: the intake form and what drives it, the history, the tabs."""

    form: DisputeForm
    intake: IntakeController
    history: HistoryView
    tabs: QTabWidget
