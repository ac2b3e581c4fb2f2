"""Records built by hand for the search, timeline and merge tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stationdesk.domain import idnumbers
from stationdesk.domain.people import PeopleService, PersonInput
from stationdesk.store import Store


def id_number(born: date, order: int) -> str:
    """A valid Weidong ID number."""
    first17 = f"410403{born:%Y%m%d}{order:03d}"
    return first17 + idnumbers.check_char(first17)


@dataclass
class Station:
    """A small station: one grid, one officer, and helpers to add the rest."""

    store: Store

    def __post_init__(self) -> None:
        self.people = PeopleService(self.store)
        self.grid = self.store.insert("grids", {"level": 1, "name": "东安路街道"})
        self.officer = self.store.insert(
            "officers",
            {"name": "刘建国", "kind": "police", "badge_no": "410001", "team": "community"},
        )

    def person(self, name: str, number: str = "", phone: str = "", born: str | None = None) -> int:
        """A person saved through the people service."""
        return self.people.create(PersonInput(name, number, phone=phone, birth_date=born))

    def dispute(self, summary: str, day: str, parties: dict[int, str], **values: object) -> int:
        """A dispute and its parties."""
        with self.store.transaction():
            return self._dispute(summary, day, parties, values)

    def _dispute(self, summary: str, day: str, parties: dict[int, str], values: dict) -> int:
        dispute_id = self.store.insert(
            "disputes",
            {
                "received_on": day,
                "received_how": "walk_in",
                "category": "neighbours",
                "grid_id": self.grid,
                "summary": summary,
                "risk_grade": "C",
                "officer_id": self.officer,
                "deadline": "2030-01-01",
                **values,
            },
        )
        for position, (person, role) in enumerate(parties.items()):
            self.store.conn.execute(
                "INSERT INTO dispute_parties VALUES (?, ?, ?, ?)",
                [dispute_id, person, role, position],
            )
        return dispute_id

    def household(self, road: str, house_no: str, phone: str = "") -> int:
        """An address and the household living there."""
        address = self.store.insert(
            "addresses", {"grid_id": self.grid, "road": road, "house_no": house_no}
        )
        return self.store.insert(
            "households",
            {"address_id": address, "grid_id": self.grid, "registered_on": "2020-01-01",
             "phone": phone},
        )  # fmt: skip

    def resident(
        self, household: int, person: int, moved_in: str, moved_out: str | None = None
    ) -> int:
        """A person living in a household from a day (until a day)."""
        return self.store.insert(
            "residents",
            {"household_id": household, "person_id": person, "relationship": "head",
             "moved_in_on": moved_in, "moved_out_on": moved_out},
        )  # fmt: skip

    def visit(self, household: int, day: str, found: str) -> int:
        """A household visit."""
        return self.store.insert(
            "visits",
            {"household_id": household, "visited_on": day, "purpose": "anti_fraud", "found": found},
        )

    def incident(self, dispute: int, day: str, description: str) -> int:
        """An officer hurt in an incident of a dispute."""
        incident = self.store.insert(
            "incidents",
            {"occurred_at": day, "activity": "dispute_call", "cause": "assault",
             "description": description, "dispute_id": dispute},
        )  # fmt: skip
        self.store.insert(
            "injuries",
            {"incident_id": incident, "officer_id": self.officer, "outcome": "first_aid"},
        )
        return incident
