"""The station's figures for a span of days: one function per ledger, each a few range queries.

Every query bounds an indexed date column (disputes_received, disputes_outcome, disputes_open,
mediation_sessions_held, agreements_signed, followups_*, visits_day, shifts_day,
incidents_occurred, compensation_paid, legal_aid_given), so the cost follows the days asked
for, never the size of the station. Voided records are never counted.

Flows count what happened from `first` to `last` (both whole days, Monday 00:00 to Sunday 24:00
for a week); stocks (open and overdue disputes, registered households) are taken at the end of
`as_of`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from stationdesk.domain.labels import DISPUTE_CATEGORIES, FIGURES, ON_DUTY_SHIFTS, RECEIVED_HOW
from stationdesk.store import Store

GRADES = ("A", "B", "C", "D")
# A chief signs a dispute off after its outcome; a sign-off later than this is not looked for,
# which keeps the count of sign-offs on the outcome index.
SIGN_OFF_WINDOW_DAYS = 366
STOCKS = frozenset(
    {"disputes.open", "disputes.overdue_open", "visits.households_total"}
    | {f"disputes.open_grade_{grade}" for grade in GRADES}
)
MONEY = frozenset({"injuries.compensation_fen"})
DUTY_KINDS = tuple(sorted(ON_DUTY_SHIFTS))


def figure_keys() -> list[str]:
    """Every figure, in the order the report shows them."""
    return [
        "disputes.received",
        "disputes.settled",
        "disputes.confirmed",
        "disputes.referred",
        "disputes.escalated",
        "disputes.withdrawn",
        "disputes.open",
        "disputes.overdue_open",
        *(f"disputes.open_grade_{grade}" for grade in GRADES),
        *(f"disputes.category.{code}" for code in DISPUTE_CATEGORIES),
        *(f"disputes.how.{code}" for code in RECEIVED_HOW),
        "mediation.sessions",
        "mediation.agreements",
        "followups.due",
        "followups.done",
        "followups.broken",
        "visits.visits",
        "visits.households",
        "visits.households_total",
        "visits.anti_fraud",
        "visits.disputes_found",
        "roster.duty_days",
        "roster.patrols",
        "roster.leave_days",
        "roster.sick_days",
        "injuries.incidents",
        "injuries.officers_hurt",
        "injuries.days_lost",
        "injuries.compensation_fen",
        "injuries.legal_aid",
    ]


def figure_label(key: str) -> str:
    """The English label of a figure (translate it with `labels.label` or Qt's "Label")."""
    if key in FIGURES:
        return FIGURES[key]
    group, code = key.rsplit(".", 1)
    return (DISPUTE_CATEGORIES if group == "disputes.category" else RECEIVED_HOW)[code]


@dataclass(frozen=True)
class Span:
    """Whole days from `first` to `last`; stocks are read at the end of `as_of`."""

    first: date
    last: date
    as_of: date

    @property
    def start(self) -> str:
        """First day, ISO (the lower bound of dates and date-times alike)."""
        return self.first.isoformat()

    @property
    def end(self) -> str:
        """Last day, ISO (the upper bound of a date column)."""
        return self.last.isoformat()

    @property
    def after(self) -> str:
        """The day after the last, ISO (the exclusive bound of a date-time column)."""
        return (self.last + timedelta(days=1)).isoformat()

    def shifted(self, days: int) -> Span:
        """The same span `days` later (earlier when negative)."""
        step = timedelta(days=days)
        return Span(self.first + step, self.last + step, self.as_of + step)


@dataclass(frozen=True)
class Scope:
    """Which grids count: None is the whole station, else the ids of a grid subtree."""

    grid_ids: frozenset[int] | None = None

    def clause(self, column: str) -> tuple[str, list[Any]]:
        """' AND column IN (...)' for a subtree, nothing for the station."""
        if self.grid_ids is None:
            return "", []
        ids = sorted(self.grid_ids)
        return f" AND {column} IN ({', '.join('?' * len(ids))})", ids

    def officers(self, column: str) -> tuple[str, list[Any]]:
        """Officers responsible for a grid of the subtree (the station: every officer)."""
        if self.grid_ids is None:
            return "", []
        inner, params = self.clause("grid_id")
        return f" AND {column} IN (SELECT officer_id FROM officer_grids WHERE 1{inner})", params


STATION = Scope()


def compute(store: Store, span: Span, scope: Scope = STATION) -> dict[str, int]:
    """Every figure of `figure_keys()` for the span and scope (money in fen)."""
    values: Counter[str] = Counter(dict.fromkeys(figure_keys(), 0))
    for part in (
        disputes_received(store, span, scope),
        dispute_outcomes(store, span, scope),
        open_disputes(store, span.as_of, scope),
        mediation(store, span, scope),
        followups(store, span, scope),
        visits(store, span, scope),
        roster(store, span, scope),
        injuries(store, span, scope),
    ):
        values.update(part)
    return dict(values)


def _one(store: Store, sql: str, params: Sequence[Any]) -> tuple[Any, ...]:
    row = store.conn.execute(sql, params).fetchone()
    return tuple(0 if value is None else value for value in row)


def disputes_received(store: Store, span: Span, scope: Scope) -> Counter[str]:
    """Received, by category and by how, and how many were found on household visits."""
    where, params = scope.clause("grid_id")
    counts: Counter[str] = Counter()
    for category, how, number, found in store.conn.execute(
        "SELECT category, received_how, count(*),"
        " sum(received_how = 'visit') FROM disputes"
        f" WHERE received_on BETWEEN ? AND ? AND voided_at IS NULL{where}"
        " GROUP BY category, received_how",
        [span.start, span.end, *params],
    ):
        counts["disputes.received"] += number
        counts[f"disputes.category.{category}"] += number
        counts[f"disputes.how.{how}"] += number
        counts["visits.disputes_found"] += found
    return counts


def dispute_outcomes(store: Store, span: Span, scope: Scope) -> Counter[str]:
    """Settled by agreement, referred on, handed up, withdrawn; and signed off by the chief."""
    where, params = scope.clause("grid_id")
    names = {
        "agreement": "disputes.settled",
        "referred": "disputes.referred",
        "escalated": "disputes.escalated",
        "withdrawn": "disputes.withdrawn",
    }
    counts: Counter[str] = Counter()
    for outcome, number in store.conn.execute(
        "SELECT outcome, count(*) FROM disputes WHERE outcome_on BETWEEN ? AND ?"
        f" AND voided_at IS NULL{where} GROUP BY outcome",
        [span.start, span.end, *params],
    ):
        counts[names[outcome]] += number
    earliest = (span.first - timedelta(days=SIGN_OFF_WINDOW_DAYS)).isoformat()
    (counts["disputes.confirmed"],) = _one(
        store,
        "SELECT count(*) FROM disputes WHERE outcome_on BETWEEN ? AND ?"
        f" AND confirmed_on BETWEEN ? AND ? AND voided_at IS NULL{where}",
        [earliest, span.end, span.start, span.end, *params],
    )
    return counts


def open_disputes(store: Store, as_of: date, scope: Scope) -> Counter[str]:
    """Disputes open at the end of `as_of`, by grade, and those past their deadline then."""
    counts: Counter[str] = Counter()
    for grade, overdue in open_rows(store, as_of, scope, ("risk_grade", "deadline < ?")):
        counts["disputes.open"] += 1
        counts[f"disputes.open_grade_{grade}"] += 1
        counts["disputes.overdue_open"] += overdue
    return counts


def open_rows(
    store: Store, as_of: date, scope: Scope, columns: Sequence[str]
) -> Iterable[tuple[Any, ...]]:
    """`columns` of each dispute open at the end of `as_of` ('?' in them is `as_of`).

    Open then: received by that day, and either open now (the disputes_open index) or ended
    after it (the disputes_outcome index).
    """
    where, params = scope.clause("grid_id")
    day = as_of.isoformat()
    select = ", ".join(columns)
    marks = [day] * sum(column.count("?") for column in columns)
    yield from store.conn.execute(
        f"SELECT {select} FROM disputes INDEXED BY disputes_open WHERE status = 'open'"
        f" AND received_on <= ? AND voided_at IS NULL{where}",
        [*marks, day, *params],
    )
    yield from store.conn.execute(
        f"SELECT {select} FROM disputes WHERE outcome_on > ?"
        f" AND received_on <= ? AND voided_at IS NULL{where}",
        [*marks, day, day, *params],
    )


def mediation(store: Store, span: Span, scope: Scope) -> Counter[str]:
    """Mediation sessions held and agreements signed."""
    where, params = scope.clause("d.grid_id")
    live = f"d.voided_at IS NULL{where}"
    (sessions,) = _one(
        store,
        "SELECT count(*) FROM mediation_sessions s JOIN disputes d ON d.id = s.dispute_id"
        f" WHERE s.held_at >= ? AND s.held_at < ? AND s.voided_at IS NULL AND {live}",
        [span.start, span.after, *params],
    )
    (agreements,) = _one(
        store,
        "SELECT count(*) FROM agreements a JOIN disputes d ON d.id = a.dispute_id"
        f" WHERE a.signed_on BETWEEN ? AND ? AND a.voided_at IS NULL AND {live}",
        [span.start, span.end, *params],
    )
    return Counter({"mediation.sessions": sessions, "mediation.agreements": agreements})


def followups(store: Store, span: Span, scope: Scope) -> Counter[str]:
    """Follow-ups falling due (not cancelled), made, and those that found the agreement broken."""
    where, params = scope.clause("d.grid_id")
    live = f"f.voided_at IS NULL AND d.voided_at IS NULL{where}"
    # followups_officer (officer_id, due_on): one short range per officer.
    (due,) = _one(
        store,
        "SELECT count(*) FROM followups f JOIN disputes d ON d.id = f.dispute_id"
        " WHERE f.officer_id IN (SELECT id FROM officers) AND f.due_on BETWEEN ? AND ?"
        f" AND f.cancelled_on IS NULL AND {live}",
        [span.start, span.end, *params],
    )
    done, broken = _one(
        store,
        "SELECT count(*), sum(f.kept = 0) FROM followups f JOIN disputes d ON d.id = f.dispute_id"
        f" WHERE f.done_on BETWEEN ? AND ? AND {live}",
        [span.start, span.end, *params],
    )
    return Counter({"followups.due": due, "followups.done": done, "followups.broken": broken})


def visits(store: Store, span: Span, scope: Scope) -> Counter[str]:
    """Visits made, households reached, anti-fraud app installs, households registered."""
    where, params = scope.clause("h.grid_id")
    number, reached, installs = _one(
        store,
        "SELECT count(*), count(DISTINCT v.household_id), sum(v.anti_fraud_app)"
        " FROM visits v JOIN households h ON h.id = v.household_id"
        f" WHERE v.visited_on BETWEEN ? AND ? AND v.voided_at IS NULL{where}",
        [span.start, span.end, *params],
    )
    return Counter(
        {
            "visits.visits": number,
            "visits.households": reached,
            "visits.anti_fraud": installs,
            "visits.households_total": registered_households(store, span.as_of, scope),
        }
    )


def registered_households(store: Store, as_of: date, scope: Scope) -> int:
    """Households on the register at the end of `as_of`."""
    where, params = scope.clause("grid_id")
    (number,) = _one(
        store,
        f"SELECT count(*) FROM households WHERE registered_on <= ? AND voided_at IS NULL{where}",
        [as_of.isoformat(), *params],
    )
    return int(number)


def roster(store: Store, span: Span, scope: Scope) -> Counter[str]:
    """Officer-days on duty, patrols, leave and sick days (officers of the scope's grids)."""
    where, params = scope.officers("officer_id")
    marks = ", ".join("?" * len(DUTY_KINDS))
    duty, patrols, leave, sick = _one(
        store,
        f"SELECT sum(kind IN ({marks})), sum(patrols), sum(kind = 'leave'), sum(kind = 'sick')"
        f" FROM shifts WHERE day BETWEEN ? AND ? AND voided_at IS NULL{where}",
        [*DUTY_KINDS, span.start, span.end, *params],
    )
    return Counter(
        {
            "roster.duty_days": duty,
            "roster.patrols": patrols,
            "roster.leave_days": leave,
            "roster.sick_days": sick,
        }
    )


def injuries(store: Store, span: Span, scope: Scope) -> Counter[str]:
    """Incidents on duty, officers hurt, days lost, compensation paid and legal aid given."""
    where, params = scope.clause("i.grid_id")
    live = f"i.voided_at IS NULL{where}"
    (incidents,) = _one(
        store,
        f"SELECT count(*) FROM incidents i WHERE i.occurred_at >= ? AND i.occurred_at < ?"
        f" AND {live}",
        [span.start, span.after, *params],
    )
    hurt, days = _one(
        store,
        "SELECT count(DISTINCT j.officer_id), sum(j.days_away + j.days_restricted)"
        " FROM incidents i JOIN injuries j ON j.incident_id = i.id"
        " WHERE i.occurred_at >= ? AND i.occurred_at < ? AND j.outcome <> 'none'"
        f" AND j.voided_at IS NULL AND {live}",
        [span.start, span.after, *params],
    )
    (paid,) = _one(
        store,
        "SELECT sum(c.amount_fen) FROM compensation_payments c JOIN incidents i"
        f" ON i.id = c.incident_id WHERE c.paid_on BETWEEN ? AND ? AND c.voided_at IS NULL"
        f" AND {live}",
        [span.start, span.end, *params],
    )
    (aid,) = _one(
        store,
        "SELECT sum(a.person_times) FROM legal_aid a JOIN incidents i ON i.id = a.incident_id"
        f" WHERE a.given_on BETWEEN ? AND ? AND a.voided_at IS NULL AND {live}",
        [span.start, span.end, *params],
    )
    return Counter(
        {
            "injuries.incidents": incidents,
            "injuries.officers_hurt": hurt,
            "injuries.days_lost": days,
            "injuries.compensation_fen": paid,
            "injuries.legal_aid": aid,
        }
    )


def daily_trend(store: Store, first: date, last: date, scope: Scope) -> dict[str, Counter[str]]:
    """Disputes received and settled per day (ISO date keys), for trend charts."""
    where, params = scope.clause("grid_id")
    bounds = [first.isoformat(), last.isoformat(), *params]
    received: Counter[str] = Counter(
        dict(
            store.conn.execute(
                "SELECT received_on, count(*) FROM disputes WHERE received_on BETWEEN ? AND ?"
                f" AND voided_at IS NULL{where} GROUP BY received_on",
                bounds,
            ).fetchall()
        )
    )
    settled: Counter[str] = Counter(
        dict(
            store.conn.execute(
                "SELECT outcome_on, count(*) FROM disputes WHERE outcome_on BETWEEN ? AND ?"
                f" AND outcome = 'agreement' AND voided_at IS NULL{where} GROUP BY outcome_on",
                bounds,
            ).fetchall()
        )
    )
    return {"received": received, "settled": settled}


def per_grid(store: Store, span: Span, grid_ids: Collection[int]) -> dict[int, Counter[str]]:
    """The per-grid table's figures for each of `grid_ids` (leaf rows, to be rolled up)."""
    scope = Scope(frozenset(grid_ids))
    rows: dict[int, Counter[str]] = {grid_id: Counter() for grid_id in grid_ids}
    where, params = scope.clause("grid_id")
    for grid_id, number in store.conn.execute(
        "SELECT grid_id, count(*) FROM disputes WHERE received_on BETWEEN ? AND ?"
        f" AND voided_at IS NULL{where} GROUP BY grid_id",
        [span.start, span.end, *params],
    ):
        rows[grid_id]["received"] += number
    for grid_id, number in store.conn.execute(
        "SELECT grid_id, count(*) FROM disputes WHERE outcome_on BETWEEN ? AND ?"
        f" AND outcome = 'agreement' AND voided_at IS NULL{where} GROUP BY grid_id",
        [span.start, span.end, *params],
    ):
        rows[grid_id]["settled"] += number
    for grid_id, overdue in open_rows(store, span.as_of, scope, ("grid_id", "deadline < ?")):
        rows[grid_id]["overdue_open"] += overdue
    _grid_visits(store, span, scope, rows)
    return rows


def _grid_visits(store: Store, span: Span, scope: Scope, rows: dict[int, Counter[str]]) -> None:
    where, params = scope.clause("h.grid_id")
    for grid_id, number, reached in store.conn.execute(
        "SELECT h.grid_id, count(*), count(DISTINCT v.household_id)"
        " FROM visits v JOIN households h ON h.id = v.household_id"
        f" WHERE v.visited_on BETWEEN ? AND ? AND v.voided_at IS NULL{where} GROUP BY h.grid_id",
        [span.start, span.end, *params],
    ):
        rows[grid_id]["visits"] += number
        rows[grid_id]["households"] += reached
    where, params = scope.clause("grid_id")
    for grid_id, number in store.conn.execute(
        "SELECT grid_id, count(*) FROM households WHERE registered_on <= ?"
        f" AND voided_at IS NULL{where} GROUP BY grid_id",
        [span.as_of.isoformat(), *params],
    ):
        rows[grid_id]["households_total"] += number
