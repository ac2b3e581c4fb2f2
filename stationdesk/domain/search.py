"""Finding anything as one types: every ledger, grouped by kind, best match first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stationdesk.domain.labels import DISPUTE_STATUSES, SEARCH_KINDS, VISIT_PURPOSES
from stationdesk.store import Store
from stationdesk.store.search_index import (
    exact_name_expression,
    match_expression,
    normalize,
)

PER_KIND = 8
CANDIDATES = 40
# A list filtered by the find box reads every match: past this many it would read most of a
# large ledger (one surname matches a tenth of it), so the clerk is asked to type more.
FILTER_CAP = 5000
NAMED_KINDS = frozenset({"people", "officers"})
ADDRESS_SQL = (
    "trim(a.district || ' ' || a.road || a.house_no || "
    "CASE WHEN a.building <> '' THEN ' ' || a.building ELSE '' END || "
    "CASE WHEN a.unit <> '' THEN ' ' || a.unit ELSE '' END || "
    "CASE WHEN a.floor <> '' THEN ' ' || a.floor ELSE '' END || "
    "CASE WHEN a.flat <> '' THEN ' ' || a.flat ELSE '' END)"
)


@dataclass(frozen=True)
class Hit:
    """One record found: what it is and how it reads in a list.

    `details` are short texts; fixed labels among them are English label texts that the
    window and the printouts translate like any other label.
    """

    kind: str
    record_id: int
    title: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """The hits of one kind, best first."""

    kind: str
    hits: list[Hit]

    @property
    def label(self) -> str:
        """The kind's label (English label text)."""
        return SEARCH_KINDS[self.kind]


def _people(store: Store, ids: list[int]) -> dict[int, Hit]:
    rows = store.rows(
        f"SELECT id, name, id_number, phone, address FROM people WHERE id IN ({_marks(ids)})", ids
    )
    return {
        r["id"]: Hit(
            "people", r["id"], r["name"], _present(r["id_number"], r["phone"], r["address"])
        )
        for r in rows
    }


def _households(store: Store, ids: list[int]) -> dict[int, Hit]:
    rows = store.rows(
        f"SELECT h.id, {ADDRESS_SQL} AS address, h.phone FROM households h"
        f" JOIN addresses a ON a.id = h.address_id WHERE h.id IN ({_marks(ids)})",
        ids,
    )
    return {
        r["id"]: Hit("households", r["id"], r["address"], _present(f"#{r['id']}", r["phone"]))
        for r in rows
    }


def _disputes(store: Store, ids: list[int]) -> dict[int, Hit]:
    rows = store.rows(
        f"SELECT id, summary, received_on, status FROM disputes WHERE id IN ({_marks(ids)})", ids
    )
    return {
        r["id"]: Hit(
            "disputes",
            r["id"],
            r["summary"],
            _present(f"#{r['id']}", r["received_on"], DISPUTE_STATUSES.get(r["status"])),
        )
        for r in rows
    }


def _visits(store: Store, ids: list[int]) -> dict[int, Hit]:
    rows = store.rows(
        f"SELECT v.id, v.visited_on, v.purpose, v.found, {ADDRESS_SQL} AS address"
        " FROM visits v JOIN households h ON h.id = v.household_id"
        f" JOIN addresses a ON a.id = h.address_id WHERE v.id IN ({_marks(ids)})",
        ids,
    )
    return {
        r["id"]: Hit(
            "visits",
            r["id"],
            r["found"] or r["address"],
            _present(r["visited_on"], VISIT_PURPOSES.get(r["purpose"], r["purpose"]), r["address"]),
        )
        for r in rows
    }


def _injuries(store: Store, ids: list[int]) -> dict[int, Hit]:
    rows = store.rows(
        "SELECT i.id, i.description, i.occurred_at, i.place,"
        " (SELECT group_concat(o.name, '、') FROM injuries j JOIN officers o ON o.id = j.officer_id"
        "  WHERE j.incident_id = i.id AND j.voided_at IS NULL) AS officers"
        f" FROM incidents i WHERE i.id IN ({_marks(ids)})",
        ids,
    )
    return {
        r["id"]: Hit(
            "injuries",
            r["id"],
            r["description"],
            _present(str(r["occurred_at"])[:10], r["place"], r["officers"]),
        )
        for r in rows
    }


def _officers(store: Store, ids: list[int]) -> dict[int, Hit]:
    rows = store.rows(
        f"SELECT id, name, badge_no, post, phone FROM officers WHERE id IN ({_marks(ids)})", ids
    )
    return {
        r["id"]: Hit("officers", r["id"], r["name"], _present(r["badge_no"], r["post"], r["phone"]))
        for r in rows
    }


DESCRIBE: dict[str, Callable[[Store, list[int]], dict[int, Hit]]] = {
    "people": _people,
    "households": _households,
    "disputes": _disputes,
    "visits": _visits,
    "injuries": _injuries,
    "officers": _officers,
}
SEARCH_ORDER = tuple(DESCRIBE)


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def _present(*parts: str | None) -> tuple[str, ...]:
    return tuple(p for p in parts if p)


class SearchService:
    """Searches the index of every ledger; the index is kept current by the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def search(self, query: str, kind: str | None = None, limit: int = PER_KIND) -> list[Group]:
        """Groups of hits for `query` (only `kind`'s when given), empty groups left out."""
        expression = match_expression(query)
        if not expression:
            return []
        groups = []
        for each in (kind,) if kind else SEARCH_ORDER:
            ids = self._ranked_ids(each, query, expression, limit)
            if ids:
                described = DESCRIBE[each](self.store, ids)
                groups.append(Group(each, [described[i] for i in ids if i in described]))
        return groups

    def hits(self, query: str, kind: str | None = None, limit: int = PER_KIND) -> list[Hit]:
        """All hits of search() in one list, group after group."""
        return [hit for group in self.search(query, kind, limit) for hit in group.hits]

    def too_broad(self, query: str, kinds: tuple[str, ...]) -> bool:
        """True when `query` matches FILTER_CAP or more records of one of `kinds`."""
        expression = match_expression(query)
        index = self.store.search_index
        return bool(expression) and any(
            index.count(kind, expression, FILTER_CAP) >= FILTER_CAP for kind in kinds
        )

    def matching_ids(self, kind: str, query: str) -> set[int]:
        """The ids of every record of a small ledger (the officers) matching `query`."""
        expression = match_expression(query)
        if not expression:
            return set()
        return set(self.store.search_index.match(kind, expression, FILTER_CAP))

    def describe(self, kind: str, record_id: int) -> Hit | None:
        """One record as a hit (for showing it without searching), or None."""
        return DESCRIBE[kind](self.store, [record_id]).get(record_id)

    def _ranked_ids(self, kind: str, query: str, expression: str, limit: int) -> list[int]:
        """Exact names first, then names starting with what was typed, then the newest."""
        index = self.store.search_index
        exact: list[int] = []
        if kind in NAMED_KINDS:
            exact = index.match(kind, exact_name_expression(query), limit)
        candidates = index.match(kind, expression, max(CANDIDATES, limit))
        if kind in NAMED_KINDS and candidates:
            candidates = self._prefix_first(kind, query, candidates)
        return list(dict.fromkeys([*exact, *candidates]))[:limit]

    def _prefix_first(self, kind: str, query: str, candidates: list[int]) -> list[int]:
        """Names starting with what was typed before names that only contain it."""
        names = dict(
            self.store.conn.execute(
                f"SELECT id, name FROM [{kind}] WHERE id IN ({_marks(candidates)})", candidates
            ).fetchall()
        )
        typed = normalize(query).replace(" ", "")
        return sorted(
            candidates, key=lambda i: not normalize(str(names.get(i, ""))).startswith(typed)
        )
