"""Demo injuries on duty and rights protection: about seven incidents a year for one station.

The scale follows the figures bureaus publish (Guigang 2021-22: 13 attacks on police, 3
malicious complaints, 15 officers compensated 10,200 yuan in all, 2 publicly cleared, 16
treated through the green channel for a whole city): assaults during dispute calls linked to
the dispute, an arrest obstructed, a traffic accident on patrol, an accident on a household
visit (linked to a visit when there is one), and a malicious complaint cleared. Everything is
written through the injury service, so the demo obeys the same rules as a user.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from stationdesk.domain.injuries import (
    CaseInput,
    ComfortVisitInput,
    CompensationInput,
    HospitalInput,
    IncidentInput,
    InjuryInput,
    InjuryService,
    LegalAidInput,
)
from stationdesk.store import Store

HOSPITALS = (
    ("平顶山市第一人民医院", "急诊科 刘主任", "0375-2661120", "卫东区优越路", 0),
    ("卫东区人民医院", "医务科 王科长", "0375-3920120", "卫东区建设路东段", 1),
    ("平顶山市中医医院", "骨伤科 赵主任", "0375-4950335", "新华区中兴路", 2),
    ("东安路街道社区卫生服务中心", "张医生", "0375-3372210", "东安路中段", 3),
    ("平顶山市心理健康服务中心", "心理科 孙老师", "0375-2211580", "湛河区南环路", 4),
)
LAWYERS = ("河南鹰城律师事务所", "平顶山正义律师事务所")
BODY_PARTS = ("左前臂", "右手腕", "面部", "胸部", "右膝", "腰背部", "左肩")
NATURES = ("软组织挫伤", "擦伤", "扭伤", "皮肤划伤", "骨裂")


@dataclass(frozen=True)
class Plan:
    """One kind of incident the demo makes, and how it tends to go."""

    activity: str
    cause: str
    what: str
    outcomes: tuple[str, ...]
    offenders: int
    handling: str
    payer: str


PLANS = (
    Plan(
        "dispute_call",
        "assault",
        "处置{place}纠纷警情时，当事人情绪激动，推搡并抓伤到场辅警{officer}。",
        ("treatment", "days_away"),
        1,
        "行政拘留十日",
        "offender",
    ),
    Plan(
        "dispute_call",
        "assault",
        "调解{place}邻里纠纷时，一方当事人酒后持木棍击打民警{officer}。",
        ("days_away", "hospitalised"),
        1,
        "以妨害公务罪刑事拘留，已移送起诉",
        "offender",
    ),
    Plan(
        "arrest",
        "obstruction",
        "抓捕盗窃嫌疑人时，嫌疑人亲属阻拦并撕扯民警{officer}。",
        ("first_aid", "treatment"),
        2,
        "二人均处行政拘留五日",
        "offender",
    ),
    Plan(
        "patrol",
        "traffic_accident",
        "夜间巡逻途中，警车在{place}路口被闯红灯的货车碰撞，{officer}受伤。",
        ("days_away", "restricted_duty"),
        0,
        "",
        "保险公司",
    ),
    Plan(
        "household_visit",
        "duty_accident",
        "入户走访途中在{place}楼道踏空摔倒，{officer}扭伤。",
        ("first_aid", "treatment"),
        0,
        "",
        "",
    ),
    Plan(
        "traffic_duty",
        "false_accusation",
        "交通执勤查处违停后，当事人多次向上级恶意投诉{officer}“索要好处”，经查纯属捏造。",
        ("none",),
        1,
        "予以训诫并责令公开道歉",
        "",
    ),
)
CASE_OUTCOMES = {
    "assault": "违法行为人已依法处理，赔偿民警医疗费、误工费",
    "obstruction": "违法行为人已依法处理",
    "traffic_accident": "交警部门认定对方负全部责任，保险公司已理赔",
    "duty_accident": "意外事件，无违法行为人；按工伤申报",
    "false_accusation": "督察部门查实投诉不实，已为民警澄清正名",
}


class InjuryDemo:
    """Writes demo incidents for the year before as_of and this year up to as_of."""

    def __init__(self, store: Store, rng: random.Random, as_of: date, name: Callable[[], str]):
        self.store, self.rng, self.as_of, self.name = store, rng, as_of, name
        end = datetime.combine(as_of, time(23, 59))
        self.service = InjuryService(store, now=lambda: end)
        self.chief = store.scalar("SELECT name FROM officers WHERE post = '所长'") or "所长"
        self.grids = [row[0] for row in store.conn.execute("SELECT id FROM grids WHERE level = 3")]
        self.officers = store.rows(
            "SELECT id, name, kind, team FROM officers WHERE voided_at IS NULL AND active = 1"
        )

    def build(self, per_year: int = 7) -> None:
        """Hospitals, then about `per_year` incidents in each of the two years."""
        if not self.officers:
            return
        hospitals = self._hospitals()
        for year in (self.as_of.year - 1, self.as_of.year):
            first = date(year, 1, 1)
            last = min(date(year, 12, 31), self.as_of - timedelta(days=3))
            if last <= first:
                continue
            plans = [PLANS[0], PLANS[5], *self.rng.choices(PLANS, k=per_year - 2)]
            span = (last - first).days + 1
            days = [first + timedelta(days=self.rng.randrange(span)) for _ in plans]
            for day, plan in sorted(zip(days, plans, strict=True), key=lambda pair: pair[0]):
                self._incident(plan, day, hospitals)
        self._visit_incident(hospitals)

    def _hospitals(self) -> list[int]:
        ids = []
        for name, contact, phone, address, age in HOSPITALS:
            signed = date(self.as_of.year - 3 + age % 2, 3 + age * 2, 10)
            ids.append(
                self.service.add_hospital(
                    HospitalInput(name, contact, phone, address, agreement_on=signed)
                )
            )
        return ids

    def _incident(self, plan: Plan, day: date, hospitals: list[int], **links: Any) -> None:
        dispute = self._dispute(day) if plan.activity == "dispute_call" else None
        links.setdefault("grid_id", self.rng.choice(self.grids) if self.grids else None)
        if dispute is not None:
            day = date.fromisoformat(dispute["received_on"])
            links = {"dispute_id": dispute["id"], "grid_id": dispute["grid_id"]}
        officers = self._officers(plan)
        when = datetime.combine(day, time(self.rng.randint(8, 21), self.rng.choice((5, 20, 40))))
        place = dispute["place"] if dispute and dispute["place"] else self._place()
        names = "、".join(o["name"] for o in officers)
        incident_id = self.service.create(
            IncidentInput(
                occurred_at=when,
                activity=plan.activity,
                cause=plan.cause,
                description=plan.what.format(place=place, officer=names),
                officer_ids=tuple(o["id"] for o in officers),
                place=place,
                **links,
            )
        )
        injuries = self.service.injuries(incident_id)
        for injury in injuries:
            self._injure(injury.id, plan, hospitals)
        self._protect(incident_id, plan, day, [o["id"] for o in officers])

    def _injure(self, injury_id: int, plan: Plan, hospitals: list[int]) -> None:
        outcome = self.rng.choice(plan.outcomes)
        hurt = outcome != "none"
        self.service.set_injury(
            injury_id,
            InjuryInput(
                outcome=outcome,
                days_away=self.rng.randint(3, 21)
                if outcome in ("days_away", "hospitalised")
                else 0,
                days_restricted=self.rng.randint(7, 30) if outcome == "restricted_duty" else 0,
                body_parts=self.rng.choice(BODY_PARTS) if hurt else "",
                nature=self.rng.choice(NATURES) if hurt else "",
                hospital_id=self.rng.choice(hospitals[:4])
                if hurt and outcome != "first_aid"
                else None,
                treatment="经绿色通道优先接诊，清创包扎、拍片检查" if hurt else "",
                psychological_support="所内心理辅导员谈心一次"
                if hurt or plan.cause == "false_accusation"
                else "",
            ),
        )

    def _protect(self, incident_id: int, plan: Plan, day: date, officer_ids: list[int]) -> None:
        age = (self.as_of - day).days
        after = lambda days: min(day + timedelta(days=days), self.as_of)  # noqa: E731
        if plan.offenders:
            self.service.set_case(
                incident_id,
                CaseInput(
                    case_number=f"平公（东）{'刑' if '刑事' in plan.handling else '行'}"
                    f"案字〔{day.year}〕{self.rng.randint(100, 999)}号",
                    offenders_dealt=plan.offenders,
                    offender_handling=plan.handling,
                    case_outcome=CASE_OUTCOMES[plan.cause] if age > 30 else "",
                ),
            )
        elif age > 30:
            self.service.set_case(incident_id, CaseInput(case_outcome=CASE_OUTCOMES[plan.cause]))
        payer = self.name() if plan.payer == "offender" else plan.payer
        if payer and age > 10:
            for part in range(self.rng.choice((1, 2))):
                self.service.add_compensation(
                    incident_id,
                    CompensationInput(
                        officer_ids[0],
                        str(self.rng.choice((800, 1200, 1500, 2000, 3500))),
                        payer,
                        after(10 + 20 * part),
                        "医疗费" if part == 0 else "误工费",
                    ),
                )
        if plan.cause in ("assault", "false_accusation") and age > 5:
            self.service.add_legal_aid(
                incident_id,
                LegalAidInput(
                    self.rng.choice(LAWYERS), after(4), "法律咨询、代写控告材料", len(officer_ids)
                ),
            )
        if plan.cause == "false_accusation" and age > 20:
            self.service.clarify(
                incident_id, after(20), "督察大队调查后在所务会和社区居民代表会上公开澄清正名"
            )
        if age > 2 and plan.cause != "false_accusation":
            self.service.add_comfort_visit(
                incident_id,
                ComfortVisitInput(
                    after(2), f"{self.chief}、教导员", "到家中慰问，送慰问金和慰问品"
                ),
            )
        if age > 45 and self.service.get(incident_id).case_outcome:
            self.service.close(incident_id, self.chief, after(45))

    def _officers(self, plan: Plan) -> list[dict[str, Any]]:
        if plan.activity == "dispute_call":
            pool = [o for o in self.officers if o["team"] == "community"]
            auxiliaries = [o for o in pool if o["kind"] == "auxiliary"] or pool
            police = [o for o in pool if o["kind"] == "police"] or pool
            return [self.rng.choice(auxiliaries), self.rng.choice(police)][
                : self.rng.choice((1, 2))
            ]
        return [self.rng.choice(self.officers)]

    def _dispute(self, day: date) -> dict[str, Any] | None:
        rows = self.store.rows(
            "SELECT id, received_on, grid_id, place FROM disputes WHERE voided_at IS NULL"
            " AND received_on BETWEEN ? AND ? AND category IN ('neighbours', 'marriage_family',"
            " 'damages') AND id NOT IN (SELECT dispute_id FROM incidents"
            " WHERE dispute_id IS NOT NULL) ORDER BY received_on, id LIMIT 1",
            [day.isoformat(), (day + timedelta(days=30)).isoformat()],
        )
        found = rows[0] if rows else None
        if found and found["received_on"] > (self.as_of - timedelta(days=3)).isoformat():
            return None
        return found

    def _place(self) -> str:
        return self.rng.choice(("建设路", "东安路", "光华路", "五一路", "姚电大道")) + (
            f"{self.rng.randint(1, 180)}号附近"
        )

    def _visit_incident(self, hospitals: list[int]) -> None:
        """Link one accident to a household visit, when the station has recorded one."""
        visit = self.store.rows(
            "SELECT id, visited_on FROM visits WHERE voided_at IS NULL AND visited_on <= ?"
            " ORDER BY visited_on DESC, id DESC LIMIT 1",
            [self.as_of.isoformat()],
        )
        if visit:
            self._incident(
                PLANS[4],
                date.fromisoformat(visit[0]["visited_on"]),
                hospitals,
                visit_id=visit[0]["id"],
            )
