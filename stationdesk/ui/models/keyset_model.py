"""A thin table model over a ledger: row ids paged by keyset, lines fetched in cached blocks.

A subclass gives a ledger service (ids by filter and sort key, lines by id), its headers and
sort keys, and what a cell shows (`cell`); filtering, paging, caching, `fetchMore`, lookups and
sorting are here.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

Index = QModelIndex | Any
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
CACHED_BLOCKS = 16


class Line(Protocol):
    """What a ledger line offers the model."""

    @property
    def id(self) -> int:
        """The record's id."""

    def sort_value(self, sort: str) -> Any:
        """The line's value of a sort key."""


L = TypeVar("L", bound=Line)
F = TypeVar("F")
F_contra = TypeVar("F_contra", contravariant=True)


class LedgerSource(Protocol[F_contra, L]):
    """A ledger service: matching ids in list order (keyset paging), and their lines."""

    def ids(
        self,
        flt: F_contra | None = None,
        sort: str = ...,
        *,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, int] | None = None,
    ) -> list[int]:
        """Ids matching `flt`, sorted by `sort`, after the (value, id) pair `after`."""

    def rows(self, ids: list[int]) -> list[L]:
        """Lines for the ids, in the same order."""


class KeysetTableModel(QAbstractTableModel, Generic[L, F]):
    """Matching ids in list order; lines are read a block at a time as they show."""

    headers: tuple[str, ...] = ()
    sort_keys: tuple[str, ...] = ()

    def __init__(
        self,
        service: LedgerSource[F, L],
        flt: F,
        sort_key: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.filter = flt
        self.sort_key = sort_key
        self.sort_column = self.sort_keys.index(sort_key) if sort_key in self.sort_keys else -1
        self.descending = True
        self._ids: list[int] = []
        self._after: tuple[Any, int] | None = None
        self._exhausted = True
        self._blocks: OrderedDict[int, list[L]] = OrderedDict()
        self.reload()

    # -- what a subclass provides ---------------------------------------------------------
    def cell(self, line: L, column: int, role: int) -> Any:
        """What a cell shows for `role` (display, tooltip, colour...)."""
        raise NotImplementedError

    def header_text(self, section: int) -> str:
        """A column's title in the window's language."""
        return self.headers[section]

    # -- loading -------------------------------------------------------------------------
    def set_filter(self, flt: F) -> None:
        """Show the records matching `flt`."""
        self.filter = flt
        self.reload()

    def reload(self, keep_rows: int = 0) -> None:
        """Query again from the start, loading at least `keep_rows` rows (one page at least)."""
        self.beginResetModel()
        self._ids, self._after, self._exhausted = [], None, False
        self._blocks.clear()
        while not self._exhausted and (not self._ids or len(self._ids) < keep_rows):
            self._append(*self._next_page())
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a change, keeping as many rows loaded as before."""
        self.reload(len(self._ids))

    def _next_page(self) -> tuple[list[int], list[L]]:
        """The next page of ids after the last one loaded (keyset, never OFFSET), with lines."""
        ids = self.service.ids(
            self.filter, self.sort_key, descending=self.descending, limit=PAGE, after=self._after
        )
        self._exhausted = len(ids) < PAGE
        return ids, self.service.rows(ids) if ids else []

    def _append(self, ids: list[int], rows: list[L]) -> None:
        if rows:
            self._after = (rows[-1].sort_value(self.sort_key), rows[-1].id)
        self._remember(len(self._ids) // PAGE, rows)
        self._ids.extend(ids)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """More ids wait beyond the last page loaded."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Load the next page of ids and its lines."""
        if parent.isValid() or self._exhausted:
            return
        ids, rows = self._next_page()
        if not ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._append(ids, rows)
        self.endInsertRows()

    def _remember(self, block: int, rows: list[L]) -> None:
        self._blocks[block] = rows
        self._blocks.move_to_end(block)
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)

    def line(self, row: int) -> L | None:
        """The line of a row, read with its block when not cached."""
        if not 0 <= row < len(self._ids):
            return None
        block = row // PAGE
        rows = self._blocks.get(block)
        if rows is None:
            rows = self.service.rows(self._ids[block * PAGE : (block + 1) * PAGE])
            self._remember(block, rows)
        else:
            self._blocks.move_to_end(block)
        offset = row - block * PAGE
        if offset < len(rows) and rows[offset].id == self._ids[row]:
            return rows[offset]
        return next((r for r in rows if r.id == self._ids[row]), None)

    # -- lookups -------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        """The record id of a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        """The row of a loaded record, or None."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def loaded_ids(self) -> list[int]:
        """The ids loaded so far, in list order."""
        return list(self._ids)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The ledger's columns."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.header_text(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's value for `role`; ids and sort keys are answered here."""
        if not index.isValid():
            return None
        line = self.line(index.row())
        if line is None:
            return None
        if role == ID_ROLE:
            return line.id
        if role == SORT_ROLE:
            value = line.sort_value(self.sort_keys[index.column()])
            value = value[0] if isinstance(value, tuple) else value  # a name, not (name, id)
            return value if value is not None else ""
        return self.cell(line, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the service (every column has an indexed key) and start again."""
        if not 0 <= column < len(self.sort_keys):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            return  # already in that order: the rows loaded stand
        self.sort_column = column
        self.sort_key = self.sort_keys[column]
        self.descending = descending
        self.layoutAboutToBeChanged.emit()
        self.reload()
        self.layoutChanged.emit()
