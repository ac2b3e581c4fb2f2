"""The household ledger ("a million police into ten thousand homes"): standard addresses,
households and their residents, and the visits officers make to them.

A resident is a person of PeopleService (one person, one record: the same record a dispute
party has). Every save is one transaction, audited; bad input raises ValidationError and
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from stationdesk.domain import people, rules
from stationdesk.domain.dispute_records import (
    DisputeInput,
    PartyInput,
    keep_problems,
    text_problem,
)
from stationdesk.domain.household_ledger import HouseholdLedger
from stationdesk.domain.household_records import (
    ADDRESS_PARTS,
    Address,
    AddressInput,
    Household,
    HouseholdCorrection,
    HouseholdInput,
    Resident,
    ResidentInput,
    Visit,
    VisitInput,
    address_problems,
    grid_level_problem,
    heads_problem,
    household_problems,
    iso_or_raw,
    not_future,
    resident_problems,
    visit_officer_problem,
    visit_problems,
)
from stationdesk.domain.people import PeopleService, Person, PersonInput
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.store.audit import AuditEntry

ADDRESSES = "addresses"
KIND = "households"
RESIDENTS = "residents"
VISITS = "visits"
PERSON_FIELDS = ("name", "id_number", "sex", "phone", "birth_date", "address")


class HouseholdService:
    """Households, residents and visits over a store; `today` is injectable for tests."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.today = today
        self.people = PeopleService(store)
        self.ledger = HouseholdLedger(store, today)

    # -- reads -------------------------------------------------------------------------
    def address(self, address_id: int) -> Address:
        """One address, or NotFoundError."""
        return Address.from_row(self.store.get(ADDRESSES, address_id))

    def find_address(self, data: AddressInput) -> Address | None:
        """The live address typed exactly so (any spelling of full-width digits), or None."""
        values = data.cleaned()
        where = " AND ".join(f"{name} = ?" for name in ADDRESS_PARTS)
        rows = self.store.rows(
            f"SELECT * FROM addresses WHERE {where} AND voided_at IS NULL",
            [values[name] for name in ADDRESS_PARTS],
        )
        return Address.from_row(rows[0]) if rows else None

    def household_at(self, address_id: int) -> int | None:
        """The live household at an address, or None."""
        found = self.store.scalar(
            "SELECT id FROM households WHERE address_id = ? AND voided_at IS NULL", [address_id]
        )
        return int(found) if found is not None else None

    def get(self, household_id: int) -> Household:
        """One household with its address and members (living first, head first)."""
        row = self.store.get(KIND, household_id)
        return Household(
            id=row["id"],
            address=self.address(row["address_id"]),
            grid_id=row["grid_id"],
            registered_on=row["registered_on"],
            phone=row["phone"],
            notes=row["notes"],
            version=row["version"],
            members=self.members(household_id),
            voided_at=row["voided_at"],
            void_reason=row["void_reason"],
        )

    def members(self, household_id: int) -> tuple[Resident, ...]:
        """The household's residents, living before moved out, head first."""
        rows = self.store.rows(
            "SELECT * FROM residents WHERE household_id = ? AND voided_at IS NULL"
            " ORDER BY moved_out_on IS NOT NULL, relationship <> 'head', id",
            [household_id],
        )
        persons = self.people.many([row["person_id"] for row in rows])
        return tuple(Resident.from_row(row, persons[row["person_id"]]) for row in rows)

    def resident(self, resident_id: int) -> Resident:
        """One resident, or NotFoundError."""
        row = self.store.get(RESIDENTS, resident_id)
        return Resident.from_row(row, self.people.get(row["person_id"]))

    def home_of(self, person_id: int) -> int | None:
        """The household a person lives in now, or None."""
        found = self.store.scalar(
            "SELECT household_id FROM residents WHERE person_id = ?"
            " AND moved_out_on IS NULL AND voided_at IS NULL",
            [person_id],
        )
        return int(found) if found is not None else None

    def visit(self, visit_id: int) -> Visit:
        """One visit with its officers, or NotFoundError."""
        row = self.store.get(VISITS, visit_id)
        officers = self.store.conn.execute(
            "SELECT officer_id FROM visit_officers WHERE visit_id = ? ORDER BY officer_id",
            [visit_id],
        )
        return Visit.from_row(row, tuple(r[0] for r in officers))

    def visits_of(self, household_id: int) -> list[Visit]:
        """The household's visits, newest first."""
        ids = self.store.conn.execute(
            "SELECT id FROM visits WHERE household_id = ? AND voided_at IS NULL"
            " ORDER BY visited_on DESC, id DESC",
            [household_id],
        )
        return [self.visit(row[0]) for row in ids.fetchall()]

    def disputes_of(self, household_id: int) -> list[int]:
        """Disputes its people (living there or once) are party to, or found on its visits."""
        rows = self.store.conn.execute(
            "SELECT d.id FROM disputes d WHERE d.voided_at IS NULL AND (d.id IN"
            " (SELECT dp.dispute_id FROM dispute_parties dp JOIN residents r"
            "  ON r.person_id = dp.person_id WHERE r.household_id = ? AND r.voided_at IS NULL)"
            " OR d.source_visit_id IN (SELECT id FROM visits WHERE household_id = ?))"
            " ORDER BY d.received_on DESC, d.id DESC",
            [household_id, household_id],
        )
        return [row[0] for row in rows]

    def disputes_from(self, visit_id: int) -> list[int]:
        """Disputes opened from a visit."""
        rows = self.store.conn.execute(
            "SELECT id FROM disputes WHERE source_visit_id = ? AND voided_at IS NULL ORDER BY id",
            [visit_id],
        )
        return [row[0] for row in rows]

    def history(self, kind: str, record_id: int) -> list[AuditEntry]:
        """A household's, resident's, visit's or address's history, oldest first."""
        return self.store.history(kind, record_id)

    # -- households --------------------------------------------------------------------
    def register(self, data: HouseholdInput) -> int:
        """Record a household at an address (typed once, reused) with its members."""
        values = data.cleaned()
        address = data.address.cleaned()
        errors = household_problems(values, self.today())
        errors.update({f"address.{k}": v for k, v in address_problems(address).items()})
        errors.update(self._grid_problem(address["grid_id"]))
        head = heads_problem([member.relationship for member in data.members])
        if head:
            errors["members"] = head
        for index, member in enumerate(data.members):
            errors.update(self._member_problems(index, member))
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            address_id = self._address_for(data.address, address)
            persons = self._resolve_members(data.members)
            household_id = self.store.insert(
                KIND,
                {"address_id": address_id, "grid_id": address["grid_id"], **values, "version": 1},
                related={"members": [None, [pid for pid, _ in persons]]},
            )
            for person_id, member in persons:
                self._insert_resident(household_id, person_id, member)
        return household_id

    def correct(
        self, household_id: int, data: HouseholdCorrection, expected_version: int
    ) -> dict[str, list]:
        """Correct a household's phone, notes and grid; a stale `expected_version` is refused.

        The grid belongs to the address: moving the household moves its address with it (the
        address was filed under the wrong grid), so both stay in the same grid.
        """
        values = data.cleaned()
        errors = keep_problems(
            {
                "phone": rules.phone_problem(values["phone"]),
                "notes": text_problem(values["notes"], "the notes", required=False),
                "grid_id": None if values["grid_id"] else "choose the grid the address is in",
            }
        )
        errors.update(
            {k.replace("address.", ""): v for k, v in self._grid_problem(values["grid_id"]).items()}
        )
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            row = self._live(household_id, expected_version)
            if all(row[name] == value for name, value in values.items()):
                return {}
            changes = self.store.update(
                KIND, household_id, {**values, "version": row["version"] + 1}
            )
            if "grid_id" in changes:
                self.store.update(ADDRESSES, row["address_id"], {"grid_id": values["grid_id"]})
        changes.pop("version")
        return changes

    def void(self, household_id: int, reason: str) -> None:
        """Void a household registered by mistake, and its members with it; refused while
        visits or disputes hang off it (void the visits first; disputes stay on file)."""
        problems = self._void_problems(household_id, reason)
        if problems:
            raise ValidationError(problems)
        with self.store.transaction():
            for member in self.members(household_id):
                self.store.void(RESIDENTS, member.id, "household voided: " + reason.strip())
            self.store.void(KIND, household_id, reason.strip())

    def _void_problems(self, household_id: int, reason: str) -> dict[str, str]:
        found = {} if reason.strip() else {"reason": "say why the household is voided"}
        self._live(household_id)
        visits = self.visits_of(household_id)
        disputes = self.disputes_of(household_id)
        if disputes:
            found["household"] = (
                f"its people are party to dispute {disputes[0]}"
                f"{'' if len(disputes) == 1 else f' and {len(disputes) - 1} more'};"
                " a household with disputes stays on file"
            )
        elif visits:
            found["household"] = (
                f"it has {len(visits)} visit(s) on file; void the visits first"
                " if they were recorded by mistake"
            )
        return found

    def add_member(self, household_id: int, member: ResidentInput) -> int:
        """A new member moves in; returns the resident id."""
        self._live(household_id)
        errors = self._member_problems(0, member)
        if member.relationship == "head" and self._head_id(household_id) is not None:
            errors["members.0.relationship"] = "the household already has a head"
        if errors:
            raise ValidationError({k.replace("members.0.", ""): v for k, v in errors.items()})
        with self.store.transaction():
            [(person_id, _)] = self._resolve_members((member,))
            resident_id = self._insert_resident(household_id, person_id, member)
            self._note_household(household_id, "member", {"moved_in": [None, person_id]})
        return resident_id

    def update_member(
        self,
        resident_id: int,
        relationship: str,
        flags: frozenset[str],
        person: PersonInput | None = None,
    ) -> dict[str, list]:
        """Correct a member's relationship and flags, and with `person` their personal details
        (name, sex, ID number, phone) on their one record, the one disputes share."""
        resident = self.resident(resident_id)
        errors = self._relationship_problems(resident, relationship, flags)
        details = self._person_details(resident.person, person) if person else None
        if details is not None:
            errors.update(people.problems(details.cleaned(), today=self.today()))
        if errors:
            raise ValidationError(errors)
        values = ResidentInput(relationship, resident.person.id, flags=flags).cleaned()
        del values["moved_in_on"]
        with self.store.transaction():
            if details is not None:
                changed = self.people.update(resident.person.id, details)
                if changed:
                    self._note_household(
                        resident.household_id, "member", {"corrected": [None, resident.person.id]}
                    )
            return self.store.update(RESIDENTS, resident_id, values)

    @staticmethod
    def _person_details(person: Person, typed: PersonInput) -> PersonInput:
        """The typed name, sex, ID number and phone over what else is on file for the person;
        a new ID number brings its own birth date."""
        return PersonInput(
            name=typed.name,
            id_number=typed.id_number,
            sex=typed.sex,
            phone=typed.phone,
            address=person.address,
            birth_date=None if typed.id_number.strip() else person.birth_date,
            notes=person.notes,
        )

    def void_member(self, resident_id: int, reason: str) -> None:
        """Void a member added by mistake (not a move out: they never lived here)."""
        resident = self.resident(resident_id)
        problem = {} if reason.strip() else {"reason": "say why the member is voided"}
        self._live(resident.household_id)
        others = [
            m for m in self.members(resident.household_id) if m.living and m.id != resident_id
        ]
        if resident.relationship == "head" and resident.living:
            problem["resident"] = (
                "make another member head before voiding the head"
                if others
                else "the head is the only member; void the household instead"
            )
        if problem:
            raise ValidationError(problem)
        with self.store.transaction():
            self.store.void(RESIDENTS, resident_id, reason.strip())
            self._note_household(
                resident.household_id, "void member", {"member": [resident.person.id, None]}
            )

    def _relationship_problems(
        self, resident: Resident, relationship: str, flags: frozenset[str]
    ) -> dict[str, str]:
        resident_id = resident.id
        values = ResidentInput(relationship, resident.person.id, flags=flags).cleaned()
        values["moved_in_on"] = resident.moved_in_on
        errors = resident_problems(values, self.today())
        head = self._head_id(resident.household_id)
        if relationship == "head" and head not in (None, resident_id) and resident.living:
            errors["relationship"] = "the household already has a head"
        if resident.relationship == "head" and relationship != "head" and resident.living:
            errors["relationship"] = "a household needs its head; make another member head first"
        return errors

    def move_out(self, resident_id: int, on: date | str) -> None:
        """A member moves out (the head only once the household has no one else living)."""
        resident = self.resident(resident_id)
        day = iso_or_raw(on)
        problem = keep_problems({"moved_out_on": not_future(day, self.today(), "moved out")})
        if not resident.living:
            problem["resident"] = f"{resident.person.name} has already moved out"
        elif resident.moved_in_on and day and day < resident.moved_in_on:
            problem["moved_out_on"] = (
                f"cannot be before the day they moved in ({resident.moved_in_on})"
            )
        others = [
            m for m in self.members(resident.household_id) if m.living and m.id != resident_id
        ]
        if resident.relationship == "head" and others:
            problem["resident"] = "make another member head before the head moves out"
        if problem:
            raise ValidationError(problem)
        with self.store.transaction():
            self.store.update(RESIDENTS, resident_id, {"moved_out_on": day})
            self._note_household(
                resident.household_id, "member", {"moved_out": [None, resident.person.id]}
            )

    # -- visits ------------------------------------------------------------------------
    def record_visit(self, data: VisitInput) -> int:
        """Record a visit and who went; returns its id."""
        values = data.cleaned()
        officers = tuple(dict.fromkeys(data.officer_ids))
        errors = visit_problems(values, officers, self.today())
        errors.update(self._visit_reference_problems(values, officers))
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            visit_id = self.store.insert(
                VISITS, {**values, "version": 1}, related={"officer_ids": [None, list(officers)]}
            )
            self.store.conn.executemany(
                "INSERT INTO visit_officers (visit_id, officer_id) VALUES (?, ?)",
                [(visit_id, officer) for officer in officers],
            )
            self._note_household(values["household_id"], "visit", {"visit": [None, visit_id]})
        return visit_id

    def void_visit(self, visit_id: int, reason: str) -> None:
        """Void a visit entered by mistake (it stays in the file and its history)."""
        if not reason.strip():
            raise ValidationError({"reason": "say why the visit is voided"})
        disputes = self.disputes_from(visit_id)
        if disputes:
            raise ValidationError(
                {"visit": f"dispute {disputes[0]} was opened from this visit; it stays on file"}
            )
        with self.store.transaction():
            household_id = self.visit(visit_id).household_id
            self.store.void(VISITS, visit_id, reason.strip())
            self._note_household(household_id, "void visit", {"visit": [visit_id, None]})

    def dispute_draft(self, visit_id: int) -> tuple[DisputeInput, list[Person]]:
        """A dispute intake prefilled from a visit: its household's living people as parties,
        the visit's day, grid, address and findings, and the visit as its source."""
        visit = self.visit(visit_id)
        household = self.get(visit.household_id)
        persons = [member.person for member in household.living]
        roles = ["applicant", "respondent"] + ["third_party"] * max(0, len(persons) - 2)
        parties = tuple(
            PartyInput(role, person.id) for role, person in zip(roles, persons, strict=False)
        )
        draft = DisputeInput(
            received_on=visit.visited_on,
            received_how="visit",
            category="neighbours",
            grid_id=household.grid_id,
            summary=visit.found,
            risk_grade="C",
            officer_id=visit.officer_ids[0] if visit.officer_ids else None,
            parties=parties,
            place=household.address.text(),
            source_visit_id=visit_id,
        )
        return draft, persons

    # -- checks and writes ---------------------------------------------------------------
    def _live(self, household_id: int, expected_version: int | None = None) -> dict[str, Any]:
        """The row of a household that is not void, at the version the caller saw."""
        return self.store.live_versioned(KIND, household_id, expected_version, "household")

    def _head_id(self, household_id: int) -> int | None:
        found = self.store.scalar(
            "SELECT id FROM residents WHERE household_id = ? AND relationship = 'head'"
            " AND moved_out_on IS NULL AND voided_at IS NULL",
            [household_id],
        )
        return int(found) if found is not None else None

    def _grid_problem(self, grid_id: int | None) -> dict[str, str]:
        if not grid_id:
            return {}
        level = self.store.scalar(
            "SELECT level FROM grids WHERE id = ? AND voided_at IS NULL", [grid_id]
        )
        problem = grid_level_problem(level)
        return {"address.grid_id": problem} if problem else {}

    def _member_problems(self, index: int, member: ResidentInput) -> dict[str, str]:
        prefix, where = f"members.{index}", f"member {index + 1}"
        found: dict[str, str] = {}
        values = member.cleaned()
        for name, reason in resident_problems(values, self.today()).items():
            found[f"{prefix}.{name}"] = f"{where}: {reason}"
        person_id = member.person_id
        if member.person is not None:
            typed = member.person.cleaned()
            who = f"{where} ({typed['name']})" if typed["name"] else where
            for name, reason in people.problems(typed, today=self.today()).items():
                found[f"{prefix}.{name}"] = f"{who}: {reason}"
            if person_id is None and typed["id_number"]:
                known = self.people.by_id_number(typed["id_number"])
                person_id = known.id if known is not None and not known.voided else None
        elif person_id is None:
            found[prefix] = f"{where}: choose a person or enter their details"
        if person_id is not None:
            found.update(self._living_elsewhere(prefix, where, person_id))
        return found

    def _living_elsewhere(self, prefix: str, where: str, person_id: int) -> dict[str, str]:
        home = self.home_of(person_id)
        if home is None:
            return {}
        name = self.people.get(person_id).name
        place = self.get(home).address.text()
        return {
            prefix: f"{where}: {name} already lives at {place} (household {home});"
            " record the move out there first"
        }

    def _address_for(self, data: AddressInput, values: dict[str, Any]) -> int:
        known = self.find_address(data)
        if known is None:
            return self.store.insert(ADDRESSES, values)
        household = self.household_at(known.id)
        if household is not None:
            raise ValidationError(
                {"address": f"{known.text()} already has household {household}; open it instead"}
            )
        if known.grid_id != values["grid_id"]:
            self.store.update(ADDRESSES, known.id, {"grid_id": values["grid_id"]})
        return known.id

    def _resolve_members(
        self, members: tuple[ResidentInput, ...]
    ) -> list[tuple[int, ResidentInput]]:
        resolved: list[tuple[int, ResidentInput]] = []
        for index, member in enumerate(members):
            person_id = self._person_for(member)
            if any(person_id == seen for seen, _ in resolved):
                name = self.people.get(person_id).name
                raise ValidationError({f"members.{index}": f"{name} is listed twice"})
            resolved.append((person_id, member))
        return resolved

    def _person_for(self, member: ResidentInput) -> int:
        if member.person is None:
            assert member.person_id is not None
            return member.person_id
        if member.person_id is not None:
            self.people.update(member.person_id, member.person)
            return member.person_id
        number = member.person.cleaned()["id_number"]
        known = self.people.by_id_number(number) if number else None
        if known is not None and not known.voided:
            return known.id
        return self.people.create(member.person)

    def _insert_resident(self, household_id: int, person_id: int, member: ResidentInput) -> int:
        values = member.cleaned()
        return self.store.insert(
            RESIDENTS, {"household_id": household_id, "person_id": person_id, **values}
        )

    def _note_household(self, household_id: int, action: str, changes: dict[str, list]) -> None:
        self.store.record_change(KIND, household_id, action, changes)

    def _visit_reference_problems(
        self, values: dict[str, Any], officers: tuple[int, ...]
    ) -> dict[str, str]:
        found: dict[str, str] = {}
        if values["household_id"]:
            live = self.store.scalar(
                "SELECT 1 FROM households WHERE id = ? AND voided_at IS NULL",
                [values["household_id"]],
            )
            if live is None:
                found["household_id"] = f"there is no household {values['household_id']}"
        for officer in officers:
            active = self.store.scalar(
                "SELECT active FROM officers WHERE id = ? AND voided_at IS NULL", [officer]
            )
            problem = visit_officer_problem(officer, active)
            if problem:
                found["officer_ids"] = problem
        return found
