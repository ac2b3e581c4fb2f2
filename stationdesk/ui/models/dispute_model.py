"""The dispute ledger as a thin table model: row ids paged by keyset, lines fetched in blocks."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from stationdesk.domain.dispute_ledger import DisputeFilter, LedgerRow
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.labels import (
    CONTEXT,
    DISPUTE_CATEGORIES,
    DISPUTE_STATUSES,
    QT_TRANSLATE_NOOP,
    RECEIVED_HOW,
    RISK_GRADE_HINTS,
)

Index = QModelIndex | Any
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
CACHED_BLOCKS = 16
OVERDUE_COLOUR = QColor("#b71c1c")
GRADE_A_COLOUR = QColor("#c62828")
GRADE_B_COLOUR = QColor("#e65100")
CLOSED_COLOUR = QColor("#5f6368")

NUMBER, RECEIVED, HOW, CATEGORY, GRID, SUMMARY, PARTIES, GRADE, OFFICER, DEADLINE, STATUS = range(
    11
)
HEADERS = (
    QT_TRANSLATE_NOOP("DisputeTableModel", "No."),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Received"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "How received"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Category"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Grid"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Summary"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Parties"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Grade"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Officer"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Deadline"),
    QT_TRANSLATE_NOOP("DisputeTableModel", "Status"),
)
# The service's sort key of each column (grids and officers by name, parties by the first).
SORT_KEYS = (
    "id",
    "received_on",
    "received_how",
    "category",
    "grid",
    "summary",
    "parties",
    "risk_grade",
    "officer",
    "deadline",
    "status",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisputeTableModel", text)


def _label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DisputeTableModel(QAbstractTableModel):
    """Matching dispute ids in list order; lines are read a block at a time as they show."""

    def __init__(self, service: DisputeService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.filter = DisputeFilter()
        self.sort_key = "received_on"
        self.sort_column = RECEIVED
        self.descending = True
        self._ids: list[int] = []
        self._after: tuple[Any, int] | None = None
        self._exhausted = True
        self._blocks: OrderedDict[int, list[LedgerRow]] = OrderedDict()
        self.reload()

    # -- loading -------------------------------------------------------------------
    def set_filter(self, flt: DisputeFilter) -> None:
        """Show the disputes matching `flt`."""
        self.filter = flt
        self.reload()

    def reload(self, keep_rows: int = 0) -> None:
        """Query again from the start, loading at least `keep_rows` rows (one page at least)."""
        self.beginResetModel()
        self._ids, self._after, self._exhausted = [], None, False
        self._blocks.clear()
        while not self._exhausted and (not self._ids or len(self._ids) < keep_rows):
            self._load_page()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a change, keeping as many rows loaded as before."""
        self.reload(len(self._ids))

    def _load_page(self) -> None:
        self._append(*self._next_page())

    def _next_page(self) -> tuple[list[int], list[LedgerRow]]:
        """The next page of ids after the last one loaded (keyset, never OFFSET), with lines."""
        ids = self.service.ids(
            self.filter, self.sort_key, descending=self.descending, limit=PAGE, after=self._after
        )
        self._exhausted = len(ids) < PAGE
        return ids, self.service.rows(ids) if ids else []

    def _append(self, ids: list[int], rows: list[LedgerRow]) -> None:
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

    def _remember(self, block: int, rows: list[LedgerRow]) -> None:
        self._blocks[block] = rows
        self._blocks.move_to_end(block)
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)

    def line(self, row: int) -> LedgerRow | None:
        """The ledger line of a row, read with its block when not cached."""
        if not 0 <= row < len(self._ids):
            return None
        block = row // PAGE
        rows = self._blocks.get(block)
        if rows is None:
            found = {
                r.id: r for r in self.service.rows(self._ids[block * PAGE : (block + 1) * PAGE])
            }
            rows = [found[i] for i in self._ids[block * PAGE : (block + 1) * PAGE] if i in found]
            self._remember(block, rows)
        else:
            self._blocks.move_to_end(block)
        offset = row - block * PAGE
        if offset < len(rows) and rows[offset].id == self._ids[row]:
            return rows[offset]
        return next((r for r in rows if r.id == self._ids[row]), None)

    # -- lookups -------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        """The dispute id of a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, dispute_id: int) -> int | None:
        """The row of a loaded dispute, or None."""
        try:
            return self._ids.index(dispute_id)
        except ValueError:
            return None

    def loaded_ids(self) -> list[int]:
        """The ids loaded so far, in list order."""
        return list(self._ids)

    # -- Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The ledger's columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltips, colours and sort keys of one cell."""
        if not index.isValid():
            return None
        line = self.line(index.row())
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(line, column)
        if role == ID_ROLE:
            return line.id
        if role == SORT_ROLE:
            value = line.sort_value(SORT_KEYS[column])
            value = value[0] if isinstance(value, tuple) else value  # a name, not (name, id)
            return value if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(line, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _colour(line, column)
        if role == Qt.ItemDataRole.FontRole:
            return _font(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, GRADE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the service (every column has an indexed key) and start again."""
        if not 0 <= column < len(SORT_KEYS):
            return
        self.sort_column = column
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.reload()
        self.layoutChanged.emit()


def cell_text(line: LedgerRow, column: int) -> str:
    """What one cell shows."""
    texts = {
        NUMBER: lambda: str(line.id),
        RECEIVED: lambda: line.received_on,
        HOW: lambda: _label(RECEIVED_HOW.get(line.received_how, line.received_how)),
        CATEGORY: lambda: _label(DISPUTE_CATEGORIES.get(line.category, line.category)),
        GRID: lambda: line.grid_name,
        SUMMARY: lambda: " ".join(line.summary.split()),
        PARTIES: lambda: (
            _tr("%1 v. %2")
            .replace("%1", line.parties[0])
            .replace("%2", "、".join(line.parties[1:]))
            if len(line.parties) > 1
            else "".join(line.parties)
        ),
        GRADE: lambda: line.risk_grade,
        OFFICER: lambda: line.officer_name,
        DEADLINE: lambda: deadline_text(line),
        STATUS: lambda: _status_text(line),
    }
    return texts[column]()


def deadline_text(line: LedgerRow) -> str:
    """'2026-12-01 · 5 days left', '… · overdue by 3 days', or the date for closed disputes."""
    if line.days_left is None:
        return line.deadline
    days = line.days_left
    if days < 0:
        note = _tr("overdue by %1 days") if days < -1 else _tr("overdue by 1 day")
        return f"{line.deadline} · {note.replace('%1', str(-days))}"
    if days == 0:
        return f"{line.deadline} · {_tr('due today')}"
    note = _tr("%1 days left") if days > 1 else _tr("1 day left")
    return f"{line.deadline} · {note.replace('%1', str(days))}"


def _status_text(line: LedgerRow) -> str:
    text = _label(DISPUTE_STATUSES.get(line.status, line.status))
    if line.voided:
        return _tr("%1 (void)").replace("%1", text)
    if line.reopened_count and line.status == "open":
        return _tr("%1 (reopened)").replace("%1", text)
    return text


def cell_tooltip(line: LedgerRow, column: int) -> str | None:
    """Why a row stands out: overdue, and/or a high risk grade; the full summary."""
    reasons = []
    if line.overdue and line.days_left is not None:
        reasons.append(
            _tr("Overdue: the deadline %1 passed %2 days ago")
            .replace("%1", line.deadline)
            .replace("%2", str(-line.days_left))
        )
    if line.high_grade:
        hint = _label(RISK_GRADE_HINTS.get(line.risk_grade, ""))
        reasons.append(_tr("Grade %1: %2").replace("%1", line.risk_grade).replace("%2", hint))
    if column == SUMMARY:
        reasons.insert(0, line.summary)
    elif column == PARTIES and line.parties:
        reasons.insert(0, "\n".join(line.parties))
    return "\n".join(reasons) or None


def _colour(line: LedgerRow, column: int) -> QBrush | None:
    if line.overdue:
        return QBrush(OVERDUE_COLOUR)
    if line.high_grade and line.status == "open":
        return QBrush(GRADE_A_COLOUR if line.risk_grade == "A" else GRADE_B_COLOUR)
    if line.status != "open" and column == STATUS:
        return QBrush(CLOSED_COLOUR)
    return None


def _font(line: LedgerRow, column: int) -> QFont | None:
    stands_out = line.overdue or (line.high_grade and line.status == "open")
    if stands_out or (column == GRADE and line.high_grade):
        font = QFont()
        font.setBold(True)
        return font
    return None
