"""Selecting a whole row of a table view from code."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QTableView

ROW_FLAGS = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def select_row(table: QTableView, index: QModelIndex | None) -> None:
    """Make `index`'s row the current, selected and visible one; None clears the selection."""
    selection = table.selectionModel()
    if index is None:
        selection.clear()
        return
    selection.setCurrentIndex(index, ROW_FLAGS)
    table.scrollTo(index)
