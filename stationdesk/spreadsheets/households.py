"""Households with their residents from a household register: one row per resident.

Rows with the same address make one household (one address, one household; the address is
cleaned as the household form cleans it, so full-width digits are the same address). The rows
are checked in memory first with the household ledger's own rule functions (the person, the
address and its grid, days not in the future, one head per household, a person living at one
address), then written in bulk: each table in one batch, and one audit entry per household
('imported from FILE') holding its address, its residents and their people, whose own histories
show it as their creation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import Any

from stationdesk.domain import people
from stationdesk.domain.household_records import (
    address_problems,
    grid_level_problem,
    heads_problem,
    household_problems,
    resident_problems,
)
from stationdesk.domain.labels import SEXES, ZH
from stationdesk.spreadsheets import cleaning
from stationdesk.spreadsheets.addresses import (
    AddressKey,
    address_key,
    address_line,
    standard_address,
)
from stationdesk.spreadsheets.columns import Column, Record
from stationdesk.spreadsheets.importing import ImportContext, Kind, RowReader
from stationdesk.spreadsheets.lookups import GridLookup
from stationdesk.store import Store
from stationdesk.store.audit import CREATED, Changes, PendingEntry, created_table

FLAGS = ("elderly_alone", "left_behind_child", "disability", "under_care", "key_person")
COLUMNS = (
    Column("head", "Household head", "户主姓名", aliases=("户主",)),
    Column("relationship", "Relationship to head", "与户主关系", required=True, aliases=("关系",)),
    Column("name", "Name", "姓名", required=True),
    Column("sex", "Sex", "性别"),
    Column(
        "id_number",
        "ID number",
        "公民身份号码",
        required=True,
        aliases=("身份证号", "身份证号码", "身份证"),
        hint="设置为文本格式，18位",
    ),
    Column("phone", "Phone", "联系电话", aliases=("电话", "手机", "手机号")),
    Column("address", "Address", "住址", required=True, aliases=("地址", "现住址", "门牌地址")),
    Column("district", "District", "区县", aliases=("区",)),
    Column("grid", "Grid", "所属网格", required=True, aliases=("网格",)),
    Column("registered_on", "Registered on", "登记日期", aliases=("建档日期",)),
    Column("moved_in_on", "Moved in on", "迁入日期", aliases=("入住日期",)),
    Column("elderly_alone", "Elderly living alone", "独居老人"),
    Column("left_behind_child", "Left-behind child", "留守儿童"),
    Column("disability", "Person with a disability", "残疾人"),
    Column("under_care", "Person under care", "监护对象", aliases=("特殊关爱",)),
    Column("key_person", "Key person", "重点人员"),
)
RELATIONSHIPS = {
    "head": ("户主", "本人"),
    "spouse": ("配偶", "妻", "夫", "妻子", "丈夫"),
    "child": ("子", "女", "儿子", "女儿", "长子", "长女", "次子", "次女", "子女"),
    "parent": ("父亲", "母亲", "父", "母", "父母"),
    "grandchild": ("孙子", "孙女", "外孙", "外孙女"),
    "grandparent": ("祖父", "祖母", "外祖父", "外祖母"),
    "sibling": ("兄", "弟", "姐", "妹", "兄弟", "姐妹"),
    "other_relative": ("儿媳", "女婿", "其他亲属", "侄子", "侄女"),
    "tenant": ("租户", "租客", "承租人"),
    "other": ("其他",),
}
RELATIONSHIP_WORDS = {
    word: code for code, words in RELATIONSHIPS.items() for word in (code, *words)
}
SEX_WORDS = cleaning.choice_words(SEXES, ZH, {"男": "male", "女": "female"})
PERSON_COLUMNS = ("name", "sex", "id_number", "phone", "address", "birth_date")
ADDRESS_COLUMNS = ("grid_id", "road", "house_no", "building", "unit", "floor", "flat", "district")
HOUSEHOLD_COLUMNS = ("address_id", "grid_id", "registered_on")
RESIDENT_COLUMNS = ("household_id", "person_id", "relationship", *FLAGS, "moved_in_on")


@dataclass
class Resident:
    """One good row: the person, where they live and how they are related to the head."""

    record: Record
    person: dict[str, Any]
    relationship: str
    grid_id: int
    address: AddressKey
    registered_on: str
    moved_in_on: str | None
    flags: tuple[int, ...]


@dataclass
class Household:
    """The good rows sharing one address."""

    address: AddressKey
    grid_id: int
    registered_on: str
    residents: list[Resident] = field(default_factory=list)


@dataclass
class Known:
    """What the station file already holds, loaded once for the whole import."""

    people: dict[str, tuple[int, bool]]  # ID number -> (person id, voided)
    living: dict[int, int]  # person id -> household id
    addresses: dict[AddressKey, int]
    households: dict[int, tuple[int, int]]  # address id -> (household id, grid id)
    heads: dict[int, int]  # household id -> head's person id

    @classmethod
    def load(cls, store: Store) -> Known:
        """Read the ID numbers, addresses and households already recorded."""
        conn = store.conn
        return cls(
            {
                number: (person_id, voided is not None)
                for number, person_id, voided in conn.execute(
                    "SELECT id_number, id, voided_at FROM people WHERE id_number IS NOT NULL"
                )
            },
            dict(
                conn.execute(
                    "SELECT person_id, household_id FROM residents"
                    " WHERE moved_out_on IS NULL AND voided_at IS NULL"
                )
            ),
            _address_ids(store),
            {
                address_id: (household_id, grid_id)
                for address_id, household_id, grid_id in conn.execute(
                    "SELECT address_id, id, grid_id FROM households WHERE voided_at IS NULL"
                )
            },
            dict(
                conn.execute(
                    "SELECT household_id, person_id FROM residents WHERE relationship = 'head'"
                    " AND moved_out_on IS NULL AND voided_at IS NULL"
                )
            ),
        )


def _address_ids(store: Store) -> dict[AddressKey, int]:
    """Every address in use, by its parts."""
    return {
        (road, house_no, building, unit, floor, flat, district): address_id
        for address_id, road, house_no, building, unit, floor, flat, district in store.conn.execute(
            "SELECT id, road, house_no, building, unit, floor, flat, district FROM addresses"
            " WHERE voided_at IS NULL"
        )
    }


def run(context: ImportContext) -> None:
    """Check every row (or take the checks of the dry run before), group the rows by address,
    then write the good households in bulk."""
    residents, bad_cells = context.reuse("households", lambda: _checked_rows(context))
    for record, key, reason in bad_cells:
        context.problem(record, key, reason)
    known = Known.load(context.store)
    households = _households(context, _unique_people(context, residents, known))
    plan = _plan(context, households, known)
    if context.writing:
        _write(context.store, plan)


def _checked_rows(context: ImportContext) -> tuple[list[Resident], list[tuple[Record, str, str]]]:
    """The good rows as residents, and every bad cell (row, column key, reason)."""
    checks = RowChecks(context.today, GridLookup(context.store, writing=True))
    residents: list[Resident] = []
    bad_cells: list[tuple[Record, str, str]] = []
    for record in context.rows():
        resident = checks.resident(record)
        if resident is None:
            bad_cells.extend((record, key, reason) for key, reason in checks.errors.items())
        else:
            residents.append(resident)
    return residents, bad_cells


_ABSENT = object()  # a column the file does not have


@dataclass(frozen=True)
class Checked:
    """What some cells of a row came to: the values read, and every bad cell with its reason."""

    values: tuple[Any, ...]
    errors: dict[str, str]


class RowChecks:
    """The household ledger's own rules, applied to each row of a register.

    A register repeats itself: the rows of a household share their address, and the whole file
    a few dates, grids, relationships and yes/no marks. Those cells are checked once per
    distinct spelling; only the person (name, ID number, phone) is checked on every row.
    """

    def __init__(self, today: date, grids: GridLookup) -> None:
        self.today = today
        self.grids = grids
        self.errors: dict[str, str] = {}
        self._seen: dict[tuple[Any, ...], Checked] = {}

    def resident(self, record: Record) -> Resident | None:
        """The row as a resident, or None with every bad cell in `errors`."""
        cells = record.values
        person = self._person(record)
        grid = self._once("grid", self._grid, cells.get("grid", ""))
        [grid_id] = grid.values
        place = self._once(
            "place", self._place, cells.get("address", ""), cells.get("district", ""), grid_id
        )
        days = self._once(
            "days",
            self._days,
            *(cells.get(k, _ABSENT) for k in ("registered_on", "moved_in_on", "relationship")),
        )
        flags = self._once("flags", _flags, *(cells.get(flag, _ABSENT) for flag in FLAGS))
        self.errors = {}
        for checked in (person, grid, place, days, flags):
            for key, reason in checked.errors.items():
                self.errors.setdefault(key, reason)
        if self.errors:
            return None
        values, (parts, line) = person.values[0], place.values
        registered, moved_in, relationship = days.values
        values["address"] = line
        return Resident(
            record, values, relationship, grid_id, parts, registered, moved_in, flags.values
        )

    def _once(self, group: str, check: Callable[..., Checked], *cells: Any) -> Checked:
        key = (group, *cells)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = check(*cells)
        return found

    def _person(self, record: Record) -> Checked:
        """The person: name, sex, ID number and phone, by the people ledger's rules."""
        cells = RowReader(record)
        number = cells.get("id_number", cleaning.id_number, "")
        if not number and "id_number" not in cells.errors:
            cells.note("id_number", "an ID number is required to import a resident")
        person = {
            "name": record.text("name"),
            "sex": cells.get("sex", _sex, ""),
            "id_number": number or None,
            "phone": cells.get("phone", cleaning.phone, ""),
            "address": "",
            "birth_date": None,
            "notes": "",
        }
        for key, reason in people.problems(person, today=self.today).items():
            cells.note(key, reason)
        return Checked((person,), cells.errors)

    def _grid(self, name: Any) -> Checked:
        """The id of the grid a row names (0 when bad)."""
        cells = RowReader(Record(0, {"grid": name}))
        try:
            found = self.grids.find(cells.record.text("grid"))
        except cleaning.CellError as exc:
            cells.note("grid", str(exc))
            return Checked((0,), cells.errors)
        cells.note("grid", grid_level_problem(self.grids.levels.get(found)))
        return Checked((0 if cells.errors else found,), cells.errors)

    def _place(self, address: Any, district: Any, grid_id: int) -> Checked:
        """The standard address of an address cell, in its grid."""
        cells = RowReader(Record(0, {"address": address, "district": district}))
        standard = standard_address(
            cells.required("address", "an address"), cells.record.text("district"), grid_id or None
        )
        values = standard.cleaned()
        problems = address_problems(values)
        if not grid_id:
            problems.pop("grid_id", None)  # the grid cell says what is wrong with it
        if "address" not in cells.errors:
            for reason in problems.values():
                cells.note("address", reason)
        parts = address_key(values)
        return Checked((parts, address_line(parts)), cells.errors)

    def _days(self, registered_on: Any, moved_in_on: Any, relationship: Any) -> Checked:
        """The day registered, the day moved in and the relationship to the head."""
        cells = RowReader(
            _present(
                registered_on=registered_on, moved_in_on=moved_in_on, relationship=relationship
            )
        )
        registered = _day(cells, "registered_on")
        moved_in = _day(cells, "moved_in_on")
        registered = registered or moved_in or self.today.isoformat()
        for key, reason in household_problems(
            {"registered_on": registered, "phone": "", "notes": ""}, self.today
        ).items():
            cells.note(key, reason)
        code = cells.get("relationship", _relationship, "")
        for key, reason in resident_problems(
            {"relationship": code, "moved_in_on": moved_in}, self.today
        ).items():
            cells.note(key, reason)
        return Checked((registered, moved_in, code), cells.errors)


def _flags(*marks: Any) -> Checked:
    """The yes/no flags of a resident."""
    cells = RowReader(_present(**dict(zip(FLAGS, marks, strict=True))))
    return Checked(
        tuple(int(cells.get(flag, cleaning.yes_no, False)) for flag in FLAGS), cells.errors
    )


def _present(**cells: Any) -> Record:
    """A record of the cells whose columns the file has."""
    return Record(0, {key: value for key, value in cells.items() if value is not _ABSENT})


def _day(cells: RowReader, key: str) -> str | None:
    """A date cell as YYYY-MM-DD (None when empty); the ledger's rules judge it."""
    day = cells.get(key, cleaning.day, None)
    return day.isoformat() if day else None


def _sex(value: Any) -> str:
    return cleaning.choice(value, SEX_WORDS, "sex") if cleaning.text(value) else ""


def _relationship(value: Any) -> str:
    return cleaning.choice(value, RELATIONSHIP_WORDS, "relationship to the head")


def _unique_people(
    context: ImportContext, residents: list[Resident], known: Known
) -> list[Resident]:
    """Residents whose ID number is on no earlier row and does not belong to a voided record."""
    first_row: dict[str, int] = {}
    kept = []
    for resident in residents:
        number = resident.person["id_number"]
        if number in first_row:
            context.problem(
                resident.record, "id_number", f"the same ID number is on row {first_row[number]}"
            )
            continue
        first_row[number] = resident.record.row
        if known.people.get(number, (0, False))[1]:
            context.problem(
                resident.record, "id_number", "this ID number belongs to a voided record"
            )
            continue
        kept.append(resident)
    return kept


def _households(context: ImportContext, residents: list[Resident]) -> list[Household]:
    """Residents grouped by address; a group whose rows name different grids is refused."""
    groups: dict[AddressKey, list[Resident]] = defaultdict(list)
    for resident in residents:
        groups[resident.address].append(resident)
    households = []
    for address, members in groups.items():
        grids = {member.grid_id for member in members}
        if len(grids) > 1:
            for member in members:
                context.problem(
                    member.record,
                    "grid",
                    f"the rows at {address_line(address)} name different grids",
                )
            continue
        households.append(Household(address, members[0].grid_id, members[0].registered_on, members))
    return households


@dataclass
class Plan:
    """What the import writes."""

    new_people: list[Resident] = field(default_factory=list)
    new_households: list[Household] = field(default_factory=list)
    # (household id or the index of a new household as a negative number - 1, resident, person id)
    residents: list[tuple[int, Resident, int | None]] = field(default_factory=list)


def _plan(context: ImportContext, households: list[Household], known: Known) -> Plan:
    """Decide per household and resident what is new, what is there, and what is bad."""
    plan = Plan()
    for household in households:
        address_id = known.addresses.get(household.address)
        existing = known.households.get(address_id) if address_id is not None else None
        if existing is not None and existing[1] != household.grid_id:
            for member in household.residents:
                context.problem(member.record, "grid", "this address is recorded in another grid")
            continue
        household_id = existing[0] if existing else None
        if not _head_ok(context, household, household_id, known):
            continue
        adding = _members_to_add(context, household, household_id, known)
        if not adding:
            continue
        if household_id is None:
            plan.new_households.append(household)
            household_id = -len(plan.new_households)
            context.added("households")
        else:
            context.updated("households")
        for member, person_id in adding:
            if person_id is None:
                plan.new_people.append(member)
                context.added("people")
            plan.residents.append((household_id, member, person_id))
            context.added("residents")
    return plan


def _head_ok(
    context: ImportContext, household: Household, household_id: int | None, known: Known
) -> bool:
    """One head per household: a new household names exactly one, a recorded one keeps its own."""
    heads = [m for m in household.residents if m.relationship == "head"]
    recorded_head = known.heads.get(household_id) if household_id is not None else None
    if recorded_head is not None:
        others = [
            m for m in heads if known.people.get(m.person["id_number"], (0,))[0] != recorded_head
        ]
        why = "already has a head"
    else:
        problem = heads_problem([m.relationship for m in household.residents])
        if problem is None:
            return _head_named(context, household, heads[0])
        others = household.residents
        why = f"has {len(heads)} heads: {problem}"
    if not others:
        return True
    reason = f"the household at {address_line(household.address)} {why}"
    for member in household.residents:
        context.problem(member.record, "relationship", reason)
    return False


def _head_named(context: ImportContext, household: Household, head: Resident) -> bool:
    """Rows that name the household head (户主姓名) must name the head's row."""
    wrong = [
        m
        for m in household.residents
        if m.record.text("head") and m.record.text("head") != head.person["name"]
    ]
    for member in wrong:
        context.problem(
            member.record,
            "head",
            f"the head at {address_line(household.address)} is {head.person['name']}"
            f" (row {head.record.row}), not {member.record.text('head')}",
        )
    return not wrong


def _members_to_add(
    context: ImportContext, household: Household, household_id: int | None, known: Known
) -> list[tuple[Resident, int | None]]:
    """Residents not yet living here (with their person id when recorded); others are noted."""
    adding = []
    for member in household.residents:
        person_id = known.people.get(member.person["id_number"], (None, False))[0]
        living_in = known.living.get(person_id) if person_id is not None else None
        if living_in is not None and living_in == household_id:
            context.skipped(member.record, "already a resident of this household")
        elif living_in is not None:
            context.problem(
                member.record,
                "address",
                f"{member.person['name']} lives at another address (household {living_in});"
                " record the move out there first",
            )
        else:
            adding.append((member, person_id))
    return adding


def _write(store: Store, plan: Plan) -> None:
    """People, addresses, households and residents, each in one batch, then one audit entry per
    household holding its new address, its residents and their new people."""
    person_row = itemgetter(*PERSON_COLUMNS)
    person_rows = [person_row(member.person) for member in plan.new_people]
    person_ids = store.insert_rows("people", PERSON_COLUMNS, person_rows)
    new_person = {
        member.person["id_number"]: pid
        for member, pid in zip(plan.new_people, person_ids, strict=True)
    }
    known_addresses = _address_ids(store)
    missing = [h for h in plan.new_households if h.address not in known_addresses]
    address_ids = store.insert_rows(
        "addresses", ADDRESS_COLUMNS, [_address_row(h) for h in missing]
    )
    new_address = dict(zip(address_ids, missing, strict=True))
    known_addresses.update(zip((h.address for h in missing), address_ids, strict=True))
    household_rows = [
        (known_addresses[h.address], h.grid_id, h.registered_on) for h in plan.new_households
    ]
    household_ids = store.insert_rows("households", HOUSEHOLD_COLUMNS, household_rows)
    resident_rows = [
        (
            household_ids[-household_id - 1] if household_id < 0 else household_id,
            person_id if person_id is not None else new_person[member.person["id_number"]],
            member.relationship,
            *member.flags,
            member.moved_in_on,
        )
        for household_id, member, person_id in plan.residents
    ]
    resident_ids = store.insert_rows("residents", RESIDENT_COLUMNS, resident_rows)
    store.record_bundles(
        _entries(
            Written(
                dict(zip(household_ids, household_rows, strict=True)),
                new_address,
                dict(zip(person_ids, person_rows, strict=True)),
                list(zip(resident_ids, resident_rows, strict=True)),
            )
        )
    )


@dataclass
class Written:
    """What _write added, by id: what each household's audit entry holds."""

    households: dict[int, tuple[Any, ...]]
    addresses: dict[int, Household]
    people: dict[int, tuple[Any, ...]]
    residents: list[tuple[int, tuple[Any, ...]]]  # (resident id, row) in household order


def _entries(written: Written) -> Iterator[PendingEntry]:
    """One entry per household: a new one is created with its address, residents and people;
    one already recorded gains members."""
    for household_id, group in groupby(written.residents, key=lambda item: item[1][0]):
        residents = list(group)
        members = [row[1] for _, row in residents]
        created: dict[str, list[list[Any]]] = {
            "residents": created_table(RESIDENT_COLUMNS, ((rid, *row) for rid, row in residents)),
            "people": created_table(
                PERSON_COLUMNS,
                ((pid, *written.people[pid]) for pid in members if pid in written.people),
            ),
        }
        household = written.households.get(household_id)
        if household is None:
            moved_in: Changes = {"moved_in": [None, members], CREATED: [None, created]}
            yield PendingEntry("households", household_id, "member", moved_in)
            continue
        address_id = household[0]
        if address_id in written.addresses:
            created["addresses"] = created_table(
                ADDRESS_COLUMNS, [(address_id, *_address_row(written.addresses[address_id]))]
            )
        changes: Changes = {
            name: [None, value] for name, value in zip(HOUSEHOLD_COLUMNS, household, strict=True)
        }
        changes.update({"members": [None, members], CREATED: [None, created]})
        yield PendingEntry("households", household_id, "create", changes)


def _address_row(household: Household) -> tuple[Any, ...]:
    return (household.grid_id, *household.address)


KIND = Kind("households", "Households and residents", "户籍登记", COLUMNS, run)
