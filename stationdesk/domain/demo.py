"""A realistic demo station (a Weidong-district-like area), the same for the same seed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from stationdesk.domain import demo_disputes, demo_households, demo_injuries
from stationdesk.domain.access import ADMIN, AUDITOR, CHIEF, CLERK, INSTRUCTOR
from stationdesk.domain.accounts import AccountService
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError
from stationdesk.store import Store, open_store

DEMO_ACTOR = "demo"
STATION_NAME = "卫东分局东安路派出所"
STREETS: dict[str, list[str]] = {
    "东安路街道": ["姚电社区", "东苑社区", "龙山社区", "湛河社区", "皇台村"],
    "五一路街道": ["五一社区", "建东社区", "东环社区", "北渡村", "蒲城村"],
    "光华路街道": ["光华社区", "矿工社区", "新华社区", "申楼村", "东高皇村"],
}
GRIDS_PER_COMMUNITY = 4
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华鹏辉玲建国志红斌宇浩凯晨阳"
NUMERALS = "一二三四五六七八九十"
# (team, kind, post, how many)
STAFFING = (
    ("community", "police", "社区民警", 15),
    ("community", "auxiliary", "社区辅警", 5),
    ("case", "police", "办案民警", 8),
    ("case", "auxiliary", "办案辅警", 4),
    ("command", "police", "指挥室民警", 3),
    ("command", "auxiliary", "指挥室辅警", 5),
)
LEADERS = ("所长", "教导员", "副所长")
HISTORY_DAYS = 730


@dataclass
class DemoBuilder:
    """Fills an empty store with grids, officers, two years of shifts and of disputes."""

    store: Store
    rng: random.Random
    as_of: date
    disputes: int | None = None  # None: a few hundred a year
    households: int | None = None  # None: 25 to 75 a grid

    def build(self) -> None:
        """Write the whole station in one transaction."""
        with self.store.transaction():
            self.store.set_setting("station_name", STATION_NAME)
            grid_ids = self._grids()
            officers = self._officers(grid_ids)
            self._shifts(officers)
            self._disputes()
            demo_households.build(
                self.store, self.rng, self.as_of, self.name, self.phone, self.households
            )
            demo_injuries.InjuryDemo(self.store, self.rng, self.as_of, self.name).build()
            self.store.search_index.rebuild()  # the disputes and households were written in bulk

    # -- people-like values ---------------------------------------------------
    def name(self) -> str:
        """A plausible two- or three-character Chinese name."""
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
        return self.rng.choice(SURNAMES) + given

    def phone(self) -> str:
        """A plausible mainland mobile number."""
        return f"1{self.rng.choice('3456789')}{self.rng.randrange(10**9):09d}"

    # -- grids ---------------------------------------------------------------
    def _insert(self, table: str, values: dict[str, Any]) -> int:
        return self.store.insert(table, values)

    def _grids(self) -> list[list[int]]:
        """Streets, communities and grids; returns the grid ids of each community."""
        communities: list[list[int]] = []
        for code, (street, places) in enumerate(STREETS.items(), start=1):
            street_id = self._insert("grids", self._node(None, 1, street, f"{code:02d}"))
            for index, place in enumerate(places, start=1):
                place_code = f"{code:02d}{index:02d}"
                node = self._node(street_id, 2, place, place_code)
                node["has_police_room"] = 1
                place_id = self._insert("grids", node)
                communities.append(
                    [
                        self._insert(
                            "grids",
                            self._node(
                                place_id, 3, self._grid_name(place, n), f"{place_code}{n:02d}"
                            ),
                        )
                        for n in range(1, GRIDS_PER_COMMUNITY + 1)
                    ]
                )
        return communities

    def _grid_name(self, place: str, number: int) -> str:
        if place.endswith("村"):
            return f"{place}{NUMERALS[number - 1]}组"
        return f"{place}第{NUMERALS[number - 1]}网格"

    def _node(self, parent: int | None, level: int, name: str, code: str) -> dict[str, Any]:
        admins = "\n".join(f"{self.name()} {self.phone()}" for _ in range(level))
        return {
            "parent_id": parent,
            "level": level,
            "name": name,
            "code": code,
            "head_name": self.name(),
            "head_phone": self.phone(),
            "administrators": admins,
        }

    # -- officers ------------------------------------------------------------
    def _officers(self, communities: list[list[int]]) -> list[tuple[int, str]]:
        """Officers of the two teams and one room; returns (id, team) pairs."""
        officers: list[tuple[int, str]] = []
        community_police = 0
        for team, kind, post, count in STAFFING:
            for _ in range(count):
                number = len(officers)
                values: dict[str, Any] = {
                    "name": self.name(),
                    "kind": kind,
                    "team": team,
                    "phone": self.phone(),
                    "badge_no": f"41{number + 1030:04d}"
                    if kind == "police"
                    else f"F41{number + 500:03d}",
                    "post": LEADERS[number] if number < len(LEADERS) else post,
                    "joined_on": self._joined_on(number),
                }
                grids: list[int] = []
                if team == "community" and kind == "police":
                    grids = communities[community_police]
                    community_police += 1
                if grids and community_police % 5 == 0:
                    values["committee_member"] = 1
                    values["committee_grid_id"] = self._parent(grids[0])
                officer_id = self._insert("officers", values)
                self._assign(officer_id, grids[:-1] if community_police == 15 else grids)
                officers.append((officer_id, team))
        return officers

    def _joined_on(self, number: int) -> str:
        """Three to seventeen years before as_of, spread by the officer's number."""
        years = 3 + number * 7 % 15
        return date(self.as_of.year - years, 1 + number * 5 % 12, 1 + number % 27).isoformat()

    def _parent(self, grid_id: int) -> int:
        return int(self.store.scalar("SELECT parent_id FROM grids WHERE id = ?", [grid_id]))

    def _assign(self, officer_id: int, grid_ids: list[int]) -> None:
        self.store.conn.executemany(
            "INSERT INTO officer_grids (officer_id, grid_id) VALUES (?, ?)",
            [(officer_id, grid_id) for grid_id in grid_ids],
        )
        if grid_ids:
            self.store.record_change(
                "officers", officer_id, "update", {"grids": [[], sorted(grid_ids)]}
            )

    # -- shifts --------------------------------------------------------------
    def _shifts(self, officers: list[tuple[int, str]]) -> None:
        last = IsoWeek.of(self.as_of).sunday
        first = last - timedelta(days=HISTORY_DAYS - 1)
        rows: list[dict[str, Any]] = []
        for position, (officer_id, team) in enumerate(officers):
            leave_days = self._leave_days(first, last)
            for offset in range(HISTORY_DAYS):
                day = first + timedelta(days=offset)
                kind, patrols = self._duty(team, position, day, leave_days)
                rows.append(
                    {
                        "officer_id": officer_id,
                        "day": day.isoformat(),
                        "kind": kind,
                        "patrols": patrols,
                    }
                )
        start = int(self.store.scalar("SELECT coalesce(max(id), 0) FROM shifts")) + 1
        for shift_id, row in enumerate(rows, start=start):
            row["id"] = shift_id
        self.store.db.table("shifts").insert_all(rows, batch_size=2000)
        for row in rows:
            self.store.record_change(
                "shifts",
                row["id"],
                "create",
                {k: [None, row[k]] for k in ("officer_id", "day", "kind", "patrols")},
            )

    # -- disputes -------------------------------------------------------------------
    def _disputes(self) -> None:
        count = demo_disputes.default_count() if self.disputes is None else self.disputes
        demo_disputes.DisputeDemo(self.store, self.rng, self.as_of, self.name, self.phone).build(
            count
        )

    def _leave_days(self, first: date, last: date) -> set[date]:
        days: set[date] = set()
        span = (last - first).days
        for _ in range(4):
            start = first + timedelta(days=self.rng.randrange(span))
            days.update(start + timedelta(days=i) for i in range(self.rng.randint(2, 5)))
        return days

    def _duty(self, team: str, position: int, day: date, leave: set[date]) -> tuple[str, int]:
        if day in leave:
            return "leave", 0
        if self.rng.random() < 0.01:
            return "sick", 0
        if team == "command":
            kind = ("day", "night", "rest", "rest")[(day.toordinal() + position) % 4]
        elif day.weekday() >= 5:
            kind = "standby" if (day.toordinal() // 7 + position) % 4 == 0 else "rest"
        elif team == "case" and (day.toordinal() + position) % 6 == 0:
            kind = "night"
        else:
            kind = "day"
        if kind in ("rest", "standby"):
            return kind, 0
        return kind, self.rng.randint(1, 3) if team == "community" else self.rng.randint(0, 2)


def build_demo(
    path: Path,
    *,
    seed: int = 2026,
    as_of: date | None = None,
    disputes: int | None = None,
    households: int | None = None,
    accounts: bool = True,
) -> Store:
    """Create a new demo station file; refuses to overwrite an existing one.

    `disputes` is how many disputes to make (None: a few hundred a year for two years),
    `households` how many households (None: 25 to 75 in each grid).
    `accounts` adds one demo account per role (see DEMO_ACCOUNTS); without them the file
    enforces no roles, like a station that has not set up accounts.
    The station is built beside `path` and moved there whole, so a build cut short (the
    window closed or killed on its first start) never leaves a half-built station to open.
    """
    if path.exists():
        raise StationDeskError(f"{path} already exists; the demo never overwrites a file")
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f"{path.name}.building")
    remove_station_file(building)  # left by a build cut short
    try:
        with open_store(building, DEMO_ACTOR, create=True) as store:
            builder = DemoBuilder(
                store, random.Random(seed), as_of or date.today(), disputes, households
            )
            builder.build()
            if accounts:
                add_demo_accounts(store)
        building.replace(path)
    except BaseException:
        remove_station_file(building)
        raise
    return open_store(path, DEMO_ACTOR)


def remove_station_file(path: Path) -> None:
    """Delete a station file and its SQLite journals, if there."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        path.with_name(name).unlink(missing_ok=True)


# One account per role, each with the password DEMO_PASSWORD. Demo only: shorter than any
# real password may be, which only the demo builder is allowed.
DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = (
    ("admin", "系统管理员", ADMIN),
    ("chief", "所长", CHIEF),
    ("clerk", "内勤", CLERK),
    ("instructor", "社区民警", INSTRUCTOR),
    ("auditor", "督察", AUDITOR),
)


def add_demo_accounts(store: Store) -> None:
    """The demo station's five accounts, one per role, the later ones made by the first.

    The instructor's account is the station's 教导员, a community officer with grids of their own.
    """
    service = AccountService(store)
    instructor = store.scalar("SELECT min(id) FROM officers WHERE post = ?", [LEADERS[1]])
    for username, full_name, role in DEMO_ACCOUNTS:
        officer_id = instructor if role == INSTRUCTOR else None
        service.create(username, full_name, role, DEMO_PASSWORD, officer_id=officer_id, demo=True)
        if store.session is None:
            service.sign_in(username, DEMO_PASSWORD)
    service.sign_out()
