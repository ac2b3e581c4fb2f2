"""Read side of the dispute ledger: the filtered, sorted list, its counts, and due follow-ups.

Lists are ids first (a thin item model holds ids and fetches rows in blocks); every sort column
has an index, and paging is keyset (`after` = the last row's sort value and id), never OFFSET.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from stationdesk.domain.dispute_records import HIGH_GRADES
from stationdesk.domain.grids import within_grids
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.store.search_index import found_condition


@dataclass(frozen=True)
class SortKey:
    """What a sort orders by (before the dispute number).

    A name is ordered on through its own index (grids_name, officers_name, people_name): the
    table holding it (`lead`) is read first, in name order, and `link` finds its disputes,
    so a page never sorts the whole ledger. When the lead table holds the dispute's `number`
    (parties), each dispute is checked against the filter by its key alone.
    """

    columns: tuple[str, ...]
    lead: str = ""
    link: str = ""
    number: str = "d.id"  # where the dispute's number is read (the lead table may hold it)


SORT_KEYS = {
    "id": SortKey(("d.id",)),
    "received_on": SortKey(("d.received_on",)),
    "deadline": SortKey(("d.deadline",)),
    "risk_grade": SortKey(("d.risk_grade",)),
    "category": SortKey(("d.category",)),
    "status": SortKey(("d.status",)),
    "received_how": SortKey(("d.received_how",)),
    "grid_id": SortKey(("d.grid_id",)),
    "officer_id": SortKey(("d.officer_id",)),
    "summary": SortKey(("d.summary",)),
    "grid": SortKey(("g.name", "g.id"), "grids g", "d.grid_id = g.id"),
    "officer": SortKey(("o.name", "o.id"), "officers o", "d.officer_id = o.id"),
    "parties": SortKey(
        ("p0.name", "p0.id"),
        "people p0 CROSS JOIN dispute_parties dp0",
        "dp0.person_id = p0.id AND dp0.position = 0",
        "dp0.dispute_id",
    ),
}
# The sort keys whose value is a pair (a name and the id that tells equal names apart).
PAIRED = {"grid": ("grid_name", "grid_id"), "officer": ("officer_name", "officer_id")}
BLOCK = 500
# Free text: the dispute number, a part of the summary, place or a party's name, or a party's
# full phone or ID number.
_TEXT_MATCH = (
    "(d.id = ? OR instr(d.summary, ?) > 0 OR instr(d.place, ?) > 0 OR d.id IN"
    " (SELECT dp.dispute_id FROM dispute_parties dp JOIN people p ON p.id = dp.person_id"
    " WHERE instr(p.name, ?) > 0 OR p.phone = ? OR p.id_number = ?))"
)


@dataclass(frozen=True)
class DisputeFilter:
    """What the ledger list shows; empty tuples and None mean 'any'."""

    statuses: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    grid_id: int | None = None
    grid_ids: tuple[int, ...] = ()  # only these grids (as "My grids" lists them), exactly
    officer_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    overdue_only: bool = False
    include_void: bool = False
    text: str = ""
    # What the weekly figures count, so a figure can list the disputes behind it.
    received_hows: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    ended_from: date | None = None
    ended_to: date | None = None
    signed_off_from: date | None = None
    signed_off_to: date | None = None
    open_at: date | None = None  # open at the end of that day (overdue then, with overdue_only)
    # What the window's find box holds: disputes the search index matches, or with a party it
    # matches (name, pinyin, ID or phone digits).
    found: str = ""


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger list."""

    id: int
    received_on: str
    received_how: str
    category: str
    grid_id: int
    grid_name: str
    place: str
    summary: str
    risk_grade: str
    officer_id: int
    officer_name: str
    deadline: str
    status: str
    outcome: str | None
    outcome_on: str | None
    reopened_count: int
    voided: bool
    overdue: bool
    days_left: int | None
    parties: tuple[str, ...] = ()
    first_party_id: int | None = None  # the party at position 0, whom "parties" sorts by

    @property
    def high_grade(self) -> bool:
        """Grade A or B: shown prominently."""
        return self.risk_grade in HIGH_GRADES

    def sort_value(self, sort: str) -> Any:
        """This row's value of a sort key, for keyset paging (`after`): a (name, id) pair for
        grid, officer and parties."""
        if sort == "parties":
            return (self.parties[0] if self.parties else "", self.first_party_id)
        if sort in PAIRED:
            return tuple(getattr(self, name) for name in PAIRED[sort])
        return getattr(self, sort)


@dataclass(frozen=True)
class LedgerCounts:
    """Totals for the list's status line."""

    total: int = 0
    open: int = 0
    overdue: int = 0
    open_high_grade: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_grade: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DueFollowup:
    """A follow-up an officer must make."""

    id: int
    dispute_id: int
    due_on: str
    kind: str
    reason: str
    officer_id: int
    officer_name: str
    risk_grade: str
    summary: str
    obligation: str = ""
    obligor: str = ""
    late: bool = False
    parties: tuple[str, ...] = ()


class DisputeLedger:
    """Queries over the ledger; no writes."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.today = today

    def ids(
        self,
        flt: DisputeFilter | None = None,
        sort: str = "received_on",
        *,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, int] | None = None,
    ) -> list[int]:
        """Matching ids in list order; `after` continues from a row's (sort value, id)."""
        sql, params = self.ids_query(flt, sort, descending=descending, limit=limit, after=after)
        return [row[0] for row in self.store.conn.execute(sql, params)]

    def ids_query(
        self,
        flt: DisputeFilter | None = None,
        sort: str = "received_on",
        *,
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, int] | None = None,
    ) -> tuple[str, list[Any]]:
        """The SQL and parameters behind ids() (tests check its query plan)."""
        key = SORT_KEYS.get(sort)
        if key is None:
            raise ValidationError({"sort": f"cannot sort by {sort}"})
        flt = flt or DisputeFilter()
        where, params = self._where(flt)
        columns = [*key.columns, key.number]
        source = _source(flt)
        if key.number != "d.id":  # read the lead table in order, each dispute checked once
            inner = " AND ".join(where)
            source = key.lead
            where = [key.link, f"EXISTS (SELECT 1 FROM {_source(flt)} WHERE d.id = {key.number}"]
            where[-1] += f" AND {inner})"
        elif key.lead:
            source = f"{key.lead} CROSS JOIN {source}"  # CROSS JOIN: read in this order
            where.append(key.link)
        if after is not None:
            values = after[0] if isinstance(after[0], tuple) else (after[0],)
            marks = ", ".join("?" * len(columns))
            where.append(f"({', '.join(columns)}) {'<' if descending else '>'} ({marks})")
            params += [*values, after[1]]
        order = "DESC" if descending else "ASC"
        sql = (
            f"SELECT {key.number} FROM {source} WHERE {' AND '.join(where)}"
            f" ORDER BY {', '.join(f'{column} {order}' for column in columns)}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return sql, params

    def _where(self, flt: DisputeFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = [] if flt.include_void else ["d.voided_at IS NULL"]
        params: list[Any] = []
        for column, values in (
            ("d.status", flt.statuses),
            ("d.risk_grade", flt.grades),
            ("d.category", flt.categories),
            ("d.received_how", flt.received_hows),
            ("d.outcome", flt.outcomes),
        ):
            if values:
                where.append(f"{column} IN ({', '.join('?' * len(values))})")
                params += list(values)
        if flt.grid_id is not None:
            where.append(
                "d.grid_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL"
                " SELECT g.id FROM grids g JOIN sub ON g.parent_id = sub.id) SELECT id FROM sub)"
            )
            params.append(flt.grid_id)
        if flt.grid_ids:
            condition, grid_params = within_grids("d.grid_id", flt.grid_ids)
            where.append(condition)
            params += grid_params
        if flt.officer_id is not None:
            where.append("d.officer_id = ?")
            params.append(flt.officer_id)
        for column, first, last in (
            ("d.received_on", flt.received_from, flt.received_to),
            ("d.outcome_on", flt.ended_from, flt.ended_to),
            ("d.confirmed_on", flt.signed_off_from, flt.signed_off_to),
        ):
            for bound, limit in ((">=", first), ("<=", last)):
                if limit is not None:
                    where.append(f"{column} {bound} ?")
                    params.append(limit.isoformat())
        if flt.open_at is not None:
            day = flt.open_at.isoformat()
            where.append("d.received_on <= ? AND (d.status = 'open' OR d.outcome_on > ?)")
            params += [day, day]
            if flt.overdue_only:
                where.append("d.deadline < ?")
                params.append(day)
        elif flt.overdue_only:
            where.append("d.status = 'open' AND d.deadline < ?")
            params.append(self.today().isoformat())
        text = flt.text.strip()
        if text:
            where.append(_TEXT_MATCH)
            params += [int(text) if text.isdigit() else -1, text, text, text, text, text.upper()]
        if flt.found.strip():
            condition, found_params = found_condition(
                flt.found,
                "disputes",
                "d.id",
                "people",
                "SELECT dp.dispute_id FROM dispute_parties dp WHERE dp.person_id IN ({ids})",
            )
            where.append(condition)
            params += found_params
        return where or ["1"], params

    def rows(self, ids: list[int]) -> list[LedgerRow]:
        """Ledger lines for the given ids, in the same order."""
        found: dict[int, LedgerRow] = {}
        for block in _blocks(ids):
            found.update(self._block(block))
        return [found[i] for i in ids if i in found]

    def _block(self, ids: list[int]) -> dict[int, LedgerRow]:
        marks = ", ".join("?" * len(ids))
        parties: dict[int, list[str]] = defaultdict(list)
        first: dict[int, int] = {}
        for dispute_id, name, person_id, position in self.store.conn.execute(
            "SELECT dp.dispute_id, p.name, p.id, dp.position FROM dispute_parties dp JOIN people p"
            f" ON p.id = dp.person_id WHERE dp.dispute_id IN ({marks})"
            " ORDER BY dp.dispute_id, dp.position",
            ids,
        ):
            parties[dispute_id].append(name)
            if position == 0:
                first[dispute_id] = person_id
        rows = self.store.rows(
            "SELECT d.*, g.name AS grid_name, o.name AS officer_name FROM disputes d"
            " JOIN grids g ON g.id = d.grid_id JOIN officers o ON o.id = d.officer_id"
            f" WHERE d.id IN ({marks})",
            ids,
        )
        today = self.today()
        return {
            row["id"]: _ledger_row(row, tuple(parties[row["id"]]), first.get(row["id"]), today)
            for row in rows
        }

    def counts(self, flt: DisputeFilter | None = None) -> LedgerCounts:
        """How many match the filter: open, overdue, open grade A/B, by status and grade."""
        flt = flt or DisputeFilter()
        where, params = self._where(flt)
        today = self.today().isoformat()
        by_status: dict[str, int] = defaultdict(int)
        by_grade: dict[str, int] = defaultdict(int)
        overdue = open_high = 0
        for status, grade, number, late in self.store.conn.execute(
            "SELECT d.status, d.risk_grade, count(*), sum(d.status = 'open' AND d.deadline < ?)"
            f" FROM {_source(flt)} WHERE {' AND '.join(where)} GROUP BY d.status, d.risk_grade",
            [today, *params],
        ):
            by_status[status] += number
            by_grade[grade] += number
            overdue += late
            if status == "open" and grade in HIGH_GRADES:
                open_high += number
        return LedgerCounts(
            total=sum(by_status.values()),
            open=by_status.get("open", 0),
            overdue=overdue,
            open_high_grade=open_high,
            by_status=dict(by_status),
            by_grade=dict(by_grade),
        )

    def due_followups(
        self, week: IsoWeek, officer_id: int | None = None, *, include_late: bool = True
    ) -> list[DueFollowup]:
        """Follow-ups due in `week`, with those still not done from before it when include_late."""
        params: list[Any] = [week.sunday.isoformat()]
        where = [
            "f.done_on IS NULL",
            "f.cancelled_on IS NULL",
            "f.voided_at IS NULL",
            "f.due_on <= ?",
            "d.voided_at IS NULL",
        ]
        if not include_late:
            where.append("f.due_on >= ?")
            params.append(week.monday.isoformat())
        if officer_id is not None:
            where.append("f.officer_id = ?")
            params.append(officer_id)
        rows = self.store.rows(
            "SELECT f.id, f.dispute_id, f.due_on, f.kind, f.reason, f.officer_id,"
            " o.name AS officer_name, d.risk_grade, d.summary,"
            " coalesce(ob.what, '') AS obligation, coalesce(p.name, '') AS obligor"
            " FROM followups f JOIN disputes d ON d.id = f.dispute_id"
            " JOIN officers o ON o.id = f.officer_id"
            " LEFT JOIN obligations ob ON ob.id = f.obligation_id"
            " LEFT JOIN people p ON p.id = ob.person_id"
            f" WHERE {' AND '.join(where)} ORDER BY f.due_on, o.name, f.id",
            params,
        )
        names = self._party_names(sorted({row["dispute_id"] for row in rows}))
        monday = week.monday.isoformat()
        return [
            DueFollowup(
                **row, late=row["due_on"] < monday, parties=tuple(names.get(row["dispute_id"], ()))
            )
            for row in rows
        ]

    def _party_names(self, dispute_ids: list[int]) -> dict[int, list[str]]:
        names: dict[int, list[str]] = defaultdict(list)
        for block in _blocks(dispute_ids):
            for dispute_id, name in self.store.conn.execute(
                "SELECT dp.dispute_id, p.name FROM dispute_parties dp JOIN people p"
                f" ON p.id = dp.person_id WHERE dp.dispute_id IN ({', '.join('?' * len(block))})"
                " ORDER BY dp.dispute_id, dp.position",
                block,
            ):
                names[dispute_id].append(name)
        return names


def _source(flt: DisputeFilter) -> str:
    """The table clause: overdue lists read the small index of open disputes by deadline."""
    overdue_now = flt.overdue_only and flt.open_at is None
    return "disputes d INDEXED BY disputes_open" if overdue_now else "disputes d"


def _blocks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BLOCK):
        yield ids[start : start + BLOCK]


def _ledger_row(
    row: dict[str, Any], parties: tuple[str, ...], first_party_id: int | None, today: date
) -> LedgerRow:
    days_left = (date.fromisoformat(row["deadline"]) - today).days
    is_open = row["status"] == "open"
    return LedgerRow(
        id=row["id"],
        received_on=row["received_on"],
        received_how=row["received_how"],
        category=row["category"],
        grid_id=row["grid_id"],
        grid_name=row["grid_name"],
        place=row["place"],
        summary=row["summary"],
        risk_grade=row["risk_grade"],
        officer_id=row["officer_id"],
        officer_name=row["officer_name"],
        deadline=row["deadline"],
        status=row["status"],
        outcome=row["outcome"],
        outcome_on=row["outcome_on"],
        reopened_count=row["reopened_count"],
        voided=row["voided_at"] is not None,
        overdue=is_open and days_left < 0,
        days_left=days_left if is_open else None,
        parties=parties,
        first_party_id=first_party_id,
    )
