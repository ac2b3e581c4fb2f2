"""The dispute ledger as a thin table model (see keyset_model)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
from stationdesk.ui.models.keyset_model import PAGE as PAGE
from stationdesk.ui.models.keyset_model import KeysetTableModel

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


class DisputeTableModel(KeysetTableModel[LedgerRow, DisputeFilter]):
    """Matching disputes, newest first unless sorted otherwise (see keyset_model)."""

    headers = HEADERS
    sort_keys = SORT_KEYS

    def __init__(self, service: DisputeService, parent: QObject | None = None) -> None:
        super().__init__(service, DisputeFilter(), "received_on", parent)

    def header_text(self, section: int) -> str:
        """A translated column title."""
        return _tr(self.headers[section])

    def cell(self, line: LedgerRow, column: int, role: int) -> Any:
        """Text, tooltips, colours, fonts and alignment of a cell."""
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(line, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _colour(line, column)
        if role == Qt.ItemDataRole.FontRole:
            return _font(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, GRADE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


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
