"""People: one person, one record across the app, keyed on the resident ID number when known."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from stationdesk.domain import dates, idnumbers, rules
from stationdesk.domain.labels import SEXES
from stationdesk.errors import ValidationError
from stationdesk.store import Store

KIND = "people"
FIND_LIMIT = 10
MAX_ADDRESS = 200
_ID_LIKE = re.compile(r"^[0-9X]+$")
_PHONE_LIKE = re.compile(r"^[0-9][0-9-]*$")
_TOP = "\U0010ffff"
_FIND = "SELECT id FROM people WHERE voided_at IS NULL AND"


def _prefix_query(column: str, prefix: str) -> tuple[str, list[Any]]:
    """An indexed range query for values starting with `prefix`."""
    return (
        f"{_FIND} {column} >= ? AND {column} < ? ORDER BY {column}, id",
        [prefix, prefix + _TOP],
    )


@dataclass(frozen=True)
class Person:
    """A party to a dispute (later also a resident of a household)."""

    id: int
    name: str
    sex: str = ""
    id_number: str | None = None
    phone: str = ""
    address: str = ""
    birth_date: str | None = None
    notes: str = ""
    voided_at: str | None = None
    void_reason: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Person:
        """Build from a `people` row."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})

    @property
    def voided(self) -> bool:
        """True once the record was voided."""
        return self.voided_at is not None


@dataclass(frozen=True)
class PersonInput:
    """What a user types for a person; sex and birth date follow from a valid ID number."""

    name: str
    id_number: str = ""
    sex: str = ""
    phone: str = ""
    address: str = ""
    birth_date: date | str | None = None
    notes: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Column values, tidied; an unreadable birth date is kept as text for validate()."""
        try:
            born: Any = dates.iso(dates.as_date(self.birth_date))
        except ValueError:
            born = self.birth_date
        return {
            "name": rules.clean(self.name),
            "id_number": idnumbers.normalize(self.id_number) or None,
            "sex": self.sex or "",
            "phone": rules.clean(self.phone).replace(" ", ""),
            "address": rules.clean(self.address),
            "birth_date": born,
            "notes": self.notes.strip(),
        }


def problems(values: dict[str, Any], *, today: date | None = None) -> dict[str, str]:
    """Every bad field of a person's cleaned values, with its reason (empty when all is well).

    A valid ID number fills in sex and birth date in `values`; a contradicting entry is a problem.
    """
    found = {
        "name": rules.name_problem(values["name"]),
        "phone": rules.phone_problem(values["phone"]),
        "sex": None if values["sex"] in ("", *SEXES) else "choose male or female",
        "address": None if len(values["address"]) <= MAX_ADDRESS else "the address is too long",
        "birth_date": _birth_problem(values["birth_date"], today),
    }
    if values["id_number"]:
        found["id_number"] = idnumbers.problem(values["id_number"], today=today)
        if not found["id_number"]:
            found.update(_derive(values))
    return {name: reason for name, reason in found.items() if reason}


def _birth_problem(value: Any, today: date | None) -> str | None:
    if value is None:
        return None
    try:
        born = dates.as_date(value)
    except ValueError as exc:
        return str(exc)
    if born is not None and born > (today or date.today()):
        return "the birth date is in the future"
    return None


def _derive(values: dict[str, Any]) -> dict[str, str | None]:
    number = values["id_number"]
    sex, born = idnumbers.sex_of(number), idnumbers.birth_date_of(number).isoformat()
    found: dict[str, str | None] = {}
    if values["sex"] and values["sex"] != sex:
        found["sex"] = f"the ID number says {sex}"
    if values["birth_date"] and values["birth_date"] != born:
        found["birth_date"] = f"the ID number says born {born}"
    values["sex"], values["birth_date"] = sex, born
    return found


def validate(values: dict[str, Any], *, today: date | None = None) -> None:
    """Raise ValidationError naming every bad field of a person."""
    errors = problems(values, today=today)
    if errors:
        raise ValidationError(errors)


class PeopleService:
    """Finding, adding and correcting people, every change audited."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, person_id: int) -> Person:
        """One person, or NotFoundError."""
        return Person.from_row(self.store.get(KIND, person_id))

    def many(self, person_ids: list[int]) -> dict[int, Person]:
        """People by id (unknown ids are left out)."""
        if not person_ids:
            return {}
        marks = ", ".join("?" * len(person_ids))
        rows = self.store.rows(f"SELECT * FROM people WHERE id IN ({marks})", person_ids)
        return {row["id"]: Person.from_row(row) for row in rows}

    def by_id_number(self, id_number: str) -> Person | None:
        """The person holding an ID number (any spelling of it), or None."""
        number = idnumbers.normalize(id_number)
        row = self.store.rows("SELECT * FROM people WHERE id_number = ?", [number])
        return Person.from_row(row[0]) if row else None

    def find(self, text: str, limit: int = FIND_LIMIT) -> list[Person]:
        """People as one types: by ID number prefix, phone part or name part; best first."""
        query = rules.clean(text)
        if not query:
            return []
        found: dict[int, None] = {}
        for sql, params in self._find_queries(query):
            if len(found) >= limit:
                break
            rows = self.store.conn.execute(sql + " LIMIT ?", [*params, limit])
            found.update((row[0], None) for row in rows)
        people = self.many(list(found)[:limit])
        return [people[i] for i in list(found)[:limit] if i in people]

    def _find_queries(self, query: str) -> list[tuple[str, list[Any]]]:
        """ID number prefix, then phone prefix and part, for digits; name prefix and part else."""
        number, phone = idnumbers.normalize(query), query.replace(" ", "")
        queries: list[tuple[str, list[Any]]] = []
        if _ID_LIKE.match(number):
            queries.append(_prefix_query("id_number", number))
        if _PHONE_LIKE.match(phone):
            queries.append(_prefix_query("phone", phone))
            if len(phone) >= 3:
                queries.append((f"{_FIND} instr(phone, ?) > 0", [phone]))
        if not queries:
            queries = [
                _prefix_query("name", query),
                (f"{_FIND} instr(name, ?) > 0 ORDER BY name, id", [query]),
            ]
        return queries

    def likely_duplicates(self, data: PersonInput, exclude_id: int | None = None) -> list[Person]:
        """People already recorded with the same ID number, or the same name and phone."""
        values = data.cleaned()
        rows = self.store.rows(
            "SELECT * FROM people WHERE voided_at IS NULL AND id IS NOT ?"
            " AND (id_number = ? OR (name = ? AND phone = ? AND phone <> ''))"
            " ORDER BY id",
            [exclude_id, values["id_number"], values["name"], values["phone"]],
        )
        return [Person.from_row(row) for row in rows]

    def create(self, data: PersonInput) -> int:
        """Add a person; an ID number already recorded is refused (reuse that person)."""
        values = self.checked(data)
        with self.store.transaction():
            self._check_number_free(values["id_number"], None)
            return self.store.insert(KIND, values)

    def update(self, person_id: int, data: PersonInput) -> dict[str, list]:
        """Correct a person's details; returns the fields that changed."""
        values = self.checked(data)
        with self.store.transaction():
            self.get(person_id)
            self._check_number_free(values["id_number"], person_id)
            return self.store.update(KIND, person_id, values)

    def void(self, person_id: int, reason: str) -> None:
        """Void a record entered by mistake (it stays in the file and its history)."""
        if not reason.strip():
            raise ValidationError({"reason": "say why the record is voided"})
        self.store.void(KIND, person_id, reason.strip())

    def checked(self, data: PersonInput) -> dict[str, Any]:
        """Cleaned and validated column values, or ValidationError."""
        values = data.cleaned()
        validate(values)
        return values

    def _check_number_free(self, id_number: str | None, person_id: int | None) -> None:
        if not id_number:
            return
        owner = self.store.rows("SELECT id, name FROM people WHERE id_number = ?", [id_number])
        if owner and owner[0]["id"] != person_id:
            raise ValidationError(
                {
                    "id_number": f"ID number {id_number} is already recorded for"
                    f" {owner[0]['name']} (person {owner[0]['id']})"
                }
            )
