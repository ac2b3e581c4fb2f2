"""The dispute ledger, used the way the station uses it: intake, mediation, agreement, follow-up."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from stationdesk.domain import idnumbers
from stationdesk.domain.dispute_records import GRADE_FOLLOWUP
from stationdesk.domain.disputes import (
    AgreementInput,
    DisputeFilter,
    DisputeInput,
    DisputeService,
    FollowupResult,
    ObligationInput,
    OutcomeInput,
    PartyInput,
    SessionInput,
    StatementInput,
)
from stationdesk.domain.grids import GridInput, GridService
from stationdesk.domain.history import HistoryReader
from stationdesk.domain.labels import ZH
from stationdesk.domain.people import PersonInput
from stationdesk.domain.roster import OfficerInput, RosterService
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import ConflictError, ValidationError
from stationdesk.store import Store, open_store
from stationdesk.store.audit import verify_chain

TODAY = date(2026, 3, 12)  # a Thursday
RECEIVED = date(2026, 3, 2)


def id_number(born: date, order: int) -> str:
    first17 = f"410403{born:%Y%m%d}{order:03d}"
    return first17 + idnumbers.check_char(first17)


ZHANG = id_number(date(1980, 5, 6), 137)
LI = id_number(date(1975, 1, 2), 582)


@dataclass
class Station:
    store: Store
    service: DisputeService
    community: int
    grid: int
    other_grid: int
    street: int
    officer: int
    colleague: int


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    with open_store(tmp_path / "station.sqlite", "clerk", create=True) as store:
        grids = GridService(store)
        street = grids.create(None, GridInput("东安路街道"))
        community = grids.create(street, GridInput("姚电社区"))
        grid = grids.create(community, GridInput("姚电社区第一网格"))
        other = grids.create(grids.create(street, GridInput("皇台村")), GridInput("皇台村一组"))
        roster = RosterService(store)
        officer = roster.create(OfficerInput("王警官", "police", "410001", "community"))
        colleague = roster.create(OfficerInput("赵辅警", "auxiliary", "F41001", "community"))
        yield Station(
            store,
            DisputeService(store, today=lambda: TODAY),
            community,
            grid,
            other,
            street,
            officer,
            colleague,
        )


def two_parties() -> tuple[PartyInput, PartyInput]:
    return (
        PartyInput("applicant", person=PersonInput("张三", ZHANG, phone="13812345678")),
        PartyInput("respondent", person=PersonInput("李四", LI, address="姚电社区3号楼")),
    )


def intake(station: Station, **changes: object) -> DisputeInput:
    base = DisputeInput(
        received_on=RECEIVED,
        received_how="walk_in",
        category="neighbours",
        grid_id=station.grid,
        summary="楼上卫生间漏水，损坏楼下吊顶",
        risk_grade="B",
        risk_reason="双方多次争吵",
        officer_id=station.officer,
        parties=two_parties(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def session(station: Station, when: str, result: str = "partly_agreed") -> SessionInput:
    return SessionInput(when, "police_room", result, mediator_ids=(station.officer,))


def agreement(person_id: int, due: date, *, court: bool = False) -> OutcomeInput:
    return OutcomeInput(
        "agreement",
        date(2026, 3, 5),
        AgreementInput(
            "漏水致楼下吊顶损坏",
            (ObligationInput(person_id, "赔偿维修费2000元", due),),
            responsibility="李四负全部责任",
            court_confirmation=court,
        ),
    )


def snapshot(store: Store) -> dict[str, int]:
    tables = ("disputes", "people", "dispute_parties", "mediation_sessions", "agreements")
    counts = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in tables}
    counts["followups"] = store.scalar("SELECT count(*) FROM followups")
    counts["audit"] = store.scalar("SELECT count(*) FROM audit_log")
    return counts


# -- the whole path a new user tries ---------------------------------------------------------
def test_walk_in_dispute_from_intake_to_a_broken_agreement(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    dispute = service.get(dispute_id)
    assert dispute.status == "open"
    assert [(p.person.name, p.role) for p in dispute.parties] == [
        ("张三", "applicant"),
        ("李四", "respondent"),
    ]
    zhang, li = (p.person.id for p in dispute.parties)

    statements = (StatementInput(zhang, "漏水已三个月"), StatementInput(li, "愿意维修"))
    first = service.add_session(
        dispute_id, replace(session(station, "2026-03-03 09:30"), statements=statements)
    )
    service.add_session(dispute_id, session(station, "2026-03-05 14:00", "agreed"))
    assert [s.held_at for s in service.sessions(dispute_id)] == [
        "2026-03-03T09:30",
        "2026-03-05T14:00",
    ]
    assert [(s.person_id, s.text) for s in service.session(first).statements] == [
        (zhang, "漏水已三个月"),
        (li, "愿意维修"),
    ]

    due = date(2026, 3, 13)
    agreement_id = service.set_outcome(dispute_id, agreement(li, due, court=True))
    assert service.get(dispute_id).status == "settled"
    signed = date(2026, 3, 5)
    kind, grade_days = GRADE_FOLLOWUP["B"]
    assert kind == "visit"
    expected = sorted(
        [
            ((signed + timedelta(days=grade_days)).isoformat(), "grade"),
            (due.isoformat(), "obligation"),
            ((signed + timedelta(days=30)).isoformat(), "court_confirmation"),
        ]
    )
    assert sorted((f.due_on, f.reason) for f in service.followups(dispute_id)) == expected
    assert {f.kind for f in service.followups(dispute_id)} == {"visit"}

    week = IsoWeek.of(TODAY)
    this_week = [
        (d, r) for d, r in expected if week.monday.isoformat() <= d <= week.sunday.isoformat()
    ]
    due_now = service.due_followups(week, station.officer)
    assert sorted((f.due_on, f.reason) for f in due_now) == this_week
    assert all(f.parties == ("张三", "李四") for f in due_now)
    obligation_task = next(f for f in due_now if f.reason == "obligation")
    assert (obligation_task.obligation, obligation_task.obligor) == ("赔偿维修费2000元", "李四")

    reopened = service.record_followup(
        obligation_task.id, FollowupResult(TODAY, kept=False, notes="李四拒绝赔偿")
    )
    assert reopened
    dispute = service.get(dispute_id)
    assert (dispute.status, dispute.outcome, dispute.reopened_count) == ("open", None, 1)
    assert dispute.deadline == (TODAY + timedelta(days=30)).isoformat()
    assert service.agreement(agreement_id or 0).broken_on == TODAY.isoformat()
    assert service.due_followups(week) == []  # the rest were cancelled with the agreement

    actions = [entry.action for entry in service.history(dispute_id)]
    assert actions == ["create", "session", "session", "outcome", "followup", "reopen"]
    assert verify_chain(station.store.conn) == []


def test_every_child_record_has_its_own_history_too(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    li = service.get(dispute_id).parties[1].person.id
    session_id = service.add_session(dispute_id, session(station, "2026-03-03 09:30"))
    agreement_id = service.set_outcome(dispute_id, agreement(li, date(2026, 3, 20)))
    store = station.store
    assert [e.action for e in store.history("mediation_sessions", session_id)] == ["create"]
    created = store.history("mediation_sessions", session_id)[0].changes
    assert created["mediator_ids"] == [None, [station.officer]]
    assert [e.action for e in store.history("agreements", agreement_id or 0)] == ["create"]
    for followup in service.followups(dispute_id):
        assert [e.action for e in store.history("followups", followup.id)] == ["create"]
    for party in service.get(dispute_id).parties:
        assert [e.action for e in store.history("people", party.person.id)] == ["create"]


# -- intake ------------------------------------------------------------------------------
def test_deadline_defaults_to_thirty_days_after_receipt(station: Station) -> None:
    dispute = station.service.get(station.service.create(intake(station)))
    assert dispute.deadline == (RECEIVED + timedelta(days=30)).isoformat()
    assert dispute.days_left(TODAY) == (RECEIVED + timedelta(days=30) - TODAY).days


def test_a_known_id_number_reuses_the_person(station: Station) -> None:
    service = station.service
    first = service.create(intake(station))
    zhang = service.get(first).parties[0].person.id
    again = (
        PartyInput("respondent", person=PersonInput("张三", ZHANG.lower())),
        PartyInput("applicant", person=PersonInput("赵六")),
    )
    second = service.create(intake(station, parties=again))
    assert service.get(second).parties[0].person.id == zhang
    assert station.store.scalar("SELECT count(*) FROM people WHERE name = '张三'") == 1
    assert service.disputes_of(zhang) == [second, first] or service.disputes_of(zhang) == [
        first,
        second,
    ]


def test_an_existing_person_can_be_chosen_by_id(station: Station) -> None:
    service = station.service
    first = service.create(intake(station))
    li = service.get(first).parties[1].person.id
    parties = (PartyInput("applicant", person=PersonInput("钱七")), PartyInput("respondent", li))
    second = service.create(intake(station, parties=parties))
    assert service.get(second).parties[1].person.id == li


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        (
            {"deadline": RECEIVED - timedelta(days=1)},
            "deadline",
            f"the deadline cannot be before the day it was received ({RECEIVED})",
        ),
        (
            {"received_on": TODAY + timedelta(days=1)},
            "received_on",
            "the dispute cannot be received in the future",
        ),
        ({"category": "gossip"}, "category", None),
        ({"risk_reason": ""}, "risk_reason", "say why the dispute is grade B"),
        ({"grid_id": None}, "grid_id", "choose the grid the dispute belongs to"),
        ({"summary": "  "}, "summary", "a summary is required"),
    ],
)
def test_bad_intake_is_refused_and_nothing_is_saved(
    station: Station, changes: dict[str, object], field: str, reason: str | None
) -> None:
    before = snapshot(station.store)
    with pytest.raises(ValidationError) as caught:
        station.service.create(intake(station, **changes))
    assert field in caught.value.errors
    if reason:
        assert caught.value.errors[field] == reason
    assert snapshot(station.store) == before


def test_a_wrong_check_digit_names_the_party_and_the_field(station: Station) -> None:
    bad = LI[:17] + ("1" if LI[17] == "0" else "0")
    parties = (two_parties()[0], PartyInput("respondent", person=PersonInput("李四", bad)))
    before = snapshot(station.store)
    with pytest.raises(ValidationError) as caught:
        station.service.create(intake(station, parties=parties))
    assert caught.value.errors == {
        "parties.1.id_number": f"party 2 (李四): the check digit should be {LI[17]}, not {bad[17]}"
    }
    assert snapshot(station.store) == before


def test_a_party_without_a_name_and_too_few_parties(station: Station) -> None:
    nameless = (two_parties()[0], PartyInput("respondent", person=PersonInput(" ")))
    with pytest.raises(ValidationError) as caught:
        station.service.create(intake(station, parties=nameless))
    assert caught.value.errors == {"parties.1.name": "party 2: a name is required"}
    with pytest.raises(ValidationError) as caught:
        station.service.create(intake(station, parties=two_parties()[:1]))
    assert caught.value.errors == {"parties": "a dispute has two or more parties"}


def test_the_same_person_twice_saves_nobody(station: Station) -> None:
    twice = (
        PartyInput("applicant", person=PersonInput("张三", ZHANG)),
        PartyInput("respondent", person=PersonInput("张三", ZHANG)),
    )
    before = snapshot(station.store)
    with pytest.raises(ValidationError, match="张三 is already a party"):
        station.service.create(intake(station, parties=twice))
    assert snapshot(station.store) == before


def test_a_street_is_not_a_grid_for_a_dispute(station: Station) -> None:
    with pytest.raises(ValidationError) as caught:
        station.service.create(intake(station, grid_id=station.street))
    assert set(caught.value.errors) == {"grid_id"}


# -- two windows ---------------------------------------------------------------------------
def test_the_second_of_two_saves_is_refused_not_overwritten(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    seen_by_both = service.get(dispute_id).version
    service.update(dispute_id, intake(station, place="姚电社区5号楼"), seen_by_both)
    with pytest.raises(ConflictError, match="changed by someone else since you opened it"):
        service.update(dispute_id, intake(station, place="姚电社区9号楼"), seen_by_both)
    dispute = service.get(dispute_id)
    assert dispute.place == "姚电社区5号楼"
    assert dispute.version == seen_by_both + 1
    service.update(dispute_id, intake(station, place="姚电社区9号楼"), dispute.version)
    assert service.get(dispute_id).place == "姚电社区9号楼"


def test_changing_parties_is_one_audited_update(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    zhang, li = (p.person.id for p in service.get(dispute_id).parties)
    parties = (
        PartyInput("applicant", zhang),
        PartyInput("respondent", li),
        PartyInput("third_party", person=PersonInput("孙物业")),
    )
    changes = service.update(dispute_id, intake(station, parties=parties), 1)
    third = service.get(dispute_id).parties[2].person.id
    assert changes["parties"] == [
        [[zhang, "applicant"], [li, "respondent"]],
        [[zhang, "applicant"], [li, "respondent"], [third, "third_party"]],
    ]
    assert service.history(dispute_id)[-1].action == "update"


# -- sessions and outcomes -----------------------------------------------------------------------
def test_a_session_before_the_dispute_was_received_is_refused(station: Station) -> None:
    dispute_id = station.service.create(intake(station))
    before = snapshot(station.store)
    with pytest.raises(ValidationError) as caught:
        station.service.add_session(dispute_id, session(station, "2026-03-01 10:00"))
    assert caught.value.errors == {
        "held_at": f"a session cannot be before the dispute was received ({RECEIVED})"
    }
    assert snapshot(station.store) == before


def test_a_session_needs_a_mediator(station: Station) -> None:
    dispute_id = station.service.create(intake(station))
    lonely = SessionInput("2026-03-03 10:00", "station", "not_agreed")
    with pytest.raises(ValidationError) as caught:
        station.service.add_session(dispute_id, lonely)
    assert caught.value.errors == {"mediator_ids": "name at least one mediator"}
    named = replace(lonely, other_mediators="人民调解员 刘洋")
    assert station.service.add_session(dispute_id, named) > 0


def test_an_agreement_without_an_obligation_is_refused(station: Station) -> None:
    dispute_id = station.service.create(intake(station))
    empty = OutcomeInput("agreement", date(2026, 3, 5), AgreementInput("事实"))
    before = snapshot(station.store)
    with pytest.raises(ValidationError) as caught:
        station.service.set_outcome(dispute_id, empty)
    assert caught.value.errors == {
        "agreement.obligations": "an agreement needs at least one obligation: who does what by when"
    }
    assert snapshot(station.store) == before
    assert station.service.get(dispute_id).status == "open"


def test_an_obligation_belongs_to_a_party_and_falls_due_after_signing(station: Station) -> None:
    dispute_id = station.service.create(intake(station))
    li = station.service.get(dispute_id).parties[1].person.id
    outcome = OutcomeInput(
        "agreement",
        date(2026, 3, 5),
        AgreementInput(
            "事实",
            (
                ObligationInput(li, "赔偿", date(2026, 3, 4)),
                ObligationInput(9999, "道歉", date(2026, 3, 6)),
            ),
        ),
    )
    with pytest.raises(ValidationError) as caught:
        station.service.set_outcome(dispute_id, outcome)
    assert caught.value.errors == {
        "agreement.obligations.0.due_on": (
            "obligation 1: cannot be due before the agreement is signed (2026-03-05)"
        ),
        "agreement.obligations.1.person_id": "obligation 2: choose one of the parties",
    }


@pytest.mark.parametrize("grade", ["A", "B", "C", "D"])
def test_follow_ups_are_visits_for_grades_a_b_and_calls_for_c_d(
    station: Station, grade: str
) -> None:
    data = intake(station, risk_grade=grade, risk_reason="理由")
    dispute_id = station.service.create(data)
    li = station.service.get(dispute_id).parties[1].person.id
    station.service.set_outcome(dispute_id, agreement(li, date(2026, 3, 20)))
    kinds = {f.kind for f in station.service.followups(dispute_id)}
    assert kinds == {"visit" if grade in "AB" else "phone"}
    reasons = sorted(f.reason for f in station.service.followups(dispute_id))
    assert reasons == ["grade", "obligation"]  # no court confirmation asked


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        (
            OutcomeInput(
                "referred",
                date(2026, 3, 6),
                referred_to="court",
                referred_where="卫东区人民法院",
                reason="调解不成",
            ),
            "referred",
        ),
        (OutcomeInput("escalated", date(2026, 3, 6), reason="群体性风险"), "escalated"),
        (OutcomeInput("withdrawn", date(2026, 3, 6), reason="自行和解"), "withdrawn"),
    ],
)
def test_other_outcomes_close_the_dispute_without_follow_ups(
    station: Station, outcome: OutcomeInput, status: str
) -> None:
    dispute_id = station.service.create(intake(station))
    assert station.service.set_outcome(dispute_id, outcome) is None
    dispute = station.service.get(dispute_id)
    assert (dispute.status, dispute.outcome, dispute.outcome_reason) == (
        status,
        outcome.kind,
        outcome.reason,
    )
    assert station.service.followups(dispute_id) == []


def test_a_referral_says_where_and_why(station: Station) -> None:
    dispute_id = station.service.create(intake(station))
    with pytest.raises(ValidationError) as caught:
        station.service.set_outcome(dispute_id, OutcomeInput("referred", date(2026, 3, 6)))
    assert set(caught.value.errors) == {"referred_to", "referred_where", "reason"}


def test_an_outcome_is_given_once(station: Station) -> None:
    dispute_id = station.service.create(intake(station))
    station.service.set_outcome(dispute_id, OutcomeInput("withdrawn", TODAY, reason="和解"))
    with pytest.raises(ValidationError, match="already withdrawn"):
        station.service.set_outcome(dispute_id, OutcomeInput("withdrawn", TODAY, reason="再次"))


# -- sign-off and amendments --------------------------------------------------------------------
def test_sign_off_locks_the_record_and_amendments_need_a_reason(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    li = service.get(dispute_id).parties[1].person.id
    service.set_outcome(dispute_id, agreement(li, date(2026, 3, 20)))
    service.confirm(dispute_id, "所长 刘明")
    dispute = service.get(dispute_id)
    assert (dispute.status, dispute.confirmed_by, dispute.locked) == (
        "confirmed",
        "所长 刘明",
        True,
    )
    with pytest.raises(ValidationError, match="locked"):
        service.update(dispute_id, intake(station, place="别处"), dispute.version)
    with pytest.raises(ValidationError, match="locked"):
        service.add_session(dispute_id, session(station, "2026-03-06 10:00"))
    with pytest.raises(ValidationError) as caught:
        service.amend(dispute_id, " ", {"place": "姚电社区5号楼"})
    assert caught.value.errors == {"reason": "say why the record is amended"}
    with pytest.raises(ValidationError, match="cannot amend status"):
        service.amend(dispute_id, "typo", {"status": "open"})

    changes = service.amend(dispute_id, "地址笔误", {"place": "姚电社区5号楼"})
    assert changes["place"] == ["", "姚电社区5号楼"]
    last = service.history(dispute_id)[-1]
    assert (last.action, last.changes["reason"]) == ("amend", [None, "地址笔误"])
    assert service.get(dispute_id).status == "confirmed"


def test_only_a_dispute_with_an_outcome_can_be_signed_off(station: Station) -> None:
    dispute_id = station.service.create(intake(station))
    with pytest.raises(ValidationError) as caught:
        station.service.confirm(dispute_id, "所长")
    assert caught.value.errors == {"status": "only a dispute with an outcome can be signed off"}


def test_a_broken_agreement_reopens_even_a_signed_off_dispute(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    li = service.get(dispute_id).parties[1].person.id
    service.set_outcome(dispute_id, agreement(li, date(2026, 3, 10)))
    service.confirm(dispute_id, "所长")
    task = next(f for f in service.followups(dispute_id) if f.reason == "obligation")
    service.record_followup(task.id, FollowupResult(date(2026, 3, 11), False, "未赔偿"))
    dispute = service.get(dispute_id)
    assert (dispute.status, dispute.confirmed_on, dispute.locked) == ("open", None, False)


def test_a_kept_agreement_stays_settled(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    li = service.get(dispute_id).parties[1].person.id
    service.set_outcome(dispute_id, agreement(li, date(2026, 3, 10)))
    task = service.followups(dispute_id)[0]
    assert not service.record_followup(task.id, FollowupResult(TODAY, True))
    assert service.get(dispute_id).status == "settled"
    assert service.followup(task.id).kept is True
    with pytest.raises(ValidationError, match="already done"):
        service.record_followup(task.id, FollowupResult(TODAY, True))


def test_a_broken_agreement_needs_notes(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    li = service.get(dispute_id).parties[1].person.id
    service.set_outcome(dispute_id, agreement(li, date(2026, 3, 10)))
    task = service.followups(dispute_id)[0]
    with pytest.raises(ValidationError) as caught:
        service.record_followup(task.id, FollowupResult(TODAY, False))
    assert caught.value.errors == {"notes": "say how the agreement was broken"}
    assert service.get(dispute_id).status == "settled"


# -- the ledger list over the demo station --------------------------------------------------------
@pytest.fixture
def ledger(demo_store: Store, demo_as_of: date) -> DisputeService:
    return DisputeService(demo_store, today=lambda: demo_as_of)


def all_rows(store: Store) -> list[dict[str, object]]:
    return store.rows(
        "SELECT d.*, g.parent_id AS grid_parent FROM disputes d JOIN grids g ON g.id = d.grid_id"
    )


def test_demo_ledger_filters_match_the_rows(ledger: DisputeService, demo_as_of: date) -> None:
    rows = all_rows(ledger.store)
    today = demo_as_of.isoformat()
    community = next(r["grid_parent"] for r in rows)
    officer = rows[0]["officer_id"]
    cases = [
        (DisputeFilter(statuses=("open",)), lambda r: r["status"] == "open"),
        (DisputeFilter(grades=("A", "B")), lambda r: r["risk_grade"] in ("A", "B")),
        (DisputeFilter(categories=("neighbours",)), lambda r: r["category"] == "neighbours"),
        (DisputeFilter(officer_id=officer), lambda r: r["officer_id"] == officer),
        (DisputeFilter(grid_id=community), lambda r: r["grid_parent"] == community),
        (
            DisputeFilter(received_from=date(2025, 6, 1), received_to=date(2025, 6, 30)),
            lambda r: "2025-06-01" <= r["received_on"] <= "2025-06-30",
        ),
        (
            DisputeFilter(overdue_only=True),
            lambda r: r["status"] == "open" and r["deadline"] < today,
        ),
    ]
    for flt, keep in cases:
        expected = {r["id"] for r in rows if keep(r)}
        assert expected, flt
        assert set(ledger.ids(flt)) == expected, flt
        assert ledger.counts(flt).total == len(expected)


def test_demo_ledger_sorts_and_pages_by_keyset(ledger: DisputeService) -> None:
    rows = all_rows(ledger.store)
    for sort in ("deadline", "risk_grade", "received_on", "category", "status"):
        expected = [r["id"] for r in sorted(rows, key=lambda r: (r[sort], r["id"]))]
        assert ledger.ids(sort=sort, descending=False) == expected
        assert ledger.ids(sort=sort, descending=True) == expected[::-1]
        pages: list[int] = []
        after = None
        while True:
            page = ledger.page(sort=sort, descending=False, limit=97, after=after)
            if not page:
                break
            pages += [row.id for row in page]
            after = (page[-1].sort_value(sort), page[-1].id)
        assert pages == expected


def test_demo_ledger_counts_and_overdue_rows(ledger: DisputeService, demo_as_of: date) -> None:
    rows = all_rows(ledger.store)
    today = demo_as_of.isoformat()
    counts = ledger.counts()
    overdue = {r["id"] for r in rows if r["status"] == "open" and r["deadline"] < today}
    assert counts.total == len(rows)
    assert counts.open == sum(1 for r in rows if r["status"] == "open")
    assert counts.overdue == len(overdue) > 0
    assert counts.open_high_grade == sum(
        1 for r in rows if r["status"] == "open" and r["risk_grade"] in ("A", "B")
    )
    assert sum(counts.by_grade.values()) == len(rows)
    listed = ledger.rows(ledger.ids(DisputeFilter(statuses=("open",))))
    assert {row.id for row in listed if row.overdue} == overdue
    assert all(row.days_left is not None and row.days_left < 0 for row in listed if row.overdue)
    assert all(len(row.parties) >= 2 for row in listed)


def test_demo_ledger_lists_and_sorts_with_indexes(ledger: DisputeService) -> None:
    sorts = ("deadline", "received_on", "risk_grade", "category", "status", "grid_id", "officer_id")
    for sort in sorts:
        sql = f"SELECT d.id FROM disputes d WHERE d.voided_at IS NULL ORDER BY d.{sort}, d.id"
        plan = " ".join(r[3] for r in ledger.store.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan, (sort, plan)
    sql, params = ledger.ledger.ids_query(DisputeFilter(overdue_only=True), "deadline")
    plan = " ".join(r[3] for r in ledger.store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "disputes_open" in plan, plan


def test_due_this_week_on_the_demo_matches_the_follow_ups(
    ledger: DisputeService, demo_as_of: date
) -> None:
    week = IsoWeek.of(demo_as_of)
    pending = ledger.store.rows(
        "SELECT f.id, f.due_on, f.officer_id FROM followups f JOIN disputes d"
        " ON d.id = f.dispute_id WHERE f.done_on IS NULL AND f.cancelled_on IS NULL"
        " AND d.voided_at IS NULL"
    )
    sunday, monday = week.sunday.isoformat(), week.monday.isoformat()
    expected = {r["id"] for r in pending if r["due_on"] <= sunday}
    due = ledger.due_followups(week)
    assert {f.id for f in due} == expected
    assert {f.id for f in due if f.late} == {r["id"] for r in pending if r["due_on"] < monday}
    strict = ledger.due_followups(week, include_late=False)
    assert {f.id for f in strict} == {r["id"] for r in pending if monday <= r["due_on"] <= sunday}
    officer = due[0].officer_id
    assert {f.id for f in ledger.due_followups(week, officer)} == {
        f.id for f in due if f.officer_id == officer
    }


def test_the_history_reads_in_words(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    service.add_session(dispute_id, session(station, "2026-03-03 09:30"))
    reader = HistoryReader(station.store, translate=lambda text: ZH.get(text, text))
    entries = reader.entries("disputes", dispute_id)  # newest first
    session_entry, create_entry = entries
    lines = {line.field: line.new for line in create_entry[1]}
    assert lines["parties"] == "张三 (申请人), 李四 (被申请人)"
    assert lines["category"] == "邻里纠纷"
    assert lines["risk_grade"] == "B级"
    assert lines["grid_id"] == "姚电社区第一网格"
    assert lines["officer_id"] == "王警官"
    assert {line.field: line.new for line in session_entry[1]}["result"] == "部分达成一致"


def test_a_session_can_be_corrected_or_voided(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    zhang = service.get(dispute_id).parties[0].person.id
    session_id = service.add_session(dispute_id, session(station, "2026-03-03 09:30"))
    corrected = replace(
        session(station, "2026-03-03 10:00"),
        mediator_ids=(station.officer, station.colleague),
        statements=(StatementInput(zhang, "补充陈述"),),
    )
    changes = service.update_session(session_id, corrected)
    assert changes["held_at"] == ["2026-03-03T09:30", "2026-03-03T10:00"]
    assert changes["mediator_ids"] == [[station.officer], [station.officer, station.colleague]]
    assert service.session(session_id).statements[0].text == "补充陈述"
    service.void_session(session_id, "录入错误")
    assert service.sessions(dispute_id) == []
    actions = [e.action for e in service.history(dispute_id)]
    assert actions == ["create", "session", "session update", "session void"]
    assert [e.action for e in station.store.history("mediation_sessions", session_id)] == [
        "create",
        "update",
        "void",
    ]


def test_referral_details_can_be_amended_with_a_reason(station: Station) -> None:
    service = station.service
    dispute_id = service.create(intake(station))
    with pytest.raises(ValidationError, match="only a dispute with an outcome"):
        service.amend(dispute_id, "补录", {"referred_where": "卫东区人民法院"})
    referred = OutcomeInput(
        "referred", TODAY, referred_to="court", referred_where="湛河区法院", reason="调解不成"
    )
    service.set_outcome(dispute_id, referred)
    service.confirm(dispute_id, "所长")
    with pytest.raises(ValidationError) as caught:
        service.amend(dispute_id, "笔误", {"referred_where": " "})
    assert set(caught.value.errors) == {"referred_where"}
    changes = service.amend(dispute_id, "法院名称笔误", {"referred_where": "卫东区人民法院"})
    assert changes["referred_where"] == ["湛河区法院", "卫东区人民法院"]
    assert service.get(dispute_id).referred_where == "卫东区人民法院"


def test_demo_ledger_sorts_by_names_and_pages_by_keyset(ledger: DisputeService) -> None:
    """Grid and officer sort by name, parties by the first party's name, summary by its text;
    each pages by keyset to the same order, and no page sorts the whole ledger."""
    names = {
        "grid": "SELECT d.id, g.name, g.id FROM disputes d JOIN grids g ON g.id = d.grid_id",
        "officer": "SELECT d.id, o.name, o.id FROM disputes d"
        " JOIN officers o ON o.id = d.officer_id",
        "parties": "SELECT d.id, p.name, p.id FROM disputes d JOIN dispute_parties dp"
        " ON dp.dispute_id = d.id AND dp.position = 0 JOIN people p ON p.id = dp.person_id",
        "summary": "SELECT d.id, d.summary, 0 FROM disputes d",
    }
    for sort, sql in names.items():
        rows = ledger.store.conn.execute(sql + " WHERE d.voided_at IS NULL").fetchall()
        expected = [number for number, *_ in sorted(rows, key=lambda r: (r[1], r[2], r[0]))]
        assert ledger.ids(sort=sort, descending=False) == expected, sort
        assert ledger.ids(sort=sort, descending=True) == expected[::-1], sort
        for descending in (False, True):
            pages: list[int] = []
            after = None
            while page := ledger.page(sort=sort, descending=descending, limit=97, after=after):
                pages += [row.id for row in page]
                after = (page[-1].sort_value(sort), page[-1].id)
            assert pages == (expected[::-1] if descending else expected), sort
        query, params = ledger.ledger.ids_query(None, sort, limit=200)
        plan = " ".join(
            r[3] for r in ledger.store.conn.execute("EXPLAIN QUERY PLAN " + query, params)
        )
        assert "TEMP B-TREE" not in plan, (sort, plan)
