"""Queries over the household ledger: keyset-paged lists of households and visits, visit
coverage per grid and per officer, and the households due a visit. No writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from stationdesk.domain.grids import within_grids
from stationdesk.domain.household_records import (
    ADDRESS_PARTS,
    FLAGS,
    CoverageLine,
    StaleHousehold,
    address_text,
)
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.store.search_index import matching_ids_sql

BLOCK = 500
SUBTREE = (
    "(WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL"
    " SELECT g.id FROM grids g JOIN sub ON g.parent_id = sub.id) SELECT id FROM sub)"
)
LIVING = "r.moved_out_on IS NULL AND r.voided_at IS NULL"
LAST_VISIT = (
    "(SELECT max(v.visited_on) FROM visits v WHERE v.household_id = h.id AND v.voided_at IS NULL)"
)
ADDRESS_COLUMNS = ", ".join(f"a.{name}" for name in ADDRESS_PARTS)


@dataclass(frozen=True)
class HouseholdFilter:
    """Which households the list shows."""

    grid_id: int | None = None
    flag: str | None = None
    text: str = ""
    found: str = ""  # the find box: households whose address or a living member matches
    grid_ids: tuple[int, ...] = ()  # only these grids (as "My grids" lists them), exactly


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the households list."""

    id: int
    grid_id: int
    grid_name: str
    address: str
    head: str
    members: int
    flags: frozenset[str]
    phone: str
    last_visit: str | None


@dataclass(frozen=True)
class VisitFilter:
    """Which visits the list shows."""

    grid_id: int | None = None
    officer_id: int | None = None
    household_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    found: str = ""  # the find box: visits that match, or made to a household that matches
    grid_ids: tuple[int, ...] = ()  # only these grids (as "My grids" lists them), exactly


@dataclass(frozen=True)
class VisitRow:
    """One line of the visits list (and of the printed visit ledger)."""

    id: int
    visited_on: str
    household_id: int
    grid_name: str
    address: str
    head: str
    purpose: str
    officers: tuple[str, ...]
    found: str
    anti_fraud_app: bool
    followup_needed: bool
    followup_note: str
    disputes: tuple[int, ...]


def _blocks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BLOCK):
        yield ids[start : start + BLOCK]


def _marks(values: list[Any]) -> str:
    return ", ".join("?" * len(values))


def _found_households(query: str) -> tuple[str, list[Any]]:
    """Households the search index matches, or with a living member it matches."""
    households, household_params = matching_ids_sql("households", query)
    people, people_params = matching_ids_sql("people", query)
    return (
        f"{households} UNION SELECT r.household_id FROM residents r"
        f" WHERE r.person_id IN ({people}) AND {LIVING}",
        [*household_params, *people_params],
    )


def _address(row: dict[str, Any]) -> str:
    return address_text({name: row[name] for name in ADDRESS_PARTS})


class HouseholdLedger:
    """Lists and coverage; `today` decides "this month" and "more than N days ago"."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.today = today

    # -- households ----------------------------------------------------------------------
    def household_ids(
        self,
        flt: HouseholdFilter | None = None,
        *,
        limit: int | None = None,
        after: int | None = None,
    ) -> list[int]:
        """Matching household ids, newest first; `after` continues below that id."""
        flt = flt or HouseholdFilter()
        where: list[str] = ["h.voided_at IS NULL"]
        params: list[Any] = []
        if flt.grid_id is not None:
            where.append(f"h.grid_id IN {SUBTREE}")
            params.append(flt.grid_id)
        if flt.grid_ids:
            condition, grid_params = within_grids("h.grid_id", flt.grid_ids)
            where.append(condition)
            params += grid_params
        if flt.flag is not None:
            if flt.flag not in FLAGS:
                raise ValidationError({"flag": f"no such flag: {flt.flag}"})
            where.append(
                "h.id IN (SELECT r.household_id FROM residents r"
                f" WHERE r.{flt.flag} = 1 AND {LIVING})"
            )
        text = flt.text.strip()
        if text:
            where.append(
                "(h.id = ? OR instr(a.district || a.road || a.house_no || a.building || a.unit"
                " || a.floor || a.flat, ?) > 0 OR h.id IN (SELECT r.household_id FROM residents r"
                f" JOIN people p ON p.id = r.person_id WHERE {LIVING} AND (instr(p.name, ?) > 0"
                " OR p.id_number = ? OR instr(p.phone, ?) > 0)))"
            )
            params += [int(text) if text.isdigit() else -1, text, text, text.upper(), text]
        if flt.found.strip():
            clause, found_params = _found_households(flt.found)
            where.append(f"h.id IN ({clause})")
            params += found_params
        if after is not None:
            where.append("h.id < ?")
            params.append(after)
        sql = (
            "SELECT h.id FROM households h JOIN addresses a ON a.id = h.address_id"
            f" WHERE {' AND '.join(where)} ORDER BY h.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row[0] for row in self.store.conn.execute(sql, params)]

    def household_count(self, flt: HouseholdFilter | None = None) -> int:
        """How many households match."""
        return len(self.household_ids(flt))

    def household_rows(self, ids: list[int]) -> list[HouseholdRow]:
        """List lines for a block of ids, in that order."""
        found: dict[int, HouseholdRow] = {}
        for block in _blocks(ids):
            found.update(self._household_block(block))
        return [found[i] for i in ids if i in found]

    def _household_block(self, ids: list[int]) -> dict[int, HouseholdRow]:
        marks = _marks(ids)
        heads: dict[int, str] = {}
        counts: dict[int, int] = defaultdict(int)
        flags: dict[int, set[str]] = defaultdict(set)
        flag_columns = ", ".join(f"r.{flag}" for flag in FLAGS)
        for row in self.store.rows(
            f"SELECT r.household_id, r.relationship, p.name, {flag_columns} FROM residents r"
            f" JOIN people p ON p.id = r.person_id WHERE r.household_id IN ({marks}) AND {LIVING}",
            ids,
        ):
            counts[row["household_id"]] += 1
            flags[row["household_id"]].update(flag for flag in FLAGS if row[flag])
            if row["relationship"] == "head":
                heads[row["household_id"]] = row["name"]
        rows = self.store.rows(
            f"SELECT h.id, h.grid_id, h.phone, g.name AS grid_name, {ADDRESS_COLUMNS},"
            f" {LAST_VISIT} AS last_visit FROM households h JOIN addresses a ON a.id = h.address_id"
            f" JOIN grids g ON g.id = h.grid_id WHERE h.id IN ({marks})",
            ids,
        )
        return {
            row["id"]: HouseholdRow(
                id=row["id"],
                grid_id=row["grid_id"],
                grid_name=row["grid_name"],
                address=_address(row),
                head=heads.get(row["id"], ""),
                members=counts[row["id"]],
                flags=frozenset(flags[row["id"]]),
                phone=row["phone"],
                last_visit=row["last_visit"],
            )
            for row in rows
        }

    # -- visits --------------------------------------------------------------------------
    def visit_ids(
        self,
        flt: VisitFilter | None = None,
        *,
        limit: int | None = None,
        after: tuple[str, int] | None = None,
        descending: bool = True,
    ) -> list[int]:
        """Matching visit ids by day (newest first unless `descending` is False);
        `after` continues from a row's (visited_on, id)."""
        flt = flt or VisitFilter()
        where, params = self._visit_where(flt)
        order = "DESC" if descending else "ASC"
        if after is not None:
            where.append(f"(v.visited_on, v.id) {'<' if descending else '>'} (?, ?)")
            params += [after[0], after[1]]
        sql = (
            "SELECT v.id FROM visits v JOIN households h ON h.id = v.household_id"
            f" WHERE {' AND '.join(where)} ORDER BY v.visited_on {order}, v.id {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row[0] for row in self.store.conn.execute(sql, params)]

    def _visit_where(self, flt: VisitFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = ["v.voided_at IS NULL"]
        params: list[Any] = []
        if flt.grid_id is not None:
            where.append(f"h.grid_id IN {SUBTREE}")
            params.append(flt.grid_id)
        if flt.grid_ids:
            condition, grid_params = within_grids("h.grid_id", flt.grid_ids)
            where.append(condition)
            params += grid_params
        if flt.officer_id is not None:
            where.append("v.id IN (SELECT visit_id FROM visit_officers WHERE officer_id = ?)")
            params.append(flt.officer_id)
        if flt.household_id is not None:
            where.append("v.household_id = ?")
            params.append(flt.household_id)
        if flt.date_from is not None:
            where.append("v.visited_on >= ?")
            params.append(flt.date_from.isoformat())
        if flt.date_to is not None:
            where.append("v.visited_on <= ?")
            params.append(flt.date_to.isoformat())
        text = flt.text.strip()
        if text:
            where.append(
                "(v.id = ? OR instr(v.found, ?) > 0 OR v.household_id IN (SELECT r.household_id"
                " FROM residents r JOIN people p ON p.id = r.person_id WHERE instr(p.name, ?) > 0))"
            )
            params += [int(text) if text.isdigit() else -1, text, text]
        if flt.found.strip():
            visits, visit_params = matching_ids_sql("visits", flt.found)
            households, household_params = _found_households(flt.found)
            where.append(f"(v.id IN ({visits}) OR v.household_id IN ({households}))")
            params += [*visit_params, *household_params]
        return where, params

    def visit_rows(self, ids: list[int]) -> list[VisitRow]:
        """List lines for a block of visit ids, in that order."""
        found: dict[int, VisitRow] = {}
        for block in _blocks(ids):
            found.update(self._visit_block(block))
        return [found[i] for i in ids if i in found]

    def _visit_block(self, ids: list[int]) -> dict[int, VisitRow]:
        marks = _marks(ids)
        officers: dict[int, list[str]] = defaultdict(list)
        for visit_id, name in self.store.conn.execute(
            "SELECT vo.visit_id, o.name FROM visit_officers vo JOIN officers o"
            f" ON o.id = vo.officer_id WHERE vo.visit_id IN ({marks}) ORDER BY o.name",
            ids,
        ):
            officers[visit_id].append(name)
        disputes: dict[int, list[int]] = defaultdict(list)
        for dispute_id, visit_id in self.store.conn.execute(
            f"SELECT id, source_visit_id FROM disputes WHERE source_visit_id IN ({marks})"
            " AND voided_at IS NULL ORDER BY id",
            ids,
        ):
            disputes[visit_id].append(dispute_id)
        rows = self.store.rows(
            f"SELECT v.*, g.name AS grid_name, {ADDRESS_COLUMNS}, (SELECT p.name FROM residents r"
            " JOIN people p ON p.id = r.person_id WHERE r.household_id = v.household_id"
            f" AND r.relationship = 'head' AND {LIVING}) AS head FROM visits v"
            " JOIN households h ON h.id = v.household_id JOIN addresses a ON a.id = h.address_id"
            f" JOIN grids g ON g.id = h.grid_id WHERE v.id IN ({marks})",
            ids,
        )
        return {
            row["id"]: VisitRow(
                id=row["id"],
                visited_on=row["visited_on"],
                household_id=row["household_id"],
                grid_name=row["grid_name"],
                address=_address(row),
                head=row["head"] or "",
                purpose=row["purpose"],
                officers=tuple(officers[row["id"]]),
                found=row["found"],
                anti_fraud_app=bool(row["anti_fraud_app"]),
                followup_needed=bool(row["followup_needed"]),
                followup_note=row["followup_note"],
                disputes=tuple(disputes[row["id"]]),
            )
            for row in rows
        }

    # -- coverage ------------------------------------------------------------------------
    def coverage_by_grid(
        self, date_from: date, date_to: date, grid_id: int | None = None
    ) -> list[CoverageLine]:
        """Per grid of the area (`grid_id`, else the station; grids with no households yet
        too): households, how many were visited in the period, visits, app installs, never
        visited, flagged and not visited this month."""
        _check_period(date_from, date_to)
        where = "h.voided_at IS NULL"
        params: list[Any] = []
        if grid_id is not None:
            where += f" AND h.grid_id IN {SUBTREE}"
            params.append(grid_id)
        month = self.today().replace(day=1).isoformat()
        rows = self.store.rows(
            "SELECT h.grid_id AS key, g.name, count(*) AS households,"
            " sum(EXISTS (SELECT 1 FROM visits v WHERE v.household_id = h.id"
            "  AND v.voided_at IS NULL AND v.visited_on BETWEEN ? AND ?)) AS visited,"
            " sum(NOT EXISTS (SELECT 1 FROM visits v WHERE v.household_id = h.id"
            "  AND v.voided_at IS NULL)) AS never_visited,"
            f" sum({_FLAGGED} AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.household_id = h.id"
            "  AND v.voided_at IS NULL AND v.visited_on >= ?)) AS flagged_unvisited_month"
            f" FROM households h JOIN grids g ON g.id = h.grid_id WHERE {where}"
            " GROUP BY h.grid_id ORDER BY g.code, g.name",
            [date_from.isoformat(), date_to.isoformat(), month, *params],
        )
        visits = self._visits_by_grid(date_from, date_to)
        counted = {row["key"]: row for row in rows}
        return [
            CoverageLine(
                key=grid["id"],
                name=grid["name"],
                households=counted.get(grid["id"], {}).get("households", 0),
                visited=counted.get(grid["id"], {}).get("visited") or 0,
                visits=visits.get(grid["id"], (0, 0))[0],
                anti_fraud_installs=visits.get(grid["id"], (0, 0))[1],
                never_visited=counted.get(grid["id"], {}).get("never_visited") or 0,
                flagged_unvisited_month=(
                    counted.get(grid["id"], {}).get("flagged_unvisited_month") or 0
                ),
            )
            for grid in self._coverage_grids(grid_id, set(counted))
        ]

    def _coverage_grids(self, grid_id: int | None, holding: set[int]) -> list[dict[str, Any]]:
        """The grids a coverage list shows: every grid of the area with no grid below it (so
        grids with no households yet show as 0 of 0), and any village holding households."""
        where, params = "", []
        if grid_id is not None:
            where, params = f" AND g.id IN {SUBTREE}", [grid_id]
        rows = self.store.rows(
            "SELECT g.id, g.name, NOT EXISTS (SELECT 1 FROM grids c WHERE c.parent_id = g.id"
            "  AND c.voided_at IS NULL) AS leaf FROM grids g"
            f" WHERE g.voided_at IS NULL AND g.level IN (2, 3){where} ORDER BY g.code, g.name",
            params,
        )
        return [row for row in rows if row["leaf"] or row["id"] in holding]

    def _visits_by_grid(self, date_from: date, date_to: date) -> dict[int, tuple[int, int]]:
        rows = self.store.conn.execute(
            "SELECT h.grid_id, count(*), sum(v.anti_fraud_app) FROM visits v"
            " JOIN households h ON h.id = v.household_id WHERE v.voided_at IS NULL"
            " AND v.visited_on BETWEEN ? AND ? GROUP BY h.grid_id",
            [date_from.isoformat(), date_to.isoformat()],
        )
        return {row[0]: (row[1], row[2] or 0) for row in rows}

    def coverage_by_officer(self, date_from: date, date_to: date) -> list[CoverageLine]:
        """Per officer responsible for grids: the households of those grids, how many the
        officer visited in the period, their visits there and app installs."""
        _check_period(date_from, date_to)
        period = [date_from.isoformat(), date_to.isoformat()]
        month = self.today().replace(day=1).isoformat()
        rows = self.store.rows(
            "WITH RECURSIVE duty(officer_id, grid_id) AS (SELECT officer_id, grid_id"
            " FROM officer_grids UNION SELECT d.officer_id, g.id FROM grids g"
            " JOIN duty d ON g.parent_id = d.grid_id),"
            " mine AS (SELECT v.id, v.household_id, v.anti_fraud_app, vo.officer_id FROM visits v"
            " JOIN visit_officers vo ON vo.visit_id = v.id WHERE v.voided_at IS NULL"
            " AND v.visited_on BETWEEN ? AND ?)"
            " SELECT o.id AS key, o.name, count(DISTINCT h.id) AS households,"
            " count(DISTINCT m.household_id) AS visited, count(DISTINCT m.id) AS visits,"
            " count(DISTINCT CASE WHEN m.anti_fraud_app = 1 THEN m.id END) AS installs,"
            " count(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM visits v"
            "  WHERE v.household_id = h.id AND v.voided_at IS NULL) THEN h.id END) AS never,"
            f" count(DISTINCT CASE WHEN {_FLAGGED} AND NOT EXISTS (SELECT 1 FROM visits v"
            "  WHERE v.household_id = h.id AND v.voided_at IS NULL AND v.visited_on >= ?)"
            "  THEN h.id END) AS flagged"
            " FROM officers o JOIN duty d ON d.officer_id = o.id"
            " JOIN households h ON h.grid_id = d.grid_id AND h.voided_at IS NULL"
            " LEFT JOIN mine m ON m.household_id = h.id AND m.officer_id = o.id"
            " WHERE o.voided_at IS NULL AND o.active = 1 GROUP BY o.id ORDER BY o.name",
            [*period, month],
        )
        return [
            CoverageLine(
                key=row["key"],
                name=row["name"],
                households=row["households"],
                visited=row["visited"],
                visits=row["visits"],
                anti_fraud_installs=row["installs"],
                never_visited=row["never"],
                flagged_unvisited_month=row["flagged"],
            )
            for row in rows
        ]

    def due_households(
        self,
        grid_id: int | None,
        *,
        days: int | None = None,
        flagged_only: bool = False,
        limit: int | None = None,
    ) -> list[StaleHousehold]:
        """Households never visited or not for more than `days` days (flagged ones: not this
        month when `days` is None), flagged first, then the longest unvisited."""
        today = self.today()
        since = today - timedelta(days=days) if days is not None else today.replace(day=1)
        where: list[str] = ["h.voided_at IS NULL"]
        params: list[Any] = []
        if grid_id is not None:
            where.append(f"h.grid_id IN {SUBTREE}")
            params.append(grid_id)
        if flagged_only:
            where.append(_FLAGGED)
        sql = (
            f"SELECT * FROM (SELECT h.id, g.name AS grid_name, {ADDRESS_COLUMNS},"
            f" {LAST_VISIT} AS last_visit, {_FLAGGED} AS flagged FROM households h"
            " JOIN addresses a ON a.id = h.address_id JOIN grids g ON g.id = h.grid_id"
            f" WHERE {' AND '.join(where)}) WHERE last_visit IS NULL OR last_visit < ?"
            " ORDER BY flagged DESC, last_visit IS NOT NULL, last_visit, id"
        )
        params.append(since.isoformat())
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self.store.rows(sql, params)
        by_id = {line.id: line for line in self.household_rows([row["id"] for row in rows])}
        return [
            StaleHousehold(
                household_id=row["id"],
                grid_name=row["grid_name"],
                address=_address(row),
                head=by_id[row["id"]].head if row["id"] in by_id else "",
                flags=by_id[row["id"]].flags if row["id"] in by_id else frozenset(),
                last_visit=row["last_visit"],
                days_since=(today - date.fromisoformat(row["last_visit"])).days
                if row["last_visit"]
                else None,
            )
            for row in rows
        ]


_FLAGGED = (
    "EXISTS (SELECT 1 FROM residents r WHERE r.household_id = h.id AND "
    + LIVING
    + " AND ("
    + " OR ".join(f"r.{flag} = 1" for flag in FLAGS)
    + "))"
)


def _check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise ValidationError({"period": f"{date_from} is after {date_to}"})
