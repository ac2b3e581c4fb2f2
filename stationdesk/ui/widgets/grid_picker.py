"""A checkable list of grids shown with their path and who is responsible, with a filter line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
NOBODY_COLOUR = QColor("#b35c00")


@dataclass(frozen=True)
class GridOption:
    """A grid one may tick: its id, 'Street > Community > Grid' and its officers now."""

    grid_id: int
    path: str
    officers: tuple[str, ...] = ()


class GridPicker(QWidget):
    """Tick the grids an officer is responsible for; the filter narrows the list."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("gridFilter")
        self.filter.setPlaceholderText(self.tr("Filter grids: street, community, grid, officer"))
        self.filter.setClearButtonEnabled(True)
        self.list = QTreeWidget()
        self.list.setObjectName("gridList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Grid"), self.tr("Responsible now")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("gridSummary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self.filter.textChanged.connect(self.apply_filter)
        self.list.itemChanged.connect(self._on_item_changed)
        self.setFocusProxy(self.filter)
        self._update_summary()

    def set_options(self, options: Iterable[GridOption]) -> None:
        """Replace the grids on offer, keeping what is ticked."""
        ticked = set(self.checked_ids())
        self.list.blockSignals(True)
        self.list.clear()
        for option in options:
            self._add_item(option, option.grid_id in ticked)
        self.list.blockSignals(False)
        self.apply_filter(self.filter.text())
        self._update_summary()

    def _add_item(self, option: GridOption, ticked: bool) -> None:
        holders = ", ".join(option.officers) or self.tr("nobody")
        item = QTreeWidgetItem(self.list, [option.path, holders])
        item.setData(0, ID_ROLE, option.grid_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setToolTip(0, option.path)
        if not option.officers:
            item.setForeground(1, QBrush(NOBODY_COLOUR))

    def items(self) -> list[QTreeWidgetItem]:
        """Every grid row, shown or not."""
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def checked_ids(self) -> tuple[int, ...]:
        """Ids of the ticked grids, sorted."""
        return tuple(
            sorted(
                int(item.data(0, ID_ROLE))
                for item in self.items()
                if item.checkState(0) == Qt.CheckState.Checked
            )
        )

    def set_checked(self, grid_ids: Iterable[int]) -> None:
        """Tick exactly these grids."""
        wanted = set(grid_ids)
        self.list.blockSignals(True)
        for item in self.items():
            ticked = int(item.data(0, ID_ROLE)) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_summary()

    def item_for(self, grid_id: int) -> QTreeWidgetItem | None:
        """The row of one grid."""
        for item in self.items():
            if int(item.data(0, ID_ROLE)) == grid_id:
                return item
        return None

    def apply_filter(self, text: str) -> None:
        """Hide the grids whose path and officers do not contain `text`."""
        needle = text.strip().casefold()
        for item in self.items():
            haystack = f"{item.text(0)} {item.text(1)}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._update_summary()
            self.changed.emit()

    def _update_summary(self) -> None:
        names = [
            item.text(0).rsplit(" > ", 1)[-1]
            for item in self.items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]
        if names:
            text = self.tr("Ticked: %1").replace("%1", ", ".join(names))
        else:
            text = self.tr("No grid ticked.")
        self.summary.setText(text)
        self.summary.setToolTip(text)
