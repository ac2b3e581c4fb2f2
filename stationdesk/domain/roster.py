"""The community police roster: officers, their grids, and their duty week by week."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from stationdesk.domain import dates, rules
from stationdesk.domain.labels import OFFICER_KINDS, ON_DUTY_SHIFTS, SHIFT_KINDS, TEAMS
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import ValidationError
from stationdesk.store import Store

KIND = "officers"
SHIFT_KIND = "shifts"
MAX_PATROLS = 20


@dataclass(frozen=True)
class Officer:
    """A police or auxiliary police officer of the station."""

    id: int
    name: str
    kind: str
    badge_no: str
    team: str
    post: str = ""
    phone: str = ""
    committee_member: bool = False
    committee_grid_id: int | None = None
    active: bool = True
    left_on: str | None = None
    joined_on: str | None = None
    notes: str = ""
    voided_at: str | None = None
    void_reason: str | None = None
    grid_ids: tuple[int, ...] = ()

    @classmethod
    def from_row(cls, row: dict[str, Any], grid_ids: tuple[int, ...] = ()) -> Officer:
        """Build from an `officers` row and its grid assignments."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        values["committee_member"] = bool(values.get("committee_member"))
        values["active"] = bool(values.get("active"))
        return cls(**values, grid_ids=grid_ids)


@dataclass(frozen=True)
class OfficerInput:
    """What a user types for an officer."""

    name: str
    kind: str
    badge_no: str
    team: str
    post: str = ""
    phone: str = ""
    committee_member: bool = False
    committee_grid_id: int | None = None
    active: bool = True
    left_on: str | None = None
    notes: str = ""
    grid_ids: tuple[int, ...] = ()
    joined_on: str | None = None

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied (grid_ids are kept apart)."""
        return {
            "name": rules.clean(self.name),
            "kind": self.kind,
            "badge_no": rules.clean(self.badge_no).replace(" ", "").upper(),
            "team": self.team,
            "post": rules.clean(self.post),
            "phone": rules.clean(self.phone).replace(" ", ""),
            "committee_member": int(self.committee_member),
            "committee_grid_id": self.committee_grid_id if self.committee_member else None,
            "active": int(self.active),
            "left_on": None if self.active else (self.left_on or date.today().isoformat()),
            "joined_on": _date_or_raw(self.joined_on),
            "notes": self.notes.strip(),
        }


@dataclass(frozen=True)
class GridWarning:
    """A grid that breaks "one village (grid), one police"."""

    grid_id: int
    grid_name: str
    officer_names: tuple[str, ...]

    @property
    def message(self) -> str:
        """Plain words for the warning."""
        if not self.officer_names:
            return f"{self.grid_name} has no responsible officer"
        return f"{self.grid_name} has {len(self.officer_names)} responsible officers: " + ", ".join(
            self.officer_names
        )


@dataclass(frozen=True)
class Shift:
    """One officer's duty on one day."""

    officer_id: int
    day: str
    kind: str
    patrols: int = 0
    note: str = ""

    @property
    def on_duty(self) -> bool:
        """Day, night and standby count as duty."""
        return self.kind in ON_DUTY_SHIFTS


@dataclass
class WeekRow:
    """One officer's line of the week grid."""

    officer: Officer
    grid_names: str
    shifts: dict[str, Shift] = field(default_factory=dict)

    @property
    def duty_days(self) -> int:
        """Days on duty this week."""
        return sum(1 for shift in self.shifts.values() if shift.on_duty)

    @property
    def patrols(self) -> int:
        """Patrols this week."""
        return sum(shift.patrols for shift in self.shifts.values())


@dataclass
class WeekRoster:
    """The whole station's week: one row per active officer."""

    week: IsoWeek
    rows: list[WeekRow]

    def on_duty(self, day: date) -> int:
        """Officers on duty that day."""
        key = day.isoformat()
        return sum(1 for row in self.rows if key in row.shifts and row.shifts[key].on_duty)

    def patrols(self, day: date) -> int:
        """Patrols that day."""
        key = day.isoformat()
        return sum(row.shifts[key].patrols for row in self.rows if key in row.shifts)


def _date_or_raw(value: str | None) -> str | None:
    """ISO text for a readable date, None for blank, the raw text for validate() to explain."""
    try:
        return dates.iso(dates.as_date(value))
    except ValueError:
        return value


def joined_problem(joined_on: str | None, left_on: str | None, today: date) -> str | None:
    """Why the day an officer joined the station is not acceptable, or None."""
    if joined_on is None:
        return None
    try:
        dates.as_date(joined_on)
    except ValueError as exc:
        return str(exc)
    if joined_on > today.isoformat():
        return "the day an officer joined cannot be in the future"
    if left_on and joined_on > left_on:
        return "an officer joins before leaving"
    return None


def validate(values: dict[str, Any], today: date | None = None) -> None:
    """Raise ValidationError naming every bad field of an officer."""
    problems = {
        "name": rules.name_problem(values["name"]),
        "badge_no": rules.badge_problem(values["badge_no"]),
        "phone": rules.phone_problem(values["phone"]),
        "kind": None if values["kind"] in OFFICER_KINDS else "choose police or auxiliary police",
        "team": None if values["team"] in TEAMS else "choose one of the two teams and one room",
        "committee_grid_id": (
            "choose the village whose committee the officer sits on"
            if values["committee_member"] and not values["committee_grid_id"]
            else None
        ),
        "joined_on": joined_problem(
            values.get("joined_on"), values.get("left_on"), today or date.today()
        ),
    }
    errors = {name: reason for name, reason in problems.items() if reason}
    if errors:
        raise ValidationError(errors)


class RosterService:
    """Officers, their grids and their shifts, with every change audited."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- officers ------------------------------------------------------------
    def get(self, officer_id: int) -> Officer:
        """One officer, or NotFoundError."""
        return Officer.from_row(self.store.get(KIND, officer_id), self._grid_ids(officer_id))

    def officers(self, *, include_left: bool = True, include_void: bool = False) -> list[Officer]:
        """Officers by name, with their grids."""
        conditions = [] if include_void else ["voided_at IS NULL"]
        if not include_left:
            conditions.append("active = 1")
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.store.rows(f"SELECT * FROM officers {where} ORDER BY name, id")
        assignments = self._all_grid_ids()
        return [Officer.from_row(row, assignments.get(row["id"], ())) for row in rows]

    def create(self, data: OfficerInput) -> int:
        """Add an officer with their grids; returns the new id."""
        values = data.cleaned()
        validate(values)
        self._check_badge_free(values["badge_no"], None)
        self._check_committee_grid(values["committee_grid_id"])
        grids = tuple(sorted(set(data.grid_ids)))
        with self.store.transaction():
            related = {"grids": [[], list(grids)]} if grids else None
            officer_id = self.store.insert(KIND, values, related=related)
            self._assign_grids(officer_id, (), grids)
        return officer_id

    def update(self, officer_id: int, data: OfficerInput) -> dict[str, list]:
        """Change an officer; grid changes appear in the officer's history as 'grids'."""
        values = data.cleaned()
        validate(values)
        self._check_badge_free(values["badge_no"], officer_id)
        self._check_joined_before_incidents(officer_id, values["joined_on"])
        if values["committee_grid_id"] != self.get(officer_id).committee_grid_id:
            self._check_committee_grid(values["committee_grid_id"])
        with self.store.transaction():
            old = self._grid_ids(officer_id)
            new = tuple(sorted(set(data.grid_ids)))
            self._assign_grids(officer_id, old, new)
            related = {"grids": [list(old), list(new)]} if old != new else None
            return self.store.update(KIND, officer_id, values, related=related)

    def void(self, officer_id: int, reason: str) -> None:
        """Void an officer entered by mistake (an officer who left is marked inactive)."""
        if not reason.strip():
            raise ValidationError({"reason": "say why the officer is voided"})
        self.store.void(KIND, officer_id, reason.strip())

    def responsible_for(self, grid_id: int) -> list[Officer]:
        """Active officers responsible for a grid."""
        rows = self.store.rows(
            "SELECT o.* FROM officers o JOIN officer_grids og ON og.officer_id = o.id"
            " WHERE og.grid_id = ? AND o.active = 1 AND o.voided_at IS NULL ORDER BY o.name",
            [grid_id],
        )
        return [Officer.from_row(row) for row in rows]

    def grid_warnings(self) -> list[GridWarning]:
        """Grids with no responsible officer, or more than one."""
        rows = self.store.rows(
            "SELECT g.id, g.name, group_concat(o.name, '|') AS officers,"
            " count(o.id) AS n FROM grids g"
            " LEFT JOIN officer_grids og ON og.grid_id = g.id"
            " LEFT JOIN officers o ON o.id = og.officer_id AND o.active = 1"
            " AND o.voided_at IS NULL"
            " WHERE g.level = 3 AND g.voided_at IS NULL GROUP BY g.id"
            " HAVING n <> 1 ORDER BY g.name"
        )
        return [
            GridWarning(
                row["id"],
                row["name"],
                tuple(sorted((row["officers"] or "").split("|"))) if row["n"] else (),
            )
            for row in rows
        ]

    def _check_badge_free(self, badge: str, officer_id: int | None) -> None:
        owner = self.store.scalar("SELECT id FROM officers WHERE badge_no = ?", [badge])
        if owner is not None and owner != officer_id:
            raise ValidationError({"badge_no": f"badge number {badge} belongs to another officer"})

    def _check_joined_before_incidents(self, officer_id: int, joined_on: str | None) -> None:
        first = self.store.scalar(
            "SELECT min(substr(i.occurred_at, 1, 10)) FROM injuries j"
            " JOIN incidents i ON i.id = j.incident_id"
            " WHERE j.officer_id = ? AND j.voided_at IS NULL AND i.voided_at IS NULL",
            [officer_id],
        )
        if joined_on and first and joined_on > first:
            raise ValidationError(
                {"joined_on": f"the officer was already on duty in an incident on {first}"}
            )

    def _check_committee_grid(self, grid_id: int | None) -> None:
        if grid_id is None:
            return
        level = self.store.scalar(
            "SELECT level FROM grids WHERE id = ? AND voided_at IS NULL", [grid_id]
        )
        if level != 2:
            raise ValidationError(
                {"committee_grid_id": "choose a village or community for the committee seat"}
            )

    def _grid_ids(self, officer_id: int) -> tuple[int, ...]:
        rows = self.store.conn.execute(
            "SELECT grid_id FROM officer_grids WHERE officer_id = ? ORDER BY grid_id", [officer_id]
        )
        return tuple(row[0] for row in rows)

    def _all_grid_ids(self) -> dict[int, tuple[int, ...]]:
        grouped: dict[int, list[int]] = defaultdict(list)
        for officer_id, grid_id in self.store.conn.execute(
            "SELECT officer_id, grid_id FROM officer_grids ORDER BY grid_id"
        ):
            grouped[officer_id].append(grid_id)
        return {officer_id: tuple(ids) for officer_id, ids in grouped.items()}

    def _assign_grids(self, officer_id: int, old: tuple[int, ...], new: tuple[int, ...]) -> None:
        unknown = [
            g for g in new if self.store.scalar("SELECT level FROM grids WHERE id = ?", [g]) is None
        ]
        if unknown:
            raise ValidationError({"grid_ids": f"no grid with id {unknown[0]}"})
        conn = self.store.conn
        conn.executemany(
            "DELETE FROM officer_grids WHERE officer_id = ? AND grid_id = ?",
            [(officer_id, g) for g in set(old) - set(new)],
        )
        conn.executemany(
            "INSERT INTO officer_grids (officer_id, grid_id) VALUES (?, ?)",
            [(officer_id, g) for g in set(new) - set(old)],
        )
        for grid_id in sorted(set(new) - set(old)):
            self.store.record_change("grids", grid_id, "assign", {"officer": [None, officer_id]})
        for grid_id in sorted(set(old) - set(new)):
            self.store.record_change("grids", grid_id, "unassign", {"officer": [officer_id, None]})

    # -- shifts --------------------------------------------------------------
    def week(self, week: IsoWeek, *, grid_ids: list[int] | None = None) -> WeekRoster:
        """The week grid for active officers (optionally only those of some grids)."""
        officers = self.officers(include_left=False)
        if grid_ids is not None:
            wanted = set(grid_ids)
            officers = [o for o in officers if wanted.intersection(o.grid_ids)]
        names = self._grid_names()
        rows = {
            o.id: WeekRow(o, ", ".join(names[g] for g in o.grid_ids if g in names))
            for o in officers
        }
        for row in self.store.rows(
            "SELECT officer_id, day, kind, patrols, note FROM shifts"
            " WHERE day BETWEEN ? AND ? AND voided_at IS NULL",
            [week.monday.isoformat(), week.sunday.isoformat()],
        ):
            if row["officer_id"] in rows:
                rows[row["officer_id"]].shifts[row["day"]] = Shift(**row)
        return WeekRoster(week, sorted(rows.values(), key=_roster_order))

    def set_shift(
        self, officer_id: int, day: date, kind: str, patrols: int = 0, note: str = ""
    ) -> None:
        """Put an officer on a shift for a day (replacing what was there)."""
        if kind not in SHIFT_KINDS:
            raise ValidationError(
                {"kind": f"'{kind}' is not a shift; choose one of " + ", ".join(SHIFT_KINDS)}
            )
        if not 0 <= patrols <= MAX_PATROLS:
            raise ValidationError({"patrols": f"patrols per day are 0 to {MAX_PATROLS}"})
        if kind not in ON_DUTY_SHIFTS and patrols:
            raise ValidationError({"patrols": "an officer off duty has no patrols"})
        values = {
            "kind": kind,
            "patrols": patrols,
            "note": note.strip(),
            "voided_at": None,
            "void_reason": None,
        }
        with self.store.transaction():
            self.get(officer_id)
            existing = self._shift_id(officer_id, day)
            if existing is None:
                self.store.insert(
                    SHIFT_KIND, {"officer_id": officer_id, "day": day.isoformat(), **values}
                )
            else:
                self.store.update(SHIFT_KIND, existing, values)

    def clear_shift(self, officer_id: int, day: date) -> None:
        """Take a day off the grid (the shift is voided, its history kept)."""
        existing = self._shift_id(officer_id, day, include_void=False)
        if existing is not None:
            self.store.void(SHIFT_KIND, existing, "cleared from the week grid")

    def _shift_id(self, officer_id: int, day: date, *, include_void: bool = True) -> int | None:
        void = "" if include_void else " AND voided_at IS NULL"
        return self.store.scalar(
            f"SELECT id FROM shifts WHERE officer_id = ? AND day = ?{void}",
            [officer_id, day.isoformat()],
        )

    def _grid_names(self) -> dict[int, str]:
        return {row[0]: row[1] for row in self.store.conn.execute("SELECT id, name FROM grids")}


TEAM_ORDER = {team: index for index, team in enumerate(TEAMS)}


def _roster_order(row: WeekRow) -> tuple[int, int, str]:
    officer = row.officer
    return (TEAM_ORDER.get(officer.team, 9), 0 if officer.kind == "police" else 1, officer.name)
