"""Two years of demo disputes: parties, sessions, agreements, follow-ups, sign-offs.

Built for scale: rows are made in chunks and written with executemany, their audit entries
appended to the chain chunk by chunk, so a million disputes take minutes, not hours. Each
record's history has the same entries the DisputeService would write.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from math import gcd
from typing import Any

from stationdesk.domain import idnumbers
from stationdesk.domain.dispute_records import (
    COURT_CONFIRMATION_DAYS,
    DEADLINE_DAYS,
    GRADE_FOLLOWUP,
)
from stationdesk.store import Store
from stationdesk.store.audit import PendingEntry, append_entries

PER_YEAR = 300
YEARS = 2
CHUNK = 2000
CATEGORIES = {
    "neighbours": 30,
    "marriage_family": 20,
    "damages": 12,
    "contract": 10,
    "labour": 9,
    "land_forest": 8,
    "property_management": 7,
    "other": 4,
}
RECEIVED_HOW = {"walk_in": 45, "call_110": 28, "visit": 12, "village_committee": 11, "other": 4}
GRADES = {"A": 3, "B": 12, "C": 40, "D": 45}
OUTCOMES = {"agreement": 82, "referred": 8, "escalated": 2, "withdrawn": 8}
REFERRALS = {
    "court": "卫东区人民法院",
    "labour_arbitration": "平顶山市劳动人事争议仲裁委员会",
    "village_committee": "村（居）民委员会人民调解委员会",
}
AREAS = ("410403", "410402", "410411", "410421", "410422", "410423")
BORN_FROM, BORN_TO = date(1950, 1, 1), date(2004, 12, 31)
SUMMARIES = {
    "neighbours": (
        "{a}与{b}因楼上卫生间漏水损坏楼下吊顶发生纠纷",
        "{a}与{b}因门前堆放杂物、占用公共通道发生争执",
        "{a}与{b}因装修噪音扰民多次发生口角",
        "{a}与{b}因宅基地滴水檐界线发生纠纷",
    ),
    "marriage_family": (
        "{a}与{b}因赡养老人费用分担发生家庭矛盾",
        "{a}与{b}夫妻因家庭琐事多次争吵，一方要求离婚",
        "{a}与{b}因子女抚养费支付问题发生纠纷",
    ),
    "land_forest": (
        "{a}与{b}因承包地界址不清发生争执",
        "{a}与{b}因林地种植权属发生纠纷",
        "{a}与{b}因灌溉用水先后顺序发生冲突",
    ),
    "contract": (
        "{a}与{b}因房屋租赁押金退还发生纠纷",
        "{a}与{b}因货款{n}元未按期支付发生纠纷",
        "{a}与{b}因装修工程质量及尾款发生纠纷",
    ),
    "damages": (
        "{a}与{b}因电动车与行人相撞致人受伤发生赔偿纠纷",
        "{a}饲养的犬只咬伤{b}，双方就赔偿发生争议",
        "{a}与{b}因口角发生推搡致一方轻微伤",
    ),
    "labour": (
        "{a}等人追讨{b}拖欠的工资{n}元",
        "{a}在{b}处务工受伤，双方就工伤赔偿发生争议",
    ),
    "property_management": (
        "{a}与物业负责人{b}因物业费收取发生纠纷",
        "{a}与{b}因小区车位使用发生争执",
    ),
    "other": (
        "{a}与{b}因借款{n}元未还发生纠纷",
        "{a}与{b}因网络购物退款发生争执",
    ),
}
STATEMENTS = (
    (
        "称对方应赔偿全部损失并赔礼道歉",
        "要求对方尽快解决，否则将起诉",
        "称多次协商无果，请求民警调解",
    ),
    ("承认部分事实，但认为对方要求的数额过高", "称自己并无过错", "同意协商解决，愿意适当补偿"),
)
OBLIGATIONS = (
    "{b}一次性赔偿{a}损失{n}元",
    "{b}于期限内修复受损设施并承担费用",
    "{b}向{a}当面赔礼道歉",
    "{b}分两期支付{a}款项共计{n}元",
    "{a}与{b}各自清理占用的公共区域",
)
FACTS = "经查，{summary}。双方在调解员主持下陈述了各自意见。"
RESPONSIBILITY = "{b}对纠纷的发生负主要责任，{a}负次要责任。"
SESSION_PLACES = {"police_room": 45, "on_site": 30, "station": 25}
PEOPLE_COLUMNS = ("id", "name", "sex", "id_number", "phone", "address", "birth_date")
DISPUTE_COLUMNS = (
    "id",
    "received_on",
    "received_how",
    "category",
    "grid_id",
    "place",
    "summary",
    "risk_grade",
    "risk_reason",
    "officer_id",
    "deadline",
    "status",
    "outcome",
    "outcome_on",
    "referred_to",
    "referred_where",
    "outcome_reason",
    "confirmed_on",
    "confirmed_by",
    "reopened_count",
    "version",
)
SESSION_COLUMNS = (
    "id",
    "dispute_id",
    "held_at",
    "place",
    "other_mediators",
    "participants",
    "result",
    "result_text",
)
AGREEMENT_COLUMNS = (
    "id",
    "dispute_id",
    "signed_on",
    "facts",
    "responsibility",
    "court_confirmation",
    "broken_on",
)
OBLIGATION_COLUMNS = ("id", "agreement_id", "person_id", "what", "due_on", "position")
FOLLOWUP_COLUMNS = (
    "id",
    "dispute_id",
    "agreement_id",
    "due_on",
    "kind",
    "reason",
    "obligation_id",
    "officer_id",
    "done_on",
    "kept",
    "notes",
    "cancelled_on",
)
TABLES = {
    "people": PEOPLE_COLUMNS,
    "disputes": DISPUTE_COLUMNS,
    "dispute_parties": ("dispute_id", "person_id", "role", "position"),
    "mediation_sessions": SESSION_COLUMNS,
    "session_mediators": ("session_id", "officer_id"),
    "session_statements": ("session_id", "person_id", "statement"),
    "agreements": AGREEMENT_COLUMNS,
    "obligations": OBLIGATION_COLUMNS,
    "followups": FOLLOWUP_COLUMNS,
}


def default_count() -> int:
    """How many disputes the default demo has: a few hundred a year for two years."""
    return PER_YEAR * YEARS


@dataclass
class GridInfo:
    """Where a dispute happens and who looks after it."""

    id: int
    path: str
    officer_id: int
    village: bool


@dataclass
class Batch:
    """Rows and audit entries of one chunk, written together, tables in the order of `tables`
    (the dispute tables unless given)."""

    tables: dict[str, tuple[str, ...]] = field(default_factory=lambda: TABLES)
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    entries: list[PendingEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rows = {name: [] for name in self.tables}

    def add(self, table: str, values: dict[str, Any], *, audit: bool = True) -> None:
        """Queue a row (and its 'create' entry, unless it is a link row)."""
        self.rows[table].append(tuple(values.get(name) for name in self.tables[table]))
        if audit:
            changes = {k: [None, v] for k, v in values.items() if k != "id" and v not in ("", None)}
            self.entries.append(PendingEntry(table, values["id"], "create", changes))

    def note(self, kind: str, record_id: int, action: str, changes: dict[str, list]) -> None:
        """Queue an audit entry."""
        self.entries.append(PendingEntry(kind, record_id, action, changes))

    def write(self, store: Store) -> None:
        """Insert every row, then append the entries to the audit chain."""
        for table, rows in self.rows.items():
            if rows:
                columns = self.tables[table]
                store.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)})"
                    f" VALUES ({', '.join('?' * len(columns))})",
                    rows,
                )
        append_entries(store.conn, store.actor, self.entries)


@dataclass
class Ids:
    """The next free id of each table."""

    next: dict[str, int]

    def take(self, table: str) -> int:
        """A new id for `table`."""
        value = self.next[table]
        self.next[table] = value + 1
        return value


class DisputeDemo:
    """Writes demo disputes into a store whose grids and officers exist."""

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
        self.grids = self._grids()
        self.officers = [row[0] for row in store.conn.execute("SELECT id FROM officers")]
        self.chief = store.scalar("SELECT name FROM officers WHERE post = '所长'") or "所长"
        self.ids = Ids({t: self._next_id(t) for t in TABLES if "id" in TABLES[t]})
        self.people_made = self.ids.next["people"] - 1
        self.recent_people: list[tuple[int, str]] = []
        self.days = (BORN_TO - BORN_FROM).days + 1
        self.stride = next(m for m in range(7919, 10**6) if gcd(m, self.days) == 1)
        self.born_offset = rng.randrange(self.days)
        self.choices = {
            name: (list(table), _cumulative(table))
            for name, table in (
                ("category", CATEGORIES),
                ("how", RECEIVED_HOW),
                ("grade", GRADES),
                ("outcome", OUTCOMES),
                ("place", SESSION_PLACES),
            )
        }

    def _next_id(self, table: str) -> int:
        return int(self.store.scalar(f"SELECT coalesce(max(id), 0) FROM {table}")) + 1

    def _grids(self) -> list[GridInfo]:
        rows = self.store.rows(
            "SELECT g.id, g.name, p.name AS parent, s.name AS street,"
            " (SELECT min(og.officer_id) FROM officer_grids og WHERE og.grid_id IN (g.id, p.id))"
            " AS officer_id FROM grids g JOIN grids p ON p.id = g.parent_id"
            " JOIN grids s ON s.id = p.parent_id WHERE g.level = 3 AND g.voided_at IS NULL"
            " ORDER BY g.id"
        )
        fallback = self.store.scalar(
            "SELECT min(id) FROM officers WHERE team = 'community' AND kind = 'police'"
        ) or self.store.scalar("SELECT min(id) FROM officers")
        return [
            GridInfo(
                row["id"],
                f"{row['street']}{row['parent']}",
                row["officer_id"] or fallback,
                row["parent"].endswith("村"),
            )
            for row in rows
        ]

    def pick(self, name: str) -> str:
        """A weighted random code."""
        codes, cumulative = self.choices[name]
        return self.rng.choices(codes, cum_weights=cumulative)[0]

    # -- the run -------------------------------------------------------------------
    def build(self, count: int) -> None:
        """Write `count` disputes received over the two years before as_of."""
        if not self.grids or not self.officers or count <= 0:
            return
        first = self.as_of - timedelta(days=365 * YEARS - 1)
        days = sorted(first + timedelta(days=self.rng.randrange(365 * YEARS)) for _ in range(count))
        for start in range(0, count, CHUNK):
            batch = Batch()
            for received in days[start : start + CHUNK]:
                self._dispute(batch, received)
            batch.write(self.store)

    # -- people ----------------------------------------------------------------------
    def _person(self, batch: Batch, grid: GridInfo) -> tuple[int, str]:
        if self.recent_people and self.rng.random() < 0.04:
            return self.rng.choice(self.recent_people)
        person_id = self.ids.take("people")
        self.people_made += 1
        sex = "male" if self.rng.random() < 0.55 else "female"
        number, born = self._id_number(self.people_made, sex)
        name = self.name()
        has_number = self.rng.random() < 0.92
        values = {
            "id": person_id,
            "name": name,
            "sex": sex,
            "id_number": number if has_number else None,
            "phone": self.phone() if self.rng.random() < 0.95 else "",
            "address": self._address(grid),
            "birth_date": born.isoformat(),
        }
        batch.add("people", values)
        self.recent_people.append((person_id, name))
        if len(self.recent_people) > 5000:
            del self.recent_people[:1000]
        return person_id, name

    def _id_number(self, serial: int, sex: str) -> tuple[str, date]:
        """A valid number, unique per serial: (birth day, area, block) never repeats."""
        day = (serial * self.stride + self.born_offset) % self.days
        rest = serial // self.days
        area, block = AREAS[rest % len(AREAS)], rest // len(AREAS)
        small = (self.rng.randrange(5) * 2) + (1 if sex == "male" else 0)
        born = BORN_FROM + timedelta(days=day)
        return idnumbers.make(area, born, (block * 10 + small) // 2, sex), born

    def _address(self, grid: GridInfo) -> str:
        number = self.rng.randint(1, 60)
        if grid.village:
            return f"{grid.path}{number}号"
        unit, floor, flat = self.rng.randint(1, 4), self.rng.randint(1, 18), self.rng.randint(1, 4)
        return f"{grid.path}{number}号楼{unit}单元{floor}{flat:02d}室"

    # -- one dispute -------------------------------------------------------------------
    def _dispute(self, batch: Batch, received: date) -> None:
        grid = self.rng.choice(self.grids)
        category = self.pick("category")
        if grid.village and category == "property_management":
            category = "land_forest"
        count = self.rng.choices((2, 3, 4), cum_weights=(85, 97, 100))[0]
        parties = [self._person(batch, grid) for _ in range(count)]
        parties = list(dict.fromkeys(parties))
        while len(parties) < 2:
            parties.append(self._person(batch, grid))
        names = {"a": parties[0][1], "b": parties[1][1], "n": self.rng.randrange(5, 200) * 100}
        grade = self.pick("grade")
        dispute_id = self.ids.take("disputes")
        row: dict[str, Any] = {
            "id": dispute_id,
            "received_on": received.isoformat(),
            "received_how": self.pick("how"),
            "category": category,
            "grid_id": grid.id,
            "place": self._address(grid),
            "summary": self.rng.choice(SUMMARIES[category]).format(**names),
            "risk_grade": grade,
            "risk_reason": "双方情绪激动，有激化风险" if grade in "AB" else "",
            "officer_id": grid.officer_id,
            "deadline": (received + timedelta(days=DEADLINE_DAYS)).isoformat(),
            "status": "open",
            "referred_where": "",
            "outcome_reason": "",
            "reopened_count": 0,
            "version": 1,
        }
        roles = ["applicant", "respondent"] + ["third_party"] * (len(parties) - 2)
        for position, ((person_id, _), role) in enumerate(zip(parties, roles, strict=True)):
            batch.add(
                "dispute_parties",
                {
                    "dispute_id": dispute_id,
                    "person_id": person_id,
                    "role": role,
                    "position": position,
                },
                audit=False,
            )
        created = _created(row)
        created["parties"] = [None, [[p, r] for (p, _), r in zip(parties, roles, strict=True)]]
        batch.note("disputes", dispute_id, "create", created)
        timeline = Timeline(self, batch, row, parties, names)
        timeline.run()
        batch.add("disputes", row, audit=False)
        timeline.add_rows()


class Timeline:
    """What happened to one dispute between its receipt and as_of."""

    def __init__(
        self,
        demo: DisputeDemo,
        batch: Batch,
        row: dict[str, Any],
        parties: list[tuple[int, str]],
        names: dict[str, Any],
    ) -> None:
        self.demo, self.rng, self.batch, self.row = demo, demo.rng, batch, row
        self.parties, self.names = parties, names
        self.received = date.fromisoformat(row["received_on"])
        self.age = (demo.as_of - self.received).days
        self.agreement: dict[str, Any] = {}
        self.obligations: list[dict[str, Any]] = []
        self.followups: list[dict[str, Any]] = []

    def add_rows(self) -> None:
        """Queue the agreement and follow-up rows as they stand at as_of (after the dispute)."""
        if self.agreement:
            self.batch.add("agreements", self.agreement, audit=False)
        for obligation in self.obligations:
            self.batch.add("obligations", obligation, audit=False)
        for followup in self.followups:
            self.batch.add("followups", followup, audit=False)

    def run(self) -> None:
        """Sessions, maybe an outcome, sign-off and follow-ups."""
        closed_by = self._outcome_day()
        last = closed_by if closed_by is not None else self.demo.as_of
        sessions = self.rng.choices((1, 2, 3), cum_weights=(50, 85, 100))[0]
        if closed_by is None and self.age < 3:
            sessions = 0
        for index in range(sessions):
            span = max(0, (last - self.received).days)
            day = self.received + timedelta(days=span * (index + 1) // sessions)
            agreed = closed_by is not None and index == sessions - 1
            self._session(
                day, "agreed" if agreed else self.rng.choice(("partly_agreed", "not_agreed"))
            )
        if closed_by is not None:
            self._close(closed_by)

    def _outcome_day(self) -> date | None:
        if self.age < 2 or self.rng.random() > min(0.97, self.age / 40):
            return None
        days = min(self.age, max(1, int(self.rng.expovariate(1 / 12))))
        return self.received + timedelta(days=min(days, 60))

    def _session(self, day: date, result: str) -> None:
        demo, row = self.demo, self.row
        session_id = demo.ids.take("mediation_sessions")
        hour = self.rng.choice((9, 10, 14, 15, 16))
        mediators = [row["officer_id"]]
        if self.rng.random() < 0.3:
            mediators.append(self.rng.choice(demo.officers))
        mediators = list(dict.fromkeys(mediators))
        statements = [
            [pid, f"{name}{self.rng.choice(STATEMENTS[min(i, 1)])}"]
            for i, (pid, name) in enumerate(self.parties[:2])
        ]
        values = {
            "id": session_id,
            "dispute_id": row["id"],
            "held_at": f"{day.isoformat()}T{hour:02d}:{self.rng.choice((0, 30)):02d}",
            "place": demo.pick("place"),
            "other_mediators": f"人民调解员{demo.name()}" if self.rng.random() < 0.4 else "",
            "participants": "、".join(name for _, name in self.parties),
            "result": result,
            "result_text": "双方达成一致意见" if result == "agreed" else "双方分歧较大，择日再调",
        }
        self.batch.add("mediation_sessions", values, audit=False)
        changes = _created(values)
        changes.update(mediator_ids=[None, mediators], statements=[None, statements])
        self.batch.note("mediation_sessions", session_id, "create", changes)
        for officer_id in mediators:
            self.batch.add(
                "session_mediators",
                {"session_id": session_id, "officer_id": officer_id},
                audit=False,
            )
        for person_id, text in statements:
            self.batch.add(
                "session_statements",
                {"session_id": session_id, "person_id": person_id, "statement": text},
                audit=False,
            )
        self._step(
            "session",
            {
                "session": [None, session_id],
                "held_at": [None, values["held_at"]],
                "result": [None, result],
            },
        )

    def _step(self, action: str, extra: dict[str, list], **values: Any) -> None:
        """Change the dispute row and note it in its history."""
        changes = {k: [self.row.get(k), v] for k, v in values.items() if self.row.get(k) != v}
        changes.update(extra)
        if values:
            self.row.update(values)
            self.row["version"] += 1
        self.batch.note("disputes", self.row["id"], action, changes)

    def _close(self, day: date) -> None:
        kind = self.demo.pick("outcome")
        values: dict[str, Any] = {"outcome": kind, "outcome_on": day.isoformat()}
        extra: dict[str, list] = {}
        followups: list[dict[str, Any]] = []
        if kind == "agreement":
            agreement_id, followups = self._agreement(day)
            extra = {
                "agreement": [None, agreement_id],
                "followups": [None, [f["id"] for f in followups]],
            }
            values["status"] = "settled"
        else:
            values.update(self._other_outcome(kind))
        self._step("outcome", extra, **values)
        confirm_day = day + timedelta(days=self.rng.randint(2, 12))
        events = [(f["due_on"], 1, f) for f in followups]
        if confirm_day <= self.demo.as_of and self.rng.random() < 0.9:
            events.append((confirm_day.isoformat(), 0, {}))
        for _when, order, followup in sorted(events, key=lambda e: (e[0], e[1])):
            if order == 0 and self.row["status"] != "open":
                self._step(
                    "confirm",
                    {},
                    status="confirmed",
                    confirmed_on=confirm_day.isoformat(),
                    confirmed_by=self.demo.chief,
                )
            elif order == 1 and followup["cancelled_on"] is None:
                self._follow_up(followup, followups)

    def _other_outcome(self, kind: str) -> dict[str, Any]:
        if kind == "referred":
            to = self.rng.choice(list(REFERRALS))
            return {
                "status": "referred",
                "referred_to": to,
                "referred_where": REFERRALS[to],
                "outcome_reason": "双方分歧较大，调解不成，引导当事人依法解决",
            }
        if kind == "escalated":
            return {"status": "escalated", "outcome_reason": "涉及人数较多，有群体性风险，上报县局"}
        return {"status": "withdrawn", "outcome_reason": "双方自行和解，申请撤回"}

    def _agreement(self, day: date) -> tuple[int, list[dict[str, Any]]]:
        demo, row = self.demo, self.row
        agreement_id = demo.ids.take("agreements")
        court = self.rng.random() < 0.2
        agreement = {
            "id": agreement_id,
            "dispute_id": row["id"],
            "signed_on": day.isoformat(),
            "facts": FACTS.format(summary=row["summary"]),
            "responsibility": RESPONSIBILITY.format(**self.names),
            "court_confirmation": int(court),
            "broken_on": None,
        }
        self.batch.note("agreements", agreement_id, "create", _created(agreement))
        self.agreement = agreement
        obligations = []
        for position in range(self.rng.choices((1, 2), cum_weights=(65, 100))[0]):
            due = day + timedelta(days=self.rng.choice((3, 7, 10, 15, 20, 30)))
            obligation_id = demo.ids.take("obligations")
            obligation: dict[str, Any] = {
                "id": obligation_id,
                "agreement_id": agreement_id,
                "person_id": self.parties[1][0],
                "what": self.rng.choice(OBLIGATIONS).format(**self.names),
                "due_on": due.isoformat(),
                "position": position,
            }
            self.batch.note("obligations", obligation_id, "create", _created(obligation))
            obligations.append(obligation)
        self.obligations = obligations
        return agreement_id, self._plan(day, obligations, court)

    def _plan(
        self, day: date, obligations: list[dict[str, Any]], court: bool
    ) -> list[dict[str, Any]]:
        kind, days = GRADE_FOLLOWUP[self.row["risk_grade"]]
        plans: list[tuple[str, str, int | None]] = [
            ((day + timedelta(days=days)).isoformat(), "grade", None)
        ]
        plans += [(o["due_on"], "obligation", o["id"]) for o in obligations]
        if court:
            court_day = day + timedelta(days=COURT_CONFIRMATION_DAYS)
            plans.append((court_day.isoformat(), "court_confirmation", None))
        followups = []
        for due_on, reason, obligation_id in sorted(plans, key=lambda p: (p[0], p[1] != "grade")):
            followup = {
                "id": self.demo.ids.take("followups"),
                "dispute_id": self.row["id"],
                "agreement_id": self.agreement["id"],
                "due_on": due_on,
                "kind": kind,
                "reason": reason,
                "obligation_id": obligation_id,
                "officer_id": self.row["officer_id"],
                "done_on": None,
                "kept": None,
                "notes": "",
                "cancelled_on": None,
            }
            self.batch.note("followups", followup["id"], "create", _created(followup))
            followups.append(followup)
        self.followups = followups
        return followups

    def _follow_up(self, followup: dict[str, Any], followups: list[dict[str, Any]]) -> None:
        due = date.fromisoformat(followup["due_on"])
        done = due + timedelta(days=self.rng.choice((0, 0, 1, 2)))
        if done > self.demo.as_of or self.rng.random() < 0.03:
            return
        kept = self.rng.random() > 0.02
        notes = "经回访，协议履行正常" if kept else "对方未按协议履行，申请人要求重新调解"
        values = {"done_on": done.isoformat(), "kept": int(kept), "notes": notes}
        changes = {k: [None, v] for k, v in values.items()}
        followup.update(values)
        self.batch.note("followups", followup["id"], "update", changes)
        self._step(
            "followup",
            {
                "followup": [None, followup["id"]],
                "kept": [None, kept],
                "notes": [None, notes],
            },
        )
        if not kept:
            self._reopen(done, followup, followups, notes)

    def _reopen(
        self, on: date, broken: dict[str, Any], followups: list[dict[str, Any]], notes: str
    ) -> None:
        self.agreement["broken_on"] = on.isoformat()
        self.batch.note(
            "agreements", self.agreement["id"], "update", {"broken_on": [None, on.isoformat()]}
        )
        cancelled = []
        for followup in followups:
            if followup["done_on"] is None and followup["cancelled_on"] is None:
                followup["cancelled_on"] = on.isoformat()
                cancelled.append(followup["id"])
                self.batch.note(
                    "followups", followup["id"], "update", {"cancelled_on": [None, on.isoformat()]}
                )
        extra: dict[str, list] = {"followup": [None, broken["id"]], "reason": [None, notes]}
        if cancelled:
            extra["cancelled_followups"] = [None, cancelled]
        deadline = max(self.row["deadline"], (on + timedelta(days=DEADLINE_DAYS)).isoformat())
        self._step(
            "reopen",
            extra,
            status="open",
            outcome=None,
            outcome_on=None,
            referred_to=None,
            referred_where="",
            outcome_reason="",
            confirmed_on=None,
            confirmed_by=None,
            reopened_count=self.row["reopened_count"] + 1,
            deadline=deadline,
        )


def _created(values: dict[str, Any]) -> dict[str, list]:
    return {k: [None, v] for k, v in values.items() if k != "id" and v not in ("", None)}


def _cumulative(weights: dict[str, int]) -> list[int]:
    total, out = 0, []
    for weight in weights.values():
        total += weight
        out.append(total)
    return out
