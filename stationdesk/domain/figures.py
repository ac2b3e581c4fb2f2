"""The station's figures for spans of days: one function per ledger, each a few range queries.

Spans that overlap (a week and its year to date) are read in one pass, day by day. Every query
bounds an indexed date column (disputes_received, disputes_outcome, disputes_open,
mediation_sessions_held, agreements_signed, followups_*, visits_day, shifts_day,
incidents_occurred, compensation_paid, legal_aid_given), so the cost follows the days asked
for, never the size of the station. Voided records are never counted.

Flows count what happened from `first` to `last` (both whole days, Monday 00:00 to Sunday 24:00
for a week); stocks (open and overdue disputes, registered households) are taken at the end of
`as_of`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from stationdesk.domain.labels import DISPUTE_CATEGORIES, FIGURES, ON_DUTY_SHIFTS, RECEIVED_HOW
from stationdesk.store import Store

GRADES = ("A", "B", "C", "D")
# A chief signs a dispute off soon after its outcome; sign-offs are counted when they came
# within this many days of it.
SIGN_OFF_WINDOW_DAYS = 92
STOCKS = frozenset(
    {"disputes.open", "disputes.overdue_open", "visits.households_total"}
    | {f"disputes.open_grade_{grade}" for grade in GRADES}
)
# SQLite's planner passes over a partial covering index for the plain index of the same date
# column (table lookups for every row, several times slower on a large station), so the
# queries of received and ended disputes name theirs.
RECEIVED_INDEX = " INDEXED BY disputes_received_live"
ENDED_INDEX = " INDEXED BY disputes_ended_live"
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

    def shifted(self, days: int) -> Span:
        """The same span `days` later (earlier when negative)."""
        step = timedelta(days=days)
        return Span(self.first + step, self.last + step, self.as_of + step)


@dataclass(frozen=True)
class Scope:
    """Which grids count: None is the whole station, else the ids of a grid subtree."""

    grid_ids: frozenset[int] | None = None

    def clause(self, column: str) -> tuple[str, list[Any]]:
        """' AND column IN (...)' for a subtree, nothing for the station.

        The unary + keeps SQLite from reading the grid index instead of the date range.
        """
        if self.grid_ids is None:
            return "", []
        ids = sorted(self.grid_ids)
        return f" AND +{column} IN ({', '.join('?' * len(ids))})", ids

    def officers(self, column: str) -> tuple[str, list[Any]]:
        """Officers responsible for a grid of the subtree (the station: every officer)."""
        if self.grid_ids is None:
            return "", []
        inner, params = self.clause("grid_id")
        return f" AND {column} IN (SELECT officer_id FROM officer_grids WHERE 1{inner})", params


STATION = Scope()


def compute(store: Store, span: Span, scope: Scope = STATION) -> dict[str, int]:
    """Every figure of `figure_keys()` for the span and scope (money in fen)."""
    return compute_many(store, [span], scope)[0]


def compute_many(
    store: Store,
    spans: Sequence[Span],
    scope: Scope = STATION,
    opened: dict[date, list[OpenDispute]] | None = None,
) -> list[dict[str, int]]:
    """The figures of several spans, reading each stretch of days only once.

    Overlapping or touching spans (a week inside its year to date) are read together, day by
    day, and each span adds up its own days; stocks are read once per distinct `as_of`
    (`opened` may bring the open disputes, from `open_at`, already read).
    """
    tally = Tally()
    for flow in FLOWS:
        for first, last in covering_ranges(spans):
            flow(store, first, last, scope, tally)
    days = sorted({span.as_of for span in spans})
    open_then = opened if opened is not None else open_at(store, days, scope)
    registered = registered_households(store, days, scope)
    stocks = {
        as_of: open_counts(open_then[as_of])
        + Counter({"visits.households_total": registered[as_of]})
        for as_of in days
    }
    results = []
    for span in spans:
        values: Counter[str] = Counter(dict.fromkeys(figure_keys(), 0))
        values.update(tally.total(span.first, span.last))
        values.update(stocks[span.as_of])
        values["visits.households"] = households_reached(store, span, scope)
        results.append(dict(values))
    return results


def covering_ranges(spans: Iterable[Span]) -> list[tuple[date, date]]:
    """The fewest stretches of days that hold every span (touching stretches join up)."""
    ranges: list[tuple[date, date]] = []
    for span in sorted(spans, key=lambda s: s.first):
        first = span.first
        if ranges and first <= ranges[-1][1] + timedelta(days=1):
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], span.last))
        else:
            ranges.append((first, span.last))
    return ranges


class Tally:
    """Counts by day, and the members behind distinct counts (households, officers) by day."""

    def __init__(self) -> None:
        self.days: dict[str, Counter[str]] = defaultdict(Counter)
        self.members: dict[str, dict[str, set[Any]]] = defaultdict(lambda: defaultdict(set))

    def add(self, day: str, key: str, number: int | None) -> None:
        """Count `number` for `key` on `day` (an ISO date or date-time)."""
        self.days[day[:10]][key] += number or 0

    def add_member(self, day: str, key: str, member: Any) -> None:
        """Note one member of the distinct count `key` on `day`."""
        self.members[key][day[:10]].add(member)

    def total(self, first: date, last: date) -> Counter[str]:
        """What the days from `first` to `last` add up to."""
        start, end = first.isoformat(), last.isoformat()
        total: Counter[str] = Counter()
        for day, counts in self.days.items():
            if start <= day <= end:
                total.update(counts)
        for key, by_day in self.members.items():
            found: set[Any] = set()
            for day, members in by_day.items():
                if start <= day <= end:
                    found |= members
            total[key] = len(found)
        return total


def _bounds(first: date, last: date) -> list[str]:
    return [first.isoformat(), last.isoformat()]


def _after(last: date) -> str:
    """The day after `last`: the exclusive bound of a date-time column."""
    return (last + timedelta(days=1)).isoformat()


def disputes_received(store: Store, first: date, last: date, scope: Scope, tally: Tally) -> None:
    """Received, by category and by how (found on household visits among them): one row a day,
    the breakdowns summed by SQL over the covering index disputes_received_live."""
    where, params = scope.clause("grid_id")
    keys = [f"disputes.category.{code}" for code in DISPUTE_CATEGORIES]
    keys += [f"disputes.how.{code}" for code in RECEIVED_HOW]
    sums = [f"sum(category = '{code}')" for code in DISPUTE_CATEGORIES]
    sums += [f"sum(received_how = '{code}')" for code in RECEIVED_HOW]
    for day, number, *counts in store.conn.execute(
        f"SELECT received_on, count(*), {', '.join(sums)} FROM disputes{RECEIVED_INDEX}"
        f" WHERE received_on BETWEEN ? AND ? AND voided_at IS NULL{where} GROUP BY received_on",
        [*_bounds(first, last), *params],
    ):
        tally.add(day, "disputes.received", number)
        for key, count in zip(keys, counts, strict=True):
            if count:
                tally.add(day, key, count)
        tally.add(day, "visits.disputes_found", counts[keys.index("disputes.how.visit")])


OUTCOME_KEYS = {
    "agreement": "disputes.settled",
    "referred": "disputes.referred",
    "escalated": "disputes.escalated",
    "withdrawn": "disputes.withdrawn",
}


def dispute_outcomes(store: Store, first: date, last: date, scope: Scope, tally: Tally) -> None:
    """Settled by agreement, referred on, handed up, withdrawn; and signed off by the chief,
    counted on the day of the sign-off when it came within SIGN_OFF_WINDOW_DAYS of the outcome
    (each read on its own covering index: disputes_ended_live, disputes_confirmed_live)."""
    where, params = scope.clause("grid_id")
    bounds = [*_bounds(first, last), *params]
    for day, outcome, number in store.conn.execute(
        f"SELECT outcome_on, outcome, count(*) FROM disputes{ENDED_INDEX}"
        f" WHERE outcome_on BETWEEN ? AND ? AND voided_at IS NULL{where} GROUP BY 1, 2",
        bounds,
    ):
        tally.add(day, OUTCOME_KEYS[outcome], number)
    for day, number in store.conn.execute(
        "SELECT confirmed_on, count(*) FROM disputes INDEXED BY disputes_confirmed_live"
        " WHERE confirmed_on BETWEEN ? AND ? AND voided_at IS NULL AND confirmed_on IS NOT NULL"
        f" AND julianday(confirmed_on) - julianday(outcome_on) <= {SIGN_OFF_WINDOW_DAYS}{where}"
        " GROUP BY 1",
        bounds,
    ):
        tally.add(day, "disputes.confirmed", number)


def mediation(store: Store, first: date, last: date, scope: Scope, tally: Tally) -> None:
    """Mediation sessions held and agreements signed (of disputes not voided); the signing
    days are read from their covering index, which SQLite would pass over for the plain one."""
    where, params = scope.clause("d.grid_id")
    live = f"d.voided_at IS NULL{where}"
    for day, number in store.conn.execute(
        "SELECT substr(s.held_at, 1, 10), count(*) FROM mediation_sessions s"
        " JOIN disputes d ON d.id = s.dispute_id WHERE s.held_at >= ? AND s.held_at < ?"
        f" AND s.voided_at IS NULL AND {live} GROUP BY 1",
        [first.isoformat(), _after(last), *params],
    ):
        tally.add(day, "mediation.sessions", number)
    for day, number in store.conn.execute(
        "SELECT a.signed_on, count(*) FROM agreements a INDEXED BY agreements_signed_live"
        " JOIN disputes d ON d.id = a.dispute_id"
        f" WHERE a.signed_on BETWEEN ? AND ? AND a.voided_at IS NULL AND {live} GROUP BY 1",
        [*_bounds(first, last), *params],
    ):
        tally.add(day, "mediation.agreements", number)


def followups(store: Store, first: date, last: date, scope: Scope, tally: Tally) -> None:
    """Follow-ups falling due (not cancelled), made, and those that found the agreement broken."""
    where, params = scope.clause("d.grid_id")
    live = f"f.voided_at IS NULL AND d.voided_at IS NULL{where}"
    # Both read their covering index, which SQLite would pass over for the plain one.
    for day, number in store.conn.execute(
        "SELECT f.due_on, count(*) FROM followups f INDEXED BY followups_due_live"
        " JOIN disputes d ON d.id = f.dispute_id WHERE f.due_on BETWEEN ? AND ?"
        f" AND f.cancelled_on IS NULL AND {live} GROUP BY 1",
        [*_bounds(first, last), *params],
    ):
        tally.add(day, "followups.due", number)
    for day, done, broken in store.conn.execute(
        "SELECT f.done_on, count(*), sum(f.kept = 0) FROM followups f"
        " INDEXED BY followups_done_live JOIN disputes d ON d.id = f.dispute_id"
        f" WHERE f.done_on BETWEEN ? AND ? AND f.done_on IS NOT NULL AND {live} GROUP BY 1",
        [*_bounds(first, last), *params],
    ):
        tally.add(day, "followups.done", done)
        tally.add(day, "followups.broken", broken)


def visits(store: Store, first: date, last: date, scope: Scope, tally: Tally) -> None:
    """Visits made and anti-fraud app installs, by day (households reached: see
    `households_reached`, a distinct count that cannot be added up day by day cheaply)."""
    join, where, params = _visit_scope(scope)
    for day, number, installs in store.conn.execute(
        f"SELECT v.visited_on, count(*), sum(v.anti_fraud_app) FROM visits v{join}"
        f" WHERE v.visited_on BETWEEN ? AND ? AND v.voided_at IS NULL{where} GROUP BY 1",
        [*_bounds(first, last), *params],
    ):
        tally.add(day, "visits.visits", number)
        tally.add(day, "visits.anti_fraud", installs)


def households_reached(store: Store, span: Span, scope: Scope) -> int:
    """Households visited at least once in the span (one covering index range, counted by SQL)."""
    join, where, params = _visit_scope(scope)
    row = store.conn.execute(
        f"SELECT count(DISTINCT v.household_id) FROM visits v{join}"
        f" WHERE v.visited_on BETWEEN ? AND ? AND v.voided_at IS NULL{where}",
        [span.start, span.end, *params],
    ).fetchone()
    return int(row[0])


def _visit_scope(scope: Scope) -> tuple[str, str, list[Any]]:
    """The join to households and the grid clause (the station needs neither)."""
    if scope.grid_ids is None:
        return "", "", []
    where, params = scope.clause("h.grid_id")
    return " JOIN households h ON h.id = v.household_id", where, params


def roster(store: Store, first: date, last: date, scope: Scope, tally: Tally) -> None:
    """Officer-days on duty, patrols, leave and sick days (officers of the scope's grids)."""
    where, params = scope.officers("officer_id")
    marks = ", ".join("?" * len(DUTY_KINDS))
    for day, duty, patrols, leave, sick in store.conn.execute(
        f"SELECT day, sum(kind IN ({marks})), sum(patrols), sum(kind = 'leave'),"
        f" sum(kind = 'sick') FROM shifts WHERE day BETWEEN ? AND ? AND voided_at IS NULL{where}"
        " GROUP BY day",
        [*DUTY_KINDS, *_bounds(first, last), *params],
    ):
        tally.add(day, "roster.duty_days", duty)
        tally.add(day, "roster.patrols", patrols)
        tally.add(day, "roster.leave_days", leave)
        tally.add(day, "roster.sick_days", sick)


def injuries(store: Store, first: date, last: date, scope: Scope, tally: Tally) -> None:
    """Incidents on duty, officers hurt, days lost, compensation paid and legal aid given."""
    where, params = scope.clause("i.grid_id")
    live = f"i.voided_at IS NULL{where}"
    occurred = [first.isoformat(), _after(last), *params]
    for day, number in store.conn.execute(
        "SELECT substr(i.occurred_at, 1, 10), count(*) FROM incidents i"
        f" WHERE i.occurred_at >= ? AND i.occurred_at < ? AND {live} GROUP BY 1",
        occurred,
    ):
        tally.add(day, "injuries.incidents", number)
    for day, officer, days in store.conn.execute(
        "SELECT substr(i.occurred_at, 1, 10), j.officer_id, j.days_away + j.days_restricted"
        " FROM incidents i JOIN injuries j ON j.incident_id = i.id"
        " WHERE i.occurred_at >= ? AND i.occurred_at < ? AND j.outcome <> 'none'"
        f" AND j.voided_at IS NULL AND {live}",
        occurred,
    ):
        tally.add_member(day, "injuries.officers_hurt", officer)
        tally.add(day, "injuries.days_lost", days)
    for table, column, value, key in (
        ("compensation_payments", "paid_on", "amount_fen", "injuries.compensation_fen"),
        ("legal_aid", "given_on", "person_times", "injuries.legal_aid"),
    ):
        for day, number in store.conn.execute(
            f"SELECT c.{column}, sum(c.{value}) FROM {table} c JOIN incidents i"
            f" ON i.id = c.incident_id WHERE c.{column} BETWEEN ? AND ?"
            f" AND c.voided_at IS NULL AND {live} GROUP BY 1",
            [*_bounds(first, last), *params],
        ):
            tally.add(day, key, number)


# Each flow adds up its days of a stretch into the tally.
FLOWS = (disputes_received, dispute_outcomes, mediation, followups, visits, roster, injuries)


@dataclass(frozen=True)
class OpenDispute:
    """Disputes open at the end of some day, alike in grid, grade and being overdue."""

    grid_id: int
    risk_grade: str
    overdue: bool
    count: int = 1


def open_at(store: Store, days: Iterable[date], scope: Scope) -> dict[date, list[OpenDispute]]:
    """The disputes open at the end of each of `days`, counted by grid, grade and overdue.

    Open then: received by that day, and either open now (the small disputes_open_live index)
    or ended after it (disputes_ended_live); both covering, counted by SQL.
    """
    where, params = scope.clause("grid_id")
    found: dict[date, list[OpenDispute]] = {}
    for day in set(days):
        end = day.isoformat()
        rows = store.conn.execute(
            "SELECT grid_id, risk_grade, deadline < ?, count(*) FROM disputes"
            " INDEXED BY disputes_open_live WHERE status = 'open' AND voided_at IS NULL"
            f" AND received_on <= ?{where} GROUP BY 1, 2, 3"
            " UNION ALL SELECT grid_id, risk_grade, deadline < ?, count(*) FROM disputes"
            " INDEXED BY disputes_ended_live WHERE outcome_on > ? AND received_on <= ?"
            f" AND voided_at IS NULL{where} GROUP BY 1, 2, 3",
            [end, end, *params, end, end, end, *params],
        )
        found[day] = [OpenDispute(grid, grade, bool(late), n) for grid, grade, late, n in rows]
    return found


def open_counts(disputes: Iterable[OpenDispute]) -> Counter[str]:
    """Open disputes by grade, and how many were overdue."""
    counts: Counter[str] = Counter()
    for dispute in disputes:
        counts["disputes.open"] += dispute.count
        counts[f"disputes.open_grade_{dispute.risk_grade}"] += dispute.count
        counts["disputes.overdue_open"] += dispute.count * dispute.overdue
    return counts


def registered_households(store: Store, days: Sequence[date], scope: Scope) -> dict[date, int]:
    """Households on the register at the end of each of `days`: those on it now, less those
    registered after each day (a short range of households_registered_live)."""
    where, params = scope.clause("grid_id")
    now = store.scalar(f"SELECT count(*) FROM households WHERE voided_at IS NULL{where}", params)
    later = ", ".join("sum(registered_on > ?)" for _ in days)
    row = store.conn.execute(
        f"SELECT {later} FROM households INDEXED BY households_registered_live"
        f" WHERE registered_on > ? AND voided_at IS NULL{where}",
        [*(day.isoformat() for day in days), min(days).isoformat(), *params],
    ).fetchone()
    return {day: int(now) - int(number or 0) for day, number in zip(days, row, strict=True)}


def daily_trend(store: Store, first: date, last: date, scope: Scope) -> dict[str, Counter[str]]:
    """Disputes received and settled per day (ISO date keys), for trend charts."""
    where, params = scope.clause("grid_id")
    bounds = [first.isoformat(), last.isoformat(), *params]
    received: Counter[str] = Counter(
        dict(
            store.conn.execute(
                f"SELECT received_on, count(*) FROM disputes{RECEIVED_INDEX}"
                " WHERE received_on BETWEEN ? AND ?"
                f" AND voided_at IS NULL{where} GROUP BY received_on",
                bounds,
            ).fetchall()
        )
    )
    settled: Counter[str] = Counter(
        dict(
            store.conn.execute(
                f"SELECT outcome_on, count(*) FROM disputes{ENDED_INDEX}"
                " WHERE outcome_on BETWEEN ? AND ?"
                f" AND outcome = 'agreement' AND voided_at IS NULL{where} GROUP BY outcome_on",
                bounds,
            ).fetchall()
        )
    )
    return {"received": received, "settled": settled}


def per_grid(
    store: Store, span: Span, grid_ids: Collection[int], opened: list[OpenDispute]
) -> dict[int, Counter[str]]:
    """The per-grid table's figures for each of `grid_ids` (leaf rows, to be rolled up);
    `opened` are the disputes open at the end of the span (from `open_at`)."""
    scope = Scope(frozenset(grid_ids))
    rows: dict[int, Counter[str]] = {grid_id: Counter() for grid_id in grid_ids}
    where, params = scope.clause("grid_id")
    for grid_id, number in store.conn.execute(
        f"SELECT grid_id, count(*) FROM disputes{RECEIVED_INDEX} WHERE received_on BETWEEN ? AND ?"
        f" AND voided_at IS NULL{where} GROUP BY grid_id",
        [span.start, span.end, *params],
    ):
        rows[grid_id]["received"] += number
    for grid_id, number in store.conn.execute(
        f"SELECT grid_id, count(*) FROM disputes{ENDED_INDEX} WHERE outcome_on BETWEEN ? AND ?"
        f" AND outcome = 'agreement' AND voided_at IS NULL{where} GROUP BY grid_id",
        [span.start, span.end, *params],
    ):
        rows[grid_id]["settled"] += number
    for dispute in opened:
        if dispute.grid_id in rows:
            rows[dispute.grid_id]["overdue_open"] += dispute.count * dispute.overdue
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
    ids = sorted(scope.grid_ids or ())
    for grid_id, number in store.conn.execute(
        "SELECT grid_id, count(*) FROM households INDEXED BY households_grid_live"
        f" WHERE grid_id IN ({', '.join('?' * len(ids))}) AND registered_on <= ?"
        " AND voided_at IS NULL GROUP BY grid_id",
        [*ids, span.as_of.isoformat()],
    ):
        rows[grid_id]["households_total"] += number
