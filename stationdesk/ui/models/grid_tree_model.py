"""The grid tree (street > community > grid) as a Qt item model, with one-police warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from stationdesk.domain.grids import Grid, GridService
from stationdesk.domain.labels import CONTEXT, GRID_LEVELS
from stationdesk.domain.roster import RosterService

NAME, CODE, LEVEL, HEAD, OFFICERS, ROOM = range(6)
COLUMN_COUNT = 6
GRID_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING_COLOUR = QColor("#b45309")
DERIVED_COLOUR = QColor("#6b7280")

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class GridNode:
    """One node of the tree as the model holds it."""

    grid: Grid | None
    parent: GridNode | None = None
    row: int = 0
    children: list[GridNode] = field(default_factory=list)
    officers: tuple[str, ...] = ()
    derived: bool = False
    warning: str = ""


class GridTreeModel(QAbstractItemModel):
    """Active grid nodes; internalId of an index is its grid id."""

    def __init__(
        self, grids: GridService, roster: RosterService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.grids = grids
        self.roster = roster
        self._root = GridNode(None)
        self._nodes: dict[int, GridNode] = {}
        self._icon: QIcon | None = None
        self.reload()

    # -- loading --------------------------------------------------------------
    def reload(self) -> None:
        """Read the tree again from the services."""
        self.beginResetModel()
        self._root = GridNode(None)
        self._nodes = {}
        for grid in sorted(self.grids.all(), key=_tree_order):
            parent = self._nodes.get(grid.parent_id or 0, self._root)
            node = GridNode(grid, parent, len(parent.children))
            parent.children.append(node)
            self._nodes[grid.id] = node
        self._attach_officers()
        self.endResetModel()

    def _attach_officers(self) -> None:
        by_grid: dict[int, list[str]] = {}
        for officer in self.roster.officers(include_left=False):
            for grid_id in officer.grid_ids:
                by_grid.setdefault(grid_id, []).append(officer.name)
        warned = {w.grid_id: w.officer_names for w in self.roster.grid_warnings()}
        for grid_id, node in self._nodes.items():
            node.officers = tuple(by_grid.get(grid_id, ()))
            if grid_id in warned:
                node.warning = self._warning_text(warned[grid_id])
        for street in self._root.children:
            _fill_derived(street)

    def _warning_text(self, names: tuple[str, ...]) -> str:
        if not names:
            return self.tr(
                "No responsible officer. Every grid has exactly one; "
                "assign one on the Officers tab."
            )
        return (
            self.tr(
                "%1 responsible officers (%2). Every grid has exactly one; "
                "fix it on the Officers tab."
            )
            .replace("%1", str(len(names)))
            .replace("%2", ", ".join(names))
        )

    # -- lookups --------------------------------------------------------------
    def node(self, index: Index) -> GridNode:
        """The node of an index (the invisible root for an invalid one)."""
        if not index.isValid():
            return self._root
        return self._nodes[index.internalId()]

    def index_of(self, grid_id: int, column: int = NAME) -> QModelIndex:
        """The index of a grid id, or an invalid index when it is not shown."""
        node = self._nodes.get(grid_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, grid_id)

    # -- the model interface -------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Child `row` of `parent`."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        child = self.node(parent).children[row]
        assert child.grid is not None
        return self.createIndex(row, column, child.grid.id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The parent of `index` (Qt's tree navigation)."""
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent.grid is None:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent.grid.id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Children of `parent` (only column 0 has children)."""
        if parent.isValid() and parent.column() != NAME:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, code, level, grid head, officers, police room."""
        del parent
        return COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Code"),
            self.tr("Level"),
            self.tr("Grid head"),
            self.tr("Responsible officer(s)"),
            self.tr("Police room"),
        )
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each column shows, with warnings on grids breaking 'one grid, one police'."""
        if not index.isValid():
            return None
        node = self.node(index)
        grid = node.grid
        assert grid is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, grid, column)
        if role == GRID_ID_ROLE:
            return grid.id
        if role == LEVEL_ROLE:
            return grid.level
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, grid, column)
        if role == Qt.ItemDataRole.DecorationRole and node.warning and column == OFFICERS:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole and column == OFFICERS:
            if node.warning:
                return WARNING_COLOUR
            return DERIVED_COLOUR if node.derived else None
        if role == Qt.ItemDataRole.FontRole and column == NAME and grid.level < 3:
            font = QFont()
            font.setBold(grid.level == 1)
            return font
        return None

    def _text(self, node: GridNode, grid: Grid, column: int) -> str:
        if column == NAME:
            return grid.name
        if column == CODE:
            return grid.code
        if column == LEVEL:
            return QCoreApplication.translate(CONTEXT, GRID_LEVELS.get(grid.level, ""))
        if column == HEAD:
            return f"{grid.head_name}  {grid.head_phone}".strip()
        if column == OFFICERS:
            if node.warning and not node.officers:
                return self.tr("(none)")
            return ", ".join(node.officers)
        if column == ROOM:
            return self.tr("Yes") if grid.has_police_room else ""
        return ""

    def _tooltip(self, node: GridNode, grid: Grid, column: int) -> str | None:
        if column == OFFICERS and node.warning:
            return node.warning
        if column == OFFICERS and node.derived:
            return self.tr("Officers responsible for the grids below")
        if column == NAME:
            return " > ".join(self._path(node))
        return None

    def _path(self, node: GridNode) -> list[str]:
        names: list[str] = []
        current: GridNode | None = node
        while current is not None and current.grid is not None:
            names.insert(0, current.grid.name)
            current = current.parent
        return names

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon


def _tree_order(grid: Grid) -> tuple[int, bool, str, str, int]:
    """Parents first; siblings by code (as the county numbers them), uncoded ones after by name."""
    return (grid.level, not grid.code, grid.code, grid.name, grid.id)


def _fill_derived(node: GridNode) -> tuple[str, ...]:
    """Give a street or community without its own officer the officers of the nodes below."""
    below: list[str] = []
    for child in node.children:
        below.extend(_fill_derived(child))
    if not node.officers and below:
        node.officers = tuple(dict.fromkeys(below))
        node.derived = True
    return node.officers
