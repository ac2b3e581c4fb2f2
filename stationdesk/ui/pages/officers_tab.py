"""Officers: the filtered list on the left, the officer's form and history on the right."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.grids import Grid
from stationdesk.domain.labels import CONTEXT, TEAMS
from stationdesk.domain.roster import GridWarning, OfficerInput
from stationdesk.domain.roster import validate as validate_officer
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.spreadsheets.export import officer_list
from stationdesk.ui.context import AppContext
from stationdesk.ui.exporting import export_list
from stationdesk.ui.forms.officer_form import OfficerForm
from stationdesk.ui.models import officer_model as columns
from stationdesk.ui.models.officer_model import OfficerFilterProxy, OfficerTableModel
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import hold_read_only, offer, read_only_note
from stationdesk.ui.printing import print_roster_sheet
from stationdesk.ui.widgets.find_box import FindChip
from stationdesk.ui.widgets.grid_picker import GridOption
from stationdesk.ui.widgets.history_view import HistoryView
from stationdesk.ui.widgets.record_table import RowFollower, setup_record_table

KIND = "officers"
WATCHED_KINDS = frozenset({"officers", "grids"})
MAX_WARNINGS_SHOWN = 6
MAX_COLUMN_WIDTH = 170
MAX_GRIDS_WIDTH = 260
LAYOUT_KEYS = ("officers/header", "officers/splitter", "officers/detail_splitter")
BANNER_STYLE = (
    "QLabel#gridWarnings { background: #fff4ce; border: 1px solid #e0b000;"
    " border-radius: 4px; padding: 6px 8px; color: #4a3b00; }"
)


class OfficersTab(Page):
    """Find an officer, change their details and grids, add or void one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown_id: int | None = None
        self._grid_paths: dict[int, str] = {}
        self.editing = ctx.permissions.roster()
        self.model = OfficerTableModel(ctx.roster, ctx.grids, ctx.events, self)
        self.proxy = OfficerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # Before the view's selection model connects: rows leaving the list must not
        # count as the user choosing another officer.
        self.proxy.rowsAboutToBeRemoved.connect(self._list_change_starts)
        self.proxy.rowsRemoved.connect(self._list_change_ends)
        self._build()
        self._restore_layout()
        self._snapshot: OfficerInput = self.form.read()
        self._connect()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh_views)
        ctx.events.records_changed.connect(self._on_records_changed)
        self.refresh_views()
        self._show(None)
        self.rows.select_first()

    # -- construction --------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("gridWarnings")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.form = OfficerForm()
        self.history = HistoryView(self.ctx.store)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list_pane())
        splitter.addWidget(self._build_detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 470])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _build_list_pane(self) -> QWidget:
        self.filter = QLineEdit()
        self.filter.setObjectName("officerFilter")
        self.filter.setPlaceholderText(self.tr("Filter officers: name, badge, phone, grid"))
        self.filter.setClearButtonEnabled(True)
        self.team_filter = QComboBox()
        self.team_filter.addItem(self.tr("All teams"), None)
        for code, text in TEAMS.items():
            self.team_filter.addItem(QCoreApplication.translate(CONTEXT, text), code)
        self.status_filter = QComboBox()
        for code, text in (
            ("active", self.tr("Active")),
            ("left", self.tr("Left the station")),
            ("all", self.tr("Active and left")),
        ):
            self.status_filter.addItem(text, code)
        self.new_button = QPushButton(self.tr("New officer"))
        self.new_button.setToolTip(self.tr("Start a new officer (Ctrl+N)"))
        self.table = self._build_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("officerCount")
        self.find_chip = FindChip(self.ctx.search, ("officers",))
        self.find_chip.cleared.connect(self.find_cleared)
        pane = QWidget()
        pane.setMinimumWidth(420)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 4, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Team")))
        filters.addWidget(self.team_filter, 1)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_filter, 1)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(self.find_chip.row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        return pane

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("officerTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(columns.NAME, Qt.SortOrder.AscendingOrder)
        setup_record_table(table)
        return table

    def _build_detail_pane(self) -> QWidget:
        self.form.setMinimumWidth(440)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(read_only_note(self.editing))
        form_layout.addWidget(self.form, 1)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(8, 0, 8, 0)
        history_layout.addWidget(QLabel(self.tr("History of this officer")))
        history_layout.addWidget(self.history, 1)
        self.history.setMinimumHeight(90)
        pane = QSplitter(Qt.Orientation.Vertical)
        pane.setChildrenCollapsible(False)
        pane.addWidget(form_box)
        pane.addWidget(history_box)
        pane.setStretchFactor(0, 3)
        pane.setStretchFactor(1, 1)
        pane.setSizes([520, 150])
        self.detail_splitter = pane
        return pane

    def _layout_parts(self) -> dict[str, QHeaderView | QSplitter]:
        parts = (self.table.horizontalHeader(), self.splitter, self.detail_splitter)
        return dict(zip(LAYOUT_KEYS, parts, strict=True))

    def _restore_layout(self) -> None:
        """Column widths and pane sizes as the clerk left them, else fitted to the text."""
        self._fit_columns()
        for key, part in self._layout_parts().items():
            state = self.ctx.settings.value(key)
            if isinstance(state, QByteArray):
                part.restoreState(state)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.proxy.columnCount()):
            limit = MAX_GRIDS_WIDTH if column == columns.GRIDS else MAX_COLUMN_WIDTH
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, limit))

    def save_layout(self) -> None:
        """Remember column widths and pane sizes."""
        for key, part in self._layout_parts().items():
            self.ctx.settings.setValue(key, part.saveState())

    def _connect(self) -> None:
        header = self.table.horizontalHeader()
        header.sectionResized.connect(self.save_layout)
        header.sectionMoved.connect(self.save_layout)
        self.splitter.splitterMoved.connect(self.save_layout)
        self.detail_splitter.splitterMoved.connect(self.save_layout)
        self.filter.textChanged.connect(self._on_filter_text)
        self.rows = RowFollower(
            self.table, self.proxy, lambda: self._shown_id, self._show, self._confirm_discard
        )
        self.filter.returnPressed.connect(self.rows.focus_list)
        self.team_filter.currentIndexChanged.connect(self._on_team_filter)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter)
        self.new_button.clicked.connect(self.new_record)
        offer(self.new_button, self.editing)
        self.proxy.rowsInserted.connect(self._on_rows_inserted)
        self.proxy.layoutChanged.connect(self.update_count)
        self.form.edited.connect(self._update_dirty_note)
        self.form.save_button.clicked.connect(self.save)
        self.form.cancel_button.clicked.connect(self.cancel)
        self.form.void_button.clicked.connect(self.void_current)

    # -- page protocol -------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: an empty form, the cursor in the name."""
        if not self.editing.allowed or not self._confirm_discard():
            return
        self.rows.select(None)
        self._show(None)
        self.form.name.setFocus()

    def save(self) -> None:
        """Ctrl+S: save the form through the roster service, or mark what is wrong."""
        if not self.editing.allowed:
            return
        data = self.form.read()
        try:
            validate_officer(data.cleaned())
            if not self._confirm_shared_grids(data):
                return
            if self._shown_id is None:
                officer_id = self.ctx.roster.create(data)
            else:
                officer_id = self._shown_id
                self.ctx.roster.update(officer_id, data)
        except ValidationError as exc:
            self.form.mark_errors(exc.errors)
            return
        except StationDeskError as exc:
            self.form.mark_errors({"record": str(exc)})
            return
        self.model.refresh()
        self._show(officer_id, self.tr("Saved %1.").replace("%1", data.name.strip()))
        self.rows.select(officer_id)

    def cancel(self) -> None:
        """Esc: drop the edits; show the officer as saved, or an empty form."""
        self._show(self._shown_id)
        self.rows.select(self._shown_id)

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: the cursor in the filter box."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def show_found(self, query: str) -> None:
        """The list narrowed to the officers the find box matches."""
        found = self.find_chip.narrow(query)
        self.proxy.set_found(self.ctx.search.matching_ids("officers", found) if found else None)
        self.update_count()

    def export_list(self) -> None:
        """File > Export list...: the officers shown, in the order shown."""
        shown = [self.proxy.officer_at(row) for row in range(self.proxy.rowCount())]
        ids = [officer.id for officer in shown if officer is not None]
        export_list(
            self, self.ctx, "officers", lambda: officer_list(self.ctx.store, self.ctx.language, ids)
        )

    def print_current(self) -> None:
        """Ctrl+P: this week's roster sheet in the print preview."""
        week = IsoWeek.of(date.today())
        path = print_roster_sheet(self, self.ctx, week)
        if path is not None:
            self.form.show_message(
                self.tr("The roster sheet of %1 is saved as %2.")
                .replace("%1", str(week))
                .replace("%2", str(path))
            )

    # -- actions -------------------------------------------------------------
    def void_current(self) -> None:
        """Void the officer shown, with a reason (the record and its history stay)."""
        if self._shown_id is None or not self.editing.allowed:
            return
        officer = self.ctx.roster.get(self._shown_id)
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Void officer"),
            self.tr(
                "Void %1 (entered by mistake)? The record and its history are kept.\n"
                "An officer who left is not voided: untick Active instead.\n\nReason:"
            ).replace("%1", officer.name),
        )
        if not accepted:
            return
        try:
            self.ctx.roster.void(officer.id, reason)
        except ValidationError as exc:
            self.form.mark_errors(exc.errors)
            return
        self.model.refresh()
        self.rows.select(None)
        self._show(None, self.tr("%1 is voided.").replace("%1", officer.name))

    def is_dirty(self) -> bool:
        """True when the form differs from what was loaded."""
        return self.form.read() != self._snapshot

    def shown_id(self) -> int | None:
        """The officer in the form, or None for a new one."""
        return self._shown_id

    # -- views ---------------------------------------------------------------
    def refresh_views(self) -> None:
        """Re-read the warnings, the grids on offer and the shown history."""
        self._pending.stop()
        self.refresh_banner()
        self.refresh_choices()
        self.update_count()
        self._reload_shown()

    def refresh_banner(self) -> None:
        """Show the grids breaking 'one village (grid), one police', or hide the banner."""
        warnings = self.ctx.roster.grid_warnings()
        self.banner.setVisible(bool(warnings))
        if not warnings:
            self.banner.clear()
            return
        lines = [f"•  {self.warning_text(w)}" for w in warnings[:MAX_WARNINGS_SHOWN]]
        if len(warnings) > MAX_WARNINGS_SHOWN:
            more = len(warnings) - MAX_WARNINGS_SHOWN
            lines.append(self.tr("... and %1 more").replace("%1", str(more)))
        title = self.tr("One village (grid), one police:")
        self.banner.setText("\n".join([title, *lines]))

    def warning_text(self, warning: GridWarning) -> str:
        """One warning in words (the service's message, translated)."""
        if not warning.officer_names:
            return self.tr("%1 has no responsible officer").replace("%1", warning.grid_name)
        return (
            self.tr("%1 has %2 responsible officers: %3")
            .replace("%1", warning.grid_name)
            .replace("%2", str(len(warning.officer_names)))
            .replace("%3", ", ".join(warning.officer_names))
        )

    def refresh_choices(self) -> None:
        """The grids and villages the form offers, with who is responsible for each grid."""
        grids = self.ctx.grids.all()
        self._grid_paths, order = _paths(grids)
        holders: dict[int, list[str]] = defaultdict(list)
        for officer in self.ctx.roster.officers(include_left=False):
            for grid_id in officer.grid_ids:
                holders[grid_id].append(officer.name)
        ranked = sorted(grids, key=lambda g: order[g.id])
        self.form.set_grid_options(
            GridOption(g.id, self._grid_paths[g.id], tuple(holders[g.id]))
            for g in ranked
            if g.level == 3
        )
        self.form.set_villages((g.id, self._grid_paths[g.id]) for g in ranked if g.level == 2)

    def update_count(self) -> None:
        """'40 officers shown'."""
        shown = self.proxy.rowCount()
        text = self.tr("1 officer shown") if shown == 1 else self.tr("%1 officers shown")
        self.count_label.setText(text.replace("%1", str(shown)))

    def _reload_shown(self) -> None:
        if self._shown_id is None:
            return
        self.history.show_record(KIND, self._shown_id)
        if not self.is_dirty():
            self._show(self._shown_id, self.form.message.text())

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in WATCHED_KINDS:
            self._pending.start()

    # -- form and selection --------------------------------------------------
    def _show(self, officer_id: int | None, message: str = "") -> None:
        """Load an officer (or an empty form) and their history; `message` says what happened."""
        officer = self.ctx.roster.get(officer_id) if officer_id is not None else None
        self._shown_id = officer_id
        self.form.load(officer)
        form = self.form
        hold_read_only(form, self.editing, (form.save_button, form.cancel_button, form.void_button))
        self.form.show_message(message)
        self._snapshot = self.form.read()
        self.history.show_record(KIND, officer_id)
        self._update_dirty_note()

    def _update_dirty_note(self) -> None:
        self.form.dirty_note.setVisible(self.is_dirty())

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        name = self.form.name.text().strip() or self.tr("the new officer")
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have not saved your changes to %1. Discard them?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_shared_grids(self, data: OfficerInput) -> bool:
        clashes = self._shared_grids(data)
        if not clashes:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("One village (grid), one police"),
            self.tr("These grids already have a responsible officer:")
            + "\n"
            + "\n".join(f"•  {line}" for line in clashes)
            + "\n\n"
            + self.tr("Save anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _shared_grids(self, data: OfficerInput) -> list[str]:
        """Grids newly given to this officer that another active officer already has."""
        if not data.active:
            return []
        held: tuple[int, ...] = ()
        if self._shown_id is not None:
            before = self.ctx.roster.get(self._shown_id)
            held = before.grid_ids if before.active else ()
        clashes = []
        for grid_id in sorted(set(data.grid_ids) - set(held)):
            others = [
                o.name for o in self.ctx.roster.responsible_for(grid_id) if o.id != self._shown_id
            ]
            if others:
                path = self._grid_paths.get(grid_id, f"#{grid_id}")
                clashes.append(f"{path} ({', '.join(others)})")
        return clashes

    def open_officer(self, officer_id: int) -> None:
        """Show an officer (found elsewhere): their row selected when the filter lists them."""
        if officer_id == self._shown_id or not self._confirm_discard():
            return
        self._show(officer_id)
        self.rows.select(officer_id)

    def _on_rows_inserted(self, *_args: object) -> None:
        self.update_count()
        if not self.table.selectionModel().currentIndex().isValid():
            self.rows.select(self._shown_id)

    def _list_change_starts(self, *_args: object) -> None:
        self.rows.pause()

    def _list_change_ends(self, *_args: object) -> None:
        self.rows.resume()
        self.update_count()
        current = self.table.selectionModel().currentIndex()
        officer = self.proxy.officer_at(current.row()) if current.isValid() else None
        if officer is None or officer.id != self._shown_id:
            self.rows.select(self._shown_id)

    # -- filters -------------------------------------------------------------
    def _on_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.update_count()

    def _on_team_filter(self, _index: int) -> None:
        self.proxy.set_team(self.team_filter.currentData())
        self.update_count()

    def _on_status_filter(self, _index: int) -> None:
        self.proxy.set_status(str(self.status_filter.currentData()))
        self.update_count()


def _paths(grids: list[Grid]) -> tuple[dict[int, str], dict[int, tuple[str, ...]]]:
    """'Street > Community > Grid' of each node, and a key that orders nodes by their codes."""
    by_id = {grid.id: grid for grid in grids}
    paths: dict[int, str] = {}
    order: dict[int, tuple[str, ...]] = {}
    for grid in grids:
        chain = [grid]
        while chain[0].parent_id is not None and chain[0].parent_id in by_id:
            chain.insert(0, by_id[chain[0].parent_id])
        paths[grid.id] = " > ".join(node.name for node in chain)
        order[grid.id] = tuple(f"{node.code}\t{node.name}" for node in chain)
    return paths, order
