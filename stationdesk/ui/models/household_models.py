"""The household ledger's lists as thin table models: ids paged by keyset, lines read per page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from stationdesk.domain.household_ledger import (
    HouseholdFilter,
    HouseholdLedger,
    HouseholdRow,
    VisitFilter,
    VisitRow,
)
from stationdesk.domain.household_records import CoverageLine, StaleHousehold
from stationdesk.domain.labels import CONTEXT, QT_TRANSLATE_NOOP, RESIDENT_FLAGS, VISIT_PURPOSES

Index = QModelIndex | Any
ID_ROLE = Qt.ItemDataRole.UserRole
PAGE = 200
FLAG_COLOUR = QColor("#8a4b00")
LOW_COVERAGE_COLOUR = QColor("#b71c1c")
LOW_COVERAGE = 0.3
Line = TypeVar("Line")
SHARED = "LineTableModel"
NEVER = QT_TRANSLATE_NOOP("LineTableModel", "never")
INSTALLED = QT_TRANSLATE_NOOP("LineTableModel", "installed")
DAYS_AGO = QT_TRANSLATE_NOOP("LineTableModel", "%1 (%2 days ago)")


def _shared(text: str) -> str:
    return QCoreApplication.translate(SHARED, text)


def _label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def flags_label(flags: frozenset[str]) -> str:
    """The flags in the window's language, in a fixed order."""
    return "、".join(_label(text) for code, text in RESIDENT_FLAGS.items() if code in flags)


class LineTableModel(QAbstractTableModel, Generic[Line]):
    """Read-only lines with translated headers; subclasses say what each cell shows."""

    CONTEXT = "LineTableModel"
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Lines loaded."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The list's columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self._tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, colour and id of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(line)[index.column()]
        if role == ID_ROLE:
            return self.line_id(line)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(line)
        return None

    def set_lines(self, lines: Sequence[Line]) -> None:
        """Show these lines."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        """The record id of a row."""
        return self.line_id(self.lines[row]) if 0 <= row < len(self.lines) else None

    def row_of(self, record_id: int) -> int | None:
        """The row of a loaded record, or None."""
        return next(
            (r for r, line in enumerate(self.lines) if self.line_id(line) == record_id), None
        )

    def cells(self, line: Line) -> list[str]:
        """The texts of a line's cells."""
        raise NotImplementedError

    def line_id(self, line: Line) -> int:
        """The record id of a line."""
        return int(getattr(line, "id"))  # noqa: B009

    def colour(self, line: Line) -> QBrush | None:
        """A line that should stand out."""
        del line
        return None


class KeysetTableModel(LineTableModel[Line]):
    """Lines loaded a page at a time as the view scrolls: `fetch(after, limit)` gives the next
    page after the last line, never by OFFSET."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exhausted = True
        self._fetching = False

    def fetch(self, after: Line | None, limit: int) -> list[Line]:
        """The page of lines after `after` (None: the first page)."""
        raise NotImplementedError

    def reload(self, keep_rows: int = 0) -> None:
        """Query again from the start, loading at least `keep_rows` rows."""
        self.beginResetModel()
        self.lines, self._exhausted = [], False
        while not self._exhausted and (not self.lines or len(self.lines) < keep_rows):
            self._load_page()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a change, keeping as many rows loaded as before."""
        self.reload(len(self.lines))

    def _load_page(self) -> list[Line]:
        page = self.fetch(self.lines[-1] if self.lines else None, PAGE)
        self._exhausted = len(page) < PAGE
        self.lines.extend(page)
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """More lines wait beyond the last page loaded."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Load the next page."""
        if parent.isValid() or self._exhausted or self._fetching:
            return
        first = len(self.lines)
        page = self.fetch(self.lines[-1] if self.lines else None, PAGE)
        self._exhausted = len(page) < PAGE
        if not page:
            return
        self._fetching = True  # a view asking for more while rows go in gets nothing twice
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.lines.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False


class HouseholdTableModel(KeysetTableModel[HouseholdRow]):
    """Households, newest first."""

    CONTEXT = "HouseholdTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HouseholdTableModel", "No."),
        QT_TRANSLATE_NOOP("HouseholdTableModel", "Grid"),
        QT_TRANSLATE_NOOP("HouseholdTableModel", "Address"),
        QT_TRANSLATE_NOOP("HouseholdTableModel", "Head"),
        QT_TRANSLATE_NOOP("HouseholdTableModel", "Members"),
        QT_TRANSLATE_NOOP("HouseholdTableModel", "Flags"),
        QT_TRANSLATE_NOOP("HouseholdTableModel", "Last visit"),
    )

    def __init__(self, ledger: HouseholdLedger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.filter = HouseholdFilter()
        self.reload()

    def set_filter(self, flt: HouseholdFilter) -> None:
        """Show the households matching `flt`."""
        self.filter = flt
        self.reload()

    def fetch(self, after: HouseholdRow | None, limit: int) -> list[HouseholdRow]:
        """The next page of households."""
        ids = self.ledger.household_ids(self.filter, limit=limit, after=after.id if after else None)
        return self.ledger.household_rows(ids)

    def cells(self, line: HouseholdRow) -> list[str]:
        """What a household's cells show."""
        return [
            str(line.id),
            line.grid_name,
            line.address,
            line.head,
            str(line.members),
            flags_label(line.flags),
            line.last_visit or _shared(NEVER),
        ]

    def colour(self, line: HouseholdRow) -> QBrush | None:
        """Flagged households stand out."""
        return QBrush(FLAG_COLOUR) if line.flags else None


class VisitTableModel(KeysetTableModel[VisitRow]):
    """Visits, newest first."""

    CONTEXT = "VisitTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTableModel", "No."),
        QT_TRANSLATE_NOOP("VisitTableModel", "Date"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Grid"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Address"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Head"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Purpose"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Officers"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Anti-fraud app"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Dispute"),
        QT_TRANSLATE_NOOP("VisitTableModel", "Found"),
    )

    def __init__(self, ledger: HouseholdLedger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.filter = VisitFilter()
        self.reload()

    def set_filter(self, flt: VisitFilter) -> None:
        """Show the visits matching `flt`."""
        self.filter = flt
        self.reload()

    def fetch(self, after: VisitRow | None, limit: int) -> list[VisitRow]:
        """The next page of visits."""
        key = (after.visited_on, after.id) if after else None
        return self.ledger.visit_rows(self.ledger.visit_ids(self.filter, limit=limit, after=key))

    def cells(self, line: VisitRow) -> list[str]:
        """What a visit's cells show."""
        return [
            str(line.id),
            line.visited_on,
            line.grid_name,
            line.address,
            line.head,
            _label(VISIT_PURPOSES[line.purpose]),
            "、".join(line.officers),
            _shared(INSTALLED) if line.anti_fraud_app else "",
            "、".join(str(d) for d in line.disputes),
            " ".join(line.found.split()),
        ]


class CoverageTableModel(LineTableModel[CoverageLine]):
    """Visit coverage per grid or per officer; thin coverage in red."""

    CONTEXT = "CoverageTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CoverageTableModel", "Grid or officer"),
        QT_TRANSLATE_NOOP("CoverageTableModel", "Households"),
        QT_TRANSLATE_NOOP("CoverageTableModel", "Visited"),
        QT_TRANSLATE_NOOP("CoverageTableModel", "Coverage"),
        QT_TRANSLATE_NOOP("CoverageTableModel", "Visits"),
        QT_TRANSLATE_NOOP("CoverageTableModel", "App installs"),
        QT_TRANSLATE_NOOP("CoverageTableModel", "Never visited"),
        QT_TRANSLATE_NOOP("CoverageTableModel", "Flagged, not visited this month"),
    )

    def line_id(self, line: CoverageLine) -> int:
        """The grid's or officer's id."""
        return line.key

    def cells(self, line: CoverageLine) -> list[str]:
        """What a coverage line shows."""
        return [
            line.name,
            str(line.households),
            str(line.visited),
            f"{line.share:.0%}",
            str(line.visits),
            str(line.anti_fraud_installs),
            str(line.never_visited),
            str(line.flagged_unvisited_month),
        ]

    def colour(self, line: CoverageLine) -> QBrush | None:
        """Grids visited thinly stand out."""
        return QBrush(LOW_COVERAGE_COLOUR) if line.share < LOW_COVERAGE else None


class DueTableModel(LineTableModel[StaleHousehold]):
    """Households due a visit: the plan for the next round."""

    CONTEXT = "DueTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DueTableModel", "No."),
        QT_TRANSLATE_NOOP("DueTableModel", "Grid"),
        QT_TRANSLATE_NOOP("DueTableModel", "Address"),
        QT_TRANSLATE_NOOP("DueTableModel", "Head"),
        QT_TRANSLATE_NOOP("DueTableModel", "Flags"),
        QT_TRANSLATE_NOOP("DueTableModel", "Last visit"),
    )

    def line_id(self, line: StaleHousehold) -> int:
        """The household's id."""
        return line.household_id

    def cells(self, line: StaleHousehold) -> list[str]:
        """What a due household shows."""
        last = (
            _shared(DAYS_AGO).replace("%1", line.last_visit).replace("%2", str(line.days_since))
            if line.last_visit
            else _shared(NEVER)
        )
        return [
            str(line.household_id),
            line.grid_name,
            line.address,
            line.head,
            flags_label(line.flags),
            last,
        ]

    def colour(self, line: StaleHousehold) -> QBrush | None:
        """Flagged households stand out."""
        return QBrush(FLAG_COLOUR) if line.flags else None
