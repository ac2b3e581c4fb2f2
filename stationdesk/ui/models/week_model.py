"""One week of the roster as a table: officers down, Monday to Sunday across, totals below."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from stationdesk.domain.labels import (
    CONTEXT,
    OFFICER_KINDS,
    QT_TRANSLATE_NOOP,
    SHIFT_KINDS,
    TEAMS,
)
from stationdesk.domain.roster import RosterService, Shift, WeekRoster, WeekRow
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.ui.messages import user_reasons

NAME, TEAM, GRIDS = range(3)
FIRST_DAY = 3
DUTY_DAYS = FIRST_DAY + 7
PATROLS = DUTY_DAYS + 1
COLUMN_COUNT = PATROLS + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
PATROLS_ROLE = Qt.ItemDataRole.UserRole + 2
OFFICER_ID_ROLE = Qt.ItemDataRole.UserRole + 3

DAY_NAMES = (
    QT_TRANSLATE_NOOP("WeekModel", "Mon"),
    QT_TRANSLATE_NOOP("WeekModel", "Tue"),
    QT_TRANSLATE_NOOP("WeekModel", "Wed"),
    QT_TRANSLATE_NOOP("WeekModel", "Thu"),
    QT_TRANSLATE_NOOP("WeekModel", "Fri"),
    QT_TRANSLATE_NOOP("WeekModel", "Sat"),
    QT_TRANSLATE_NOOP("WeekModel", "Sun"),
)
SHADES = {"leave": QColor("#fde7c4"), "sick": QColor("#f9d0d0")}
WEEKEND = QColor("#eaf1fb")
TOTALS = QColor("#e5e7eb")
RESTING = QColor("#6b7280")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ShiftEdit:
    """What the cell editor hands to setData: a shift kind ('' clears the day) and patrols."""

    kind: str
    patrols: int = 0


def day_name(weekday: int) -> str:
    """Short translated name of a weekday (0 = Monday)."""
    return QCoreApplication.translate("WeekModel", DAY_NAMES[weekday])


def shift_label(kind: str) -> str:
    """The translated label of a shift kind."""
    return QCoreApplication.translate(CONTEXT, SHIFT_KINDS.get(kind, kind))


def shift_text(shift: Shift | None) -> str:
    """'Day · 2' (patrols shown when there were any), '' for no shift."""
    if shift is None:
        return ""
    text = shift_label(shift.kind)
    return f"{text} · {shift.patrols}" if shift.patrols else text


class WeekModel(QAbstractTableModel):
    """The week grid; day cells are edited through setData with a ShiftEdit."""

    edit_refused = Signal(str)

    def __init__(self, roster: RosterService, week: IsoWeek, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roster = roster
        self._week = week
        self._team: str | None = None
        self._text = ""
        self._all: list[WeekRow] = []
        self._rows: list[WeekRow] = []
        self.editable = True  # False for a role that may not change shifts
        self._load()

    # -- what is shown --------------------------------------------------------
    @property
    def week(self) -> IsoWeek:
        """The week on show."""
        return self._week

    def set_week(self, week: IsoWeek) -> None:
        """Show another week."""
        self.beginResetModel()
        self._week = week
        self._load()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, FIRST_DAY, FIRST_DAY + 6)

    def set_filter(self, team: str | None, text: str) -> None:
        """Show only officers of `team` (None: all) whose name, badge or grids hold `text`."""
        self.beginResetModel()
        self._team, self._text = team, text.strip().lower()
        self._rows = self._filtered()
        self.endResetModel()

    def reload(self) -> None:
        """Read the week again; keeps the view's selection when the same officers are shown."""
        before = [row.officer.id for row in self._rows]
        self._all = self.roster.week(self._week).rows
        rows = self._filtered()
        if [row.officer.id for row in rows] != before:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        self._rows = rows
        last = self.index(self.rowCount() - 1, COLUMN_COUNT - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def _load(self) -> None:
        self._all = self.roster.week(self._week).rows
        self._rows = self._filtered()

    def _filtered(self) -> list[WeekRow]:
        return [row for row in self._all if self._matches(row)]

    def _matches(self, row: WeekRow) -> bool:
        officer = row.officer
        if self._team is not None and officer.team != self._team:
            return False
        haystack = f"{officer.name} {officer.badge_no} {row.grid_names}".lower()
        return self._text in haystack

    def row_of(self, row: int) -> WeekRow | None:
        """The officer's line at `row` (None for the totals row)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def day_of(self, column: int) -> date | None:
        """The date of a day column."""
        if FIRST_DAY <= column < FIRST_DAY + 7:
            return self._week.days()[column - FIRST_DAY]
        return None

    def is_totals(self, row: int) -> bool:
        """True for the last row: on duty and patrols per day."""
        return row == len(self._rows)

    # -- the model interface -------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per officer shown, then the totals row."""
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Officer, team, grids, seven days, duty days, patrols."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; day columns name the weekday and the day of the month."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        day = self.day_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if day is not None:
                return f"{day_name(day.weekday())}\n{day.day}"
            titles = {
                NAME: self.tr("Officer"),
                TEAM: self.tr("Team"),
                GRIDS: self.tr("Grids"),
                DUTY_DAYS: self.tr("Duty\ndays"),
                PATROLS: self.tr("Patrols"),
            }
            return titles.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and day is not None:
            return day.isoformat()
        if role == Qt.ItemDataRole.BackgroundRole and day is not None and day.weekday() >= 5:
            return WEEKEND
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Day cells of officer rows are editable (when the role may change shifts)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        day_cell = self.day_of(index.column()) is not None and not self.is_totals(index.row())
        if day_cell and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, shading and the shift behind each cell."""
        if not index.isValid():
            return None
        row = self.row_of(index.row())
        if row is None:
            return self._totals_data(index.column(), role)
        return self._officer_data(row, index.column(), role)

    def _officer_data(self, row: WeekRow, column: int, role: int) -> Any:
        day = self.day_of(column)
        shift = row.shifts.get(day.isoformat()) if day else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._officer_text(row, column, shift)
        if role == OFFICER_ID_ROLE:
            return row.officer.id
        if role == KIND_ROLE:
            return shift.kind if shift else ""
        if role == PATROLS_ROLE:
            return shift.patrols if shift else 0
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._officer_tooltip(row, column, day, shift)
        if role == Qt.ItemDataRole.BackgroundRole and day is not None:
            return _shade(day, shift)
        if role == Qt.ItemDataRole.ForegroundRole and shift is not None and not shift.on_duty:
            return RESTING if shift.kind == "rest" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIRST_DAY:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _officer_text(self, row: WeekRow, column: int, shift: Shift | None) -> str:
        officer = row.officer
        if column == NAME:
            return officer.name
        if column == TEAM:
            return QCoreApplication.translate(CONTEXT, TEAMS.get(officer.team, officer.team))
        if column == GRIDS:
            return row.grid_names
        if column == DUTY_DAYS:
            return str(row.duty_days)
        if column == PATROLS:
            return str(row.patrols)
        return shift_text(shift)

    def _officer_tooltip(
        self, row: WeekRow, column: int, day: date | None, shift: Shift | None
    ) -> str | None:
        officer = row.officer
        if column == NAME:
            kind = QCoreApplication.translate(CONTEXT, OFFICER_KINDS.get(officer.kind, ""))
            return " · ".join(part for part in (kind, officer.post, officer.badge_no) if part)
        if column == GRIDS:
            return row.grid_names or None
        if day is None:
            return None
        text = shift_text(shift) or self.tr("no shift")
        note = f"\n{shift.note}" if shift and shift.note else ""
        hint = self.tr("Double-click or F2 to change")
        return f"{officer.name}, {day.isoformat()}: {text}{note}\n{hint}"

    def _totals_data(self, column: int, role: int) -> Any:
        roster = WeekRoster(self._week, self._rows)
        day = self.day_of(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self.tr("On duty · patrols")
            if day is not None:
                return f"{roster.on_duty(day)} · {roster.patrols(day)}"
            if column == DUTY_DAYS:
                return str(sum(row.duty_days for row in self._rows))
            if column == PATROLS:
                return str(sum(row.patrols for row in self._rows))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, *range(FIRST_DAY, PATROLS)):
            return self.tr("Officers on duty that day · patrols that day (officers shown)")
        if role == Qt.ItemDataRole.BackgroundRole:
            return TOTALS
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIRST_DAY:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Write a day through the roster service; a refused edit emits edit_refused."""
        row = self.row_of(index.row()) if index.isValid() else None
        day = self.day_of(index.column()) if index.isValid() else None
        if row is None or day is None or role != Qt.ItemDataRole.EditRole:
            return False
        if not isinstance(value, ShiftEdit):
            return False
        try:
            self._write(row, day, value)
        except StationDeskError as exc:
            self.edit_refused.emit("\n".join(user_reasons(exc)))
            return False
        self.reload()
        return True

    def _write(self, row: WeekRow, day: date, edit: ShiftEdit) -> None:
        officer_id = row.officer.id
        current = row.shifts.get(day.isoformat())
        if not edit.kind:
            if current is not None:
                self.roster.clear_shift(officer_id, day)
            return
        if current and (current.kind, current.patrols) == (edit.kind, edit.patrols):
            return
        note = current.note if current else ""
        self.roster.set_shift(officer_id, day, edit.kind, edit.patrols, note)


def _shade(day: date, shift: Shift | None) -> QColor | None:
    if shift is not None and shift.kind in SHADES:
        return SHADES[shift.kind]
    return WEEKEND if day.weekday() >= 5 else None
