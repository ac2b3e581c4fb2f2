"""Records and inputs of the household ledger (addresses, households, residents, visits), and
the rules that need no database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from stationdesk.domain import rules
from stationdesk.domain.dispute_records import (
    MAX_SHORT,
    choice_problem,
    date_problem,
    keep_problems,
    text_problem,
)
from stationdesk.domain.dispute_records import (
    _iso_or_raw as iso_or_raw,
)
from stationdesk.domain.labels import RELATIONSHIPS, RESIDENT_FLAGS, VISIT_PURPOSES
from stationdesk.domain.people import Person, PersonInput

ADDRESS_PARTS = ("district", "road", "house_no", "building", "unit", "floor", "flat")
FLAGS = tuple(RESIDENT_FLAGS)
MAX_PART = 40


def _pick(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in row.items() if k in names}


# -- addresses -------------------------------------------------------------------------
@dataclass(frozen=True)
class AddressInput:
    """A standard address as typed: district, road, house number, building, unit, floor, flat."""

    grid_id: int | None
    road: str
    district: str = ""
    house_no: str = ""
    building: str = ""
    unit: str = ""
    floor: str = ""
    flat: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied (full-width digits made half-width)."""
        values: dict[str, Any] = {name: rules.clean(getattr(self, name)) for name in ADDRESS_PARTS}
        values["grid_id"] = self.grid_id
        return values


@dataclass(frozen=True)
class Address:
    """A standard address tied to a grid node."""

    id: int
    grid_id: int
    road: str
    district: str = ""
    house_no: str = ""
    building: str = ""
    unit: str = ""
    floor: str = ""
    flat: str = ""
    voided_at: str | None = None
    void_reason: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Address:
        """Build from an `addresses` row."""
        return cls(**_pick(cls, row))

    def text(self, lang: str = "zh") -> str:
        """The address as one line: 东安路12号3栋2单元5层501室 / 12 Dong'an Rd, bldg 3 ..."""
        return address_text({name: getattr(self, name) for name in ADDRESS_PARTS}, lang)


ADDRESS_SUFFIXES_ZH = {
    "house_no": "号",
    "building": "栋",
    "unit": "单元",
    "floor": "层",
    "flat": "室",
}
ADDRESS_PREFIXES_EN = {
    "house_no": "No. ",
    "building": "bldg ",
    "unit": "unit ",
    "floor": "floor ",
    "flat": "flat ",
}


def _part_zh(name: str, value: str) -> str:
    suffix = ADDRESS_SUFFIXES_ZH.get(name, "")
    return value if not suffix or value.endswith(suffix) else value + suffix


def address_text(parts: dict[str, str], lang: str = "zh") -> str:
    """One line from the parts of an address; the Chinese order is district, road, number..."""
    filled = [(name, parts.get(name) or "") for name in ADDRESS_PARTS]
    if lang == "zh":
        return "".join(_part_zh(name, value) for name, value in filled if value)
    pieces = [
        ADDRESS_PREFIXES_EN.get(name, "") + value
        for name, value in filled
        if value and name != "district"
    ]
    district = parts.get("district") or ""
    return ", ".join(pieces + ([district] if district else []))


def address_problems(values: dict[str, Any]) -> dict[str, str]:
    """Every bad part of a cleaned address."""
    found: dict[str, str | None] = {
        "road": None if values["road"] else "the street or road is required",
        "grid_id": None if values["grid_id"] else "choose the grid the address is in",
    }
    for name in ADDRESS_PARTS:
        if len(values[name]) > MAX_PART:
            found[name] = f"at most {MAX_PART} characters"
    return keep_problems(found)


# -- residents -------------------------------------------------------------------------
@dataclass(frozen=True)
class ResidentInput:
    """A member as the household form holds it: a person on file (maybe corrected) or a new one."""

    relationship: str
    person_id: int | None = None
    person: PersonInput | None = None
    flags: frozenset[str] = frozenset()
    moved_in_on: date | str | None = None

    def cleaned(self) -> dict[str, Any]:
        """Column values of the residents row, apart from the household and person."""
        values: dict[str, Any] = {"relationship": self.relationship}
        values.update({flag: int(flag in self.flags) for flag in FLAGS})
        values["moved_in_on"] = iso_or_raw(self.moved_in_on)
        return values


@dataclass(frozen=True)
class Resident:
    """A person living (or who lived) in a household."""

    id: int
    household_id: int
    person: Person
    relationship: str
    flags: frozenset[str]
    moved_in_on: str | None = None
    moved_out_on: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any], person: Person) -> Resident:
        """Build from a `residents` row and its person."""
        return cls(
            id=row["id"],
            household_id=row["household_id"],
            person=person,
            relationship=row["relationship"],
            flags=frozenset(flag for flag in FLAGS if row[flag]),
            moved_in_on=row["moved_in_on"],
            moved_out_on=row["moved_out_on"],
        )

    @property
    def living(self) -> bool:
        """True while the person has not moved out."""
        return self.moved_out_on is None


def resident_problems(values: dict[str, Any], today: date) -> dict[str, str]:
    """Every bad field of a member's cleaned residents values."""
    return keep_problems(
        {
            "relationship": choice_problem(values["relationship"], RELATIONSHIPS, "relationship"),
            "moved_in_on": not_future(values["moved_in_on"], today, "moved in", required=False),
        }
    )


def not_future(value: Any, today: date, what: str, *, required: bool = True) -> str | None:
    """Why a cleaned date is missing, unreadable or in the future, or None."""
    problem = date_problem(value, required=required, latest=today.isoformat())
    if problem and problem.startswith("cannot be after"):
        return f"the day {what} cannot be in the future"
    return problem


# -- households ------------------------------------------------------------------------
@dataclass(frozen=True)
class HouseholdInput:
    """What the new-household form holds: the address, the household's details, its members."""

    address: AddressInput
    members: tuple[ResidentInput, ...]
    registered_on: date | str | None = None
    phone: str = ""
    notes: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values of the households row (the address is cleaned on its own)."""
        return {
            "registered_on": iso_or_raw(self.registered_on),
            "phone": rules.clean(self.phone).replace(" ", ""),
            "notes": self.notes.strip(),
        }


@dataclass(frozen=True)
class HouseholdCorrection:
    """What may be corrected on a household after registration: its phone, notes and grid."""

    grid_id: int | None
    phone: str = ""
    notes: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied."""
        return {
            "grid_id": self.grid_id,
            "phone": rules.clean(self.phone).replace(" ", ""),
            "notes": self.notes.strip(),
        }


@dataclass(frozen=True)
class Household:
    """One household at one address, with its living members first (head first)."""

    id: int
    address: Address
    grid_id: int
    registered_on: str
    phone: str = ""
    notes: str = ""
    version: int = 1
    members: tuple[Resident, ...] = ()
    voided_at: str | None = None
    void_reason: str | None = None

    @property
    def living(self) -> tuple[Resident, ...]:
        """Members who have not moved out."""
        return tuple(m for m in self.members if m.living)

    @property
    def head(self) -> Resident | None:
        """The living head of household."""
        return next((m for m in self.living if m.relationship == "head"), None)

    @property
    def flags(self) -> frozenset[str]:
        """Every flag any living member has."""
        return frozenset(flag for member in self.living for flag in member.flags)


def household_problems(values: dict[str, Any], today: date) -> dict[str, str]:
    """Every bad field of a household's cleaned values."""
    return keep_problems(
        {
            "registered_on": not_future(values["registered_on"], today, "registered"),
            "phone": rules.phone_problem(values["phone"]),
            "notes": text_problem(values["notes"], "the notes", required=False),
        }
    )


def heads_problem(relationships: Sequence[str]) -> str | None:
    """Why members so related to the head do not include exactly one head, or None."""
    if not relationships:
        return "a household has at least one member, its head"
    heads = sum(relationship == "head" for relationship in relationships)
    if heads == 0:
        return "choose the head of household among the members"
    if heads > 1:
        return "a household has one head; choose another relationship for the others"
    return None


HOUSEHOLD_GRID_LEVELS = (2, 3)


def grid_level_problem(level: int | None) -> str | None:
    """Why a grid node of `level` (None: no such grid) cannot hold households, or None."""
    if level in HOUSEHOLD_GRID_LEVELS:
        return None
    return "choose a village or community, or a grid within one"


# -- visits ----------------------------------------------------------------------------
@dataclass(frozen=True)
class VisitInput:
    """What the visit form holds."""

    household_id: int | None
    visited_on: date | str | None
    purpose: str
    officer_ids: tuple[int, ...] = ()
    found: str = ""
    anti_fraud_app: bool = False
    followup_needed: bool = False
    followup_note: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied (the officers are kept apart)."""
        return {
            "household_id": self.household_id,
            "visited_on": iso_or_raw(self.visited_on),
            "purpose": self.purpose,
            "found": self.found.strip(),
            "anti_fraud_app": int(bool(self.anti_fraud_app)),
            "followup_needed": int(bool(self.followup_needed)),
            "followup_note": self.followup_note.strip(),
        }


@dataclass(frozen=True)
class Visit:
    """One household visit and the officers who went."""

    id: int
    household_id: int
    visited_on: str
    purpose: str
    officer_ids: tuple[int, ...] = ()
    found: str = ""
    anti_fraud_app: int = 0
    followup_needed: int = 0
    followup_note: str = ""
    version: int = 1
    voided_at: str | None = None
    void_reason: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any], officer_ids: tuple[int, ...]) -> Visit:
        """Build from a `visits` row and its officers."""
        return cls(**_pick(cls, row), officer_ids=officer_ids)


def visit_officer_problem(officer_id: int, active: bool | None) -> str | None:
    """Why an officer (`active` None: not on file) cannot be named on a visit, or None."""
    return None if active else f"officer {officer_id} is not serving at the station"


def visit_problems(
    values: dict[str, Any], officer_ids: tuple[int, ...], today: date
) -> dict[str, str]:
    """Every bad field of a visit's cleaned values (references are checked by the service)."""
    followup = values["followup_note"]
    return keep_problems(
        {
            "household_id": None if values["household_id"] else "choose the household visited",
            "visited_on": not_future(values["visited_on"], today, "of the visit"),
            "purpose": choice_problem(values["purpose"], VISIT_PURPOSES, "purpose"),
            "officer_ids": None if officer_ids else "choose the officer(s) who went",
            "found": text_problem(values["found"], "what was found", required=False),
            "followup_note": (
                "say what follow-up is needed"
                if values["followup_needed"] and not followup
                else text_problem(followup, "the follow-up", required=False, limit=MAX_SHORT)
            ),
        }
    )


@dataclass(frozen=True)
class CoverageLine:
    """How well one grid (or one officer's grids) was visited in a period."""

    key: int
    name: str
    households: int
    visited: int
    visits: int
    anti_fraud_installs: int
    never_visited: int
    flagged_unvisited_month: int

    @property
    def share(self) -> float:
        """Visited households as a share of all households (0 with none)."""
        return self.visited / self.households if self.households else 0.0


@dataclass(frozen=True)
class StaleHousehold:
    """A household to plan into the next round of visits."""

    household_id: int
    grid_name: str
    address: str
    head: str
    flags: frozenset[str]
    last_visit: str | None
    days_since: int | None = None
