"""Households, residents and visits, used the way an officer does after a day in the grid."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from stationdesk.domain import idnumbers
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridInput, GridService
from stationdesk.domain.history import HistoryReader
from stationdesk.domain.household_ledger import HouseholdFilter, VisitFilter
from stationdesk.domain.household_records import (
    AddressInput,
    HouseholdCorrection,
    HouseholdInput,
    ResidentInput,
    VisitInput,
)
from stationdesk.domain.households import HouseholdService
from stationdesk.domain.people import PersonInput
from stationdesk.domain.roster import OfficerInput, RosterService
from stationdesk.domain.search import SearchService
from stationdesk.errors import ConflictError, ValidationError
from stationdesk.store import Store, open_store
from stationdesk.store.audit import verify_chain

TODAY = date(2026, 11, 20)


def id_number(born: date, order: int) -> str:
    first17 = f"410403{born:%Y%m%d}{order:03d}"
    return first17 + idnumbers.check_char(first17)


WANG = id_number(date(1950, 3, 1), 137)
WANG_WIFE = id_number(date(1952, 7, 9), 582)
WANG_GRANDSON = id_number(date(2015, 9, 1), 311)


@dataclass
class Station:
    store: Store
    service: HouseholdService
    disputes: DisputeService
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
        other = grids.create(community, GridInput("姚电社区第二网格"))
        roster = RosterService(store)
        officer = roster.create(OfficerInput("王警官", "police", "410001", "community"))
        colleague = roster.create(OfficerInput("赵辅警", "auxiliary", "F41001", "community"))
        yield Station(
            store,
            HouseholdService(store, today=lambda: TODAY),
            DisputeService(store, today=lambda: TODAY),
            grid,
            other,
            street,
            officer,
            colleague,
        )


def address(station: Station, **changes: object) -> AddressInput:
    base = AddressInput(station.grid, "建设路", house_no="12", building="3", unit="2", flat="501")
    return replace(base, **changes)  # type: ignore[arg-type]


def three_members() -> tuple[ResidentInput, ...]:
    return (
        ResidentInput(
            "head",
            person=PersonInput("王大爷", WANG, phone="13812345678"),
            flags=frozenset({"elderly_alone"}),
        ),
        ResidentInput("spouse", person=PersonInput("刘奶奶", WANG_WIFE)),
        ResidentInput(
            "grandchild",
            person=PersonInput("王小明", WANG_GRANDSON),
            flags=frozenset({"left_behind_child"}),
        ),
    )


def household(station: Station, **changes: object) -> HouseholdInput:
    base = HouseholdInput(address(station), three_members(), registered_on=date(2026, 11, 1))
    return replace(base, **changes)  # type: ignore[arg-type]


def counts(store: Store) -> dict[str, int]:
    tables = ("addresses", "households", "residents", "people", "visits", "audit_log")
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in tables}


def visit(station: Station, household_id: int, **changes: object) -> VisitInput:
    base = VisitInput(
        household_id,
        date(2026, 11, 18),
        "anti_fraud",
        officer_ids=(station.officer, station.colleague),
        found="与楼下邻居因漏水发生争吵",
        anti_fraud_app=True,
        followup_needed=True,
        followup_note="一周内回访",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# -- the whole path ----------------------------------------------------------------------
def test_household_visit_and_a_dispute_found_on_it_are_linked_both_ways(station: Station) -> None:
    service = station.service
    household_id = service.register(household(station))
    home = service.get(household_id)
    assert home.address.text() == "建设路12号3栋2单元501室"
    assert [m.person.name for m in home.members] == ["王大爷", "刘奶奶", "王小明"]
    assert home.head is not None and home.head.person.sex == "male"
    assert home.flags == {"elderly_alone", "left_behind_child"}

    visit_id = service.record_visit(visit(station, household_id))
    recorded = service.visit(visit_id)
    assert recorded.officer_ids == (station.officer, station.colleague)
    assert recorded.anti_fraud_app == 1

    draft, people = service.dispute_draft(visit_id)
    assert draft.received_how == "visit" and draft.source_visit_id == visit_id
    assert draft.grid_id == station.grid and draft.summary == "与楼下邻居因漏水发生争吵"
    assert [p.name for p in people] == ["王大爷", "刘奶奶", "王小明"]
    dispute_id = station.disputes.create(draft)

    dispute = station.disputes.get(dispute_id)
    assert dispute.source_visit_id == visit_id
    assert [p.person.id for p in dispute.parties] == [m.person.id for m in home.members]
    assert service.disputes_from(visit_id) == [dispute_id]
    assert service.disputes_of(household_id) == [dispute_id]
    [line] = service.ledger.visit_rows([visit_id])
    assert line.disputes == (dispute_id,) and line.head == "王大爷"
    assert verify_chain(station.store.conn) == []


def test_the_household_and_each_member_have_a_history(station: Station) -> None:
    household_id = station.service.register(household(station))
    entries = station.service.history("households", household_id)
    assert entries[0].action == "create"
    resident = station.service.get(household_id).members[0]
    assert station.service.history("residents", resident.id)[0].action == "create"
    visit_id = station.service.record_visit(visit(station, household_id))
    assert station.service.history("households", household_id)[-1].action == "visit"
    assert station.service.history("visits", visit_id)[0].changes["officer_ids"][1] == [
        station.officer,
        station.colleague,
    ]


def test_an_address_is_typed_once_and_reused(station: Station) -> None:
    service = station.service
    first = service.register(household(station))
    before = counts(station.store)
    with pytest.raises(ValidationError) as caught:
        service.register(
            household(
                station,
                address=address(station, house_no="１２"),  # full-width digits, same address
                members=(ResidentInput("head", person=PersonInput("赵六")),),
            )
        )
    assert f"already has household {first}" in caught.value.errors["address"]
    assert counts(station.store) == before


def test_a_resident_already_living_elsewhere_is_refused(station: Station) -> None:
    service = station.service
    service.register(household(station))
    before = counts(station.store)
    with pytest.raises(ValidationError) as caught:
        service.register(
            household(
                station,
                address=address(station, house_no="14"),
                members=(ResidentInput("head", person=PersonInput("王大爷", WANG)),),
            )
        )
    assert "already lives at 建设路12号3栋2单元501室" in caught.value.errors["members.0"]
    assert counts(station.store) == before


def test_after_moving_out_a_person_can_live_elsewhere(station: Station) -> None:
    service = station.service
    home = service.get(service.register(household(station)))
    grandson = home.members[2]
    service.move_out(grandson.id, date(2026, 11, 10))
    second = service.register(
        household(
            station,
            address=address(station, house_no="14"),
            members=(ResidentInput("head", person_id=grandson.person.id),),
        )
    )
    assert service.home_of(grandson.person.id) == second
    assert [m.person.name for m in service.get(home.id).living] == ["王大爷", "刘奶奶"]


def test_a_household_without_a_head_is_refused(station: Station) -> None:
    before = counts(station.store)
    members = tuple(replace(m, relationship="spouse") for m in three_members())
    with pytest.raises(ValidationError) as caught:
        station.service.register(household(station, members=members))
    assert caught.value.errors["members"] == "choose the head of household among the members"
    assert counts(station.store) == before


def test_a_wrong_check_digit_or_a_birth_in_the_future_is_refused(station: Station) -> None:
    bad_check = WANG[:-1] + ("0" if WANG[-1] != "0" else "1")
    unborn = id_number(date(2027, 1, 1), 100)
    members = (
        ResidentInput("head", person=PersonInput("王大爷", bad_check)),
        ResidentInput("child", person=PersonInput("王宝宝", unborn)),
    )
    before = counts(station.store)
    with pytest.raises(ValidationError) as caught:
        station.service.register(household(station, members=members))
    assert "check" in caught.value.errors["members.0.id_number"]
    assert "future" in caught.value.errors["members.1.id_number"]
    assert counts(station.store) == before


def test_a_visit_in_the_future_is_refused(station: Station) -> None:
    household_id = station.service.register(household(station))
    before = counts(station.store)
    with pytest.raises(ValidationError) as caught:
        station.service.record_visit(visit(station, household_id, visited_on=date(2026, 11, 21)))
    assert caught.value.errors["visited_on"] == "the day of the visit cannot be in the future"
    with pytest.raises(ValidationError) as caught:
        station.service.record_visit(visit(station, household_id, officer_ids=()))
    assert "officer" in caught.value.errors["officer_ids"]
    assert counts(station.store) == before


def test_a_street_is_not_a_grid_for_an_address(station: Station) -> None:
    with pytest.raises(ValidationError) as caught:
        station.service.register(
            household(station, address=address(station, grid_id=station.street))
        )
    assert "village or community" in caught.value.errors["address.grid_id"]


def test_one_head_at_a_time(station: Station) -> None:
    service = station.service
    household_id = service.register(household(station))
    with pytest.raises(ValidationError, match="already has a head"):
        service.add_member(household_id, ResidentInput("head", person=PersonInput("王二")))
    head = service.get(household_id).head
    assert head is not None
    with pytest.raises(ValidationError, match="make another member head"):
        service.move_out(head.id, date(2026, 11, 10))


# -- lists and coverage ---------------------------------------------------------------------
def test_lists_filter_by_grid_flag_and_text(station: Station) -> None:
    service = station.service
    first = service.register(household(station))
    second = service.register(
        household(
            station,
            address=address(station, grid_id=station.other_grid, road="和平路"),
            members=(ResidentInput("head", person=PersonInput("赵六", phone="13900001111")),),
        )
    )
    ledger = service.ledger
    assert ledger.household_ids() == [second, first]
    assert ledger.household_ids(HouseholdFilter(grid_id=station.grid)) == [first]
    assert ledger.household_ids(HouseholdFilter(flag="left_behind_child")) == [first]
    assert ledger.household_ids(HouseholdFilter(text="和平")) == [second]
    assert ledger.household_ids(HouseholdFilter(text="赵六")) == [second]
    assert ledger.household_ids(limit=1, after=second) == [first]
    [row] = ledger.household_rows([first])
    assert (row.head, row.members, row.last_visit) == ("王大爷", 3, None)
    visit_id = service.record_visit(visit(station, first))
    assert ledger.visit_ids(VisitFilter(officer_id=station.colleague)) == [visit_id]
    assert ledger.visit_ids(VisitFilter(date_from=date(2026, 11, 19))) == []


def test_coverage_changes_when_a_household_is_visited(station: Station) -> None:
    service = station.service
    first = service.register(household(station))
    service.register(
        household(
            station,
            address=address(station, house_no="14"),
            members=(ResidentInput("head", person=PersonInput("赵六")),),
        )
    )
    period = (date(2026, 11, 1), date(2026, 11, 30))
    [line] = station.service.ledger.coverage_by_grid(*period, grid_id=station.grid)
    assert (line.households, line.visited, line.never_visited, line.flagged_unvisited_month) == (
        2,
        0,
        2,
        1,
    )
    service.record_visit(visit(station, first))
    [line] = station.service.ledger.coverage_by_grid(*period, grid_id=station.grid)
    assert (line.visited, line.visits, line.anti_fraud_installs, line.never_visited) == (1, 1, 1, 1)
    assert line.flagged_unvisited_month == 0 and line.share == 0.5
    due = service.ledger.due_households(station.grid, days=30)
    assert [d.head for d in due] == ["赵六"]
    RosterService(station.store).update(
        station.officer,
        OfficerInput("王警官", "police", "410001", "community", grid_ids=(station.grid,)),
    )
    [mine] = service.ledger.coverage_by_officer(*period)
    assert (mine.name, mine.households, mine.visited, mine.visits) == ("王警官", 2, 1, 1)


# -- the demo station -----------------------------------------------------------------------
def test_demo_has_households_in_every_grid_and_uneven_coverage(demo_store: Store) -> None:
    service = HouseholdService(demo_store, today=lambda: date(2026, 11, 25))
    lines = service.ledger.coverage_by_grid(date(2026, 1, 1), date(2026, 11, 25))
    grids = demo_store.scalar("SELECT count(*) FROM grids WHERE level = 3")
    assert len(lines) == grids and all(line.households >= 25 for line in lines)
    shares = sorted(line.share for line in lines)
    assert shares[0] < 0.3 < 0.6 < shares[-1]
    assert service.ledger.due_households(None, flagged_only=True, limit=5)
    linked = demo_store.rows(
        "SELECT d.id, d.source_visit_id, v.purpose FROM disputes d JOIN visits v"
        " ON v.id = d.source_visit_id WHERE d.received_how = 'visit'"
    )
    visit_disputes = demo_store.scalar("SELECT count(*) FROM disputes WHERE received_how = 'visit'")
    assert linked and len(linked) == visit_disputes
    assert {row["purpose"] for row in linked} == {"dispute_screening"}
    assert verify_chain(demo_store.conn) == []


def test_a_member_s_flags_and_relationship_are_corrected_with_history(station: Station) -> None:
    service = station.service
    household_id = service.register(household(station))
    head, _wife, grandson = service.get(household_id).members
    service.update_member(grandson.id, "grandchild", frozenset())
    assert service.get(household_id).flags == {"elderly_alone"}
    entry = service.history("residents", grandson.id)[-1]
    assert entry.changes["left_behind_child"] == [1, 0]
    with pytest.raises(ValidationError, match="already has a head"):
        service.update_member(grandson.id, "head", frozenset())
    with pytest.raises(ValidationError, match="needs its head"):
        service.update_member(head.id, "spouse", frozenset())


def test_a_visit_entered_by_mistake_is_voided_unless_a_dispute_came_from_it(
    station: Station,
) -> None:
    service = station.service
    household_id = service.register(household(station))
    mistake = service.record_visit(visit(station, household_id))
    kept = service.record_visit(visit(station, household_id, visited_on=date(2026, 11, 19)))
    with pytest.raises(ValidationError, match="say why"):
        service.void_visit(mistake, " ")
    service.void_visit(mistake, "entered twice")
    assert [v.id for v in service.visits_of(household_id)] == [kept]
    assert service.history("households", household_id)[-1].action == "void visit"
    draft, _people = service.dispute_draft(kept)
    station.disputes.create(draft)
    with pytest.raises(ValidationError, match="was opened from this visit"):
        service.void_visit(kept, "wrong household")


# -- corrections after registration ---------------------------------------------------------
def test_a_household_s_phone_notes_and_grid_are_corrected_with_a_version_check(
    station: Station,
) -> None:
    service = station.service
    household_id = service.register(household(station))
    seen = service.get(household_id)
    changes = service.correct(
        household_id,
        HouseholdCorrection(station.other_grid, "0371-6688 1234", "  楼下有看门狗 "),
        seen.version,
    )
    assert set(changes) == {"grid_id", "phone", "notes"}
    now = service.get(household_id)
    assert (now.grid_id, now.address.grid_id) == (station.other_grid, station.other_grid)
    assert (now.phone, now.notes, now.version) == ("0371-66881234", "楼下有看门狗", 2)
    assert service.history("households", household_id)[-1].changes["phone"] == [
        "",
        "0371-66881234",
    ]
    with pytest.raises(ConflictError):
        service.correct(household_id, HouseholdCorrection(station.grid), seen.version)
    before = counts(station.store)
    with pytest.raises(ValidationError) as caught:
        service.correct(household_id, HouseholdCorrection(station.street, "12ab"), now.version)
    assert set(caught.value.errors) == {"grid_id", "phone"}
    assert counts(station.store) == before and service.get(household_id).version == 2


def test_a_household_registered_by_mistake_is_voided_unless_visits_or_disputes_hang_off_it(
    station: Station,
) -> None:
    service = station.service
    household_id = service.register(household(station))
    visit_id = service.record_visit(visit(station, household_id))
    with pytest.raises(ValidationError, match="void the visits first"):
        service.void(household_id, "wrong address")
    draft, _people = service.dispute_draft(visit_id)
    station.disputes.create(draft)
    with pytest.raises(ValidationError, match="party to dispute"):
        service.void(household_id, "wrong address")
    mistake = service.register(
        household(
            station,
            address=address(station, house_no="14"),
            members=(ResidentInput("head", person=PersonInput("赵六")),),
        )
    )
    with pytest.raises(ValidationError, match="say why"):
        service.void(mistake, "  ")
    service.void(mistake, "typed into the wrong form")
    assert service.get(mistake).void_reason == "typed into the wrong form"
    assert service.ledger.household_count() == 1
    zhao = service.people.find("赵六")[0]
    assert service.home_of(zhao.id) is None
    again = service.register(
        household(
            station,
            address=address(station, house_no="14"),
            members=(ResidentInput("head", zhao.id),),
        )
    )
    assert service.get(again).head is not None
    assert verify_chain(station.store.conn) == []


def test_a_member_added_by_mistake_is_voided_not_moved_out(station: Station) -> None:
    service = station.service
    household_id = service.register(household(station))
    head, wife, _grandson = service.get(household_id).members
    service.void_member(wife.id, "belongs to the flat upstairs")
    assert [m.person.name for m in service.get(household_id).members] == ["王大爷", "王小明"]
    assert service.home_of(wife.person.id) is None
    entry = service.history("households", household_id)[-1]
    assert (entry.action, entry.changes["member"]) == ("void member", [wife.person.id, None])
    with pytest.raises(ValidationError, match="make another member head"):
        service.void_member(head.id, "mistake")


def test_a_member_s_personal_details_are_corrected_on_their_one_record(station: Station) -> None:
    service = station.service
    household_id = service.register(household(station))
    head = service.get(household_id).members[0]
    draft, _people = service.dispute_draft(service.record_visit(visit(station, household_id)))
    dispute_id = station.disputes.create(draft)
    fixed = id_number(date(1950, 3, 2), 137)
    service.update_member(
        head.id,
        "head",
        head.flags,
        PersonInput("王大富", fixed, sex="male", phone="13900001111"),
    )
    person = service.people.get(head.person.id)
    assert (person.name, person.id_number, person.birth_date) == ("王大富", fixed, "1950-03-02")
    assert station.disputes.get(dispute_id).parties[0].person.name == "王大富"
    before = counts(station.store)
    with pytest.raises(ValidationError) as caught:
        service.update_member(
            head.id, "head", head.flags, PersonInput("王大富", fixed[:-1] + "0", phone="12")
        )
    assert "check" in caught.value.errors["id_number"] and "phone" in caught.value.errors
    with pytest.raises(ValidationError, match="already recorded for 刘奶奶"):
        service.update_member(head.id, "head", head.flags, PersonInput("王大富", WANG_WIFE))
    assert counts(station.store) == before


def test_household_and_visit_history_read_as_names_and_labels(station: Station) -> None:
    service = station.service
    household_id = service.register(household(station))
    visit_id = service.record_visit(visit(station, household_id))
    reader = HistoryReader(station.store)
    [(_created, lines)] = reader.entries("households", household_id)[-1:]
    shown = {line.field: line.new for line in lines}
    assert shown["address_id"] == "建设路12号3栋2单元501室"
    assert shown["members"] == "王大爷, 刘奶奶, 王小明" and shown["grid_id"] == "姚电社区第一网格"
    assert "version" not in shown
    [(_entry, visit_lines)] = reader.entries("visits", visit_id)
    shown = {line.field: line.new for line in visit_lines}
    assert shown["purpose"] == "Anti-fraud advice" and shown["anti_fraud_app"] == "yes"
    assert shown["officer_ids"] == "王警官, 赵辅警"
    assert shown["household_id"] == "建设路12号3栋2单元501室 (#1)"
    [(_entry, visited)] = reader.entries("households", household_id)[:1]
    assert [line.new for line in visited] == [f"{visit_id} · 2026-11-18 Anti-fraud advice"]
    resident = service.get(household_id).members[0]
    [(_entry, member_lines)] = reader.entries("residents", resident.id)
    shown = {line.field: line.new for line in member_lines}
    assert shown["relationship"] == "Head of household" and shown["elderly_alone"] == "yes"


def test_coverage_lists_every_grid_of_the_area_even_without_households(station: Station) -> None:
    service = station.service
    service.register(household(station))
    period = (date(2026, 11, 1), date(2026, 11, 30))
    lines = service.ledger.coverage_by_grid(*period, grid_id=station.street)
    assert [(line.name, line.households, line.visited) for line in lines] == [
        ("姚电社区第一网格", 1, 0),
        ("姚电社区第二网格", 0, 0),
    ]
    assert lines[1].share == 0.0
    assert [line.key for line in service.ledger.coverage_by_grid(*period)] == [
        station.grid,
        station.other_grid,
    ]


def test_a_corrected_phone_is_found_by_search(station: Station) -> None:
    household_id = station.service.register(household(station))
    station.service.correct(household_id, HouseholdCorrection(station.grid, "13566667777"), 1)
    groups = SearchService(station.store).search("13566667777", kind="households")
    assert [hit.record_id for group in groups for hit in group.hits] == [household_id]
