"""The ledger lists' table view: one look and behaviour, and row selection from code."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
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
