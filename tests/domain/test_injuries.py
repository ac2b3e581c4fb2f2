"""The injuries-on-duty ledger: recording, rights protection, the bureau's figures, bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from stationdesk.domain import money, privacy
from stationdesk.domain.injuries import (
    CaseInput,
    ComfortVisitInput,
    CompensationInput,
    HospitalInput,
    IncidentFilter,
    IncidentInput,
    InjuryInput,
    InjuryService,
    LegalAidInput,
)
from stationdesk.domain.roster import OfficerInput, RosterService
from stationdesk.errors import ValidationError
from stationdesk.store import Store

NOW = datetime(2026, 11, 25, 18, 0)


@pytest.fixture
def service(demo_store: Store) -> InjuryService:
    """The ledger over the demo station, on the demo's last day."""
    return InjuryService(demo_store, now=lambda: NOW)


def auxiliary(store: Store) -> dict:
    """An active auxiliary officer of the community team, with the day they joined."""
    return store.rows(
        "SELECT id, name, joined_on FROM officers WHERE kind = 'auxiliary' AND team = 'community'"
        " AND active = 1 ORDER BY id LIMIT 1"
    )[0]


def a_dispute(store: Store) -> dict:
    """A dispute received this year."""
    return store.rows(
        "SELECT id, grid_id, received_on FROM disputes WHERE received_on >= '2026-11-01'"
        " AND voided_at IS NULL ORDER BY id LIMIT 1"
    )[0]


def pushed(store: Store, **changes: object) -> IncidentInput:
    """An auxiliary officer pushed during a dispute call, linked to the dispute."""
    dispute = a_dispute(store)
    data = IncidentInput(
        occurred_at=f"{dispute['received_on']} 10:30",
        activity="dispute_call",
        cause="assault",
        description="处置邻里纠纷时被当事人推倒，手臂擦伤。",
        officer_ids=(auxiliary(store)["id"],),
        place="东安路12号",
        grid_id=dispute["grid_id"],
        dispute_id=dispute["id"],
    )
    return replace(data, **changes)


def counts(store: Store) -> tuple[int, ...]:
    """Rows of every table of the ledger and of the audit trail."""
    tables = ("incidents", "injuries", "compensation_payments", "legal_aid", "audit_log")
    return tuple(store.scalar(f"SELECT count(*) FROM {t}") for t in tables)


def test_the_whole_case_changes_the_figures_by_exactly_that(
    service: InjuryService, demo_store: Store
) -> None:
    before = service.year_figures(2026)
    hospital = service.hospitals(include_inactive=False)[0]
    incident_id = service.create(pushed(demo_store))
    injury = service.injuries(incident_id)[0]
    service.set_injury(
        injury.id,
        InjuryInput(
            "days_away", days_away=5, body_parts="左前臂", nature="擦伤", hospital_id=hospital.id
        ),
    )
    officer = injury.officer_id
    service.add_compensation(incident_id, CompensationInput(officer, "1,500", "李某", "2026-11-20"))
    service.add_compensation(
        incident_id, CompensationInput(officer, "800.50", "李某", "2026-11-24")
    )
    service.add_legal_aid(incident_id, LegalAidInput("鹰城律师事务所", "2026-11-21", "法律咨询", 2))
    service.set_case(incident_id, CaseInput("平公行案字〔2026〕9号", 1, "行政拘留十日", "已处理"))
    after = service.year_figures(2026)

    assert after.incidents == before.incidents + 1
    assert after.by_cause["assault"] == before.by_cause["assault"] + 1
    assert after.offenders_dealt == before.offenders_dealt + 1
    assert after.days_away == before.days_away + 5
    assert after.green_channel == before.green_channel + 1
    assert after.compensation_fen == before.compensation_fen + 230050
    assert after.legal_aid_person_times == before.legal_aid_person_times + 2
    assert after.clarifications == before.clarifications
    row = service.rows([incident_id])[0]
    assert (row.worst_outcome, row.days_away, row.compensation_fen) == ("days_away", 5, 230050)
    assert incident_id in service.ids(IncidentFilter(year=2026, cause="assault", status="open"))
    assert [entry.action for entry in service.history(incident_id)] == [
        "create",
        "injury",
        "compensation",
        "compensation",
        "legal aid",
        "case",
    ]


def test_a_malicious_complaint_is_cleared_and_closed_by_the_chief(
    service: InjuryService, demo_store: Store
) -> None:
    incident_id = service.create(pushed(demo_store, cause="false_accusation"))
    service.clarify(incident_id, "2026-11-24", "在社区居民代表会上公开澄清")
    with pytest.raises(ValidationError) as error:
        service.close(incident_id, "潘华")
    assert "case_outcome" in error.value.errors
    service.set_case(incident_id, CaseInput(case_outcome="投诉不实，已澄清正名"))
    service.close(incident_id, "潘华", "2026-11-25")
    closed = service.get(incident_id)
    assert (closed.status, closed.closed_by, closed.clarified_on) == (
        "closed",
        "潘华",
        "2026-11-24",
    )
    with pytest.raises(ValidationError, match="reopen"):
        service.add_legal_aid(incident_id, LegalAidInput("律所", "2026-11-25"))
    service.reopen(incident_id, "发现新情况")
    assert service.get(incident_id).status == "open"


@pytest.mark.parametrize(
    ("amount", "reason"),
    [
        ("-200", "more than 0"),
        ("0", "more than 0"),
        ("5000000", "more than any one payment"),
        ("12.345", "two decimals"),
        ("abc", "not an amount"),
    ],
)
def test_bad_compensation_is_refused_and_nothing_saved(
    service: InjuryService, demo_store: Store, amount: str, reason: str
) -> None:
    incident_id = service.create(pushed(demo_store))
    officer = service.injuries(incident_id)[0].officer_id
    before = counts(demo_store)
    with pytest.raises(ValidationError) as error:
        service.add_compensation(
            incident_id, CompensationInput(officer, amount, "李某", "2026-11-20")
        )
    assert reason in error.value.errors["amount_fen"]
    assert counts(demo_store) == before


def test_days_away_without_an_injury_are_refused(service: InjuryService, demo_store: Store) -> None:
    incident_id = service.create(pushed(demo_store))
    injury = service.injuries(incident_id)[0]
    before = counts(demo_store)
    with pytest.raises(ValidationError) as error:
        service.set_injury(injury.id, InjuryInput("none", days_away=3))
    assert error.value.errors == {"days_away": "an officer who was not hurt has no days away"}
    with pytest.raises(ValidationError, match="negative"):
        service.set_injury(injury.id, InjuryInput("treatment", days_away=-1))
    assert counts(demo_store) == before
    assert service.injury(injury.id).outcome == "none"


def test_an_incident_in_the_future_or_before_the_officer_joined_is_refused(
    service: InjuryService, demo_store: Store
) -> None:
    before = counts(demo_store)
    with pytest.raises(ValidationError) as future:
        service.create(pushed(demo_store, occurred_at="2026-11-26 09:00"))
    assert future.value.errors["occurred_at"] == "an incident cannot be in the future"
    joined = auxiliary(demo_store)["joined_on"]
    early = f"{int(joined[:4]) - 1}{joined[4:]} 09:00"
    with pytest.raises(ValidationError) as early_error:
        service.create(pushed(demo_store, occurred_at=early, dispute_id=None))
    assert f"joined the station on {joined}" in early_error.value.errors["officer_ids"]
    with pytest.raises(ValidationError) as nobody:
        service.create(pushed(demo_store, officer_ids=()))
    assert "officer_ids" in nobody.value.errors
    assert counts(demo_store) == before


def test_a_payment_goes_to_an_officer_of_the_incident_after_it_happened(
    service: InjuryService, demo_store: Store
) -> None:
    incident_id = service.create(pushed(demo_store))
    stranger = demo_store.scalar("SELECT max(id) FROM officers")
    with pytest.raises(ValidationError) as error:
        service.add_compensation(
            incident_id, CompensationInput(stranger, "100", "李某", "2020-01-01")
        )
    assert set(error.value.errors) == {"officer_id", "paid_on"}


def test_officers_can_be_added_and_removed_but_a_paid_one_stays(
    service: InjuryService, demo_store: Store
) -> None:
    data = pushed(demo_store)
    incident_id = service.create(data)
    first = data.officer_ids[0]
    other = demo_store.scalar(
        "SELECT id FROM officers WHERE kind = 'police' AND active = 1 ORDER BY id LIMIT 1"
    )
    service.update(incident_id, replace(data, officer_ids=(first, other)), 1)
    assert [i.officer_id for i in service.injuries(incident_id)] == [first, other]
    service.add_compensation(incident_id, CompensationInput(first, "100", "李某", "2026-11-20"))
    with pytest.raises(ValidationError, match="stays on the incident"):
        service.update(incident_id, replace(data, officer_ids=(other,)))


def test_medical_details_follow_the_one_privacy_rule(
    service: InjuryService, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id = service.create(pushed(demo_store))
    injury = service.injuries(incident_id)[0]
    service.set_injury(injury.id, InjuryInput("treatment", body_parts="面部", nature="擦伤"))
    monkeypatch.setattr(privacy, "may_see_medical", lambda store: store.actor != "tester")
    hidden = service.injuries(incident_id)[0]
    assert (hidden.outcome, hidden.body_parts, hidden.medical_hidden) == ("treatment", "", True)
    with pytest.raises(ValidationError, match="medical"):
        service.set_injury(injury.id, InjuryInput("none"))


def test_the_list_pages_by_keyset_and_filters(service: InjuryService) -> None:
    everything = service.ids()
    pages, after = [], None
    while True:
        ids = service.ids(limit=4, after=after)
        pages += ids
        if len(ids) < 4:
            break
        last = service.rows([ids[-1]])[0]
        after = (last.occurred_at, last.id)
    assert pages == everything and len(everything) == service.count()
    by_grid = service.ids(sort="grid_id", descending=False)
    assert sorted(by_grid) == sorted(everything)
    assumed = service.page(IncidentFilter(year=2025, cause="false_accusation", status="closed"))
    assert assumed and all(r.occurred_at.startswith("2025") for r in assumed)
    assert all(r.cause == "false_accusation" for r in assumed)


def test_hospitals_are_kept_with_their_agreement(service: InjuryService) -> None:
    hospital_id = service.add_hospital(
        HospitalInput("枫桥镇卫生院", "王医生", "0375-1234567", agreement_on="2024-05-01")
    )
    assert service.hospital(hospital_id).agreement_on == "2024-05-01"
    with pytest.raises(ValidationError) as error:
        service.add_hospital(HospitalInput("枫桥镇卫生院", phone="12345", agreement_on="2030-1-1"))
    assert set(error.value.errors) == {"name", "phone", "agreement_on"}
    service.update_hospital(hospital_id, HospitalInput("枫桥镇卫生院", active=False))
    assert hospital_id not in {h.id for h in service.hospitals(include_inactive=False)}


def test_comfort_visits_need_visitors(service: InjuryService, demo_store: Store) -> None:
    incident_id = service.create(pushed(demo_store))
    with pytest.raises(ValidationError) as error:
        service.add_comfort_visit(incident_id, ComfortVisitInput("2026-11-24", " "))
    assert "visitors" in error.value.errors
    visit = service.add_comfort_visit(incident_id, ComfortVisitInput("2026-11-24", "所长"))
    service.void_entry("comfort_visits", visit, "重复录入")
    assert service.comfort_visits(incident_id) == []


def test_an_officer_joins_before_the_incidents_they_were_in(demo_store: Store) -> None:
    roster = RosterService(demo_store)
    officer_id = demo_store.scalar("SELECT min(officer_id) FROM injuries")
    officer = roster.get(officer_id)
    data = OfficerInput(
        officer.name,
        officer.kind,
        officer.badge_no,
        officer.team,
        post=officer.post,
        phone=officer.phone,
        grid_ids=officer.grid_ids,
        committee_member=officer.committee_member,
        committee_grid_id=officer.committee_grid_id,
    )
    with pytest.raises(ValidationError, match="already on duty"):
        roster.update(officer_id, replace(data, joined_on="2026-11-01"))
    with pytest.raises(ValidationError, match="future"):
        roster.update(officer_id, replace(data, joined_on="2099-01-01"))
    roster.update(officer_id, replace(data, joined_on="2010年3月1日"))
    assert roster.get(officer_id).joined_on == "2010-03-01"


def test_the_demo_has_a_realistic_year(service: InjuryService, demo_store: Store) -> None:
    figures = service.year_figures(2025)
    assert 6 <= figures.incidents <= 8
    assert figures.by_cause["false_accusation"] >= 1 and figures.clarifications >= 1
    assert 100000 <= figures.compensation_fen <= 3000000
    assert len(service.hospitals()) == 5
    linked = demo_store.scalar("SELECT count(*) FROM incidents WHERE dispute_id IS NOT NULL")
    assert linked >= 2
    assert service.year_figures(2026).last == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("typed", "fen"), [("1500", 150000), ("¥1,500.5", 150050), ("2000元", 200000)]
)
def test_yuan_are_read_into_fen(typed: str, fen: int) -> None:
    assert money.parse_yuan(typed) == fen
    assert money.yuan_text(fen).replace(",", "") == f"{fen / 100:.2f}"
