"""The injuries-on-duty ledger as a thin table model (see keyset_model)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from stationdesk.domain.injuries import IncidentFilter, InjuryService
from stationdesk.domain.injury_ledger import IncidentRow
from stationdesk.domain.labels import (
    CONTEXT,
    INCIDENT_ACTIVITIES,
    INCIDENT_CAUSES,
    INCIDENT_STATUSES,
    INJURY_OUTCOMES,
    QT_TRANSLATE_NOOP,
)
from stationdesk.domain.money import yuan_text
from stationdesk.ui.models.keyset_model import KeysetTableModel

NUMBER, OCCURRED, CAUSE, ACTIVITY, OFFICERS, OUTCOME, DAYS, PAID, PLACE, STATUS = range(10)
SERIOUS = frozenset({"hospitalised", "disabled", "death"})
SERIOUS_COLOUR = QColor("#b71c1c")
CLOSED_COLOUR = QColor("#5f6368")


def _label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class IncidentTableModel(KeysetTableModel[IncidentRow, IncidentFilter]):
    """Matching incidents, newest first unless sorted otherwise."""

    headers = (
        QT_TRANSLATE_NOOP("IncidentTableModel", "No."),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Occurred"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "How it happened"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "On duty"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Officers"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Worst outcome"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Days away"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Compensation (yuan)"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Place"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Status"),
    )
    # Columns without an indexed key of their own sort by the time of the incident.
    sort_keys = (
        "id",
        "occurred_at",
        "cause",
        "activity",
        "occurred_at",
        "occurred_at",
        "occurred_at",
        "occurred_at",
        "grid_id",
        "status",
    )

    def __init__(self, service: InjuryService, parent: QObject | None = None) -> None:
        super().__init__(service, IncidentFilter(), "occurred_at", parent)

    def header_text(self, section: int) -> str:
        """A translated column title."""
        return QCoreApplication.translate("IncidentTableModel", self.headers[section])

    def cell(self, line: IncidentRow, column: int, role: int) -> Any:
        """Text, alignment and colour of a cell."""
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (OFFICERS, PLACE):
            return cell_text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, DAYS, PAID):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.worst_outcome in SERIOUS and column == OUTCOME:
                return QBrush(SERIOUS_COLOUR)
            if line.status == "closed" and column == STATUS:
                return QBrush(CLOSED_COLOUR)
        return None


def cell_text(line: IncidentRow, column: int) -> str:
    """What one cell shows."""
    texts = {
        NUMBER: lambda: str(line.id),
        OCCURRED: lambda: line.occurred_at.replace("T", " "),
        CAUSE: lambda: _label(INCIDENT_CAUSES.get(line.cause, line.cause)),
        ACTIVITY: lambda: _label(INCIDENT_ACTIVITIES.get(line.activity, line.activity)),
        OFFICERS: lambda: "、".join(line.officers),
        OUTCOME: lambda: _label(INJURY_OUTCOMES.get(line.worst_outcome, line.worst_outcome)),
        DAYS: lambda: str(line.days_away) if line.days_away else "",
        PAID: lambda: yuan_text(line.compensation_fen) if line.compensation_fen else "",
        PLACE: lambda: " ".join(p for p in (line.grid_name, line.place) if p),
        STATUS: lambda: _status_text(line),
    }
    return texts[column]()


def _status_text(line: IncidentRow) -> str:
    text = _label(INCIDENT_STATUSES.get(line.status, line.status))
    if line.voided:
        return QCoreApplication.translate("IncidentTableModel", "%1 (void)").replace("%1", text)
    return text
