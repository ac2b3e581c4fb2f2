"""The roster: officers, the grids they answer for, and their shifts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from stationdesk.domain.grids import GridInput, GridService
from stationdesk.domain.labels import ON_DUTY_SHIFTS
from stationdesk.domain.roster import OfficerInput, RosterService
from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import NotFoundError, ValidationError
from stationdesk.store import Store

DAY = date(2026, 11, 23)


@pytest.fixture
def roster(empty_store: Store) -> RosterService:
    """The roster service over an empty station."""
    return RosterService(empty_store)


@pytest.fixture
def tree(empty_store: Store) -> dict[str, int]:
    """One street, one village and three village groups."""
    grids = GridService(empty_store)
    street = grids.create(None, GridInput("东安路街道"))
    village = grids.create(street, GridInput("皇台村"))
    ids = {"street": street, "village": village}
    for number in "一二三":
        ids[number] = grids.create(village, GridInput(f"皇台村{number}组"))
    return ids


def officer(
    name: str = "王伟",
    badge: str = "411030",
    *,
    grid_ids: tuple[int, ...] = (),
    committee_member: bool = False,
    committee_grid_id: int | None = None,
) -> OfficerInput:
    """A community police officer as a clerk would type them."""
    return OfficerInput(
        name,
        "police",
        badge,
        "community",
        phone="13800138000",
        grid_ids=grid_ids,
        committee_member=committee_member,
        committee_grid_id=committee_grid_id,
    )


def snapshot(store: Store) -> tuple[int, int, int]:
    """Officers, assignments and audit entries in the file."""
    return (
        int(store.scalar("SELECT count(*) FROM officers")),
        int(store.scalar("SELECT count(*) FROM officer_grids")),
        int(store.scalar("SELECT count(*) FROM audit_log")),
    )


def test_new_officer_is_stored_with_grids(roster: RosterService, tree: dict[str, int]) -> None:
    officer_id = roster.create(officer(badge=" ４１１０３０ ", grid_ids=(tree["一"], tree["二"])))
    stored = roster.get(officer_id)
    assert stored.badge_no == "411030"
    assert stored.grid_ids == tuple(sorted((tree["一"], tree["二"])))
    assert [o.id for o in roster.responsible_for(tree["一"])] == [officer_id]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (officer(badge="41-1030!"), "badge_no"),
        (officer(badge=""), "badge_no"),
        (replace(officer(), phone="1380013"), "phone"),
        (replace(officer(), name=""), "name"),
        (replace(officer(), kind="sheriff"), "kind"),
        (officer(committee_member=True), "committee_grid_id"),
    ],
)
def test_bad_officer_is_refused_naming_the_field(
    roster: RosterService, empty_store: Store, data: OfficerInput, field: str
) -> None:
    before = snapshot(empty_store)
    with pytest.raises(ValidationError) as caught:
        roster.create(data)
    assert field in caught.value.errors
    assert snapshot(empty_store) == before


def test_committee_seat_must_be_a_village(roster: RosterService, tree: dict[str, int]) -> None:
    for not_a_village in (tree["street"], tree["一"], 999):
        with pytest.raises(ValidationError) as caught:
            roster.create(officer(committee_member=True, committee_grid_id=not_a_village))
        assert "committee_grid_id" in caught.value.errors
    officer_id = roster.create(officer(committee_member=True, committee_grid_id=tree["village"]))
    assert roster.get(officer_id).committee_grid_id == tree["village"]


def test_badge_numbers_are_unique(roster: RosterService, empty_store: Store) -> None:
    first = roster.create(officer(badge="F41500"))
    before = snapshot(empty_store)
    with pytest.raises(ValidationError) as caught:
        roster.create(officer(name="李娜", badge="f41500"))
    assert "badge_no" in caught.value.errors
    assert snapshot(empty_store) == before
    second = roster.create(officer(name="李娜", badge="F41501"))
    with pytest.raises(ValidationError):
        roster.update(second, officer(name="李娜", badge="F41500"))
    assert roster.get(first).badge_no == "F41500"
    assert roster.get(second).badge_no == "F41501"


def test_unknown_grid_is_refused(roster: RosterService, empty_store: Store) -> None:
    before = snapshot(empty_store)
    with pytest.raises(ValidationError) as caught:
        roster.create(officer(grid_ids=(12345,)))
    assert "grid_ids" in caught.value.errors
    assert snapshot(empty_store) == before


def test_grid_change_shows_in_both_histories(
    roster: RosterService, empty_store: Store, tree: dict[str, int]
) -> None:
    one, two = tree["一"], tree["二"]
    officer_id = roster.create(officer(grid_ids=(one,)))
    changes = roster.update(officer_id, officer(grid_ids=(two,)))
    assert changes == {"grids": [[one], [two]]}
    officer_changes = [e.changes for e in empty_store.history("officers", officer_id)]
    assert {"grids": [[one], [two]]} in officer_changes
    assert [(e.action, e.changes) for e in empty_store.history("grids", one)][-1] == (
        "unassign",
        {"officer": [officer_id, None]},
    )
    assert [(e.action, e.changes) for e in empty_store.history("grids", two)][-1] == (
        "assign",
        {"officer": [None, officer_id]},
    )
    assert roster.get(officer_id).grid_ids == (two,)


def test_saving_unchanged_officer_writes_nothing(
    roster: RosterService, empty_store: Store, tree: dict[str, int]
) -> None:
    data = officer(grid_ids=(tree["一"],))
    officer_id = roster.create(data)
    before = snapshot(empty_store)
    assert roster.update(officer_id, data) == {}
    assert snapshot(empty_store) == before


def test_grid_warnings_name_empty_and_shared_grids(
    roster: RosterService, tree: dict[str, int]
) -> None:
    roster.create(officer("王伟", "411030", grid_ids=(tree["一"], tree["二"])))
    second = officer("李娜", "411031", grid_ids=(tree["二"],))
    second_id = roster.create(second)
    warnings = {w.grid_id: w for w in roster.grid_warnings()}
    assert set(warnings) == {tree["二"], tree["三"]}
    assert warnings[tree["二"]].officer_names == ("李娜", "王伟")
    assert "2" in warnings[tree["二"]].message
    assert warnings[tree["三"]].officer_names == ()
    assert "no responsible officer" in warnings[tree["三"]].message

    roster.update(second_id, replace(second, active=False, left_on="2026-11-01"))
    assert {w.grid_id for w in roster.grid_warnings()} == {tree["三"]}
    assert [o.name for o in roster.responsible_for(tree["二"])] == ["王伟"]


def test_demo_grid_warnings_match_the_officers(demo_store: Store) -> None:
    roster = RosterService(demo_store)
    counts: dict[int, int] = {}
    for active in roster.officers(include_left=False):
        for grid_id in active.grid_ids:
            counts[grid_id] = counts.get(grid_id, 0) + 1
    level_three = [g.id for g in GridService(demo_store).all() if g.level == 3]
    expected = {g for g in level_three if counts.get(g, 0) != 1}
    assert {w.grid_id for w in roster.grid_warnings()} == expected


def test_shifts_are_set_changed_and_cleared_with_history(
    roster: RosterService, empty_store: Store
) -> None:
    officer_id = roster.create(officer())
    roster.set_shift(officer_id, DAY, "day", patrols=2)
    shift_id = int(empty_store.scalar("SELECT id FROM shifts"))
    roster.set_shift(officer_id, DAY, "night", patrols=1, note=" 夜巡 ")
    roster.set_shift(officer_id, DAY, "night", patrols=1, note="夜巡")  # no change
    row = empty_store.get("shifts", shift_id)
    assert (row["kind"], row["patrols"], row["note"]) == ("night", 1, "夜巡")
    roster.clear_shift(officer_id, DAY)
    roster.clear_shift(officer_id, DAY)  # already clear: nothing more to record
    assert empty_store.get("shifts", shift_id)["void_reason"]
    assert [e.action for e in empty_store.history("shifts", shift_id)] == [
        "create",
        "update",
        "void",
    ]
    week = roster.week(IsoWeek.of(DAY))
    assert week.rows[0].shifts == {}
    roster.set_shift(officer_id, DAY, "rest")  # the same day again revives the row
    assert empty_store.get("shifts", shift_id)["voided_at"] is None
    assert roster.week(IsoWeek.of(DAY)).rows[0].shifts[DAY.isoformat()].kind == "rest"


@pytest.mark.parametrize(
    ("kind", "patrols", "field"),
    [
        ("holiday", 0, "kind"),
        ("rest", 2, "patrols"),
        ("leave", 1, "patrols"),
        ("day", 21, "patrols"),
    ],
)
def test_impossible_shift_is_refused(
    roster: RosterService, empty_store: Store, kind: str, patrols: int, field: str
) -> None:
    officer_id = roster.create(officer())
    before = snapshot(empty_store)
    with pytest.raises(ValidationError) as caught:
        roster.set_shift(officer_id, DAY, kind, patrols=patrols)
    assert field in caught.value.errors
    assert snapshot(empty_store) == before
    assert empty_store.scalar("SELECT count(*) FROM shifts") == 0


def test_shift_for_unknown_officer_is_refused(roster: RosterService, empty_store: Store) -> None:
    with pytest.raises(NotFoundError):
        roster.set_shift(404, DAY, "day")
    assert empty_store.scalar("SELECT count(*) FROM shifts") == 0


def test_week_totals_match_the_shifts(demo_store: Store) -> None:
    roster = RosterService(demo_store)
    week = IsoWeek.parse("2026-W47")
    days = [week.monday + timedelta(days=i) for i in range(7)]
    shifts = demo_store.rows(
        "SELECT s.officer_id, s.day, s.kind, s.patrols FROM shifts s"
        " JOIN officers o ON o.id = s.officer_id"
        " WHERE o.active = 1 AND o.voided_at IS NULL AND s.voided_at IS NULL"
        " AND s.day BETWEEN ? AND ?",
        [days[0].isoformat(), days[-1].isoformat()],
    )
    assert shifts  # the demo covers this week
    result = roster.week(week)
    active = demo_store.scalar("SELECT count(*) FROM officers WHERE active = 1")
    assert len(result.rows) == active
    for row in result.rows:
        mine = [s for s in shifts if s["officer_id"] == row.officer.id]
        assert row.duty_days == sum(1 for s in mine if s["kind"] in ON_DUTY_SHIFTS)
        assert row.patrols == sum(s["patrols"] for s in mine)
    for day in days:
        that_day = [s for s in shifts if s["day"] == day.isoformat()]
        assert result.on_duty(day) == sum(1 for s in that_day if s["kind"] in ON_DUTY_SHIFTS)
        assert result.patrols(day) == sum(s["patrols"] for s in that_day)


def test_officer_who_left_is_not_on_the_week(demo_store: Store) -> None:
    roster = RosterService(demo_store)
    week = IsoWeek.parse("2026-W47")
    leaving = roster.week(week).rows[0].officer
    data = OfficerInput(
        leaving.name,
        leaving.kind,
        leaving.badge_no,
        leaving.team,
        post=leaving.post,
        phone=leaving.phone,
        committee_member=leaving.committee_member,
        committee_grid_id=leaving.committee_grid_id,
        active=False,
        left_on="2026-11-20",
        grid_ids=leaving.grid_ids,
        joined_on=leaving.joined_on,
    )
    assert roster.update(leaving.id, data) == {
        "active": [1, 0],
        "left_on": [None, "2026-11-20"],
    }
    assert leaving.id not in {row.officer.id for row in roster.week(week).rows}
    for grid_id in leaving.grid_ids:
        assert leaving.id not in {o.id for o in roster.responsible_for(grid_id)}
