"""Demo households: addresses in every grid, families with their flags, and two years of visits
with uneven coverage (some grids well looked after, some neglected), so the coverage views
have something to show. Disputes the demo says were found on a visit get that visit.

Rows are written with executemany and their audit entries appended chunk by chunk, like the
demo disputes; the same seed gives the same households.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from stationdesk.domain import idnumbers
from stationdesk.domain.demo_disputes import Batch, Ids
from stationdesk.domain.household_records import FLAGS, address_text
from stationdesk.store import Store

PER_GRID = (25, 75)
YEARS = 2
CHUNK = 500
DISTRICT = "卫东区"
ROADS = ("建设路", "矿工路", "湛河路", "光明路", "开源路", "东环路", "五一路", "新华路")
AREA = "410403"
PURPOSES = {
    "safety_check": 35,
    "anti_fraud": 35,
    "dispute_screening": 15,
    "return_visit": 5,
    "other": 10,
}
FOUND = {
    "safety_check": (
        "家中用电、燃气安全，无隐患",
        "楼道堆放杂物，已提醒清理",
        "门锁老化，建议更换",
    ),
    "anti_fraud": ("讲解冒充客服、刷单返利等诈骗手法", "老人曾接到可疑电话，已提醒不要转账"),
    "dispute_screening": ("未发现矛盾纠纷", "与邻居因停车位有口角，已当场劝解"),
    "return_visit": ("协议履行正常，双方关系缓和",),
    "other": ("了解家庭基本情况，登记联系方式",),
}
FOLLOWUPS = ("一周内回访", "联系社区网格员共同跟进", "提醒家属关注老人情况")
HOUSEHOLD_COLUMNS = ("id", "address_id", "grid_id", "registered_on", "phone", "notes", "version")
TABLES = {
    "addresses": (
        "id",
        "grid_id",
        "district",
        "road",
        "house_no",
        "building",
        "unit",
        "floor",
        "flat",
    ),
    "people": ("id", "name", "sex", "id_number", "phone", "address", "birth_date"),
    "households": HOUSEHOLD_COLUMNS,
    "residents": ("id", "household_id", "person_id", "relationship", *FLAGS, "moved_in_on"),
    "visits": (
        "id",
        "household_id",
        "visited_on",
        "purpose",
        "found",
        "anti_fraud_app",
        "followup_needed",
        "followup_note",
        "version",
    ),
    "visit_officers": ("visit_id", "officer_id"),
}


@dataclass
class DemoGrid:
    """A grid to fill: where it is, who looks after it and how diligently."""

    id: int
    name: str
    village: bool
    road: str
    officers: list[int]
    diligence: float


class HouseholdDemo:
    """Writes demo households and visits into a store whose grids and officers exist."""

    def __init__(
        self,
        store: Store,
        rng: random.Random,
        as_of: date,
        name: Callable[[], str],
        phone: Callable[[], str],
    ) -> None:
        self.store, self.rng, self.as_of = store, rng, as_of
        self.name, self.phone = name, phone
        self.ids = Ids(
            {
                t: int(store.scalar(f"SELECT coalesce(max(id), 0) FROM {t}")) + 1
                for t in TABLES
                if "id" in TABLES[t]
            }
        )
        self.numbers = {row[0] for row in store.conn.execute("SELECT id_number FROM people")}
        self.first_day = as_of - timedelta(days=365 * YEARS - 1)
        self.housed: set[int] = set()
        self.by_grid: dict[int, list[int]] = {}
        self.helpers = [
            row[0]
            for row in store.conn.execute(
                "SELECT id FROM officers WHERE team = 'community' AND kind = 'auxiliary'"
                " AND voided_at IS NULL ORDER BY id"
            )
        ]

    # -- the run -------------------------------------------------------------------------
    def build(self, households: int | None = None) -> None:
        """Fill every grid (`households` in all, else 25 to 75 a grid), then link the visit
        disputes to a visit."""
        grids = self._grids()
        if not grids:
            return
        sizes = self._sizes(len(grids), households)
        batch = Batch(TABLES)
        for grid, size in zip(grids, sizes, strict=True):
            for number in range(size):
                self._household(batch, grid, number)
                if len(batch.entries) > CHUNK * 10:
                    batch.write(self.store)
                    batch = Batch(TABLES)
        batch.write(self.store)
        self._link_visit_disputes({grid.id: grid for grid in grids})

    def _sizes(self, count: int, households: int | None) -> list[int]:
        if households is None:
            return [self.rng.randint(*PER_GRID) for _ in range(count)]
        return [households // count + (index < households % count) for index in range(count)]

    def _grids(self) -> list[DemoGrid]:
        rows = self.store.rows(
            "SELECT g.id, g.name, p.name AS parent FROM grids g JOIN grids p ON p.id = g.parent_id"
            " WHERE g.level = 3 AND g.voided_at IS NULL ORDER BY g.id"
        )
        grids = []
        for index, row in enumerate(rows):
            officers = [
                r[0]
                for r in self.store.conn.execute(
                    "SELECT og.officer_id FROM officer_grids og JOIN grids g ON g.id = ?"
                    " WHERE og.grid_id IN (g.id, g.parent_id) ORDER BY og.officer_id",
                    [row["id"]],
                )
            ]
            village = row["parent"].endswith("村")
            grids.append(
                DemoGrid(
                    id=row["id"],
                    name=row["name"],
                    village=village,
                    road=row["name"] if village else ROADS[index % len(ROADS)],
                    officers=officers or self._any_officer(),
                    diligence=self.rng.choice((0.15, 0.4, 0.7, 1.0, 1.0)),
                )
            )
        return grids

    def _any_officer(self) -> list[int]:
        return [int(self.store.scalar("SELECT min(id) FROM officers"))]

    # -- one household -------------------------------------------------------------------
    def _household(self, batch: Batch, grid: DemoGrid, number: int) -> None:
        address_id = self.ids.take("addresses")
        address = self._address(grid, number)
        batch.add("addresses", {"id": address_id, "grid_id": grid.id, **address})
        household_id = self.ids.take("households")
        recent = self.rng.random() < 0.04
        registered = self.as_of - timedelta(
            days=self.rng.randint(3, 60) if recent else self.rng.randint(760, 4000)
        )
        values = {
            "id": household_id,
            "address_id": address_id,
            "grid_id": grid.id,
            "registered_on": registered.isoformat(),
            "phone": self.phone() if self.rng.random() < 0.6 else "",
            "notes": "",
            "version": 1,
        }
        batch.add("households", values)
        if not recent:
            self.by_grid.setdefault(grid.id, []).append(household_id)
        text = address_text(address)
        flagged = self._members(batch, household_id, registered, text)
        if not recent:
            self._visits(batch, grid, household_id, flagged)

    def _address(self, grid: DemoGrid, number: int) -> dict[str, str]:
        if grid.village:
            return {
                **dict.fromkeys(("building", "unit", "floor", "flat"), ""),
                "district": DISTRICT,
                "road": grid.road,
                "house_no": str(number + 1),
            }
        building, rest = divmod(number, 24)
        unit, rest = divmod(rest, 12)
        floor, flat = divmod(rest, 2)
        return {
            "district": DISTRICT,
            "road": grid.road,
            "house_no": str(100 + grid.id),
            "building": str(building + 1),
            "unit": str(unit + 1),
            "floor": str(floor + 1),
            "flat": f"{floor + 1}0{flat + 1}",
        }

    def _members(self, batch: Batch, household_id: int, registered: date, address: str) -> bool:
        """Head, maybe spouse, children or grandchildren; True when someone is flagged."""
        head_age = self.rng.randint(28, 88)
        surname_head = self.name()
        alone = head_age >= 70 and self.rng.random() < 0.35
        plan: list[tuple[str, int, str]] = [("head", head_age, surname_head)]
        if not alone:
            if self.rng.random() < 0.8:
                plan.append(("spouse", head_age + self.rng.randint(-5, 3), self.name()))
            if head_age < 60:
                for _ in range(self.rng.choice((0, 1, 1, 2))):
                    plan.append(("child", self.rng.randint(2, min(17, head_age - 22)), ""))
            elif self.rng.random() < 0.35:
                plan.append(("grandchild", self.rng.randint(4, 15), ""))
        flagged = False
        for relationship, age, name in plan:
            flags = self._flags(relationship, age, alone)
            flagged = flagged or bool(flags)
            person_id = self._person(batch, age, name or surname_head[0] + self.name()[1:], address)
            batch.add(
                "residents",
                {
                    "id": self.ids.take("residents"),
                    "household_id": household_id,
                    "person_id": person_id,
                    "relationship": relationship,
                    **{flag: int(flag in flags) for flag in FLAGS},
                    "moved_in_on": registered.isoformat(),
                },
            )
        return flagged

    def _flags(self, relationship: str, age: int, alone: bool) -> set[str]:
        flags: set[str] = set()
        if alone:
            flags.add("elderly_alone")
        if relationship == "grandchild" and self.rng.random() < 0.6:
            flags.add("left_behind_child")
        if self.rng.random() < 0.03:
            flags.add("disability")
        if age >= 18 and self.rng.random() < 0.01:
            flags.add("under_care")
        if age >= 18 and self.rng.random() < 0.02:
            flags.add("key_person")
        return flags

    def _person(self, batch: Batch, age: int, name: str, address: str) -> int:
        person_id = self.ids.take("people")
        sex = "male" if self.rng.random() < 0.5 else "female"
        born = self.as_of - timedelta(days=age * 365 + self.rng.randrange(365))
        number = idnumbers.generate(self.rng, area=AREA, born=born, sex=sex)
        while number in self.numbers:
            number = idnumbers.generate(self.rng, area=AREA, born=born, sex=sex)
        self.numbers.add(number)
        batch.add(
            "people",
            {
                "id": person_id,
                "name": name,
                "sex": sex,
                "id_number": number,
                "phone": self.phone() if age >= 16 and self.rng.random() < 0.8 else "",
                "address": address,
                "birth_date": born.isoformat(),
            },
        )
        self.housed.add(person_id)
        return person_id

    # -- visits --------------------------------------------------------------------------
    def _visits(self, batch: Batch, grid: DemoGrid, household_id: int, flagged: bool) -> None:
        rate = grid.diligence * (5 if flagged else 3) * YEARS
        count = int(self.rng.expovariate(1 / rate)) if self.rng.random() > 0.1 else 0
        span = (self.as_of - self.first_day).days
        installed = False
        for offset in sorted(self.rng.randrange(span + 1) for _ in range(count)):
            day = self.first_day + timedelta(days=offset)
            installed = self._visit(batch, grid, household_id, day, installed) or installed

    def _visit(
        self,
        batch: Batch,
        grid: DemoGrid,
        household_id: int,
        day: date,
        installed: bool,
        purpose: str | None = None,
        found: str | None = None,
    ) -> bool:
        """One visit; True when it installed the anti-fraud app."""
        purpose = purpose or self.rng.choices(list(PURPOSES), weights=list(PURPOSES.values()))[0]
        install = not installed and self.rng.random() < (0.5 if purpose == "anti_fraud" else 0.15)
        followup = self.rng.random() < 0.08
        visit_id = self.ids.take("visits")
        officers = [self.rng.choice(grid.officers)]
        if self.helpers and self.rng.random() < 0.3:
            officers.append(self.rng.choice(self.helpers))
        values = {
            "id": visit_id,
            "household_id": household_id,
            "visited_on": day.isoformat(),
            "purpose": purpose,
            "found": found or self.rng.choice(FOUND[purpose]),
            "anti_fraud_app": int(install),
            "followup_needed": int(followup),
            "followup_note": self.rng.choice(FOLLOWUPS) if followup else "",
            "version": 1,
        }
        batch.add("visits", values)
        batch.entries[-1].changes["officer_ids"] = [None, officers]
        for officer in dict.fromkeys(officers):
            batch.add("visit_officers", {"visit_id": visit_id, "officer_id": officer}, audit=False)
        batch.note("households", household_id, "visit", {"visit": [None, visit_id]})
        return install

    # -- disputes found on visits ---------------------------------------------------------
    def _link_visit_disputes(self, grids: dict[int, DemoGrid]) -> None:
        """Each dispute received on a visit gets that visit, to a household of its grid whose
        home its first party joins (when they live nowhere yet)."""
        rows = self.store.rows(
            "SELECT d.id, d.grid_id, d.received_on, d.summary, d.officer_id,"
            " (SELECT person_id FROM dispute_parties WHERE dispute_id = d.id AND position = 0)"
            " AS person_id FROM disputes d WHERE d.received_how = 'visit'"
            " AND d.source_visit_id IS NULL ORDER BY d.id"
        )
        batch = Batch(TABLES)
        links: list[tuple[int, int]] = []
        for row in rows:
            households = self.by_grid.get(row["grid_id"])
            grid = grids.get(row["grid_id"])
            if not households or grid is None:
                continue
            household_id = self.rng.choice(households)
            visit_id = self.ids.next["visits"]
            day = date.fromisoformat(row["received_on"])
            self._visit(batch, grid, household_id, day, True, "dispute_screening", row["summary"])
            links.append((visit_id, row["id"]))
            batch.note("disputes", row["id"], "update", {"source_visit_id": [None, visit_id]})
            if row["person_id"] not in self.housed:
                self._join(batch, household_id, row["person_id"], day)
        batch.write(self.store)
        self.store.conn.executemany("UPDATE disputes SET source_visit_id = ? WHERE id = ?", links)

    def _join(self, batch: Batch, household_id: int, person_id: int, day: date) -> None:
        self.housed.add(person_id)
        batch.add(
            "residents",
            {
                "id": self.ids.take("residents"),
                "household_id": household_id,
                "person_id": person_id,
                "relationship": "other_relative",
                "key_person": 1,
                **{flag: 0 for flag in FLAGS if flag != "key_person"},
                "moved_in_on": (day - timedelta(days=365)).isoformat(),
            },
        )


def build(
    store: Store,
    rng: random.Random,
    as_of: date,
    name: Callable[[], str],
    phone: Callable[[], str],
    households: int | None = None,
) -> None:
    """Add demo households and visits to a store with grids, officers and disputes."""
    HouseholdDemo(store, rng, as_of, name, phone).build(households)
