"""One person's whole history across the ledgers, in date order."""

from __future__ import annotations

from dataclasses import dataclass

from stationdesk.domain.labels import (
    DISPUTE_OUTCOMES,
    DISPUTE_STATUSES,
    PARTY_ROLES,
    RELATIONSHIPS,
    TIMELINE_EVENTS,
    VISIT_PURPOSES,
)
from stationdesk.domain.people import PeopleService, Person
from stationdesk.domain.search import ADDRESS_SQL
from stationdesk.store import Store

ORDER = tuple(TIMELINE_EVENTS)


@dataclass(frozen=True)
class Event:
    """One line of a timeline: when, what kind, the record it comes from and how it reads.

    `details` mixes plain text with English label texts that readers translate.
    """

    day: str
    kind: str
    record_kind: str
    record_id: int
    title: str
    details: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The kind of event (English label text)."""
        return TIMELINE_EVENTS[self.kind]


@dataclass(frozen=True)
class Timeline:
    """A person and their events, oldest first."""

    person: Person
    events: list[Event]


class TimelineService:
    """Builds a person's timeline straight from the ledgers' tables."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def timeline(self, person_id: int) -> Timeline:
        """Everything the station recorded about a person (NotFoundError if unknown)."""
        person = PeopleService(self.store).get(person_id)
        events = [
            *self._homes(person_id),
            *self._disputes(person_id),
            *self._visits(person_id),
            *self._injuries(person_id),
            *self._merges(person_id),
        ]
        events.sort(key=lambda e: (e.day, ORDER.index(e.kind), e.record_id))
        return Timeline(person, events)

    def household_events(self, household_id: int) -> list[Event]:
        """Who lived in a household and when it was visited, oldest first."""
        residents = self.store.rows(
            "SELECT p.id, p.name, coalesce(r.moved_in_on, h.registered_on) AS day,"
            " r.moved_out_on, r.relationship FROM residents r JOIN people p ON p.id = r.person_id"
            " JOIN households h ON h.id = r.household_id"
            " WHERE r.household_id = ? AND r.voided_at IS NULL",
            [household_id],
        )
        visits = self.store.rows(
            "SELECT id, visited_on, purpose, found FROM visits"
            " WHERE household_id = ? AND voided_at IS NULL",
            [household_id],
        )
        events = [
            Event(r["day"], "moved_in", "people", r["id"], r["name"], _stay(r)) for r in residents
        ] + [
            Event(
                v["visited_on"],
                "visit",
                "visits",
                v["id"],
                v["found"],
                _present(VISIT_PURPOSES.get(v["purpose"], v["purpose"])),
            )
            for v in visits
        ]
        return sorted(events, key=lambda e: (e.day, ORDER.index(e.kind), e.record_id))

    def _homes(self, person_id: int) -> list[Event]:
        rows = self.store.rows(
            f"SELECT h.id, coalesce(r.moved_in_on, h.registered_on) AS day, r.moved_out_on,"
            f" r.relationship, {ADDRESS_SQL} AS address FROM residents r"
            " JOIN households h ON h.id = r.household_id JOIN addresses a ON a.id = h.address_id"
            " WHERE r.person_id = ? AND r.voided_at IS NULL",
            [person_id],
        )
        return [
            Event(
                r["day"],
                "moved_in",
                "households",
                r["id"],
                r["address"],
                _stay(r),
            )
            for r in rows
        ]

    def _disputes(self, person_id: int) -> list[Event]:
        rows = self.store.rows(
            "SELECT d.id, d.received_on, d.summary, d.status, d.outcome, p.role"
            " FROM dispute_parties p JOIN disputes d ON d.id = p.dispute_id"
            " WHERE p.person_id = ? AND d.voided_at IS NULL",
            [person_id],
        )
        return [
            Event(
                r["received_on"],
                "dispute",
                "disputes",
                r["id"],
                r["summary"],
                _present(
                    f"#{r['id']}",
                    PARTY_ROLES.get(r["role"], r["role"]),
                    DISPUTE_STATUSES.get(r["status"], r["status"]),
                    DISPUTE_OUTCOMES.get(r["outcome"] or "", ""),
                ),
            )
            for r in rows
        ]

    def _visits(self, person_id: int) -> list[Event]:
        """Visits to a household while the person lived there."""
        rows = self.store.rows(
            f"SELECT v.id, v.visited_on, v.purpose, v.found, {ADDRESS_SQL} AS address"
            " FROM residents r JOIN visits v ON v.household_id = r.household_id"
            " JOIN households h ON h.id = r.household_id JOIN addresses a ON a.id = h.address_id"
            " WHERE r.person_id = ? AND r.voided_at IS NULL AND v.voided_at IS NULL"
            " AND (r.moved_in_on IS NULL OR v.visited_on >= r.moved_in_on)"
            " AND (r.moved_out_on IS NULL OR v.visited_on <= r.moved_out_on)",
            [person_id],
        )
        return [
            Event(
                r["visited_on"],
                "visit",
                "visits",
                r["id"],
                r["found"] or r["address"],
                _present(VISIT_PURPOSES.get(r["purpose"], r["purpose"]), r["address"]),
            )
            for r in rows
        ]

    def _injuries(self, person_id: int) -> list[Event]:
        """Officers hurt in incidents of disputes the person was party to."""
        rows = self.store.rows(
            "SELECT i.id, substr(i.occurred_at, 1, 10) AS day, i.description, i.dispute_id,"
            " (SELECT group_concat(o.name, '、') FROM injuries j"
            "  JOIN officers o ON o.id = j.officer_id"
            "  WHERE j.incident_id = i.id AND j.voided_at IS NULL) AS officers"
            " FROM dispute_parties p JOIN incidents i ON i.dispute_id = p.dispute_id"
            " WHERE p.person_id = ? AND i.voided_at IS NULL",
            [person_id],
        )
        return [
            Event(
                r["day"],
                "injury",
                "injuries",
                r["id"],
                r["description"],
                _present(r["officers"], f"#{r['dispute_id']}"),
            )
            for r in rows
        ]

    def _merges(self, person_id: int) -> list[Event]:
        """Merges into or out of this record, from its history."""
        events = []
        for entry in self.store.history("people", person_id):
            if entry.action not in ("merge", "unmerge"):
                continue
            other = entry.changes.get("merged_from") or entry.changes.get("merged_into")
            other_id = int(other[1]) if other else person_id
            name = self.store.scalar("SELECT name FROM people WHERE id = ?", [other_id]) or ""
            events.append(
                Event(entry.at[:10], entry.action, "people", other_id, f"{name} (#{other_id})")
            )
        return events


def _stay(row: dict) -> tuple[str, ...]:
    """A resident's relationship and, once moved out, until when."""
    until = f"→ {row['moved_out_on']}" if row["moved_out_on"] else ""
    return _present(RELATIONSHIPS.get(row["relationship"], row["relationship"]), until)


def _present(*parts: str | None) -> tuple[str, ...]:
    return tuple(p for p in parts if p)
