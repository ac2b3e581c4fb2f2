"""The grid tree tab: streets, communities and grids, with their details and history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.labels import CONTEXT, GRID_LEVELS
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.spreadsheets.export import grid_list
from stationdesk.ui.context import AppContext
from stationdesk.ui.exporting import export_list
from stationdesk.ui.forms.grid_form import GridForm
from stationdesk.ui.messages import user_reasons
from stationdesk.ui.models import grid_tree_model as columns
from stationdesk.ui.models.grid_tree_model import GRID_ID_ROLE, GridTreeModel
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import hold_read_only, offer, read_only_note
from stationdesk.ui.printing import print_roster_sheet, show_status
from stationdesk.ui.widgets.history_view import HistoryView

REFRESH_KINDS = frozenset({"grids", "officers"})
COLUMN_WIDTHS = {
    columns.NAME: 165,
    columns.CODE: 64,
    columns.LEVEL: 120,
    columns.HEAD: 150,
    columns.OFFICERS: 135,
    columns.ROOM: 60,
}


def level_label(level: int) -> str:
    """The translated name of a tree level."""
    return QCoreApplication.translate(CONTEXT, GRID_LEVELS.get(level, ""))


class GridsTab(Page):
    """Left: the filtered tree and its buttons. Right: the chosen node's form and history."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown_id: int | None = None
        self._creating = False
        self._new_parent: int | None = None
        self._quiet = False
        self.editing = ctx.permissions.roster()
        self.model = GridTreeModel(ctx.grids, ctx.roster, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build_widgets()
        self._build_layout()
        self._connect()
        self._expand_streets()
        self._update_buttons()

    # -- construction ---------------------------------------------------------
    def _build_widgets(self) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("gridFilter")
        self.filter.setPlaceholderText(
            self.tr("Filter by name, code, grid head or officer (Ctrl+Shift+F)")
        )
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setObjectName("gridTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.add_street_button = QPushButton(self.tr("Add street"))
        self.add_street_button.setToolTip(self.tr("Add a street or town at the top of the tree"))
        self.add_below_button = QPushButton(self.tr("Add below"))
        self.add_below_button.setToolTip(
            self.tr("Add a community below the chosen street, or a grid below a community (Ctrl+N)")
        )
        self.void_button = QPushButton(self.tr("Void..."))
        self.void_button.setToolTip(self.tr("Void the chosen node (a reason is asked)"))
        self.form = GridForm()
        self.history = HistoryView(self.ctx.store)
        self.read_only = read_only_note(self.editing)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_street_button, self.add_below_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)
        form_area = QScrollArea()
        form_area.setWidget(self.form)
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        form_area.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.read_only)
        form_layout.addWidget(form_area, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(form_box)
        right.addWidget(self.history)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([540, 200])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.add_street_button.clicked.connect(self.add_street)
        self.add_below_button.clicked.connect(self.add_below)
        self.void_button.clicked.connect(self.void_current)
        self.form.save_requested.connect(self.save)
        self.form.cancel_requested.connect(self.cancel)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.ctx.events.records_changed.connect(self._on_records_changed)

    # -- the Page protocol -----------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: a node below the chosen one, or a street when none is chosen."""
        if not self.editing.allowed:
            return
        if self._shown_id is None:
            self.add_street()
        else:
            self.add_below()

    def save(self) -> None:
        """Ctrl+S: save the form; a refused field is marked and nothing is saved."""
        self.save_form()

    def save_form(self) -> bool:
        """Save the form; False when nothing was saved (refused fields are marked)."""
        if not self.form.name.isEnabled() or not self.editing.allowed:
            return False
        try:
            if self._creating:
                grid_id = self.ctx.grids.create(self._new_parent, self.form.value())
            else:
                assert self._shown_id is not None
                grid_id = self._shown_id
                self.ctx.grids.update(grid_id, self.form.value())
        except ValidationError as exc:
            self.form.mark_errors(exc.errors)
            return False
        self.refresh()
        self._creating = False
        with self._quietly():
            self._select(grid_id)
        self._show(grid_id)
        show_status(self, self.tr("Saved %1").replace("%1", self.form.name.text()))
        return True

    def print_current(self) -> None:
        """Ctrl+P: this week's roster sheet for the officers of the chosen subtree."""
        week = IsoWeek.of(date.today())
        if self._shown_id is None:
            print_roster_sheet(self, self.ctx, week)
            return
        grid = self.ctx.grids.get(self._shown_id)
        print_roster_sheet(
            self,
            self.ctx,
            week,
            grid_ids=self.ctx.grids.subtree_ids(grid.id),
            file_name=f"roster-{week}-{grid.code or grid.id}.pdf",
        )

    def cancel(self) -> None:
        """Esc: drop the form's changes (or the node being added)."""
        self._creating = False
        self._show(self._shown_id)

    def export_list(self) -> None:
        """File > Export list...: the grid tree, one row per node."""
        export_list(self, self.ctx, "grids", lambda: grid_list(self.ctx.store, self.ctx.language))

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: the filter box."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # -- adding and voiding ------------------------------------------------------
    def add_street(self) -> None:
        """Start a new street / town."""
        if self._confirm_leave():
            self._start_new(None)

    def add_below(self) -> None:
        """Start a new node below the chosen one (refused below a grid)."""
        if self._shown_id is None:
            self.add_street()
            return
        parent = self.ctx.grids.get(self._shown_id)
        if parent.level >= 3:
            QMessageBox.information(
                self,
                self.tr("Nothing below a grid"),
                self.tr(
                    "%1 is a village group or grid, the lowest level of the tree: nothing can be "
                    "added below it. Choose its village or community to add a grid beside it."
                ).replace("%1", parent.name),
            )
            return
        if self._confirm_leave():
            self._start_new(parent.id)

    def _start_new(self, parent_id: int | None) -> None:
        self._creating = True
        self._new_parent = parent_id
        if parent_id is None:
            self.form.show_new(self.tr("New street / town"), "")
        else:
            parent = self.ctx.grids.get(parent_id)
            if parent.level == 1:
                title = self.tr("New village or community in %1")
            else:
                title = self.tr("New village group or grid in %1")
            path = self.ctx.grids.path_name(parent_id)
            self.form.show_new(title.replace("%1", parent.name), path)
        self.history.show_record("grids", None)
        self._update_buttons()

    def void_current(self) -> None:
        """Void the chosen node after asking why; the service refuses while nodes are below it."""
        if self._shown_id is None:
            return
        grid = self.ctx.grids.get(self._shown_id)
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Void %1").replace("%1", grid.name),
            self.tr("Why is %1 voided? It stays in the file and in its history.").replace(
                "%1", grid.name
            ),
        )
        if not accepted:
            return
        try:
            self.ctx.grids.void(grid.id, reason)
        except StationDeskError as exc:
            reasons = user_reasons(exc)
            QMessageBox.warning(
                self,
                self.tr("Not voided"),
                self.tr("%1 was not voided:\n%2")
                .replace("%1", grid.name)
                .replace("%2", "\n".join(reasons)),
            )
            return
        self.refresh()
        show_status(self, self.tr("Voided %1").replace("%1", grid.name))

    # -- showing the chosen node --------------------------------------------------
    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        grid_id = int(current.data(GRID_ID_ROLE))
        if grid_id == self._shown_id and not self._creating:
            return
        if not self._confirm_leave():
            with self._quietly():
                self.tree.setCurrentIndex(previous)
            return
        self._creating = False
        self._show(grid_id)

    def _show(self, grid_id: int | None) -> None:
        self._shown_id = grid_id
        if grid_id is None:
            self.form.show_nothing()
        else:
            node = self.model.node(self.model.index_of(grid_id))
            grid = self.ctx.grids.get(grid_id)
            parents = self.ctx.grids.path(grid_id)[:-1]
            path = " > ".join(p.name for p in parents) or self.tr("(the station)")
            self.form.show_grid(grid, path, list(node.officers), node.warning)
            self.form.title.setText(f"{grid.name}  ·  {level_label(grid.level)}")
            hold_read_only(
                self.form, self.editing, (self.form.save_button, self.form.cancel_button)
            )
        self.history.show_record("grids", grid_id)
        self._update_buttons()

    def _confirm_leave(self) -> bool:
        """True when the form may be left: nothing typed, saved, or dropped on purpose."""
        if not self.form.is_dirty():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the grid form first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save_form()
        return answer == buttons.Discard

    def _update_buttons(self) -> None:
        chosen = self._shown_id is not None and not self._creating
        offer(self.add_street_button, self.editing)
        offer(self.add_below_button, self.editing, chosen)
        offer(self.void_button, self.editing, chosen)

    # -- tree state -------------------------------------------------------------------
    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in REFRESH_KINDS:
            self._refresh_timer.start()  # one refresh for a burst of changes (an import)

    def refresh(self) -> None:
        """Read the tree again, keeping what was open and chosen."""
        self._refresh_timer.stop()
        expanded = self._expanded_ids()
        with self._quietly():
            self.model.reload()
            for grid_id in expanded:
                self.tree.setExpanded(self._proxy_index(grid_id), True)
            shown = self._shown_id if self._has(self._shown_id) else None
            if shown is None and self._shown_id is not None:
                shown = self._surviving_parent(self._shown_id)
            if shown is not None:
                self._select(shown)
        self._after_refresh(shown)

    def _after_refresh(self, shown: int | None) -> None:
        if self._creating:
            return
        if shown == self._shown_id and shown is not None and self.form.is_dirty():
            node = self.model.node(self.model.index_of(shown))
            self.form.set_officers(list(node.officers), node.warning)
            return
        self._show(shown)

    def _surviving_parent(self, grid_id: int) -> int | None:
        try:
            parents = self.ctx.grids.path(grid_id)[:-1]
        except StationDeskError:
            return None
        alive = [p.id for p in parents if self._has(p.id)]
        return alive[-1] if alive else None

    def _has(self, grid_id: int | None) -> bool:
        return grid_id is not None and self.model.index_of(grid_id).isValid()

    def _expanded_ids(self) -> list[int]:
        found: list[int] = []
        self._walk(QModelIndex(), found)
        return found

    def _walk(self, parent: QModelIndex, found: list[int]) -> None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if self.tree.isExpanded(index):
                found.append(int(index.data(GRID_ID_ROLE)))
                self._walk(index, found)

    def _proxy_index(self, grid_id: int) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(grid_id))

    def _select(self, grid_id: int) -> None:
        index = self._proxy_index(grid_id)
        if not index.isValid() and self.filter.text():
            self.filter.clear()
            index = self._proxy_index(grid_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _expand_streets(self) -> None:
        for row in range(self.proxy.rowCount()):
            self.tree.setExpanded(self.proxy.index(row, 0), True)

    def _apply_filter(self, text: str) -> None:
        with self._quietly():
            self.proxy.setFilterFixedString(text.strip())
            if text.strip():
                self.tree.expandAll()
                return
            self.tree.collapseAll()
            self._expand_streets()
            if self._shown_id is not None:
                self._select(self._shown_id)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection changes made by the tab itself do not reload the form."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was
