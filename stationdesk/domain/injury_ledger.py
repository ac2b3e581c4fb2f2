"""Read side of the injuries-on-duty ledger: the filtered list (keyset paged) and the figures
a bureau asks for, computed in one function (`injury_figures`) for any span of days."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from stationdesk.domain.injury_records import worst_outcome
from stationdesk.domain.labels import INCIDENT_CAUSES
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.store.search_index import found_condition

SORT_COLUMNS = {
    "id": "i.id",
    "occurred_at": "i.occurred_at",
    "cause": "i.cause",
    "activity": "i.activity",
    "status": "i.status",
    "grid_id": "coalesce(i.grid_id, 0)",
}
BLOCK = 500
_TEXT_MATCH = (
    "(i.id = ? OR instr(i.description, ?) > 0 OR instr(i.place, ?) > 0"
    " OR instr(i.case_number, ?) > 0 OR i.id IN (SELECT j.incident_id FROM injuries j"
    " JOIN officers o ON o.id = j.officer_id WHERE j.voided_at IS NULL"
    " AND (instr(o.name, ?) > 0 OR o.badge_no = ?)))"
)


@dataclass(frozen=True)
class IncidentFilter:
    """What the ledger list shows; None and empty mean 'any'."""

    year: int | None = None
    cause: str | None = None
    status: str | None = None
    officer_id: int | None = None
    text: str = ""
    include_void: bool = False
    found: str = ""  # the find box: incidents that match, or where an officer it matches was hurt


@dataclass(frozen=True)
class IncidentRow:
    """One line of the ledger list."""

    id: int
    occurred_at: str
    place: str
    grid_id: int | None
    grid_name: str
    activity: str
    cause: str
    status: str
    officers: tuple[str, ...]
    worst_outcome: str
    days_away: int
    compensation_fen: int
    case_number: str
    clarified: bool
    voided: bool

    def sort_value(self, sort: str) -> Any:
        """This row's value of a sort column, for keyset paging (`after`)."""
        return getattr(self, sort)


@dataclass(frozen=True)
class InjuryFigures:
    """What a bureau asks about injuries and rights protection over a span of days.

    Incidents, officers and injuries count by the day the incident happened; payments, legal
    aid and clarifications count by the day they were made.
    """

    first: date
    last: date
    incidents: int = 0
    by_cause: dict[str, int] = field(default_factory=dict)
    offenders_dealt: int = 0
    officers_protected: int = 0
    officers_hurt: int = 0
    days_away: int = 0
    days_restricted: int = 0
    green_channel: int = 0
    compensation_fen: int = 0
    officers_compensated: int = 0
    legal_aid_person_times: int = 0
    clarifications: int = 0
    closed: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Plain values (dates as ISO text), for JSON."""
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values["first"], values["last"] = self.first.isoformat(), self.last.isoformat()
        values["by_cause"] = dict(self.by_cause)
        return values


def injury_figures(store: Store, first: date, last: date) -> InjuryFigures:
    """The figures of every live incident, payment and aid between `first` and `last`."""
    span = [first.isoformat(), last.isoformat()]
    # occurred_at holds date and time: the half-open range keeps to its index.
    moments = [first.isoformat(), (last + timedelta(days=1)).isoformat()]
    in_span = "i.occurred_at >= ? AND i.occurred_at < ? AND i.voided_at IS NULL"
    by_cause = dict.fromkeys(INCIDENT_CAUSES, 0)
    for cause, count in store.conn.execute(
        f"SELECT i.cause, count(*) FROM incidents i WHERE {in_span} GROUP BY i.cause", moments
    ):
        by_cause[cause] = count
    incidents, offenders, closed = store.conn.execute(
        "SELECT count(*), coalesce(sum(i.offenders_dealt), 0),"
        f" coalesce(sum(i.status = 'closed'), 0) FROM incidents i WHERE {in_span}",
        moments,
    ).fetchone()
    protected, hurt, away, restricted, green = store.conn.execute(
        "SELECT count(DISTINCT j.officer_id),"
        " count(DISTINCT CASE WHEN j.outcome <> 'none' THEN j.officer_id END),"
        " coalesce(sum(j.days_away), 0), coalesce(sum(j.days_restricted), 0),"
        " count(j.hospital_id) FROM injuries j JOIN incidents i ON i.id = j.incident_id"
        f" WHERE j.voided_at IS NULL AND {in_span}",
        moments,
    ).fetchone()
    paid, paid_officers = store.conn.execute(
        "SELECT coalesce(sum(c.amount_fen), 0), count(DISTINCT c.officer_id)"
        " FROM compensation_payments c JOIN incidents i ON i.id = c.incident_id"
        " WHERE c.voided_at IS NULL AND i.voided_at IS NULL AND c.paid_on BETWEEN ? AND ?",
        span,
    ).fetchone()
    person_times = store.scalar(
        "SELECT coalesce(sum(a.person_times), 0) FROM legal_aid a"
        " JOIN incidents i ON i.id = a.incident_id"
        " WHERE a.voided_at IS NULL AND i.voided_at IS NULL AND a.given_on BETWEEN ? AND ?",
        span,
    )
    cleared = store.scalar(
        "SELECT count(*) FROM incidents i WHERE i.voided_at IS NULL"
        " AND i.clarified_on BETWEEN ? AND ?",
        span,
    )
    return InjuryFigures(
        first=first,
        last=last,
        incidents=incidents,
        by_cause=by_cause,
        offenders_dealt=offenders,
        officers_protected=protected,
        officers_hurt=hurt,
        days_away=away,
        days_restricted=restricted,
        green_channel=green,
        compensation_fen=paid,
        officers_compensated=paid_officers,
        legal_aid_person_times=person_times,
        clarifications=cleared,
        closed=closed,
    )


def year_figures(store: Store, year: int) -> InjuryFigures:
    """The figures of one calendar year."""
    return injury_figures(store, date(year, 1, 1), date(year, 12, 31))


class IncidentLedger:
    """Queries over the ledger list; no writes."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def ids(
        self,
        flt: IncidentFilter | None = None,
        sort: str = "occurred_at",
        *,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, int] | None = None,
    ) -> list[int]:
        """Matching ids in list order; `after` continues from a row's (sort value, id)."""
        column = SORT_COLUMNS.get(sort)
        if column is None:
            raise ValidationError({"sort": f"cannot sort by {sort}"})
        where, params = _where(flt or IncidentFilter())
        if after is not None:
            where.append(f"({column}, i.id) {'<' if descending else '>'} (?, ?)")
            params += [0 if after[0] is None else after[0], after[1]]
        order = "DESC" if descending else "ASC"
        sql = (
            f"SELECT i.id FROM incidents i WHERE {' AND '.join(where)}"
            f" ORDER BY {column} {order}, i.id {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row[0] for row in self.store.conn.execute(sql, params)]

    def count(self, flt: IncidentFilter | None = None) -> int:
        """How many incidents match."""
        where, params = _where(flt or IncidentFilter())
        return int(
            self.store.scalar(
                f"SELECT count(*) FROM incidents i WHERE {' AND '.join(where)}", params
            )
        )

    def years(self) -> list[int]:
        """Years with incidents, newest first."""
        rows = self.store.conn.execute(
            "SELECT DISTINCT CAST(substr(occurred_at, 1, 4) AS INTEGER) FROM incidents"
            " WHERE voided_at IS NULL ORDER BY 1 DESC"
        )
        return [row[0] for row in rows]

    def rows(self, ids: list[int]) -> list[IncidentRow]:
        """Ledger lines for the given ids, in the same order."""
        found: dict[int, IncidentRow] = {}
        for start in range(0, len(ids), BLOCK):
            found.update(self._block(ids[start : start + BLOCK]))
        return [found[i] for i in ids if i in found]

    def _block(self, ids: list[int]) -> dict[int, IncidentRow]:
        marks = ", ".join("?" * len(ids))
        officers: dict[int, list[str]] = defaultdict(list)
        outcomes: dict[int, list[str]] = defaultdict(list)
        away: dict[int, int] = defaultdict(int)
        for incident_id, name, outcome, days in self.store.conn.execute(
            "SELECT j.incident_id, o.name, j.outcome, j.days_away FROM injuries j"
            f" JOIN officers o ON o.id = j.officer_id WHERE j.incident_id IN ({marks})"
            " AND j.voided_at IS NULL ORDER BY j.incident_id, j.id",
            ids,
        ):
            officers[incident_id].append(name)
            outcomes[incident_id].append(outcome)
            away[incident_id] += days
        paid = dict(
            self.store.conn.execute(
                "SELECT incident_id, sum(amount_fen) FROM compensation_payments"
                f" WHERE incident_id IN ({marks}) AND voided_at IS NULL GROUP BY incident_id",
                ids,
            ).fetchall()
        )
        rows = self.store.rows(
            "SELECT i.*, coalesce(g.name, '') AS grid_name FROM incidents i"
            f" LEFT JOIN grids g ON g.id = i.grid_id WHERE i.id IN ({marks})",
            ids,
        )
        return {
            row["id"]: IncidentRow(
                id=row["id"],
                occurred_at=row["occurred_at"],
                place=row["place"],
                grid_id=row["grid_id"],
                grid_name=row["grid_name"],
                activity=row["activity"],
                cause=row["cause"],
                status=row["status"],
                officers=tuple(officers[row["id"]]),
                worst_outcome=worst_outcome(outcomes[row["id"]]),
                days_away=away[row["id"]],
                compensation_fen=paid.get(row["id"], 0),
                case_number=row["case_number"],
                clarified=row["clarified_on"] is not None,
                voided=row["voided_at"] is not None,
            )
            for row in rows
        }


def _where(flt: IncidentFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = [] if flt.include_void else ["i.voided_at IS NULL"]
    params: list[Any] = []
    if flt.year is not None:
        where.append("i.occurred_at >= ? AND i.occurred_at < ?")
        params += [f"{flt.year:04d}-01-01", f"{flt.year + 1:04d}-01-01"]
    if flt.cause:
        where.append("i.cause = ?")
        params.append(flt.cause)
    if flt.status:
        where.append("i.status = ?")
        params.append(flt.status)
    if flt.officer_id is not None:
        where.append(
            "i.id IN (SELECT incident_id FROM injuries WHERE officer_id = ? AND voided_at IS NULL)"
        )
        params.append(flt.officer_id)
    text = flt.text.strip()
    if text:
        where.append(_TEXT_MATCH)
        params += [int(text) if text.isdigit() else -1, text, text, text, text, text.upper()]
    if flt.found.strip():
        condition, found_params = found_condition(
            flt.found,
            "injuries",
            "i.id",
            "officers",
            "SELECT j.incident_id FROM injuries j"
            " WHERE j.officer_id IN ({ids}) AND j.voided_at IS NULL",
        )
        where.append(condition)
        params += found_params
    return where or ["1"], params
