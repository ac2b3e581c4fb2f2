"""The ledger lists' table view: one look and behaviour, row selection from code, and a
selected row that follows the record shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SelectionFlag = QItemSelectionModel.SelectionFlag
ROW_FLAGS = SelectionFlag.ClearAndSelect | SelectionFlag.Rows


def setup_record_table(table: QTableView) -> None:
    """One row per record: whole-row single selection, read-only cells, compact rows."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)


def select_row(table: QTableView, index: QModelIndex | None) -> None:
    """Make `index`'s row the current, selected and visible one; None clears the selection."""
    selection = table.selectionModel()
    if index is None:
        selection.clear()
        return
    selection.setCurrentIndex(index, ROW_FLAGS)
    table.scrollTo(index)


class RecordRows(Protocol):
    """A list model whose rows are records known by id."""

    def id_at(self, row: int) -> int | None: ...

    def row_of(self, record_id: int) -> int | None: ...

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ...) -> int: ...

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = ...
    ) -> QModelIndex: ...


class RowFollower:
    """Keeps a list's selected row on the record its page shows.

    Choosing another row shows that record, unless `may_leave` says unsaved edits stay,
    in which case the shown record's row is selected again.
    """

    def __init__(
        self,
        table: QTableView,
        model: RecordRows,
        shown_id: Callable[[], int | None],
        show: Callable[[int], None],
        may_leave: Callable[[], bool],
    ) -> None:
        self.table = table
        self.model = model
        self._shown_id = shown_id
        self._show = show
        self._may_leave = may_leave
        self._quiet = 0
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Row changes inside are the list's own doing, not the user choosing a record."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def pause(self) -> None:
        """Start ignoring row changes until `resume` (for changes spread over two signals)."""
        self._quiet += 1

    def resume(self) -> None:
        """Stop ignoring row changes after `pause`."""
        self._quiet = max(0, self._quiet - 1)

    def select(self, record_id: int | None) -> None:
        """Highlight a record's row (or nothing) without showing it again."""
        row = self.model.row_of(record_id) if record_id is not None else None
        with self.paused():
            select_row(self.table, None if row is None else self.model.index(row, 0))

    def select_first(self) -> None:
        """Show the first record listed, its row selected."""
        first = self.model.id_at(0)
        if first is not None:
            self._show(first)
            self.select(first)

    def focus_list(self) -> None:
        """Move the keyboard to the list, selecting its first row when none is."""
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        record_id = self.model.id_at(current.row())
        if record_id is None or record_id == self._shown_id():
            return
        if not self._may_leave():
            self.select(self._shown_id())
            return
        self._show(record_id)
