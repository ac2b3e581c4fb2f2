"""The officers list: a table model over the roster service and its filter/sort proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from stationdesk.domain.grids import GridService
from stationdesk.domain.labels import CONTEXT, OFFICER_KINDS, QT_TRANSLATE_NOOP, TEAMS
from stationdesk.domain.roster import TEAM_ORDER, Officer, RosterService
from stationdesk.ui.events import Events

Index = QModelIndex | QPersistentModelIndex

NAME, KIND, BADGE, POST, PHONE, TEAM, GRIDS, COMMITTEE, STATUS = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("OfficerTableModel", "Name"),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Kind"),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Badge no."),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Post"),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Phone"),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Team"),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Grids responsible"),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Two committees"),
    QT_TRANSLATE_NOOP("OfficerTableModel", "Status"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole
OFFICER_ROLE = Qt.ItemDataRole.UserRole + 1
WATCHED_KINDS = frozenset({"officers", "grids"})
LEFT_COLOUR = QColor("#777777")


def _label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OfficerTableModel(QAbstractTableModel):
    """One row per officer not voided (active or left), refreshed in place on changes."""

    def __init__(
        self,
        roster: RosterService,
        grids: GridService,
        events: Events | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.roster = roster
        self.grids = grids
        self._officers: list[Officer] = []
        self._grid_names: dict[int, str] = {}
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        if events is not None:
            events.records_changed.connect(self._on_records_changed)
        self.refresh()

    # -- Qt model interface --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Officers held (a table has no children)."""
        return 0 if parent.isValid() else len(self._officers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The nine columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles, translated."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("OfficerTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort key, tooltip and colour of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._officers):
            return None
        officer = self._officers[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(officer, column)
        if role == SORT_ROLE:
            return self.sort_key(officer, column)
        if role == OFFICER_ROLE:
            return officer
        if role == Qt.ItemDataRole.ToolTipRole and column == GRIDS:
            return self.grid_names(officer, "\n") or None
        if role == Qt.ItemDataRole.ForegroundRole and not officer.active:
            return QBrush(LEFT_COLOUR)
        return None

    # -- cell values ---------------------------------------------------------
    def display(self, officer: Officer, column: int) -> str:
        """The text a cell shows."""
        values = {
            NAME: lambda: officer.name,
            KIND: lambda: _label(OFFICER_KINDS.get(officer.kind, officer.kind)),
            BADGE: lambda: officer.badge_no,
            POST: lambda: officer.post,
            PHONE: lambda: officer.phone,
            TEAM: lambda: _label(TEAMS.get(officer.team, officer.team)),
            GRIDS: lambda: self.grid_names(officer, ", "),
            COMMITTEE: lambda: self.committee_text(officer),
            STATUS: lambda: self.status_text(officer),
        }
        return values[column]() if column in values else ""

    def sort_key(self, officer: Officer, column: int) -> Any:
        """What a column sorts by: codes in their natural order, text as shown."""
        if column == TEAM:
            return TEAM_ORDER.get(officer.team, len(TEAM_ORDER))
        if column == KIND:
            return 0 if officer.kind == "police" else 1
        if column == STATUS:
            return "" if officer.active else f"left {officer.left_on or ''}"
        return self.display(officer, column)

    def grid_names(self, officer: Officer, separator: str) -> str:
        """Names of the grids an officer is responsible for."""
        return separator.join(self._grid_names.get(g, f"#{g}") for g in officer.grid_ids)

    def committee_text(self, officer: Officer) -> str:
        """The village whose committee the officer sits on, or nothing."""
        if not officer.committee_member:
            return ""
        name = self._grid_names.get(officer.committee_grid_id or 0, "")
        return name or self.tr("Yes")

    def status_text(self, officer: Officer) -> str:
        """'Active' or 'Left 2026-05-01'."""
        if officer.active:
            return self.tr("Active")
        return self.tr("Left %1").replace("%1", officer.left_on or "")

    # -- rows ----------------------------------------------------------------
    def officer(self, row: int) -> Officer:
        """The officer of a source row."""
        return self._officers[row]

    def row_of(self, officer_id: int) -> int | None:
        """The source row of an officer, or None when not listed."""
        for row, officer in enumerate(self._officers):
            if officer.id == officer_id:
                return row
        return None

    def officers(self) -> list[Officer]:
        """Every officer held, in source order."""
        return list(self._officers)

    def refresh(self) -> None:
        """Re-read the officers; rows are updated, removed or added so views keep selection."""
        self._pending.stop()
        self._grid_names = {grid.id: grid.name for grid in self.grids.all(include_void=True)}
        fresh = {officer.id: officer for officer in self.roster.officers(include_left=True)}
        self._remove_missing(fresh)
        self._update_kept(fresh)
        self._append_new(fresh)

    def _remove_missing(self, fresh: dict[int, Officer]) -> None:
        for row in reversed(range(len(self._officers))):
            if self._officers[row].id not in fresh:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._officers[row]
                self.endRemoveRows()

    def _update_kept(self, fresh: dict[int, Officer]) -> None:
        if not self._officers:
            return
        self._officers = [fresh[officer.id] for officer in self._officers]
        last = self.index(len(self._officers) - 1, len(HEADERS) - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def _append_new(self, fresh: dict[int, Officer]) -> None:
        known = {officer.id for officer in self._officers}
        new = [officer for officer_id, officer in fresh.items() if officer_id not in known]
        if new:
            first = len(self._officers)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._officers.extend(new)
            self.endInsertRows()

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in WATCHED_KINDS:
            self._pending.start()


class OfficerFilterProxy(QSortFilterProxyModel):
    """Filters by team, status and free text over every column; sorts names in pinyin order."""

    STATUSES = ("active", "left", "all")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.team: str | None = None
        self.status = "active"
        self.found: set[int] | None = None  # the officers the find box matches (None: any)
        self.collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self.collator.setNumericMode(True)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_team(self, team: str | None) -> None:
        """Show one team only (None: every team)."""
        self.beginFilterChange()
        self.team = team
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        """'active', 'left' or 'all'."""
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_found(self, officer_ids: set[int] | None) -> None:
        """Show only these officers (None: every officer)."""
        self.beginFilterChange()
        self.found = officer_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Team, status and the find box first, then the text across columns."""
        model = self.sourceModel()
        officer = model.index(source_row, 0, source_parent).data(OFFICER_ROLE)
        if not isinstance(officer, Officer):
            return False
        if self.team is not None and officer.team != self.team:
            return False
        if self.status != "all" and officer.active != (self.status == "active"):
            return False
        if self.found is not None and officer.id not in self.found:
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Text in Chinese collation order (pinyin), numbers as numbers."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self.collator.compare(a, b) < 0
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return super().lessThan(left, right)

    def officer_at(self, row: int) -> Officer | None:
        """The officer shown on a proxy row."""
        officer = self.index(row, 0).data(OFFICER_ROLE)
        return officer if isinstance(officer, Officer) else None

    def id_at(self, row: int) -> int | None:
        """The id of the officer shown on a proxy row."""
        officer = self.officer_at(row)
        return None if officer is None else officer.id

    def row_of(self, officer_id: int) -> int | None:
        """The proxy row of an officer, or None when filtered out or unknown."""
        for row in range(self.rowCount()):
            officer = self.officer_at(row)
            if officer is not None and officer.id == officer_id:
                return row
        return None
