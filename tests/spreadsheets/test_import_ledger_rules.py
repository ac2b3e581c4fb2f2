"""Households and visits imported from spreadsheets obey the household ledger's own rules and
end up exactly like those registered in the window."""

from __future__ import annotations

import json
from datetime import date

from messy_files import HEADINGS, person_id, write_xlsx

from stationdesk.cli import run
from stationdesk.domain.household_ledger import HouseholdFilter
from stationdesk.domain.household_records import AddressInput, HouseholdInput, ResidentInput
from stationdesk.domain.households import HouseholdService
from stationdesk.domain.people import PersonInput
from stationdesk.spreadsheets import visits
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import import_file
from stationdesk.store import Store, open_store

TODAY = date(2026, 11, 27)
GRID = "姚电社区第一网格"
VISIT_HEADINGS = ["住址", "走访日期", "走访事由", "走访民警", "是否需跟进", "跟进事项"]


def row(relation, name, sequence, address, grid=GRID):
    return ["", relation, name, "男", person_id(sequence), "", address, grid, "2026-01-01"]


def register_in_window(store: Store) -> int:
    """幸福路1号, registered through the service the way the household form does."""
    return HouseholdService(store, today=lambda: TODAY).register(
        HouseholdInput(
            address=AddressInput(grid_id=3, road="幸福路", house_no="1"),
            members=(ResidentInput("head", person=PersonInput("王甲", id_number=person_id(31))),),
            registered_on="2026-01-01",
        )
    )


def test_full_width_digits_are_the_same_address_as_in_the_window(demo_store, tmp_path):
    household = register_in_window(demo_store)
    rows = [row("妻", "李乙", 32, "幸福路１号"), row("户主", "赵丙", 33, "幸福路２号")]
    report = import_file(
        demo_store, KIND, write_xlsx(tmp_path / "h.xlsx", HEADINGS, rows), today=TODAY
    )
    assert not report.problems, report.lines()
    assert report.added == {"households": 1, "people": 2, "residents": 2}
    assert report.updated == {"households": 1}
    members = HouseholdService(demo_store).get(household).members
    assert sorted(m.person.name for m in members) == ["李乙", "王甲"]
    assert demo_store.scalar("SELECT count(*) FROM addresses WHERE road = '幸福路'") == 2


def test_one_address_one_household_in_a_file_whatever_the_digits(demo_store, tmp_path):
    rows = [row("户主", "甲", 41, "幸福路１２号"), row("户主", "乙", 42, "幸福路12号")]
    report = import_file(
        demo_store, KIND, write_xlsx(tmp_path / "h.xlsx", HEADINGS, rows), today=TODAY
    )
    reasons = {p.row: p.reason for p in report.problems}
    assert "幸福路12号 has 2 heads: a household has one head" in reasons[2]
    assert not report.committed


def test_households_go_only_in_a_village_community_or_grid(demo_store, tmp_path):
    rows = [row("户主", "甲", 51, "幸福路5号", grid="东安路街道"), row("户主", "乙", 52, "幸福路")]
    report = import_file(
        demo_store, KIND, write_xlsx(tmp_path / "h.xlsx", HEADINGS, rows), today=TODAY
    )
    reasons = {(p.row, p.column): p.reason for p in report.problems}
    assert "village or community" in reasons[(2, "所属网格")]
    assert report.added == {"households": 1, "people": 1, "residents": 1}


def test_an_imported_household_is_a_household_like_any_other(demo_path, tmp_path, capsys):
    rows = [row("户主", "欧阳明", 61, "幸福路6号"), row("子", "欧阳小明", 62, "幸福路6号")]
    with open_store(demo_path, "clerk") as store:
        report = import_file(
            store, KIND, write_xlsx(tmp_path / "h.xlsx", HEADINGS, rows), today=TODAY
        )
        assert report.committed
        service = HouseholdService(store, today=lambda: TODAY)
        ledger = service.ledger
        [household_id] = ledger.household_ids(HouseholdFilter(text="欧阳小明"))
        household = service.get(household_id)
        assert household.address.text() == "幸福路6号" and household.head.person.name == "欧阳明"
        [line] = ledger.household_rows([household_id])
        assert line.members == 2 and line.grid_name == GRID
        coverage = {c.key: c for c in ledger.coverage_by_grid(date(2026, 9, 1), TODAY)}
        assert coverage[3].households == 1 and coverage[3].never_visited == 1
        due = ledger.due_households(3, days=30)
        assert [d.household_id for d in due] == [household_id]
    code = run(["search", "欧阳小明", "--json", "--db", str(demo_path)], open_window=lambda _a: 0)
    found = json.loads(capsys.readouterr().out)
    assert code == 0 and any("欧阳小明" in json.dumps(hit, ensure_ascii=False) for hit in found)


def test_visits_follow_the_ledger_rules(demo_store, tmp_path):
    register_in_window(demo_store)
    serving, left = [
        r["name"] for r in demo_store.rows("SELECT name FROM officers ORDER BY id LIMIT 2")
    ]
    officer_id = demo_store.scalar("SELECT id FROM officers WHERE name = ?", [left])
    demo_store.update("officers", officer_id, {"active": 0})
    rows = [
        ["幸福路１号", "2026/11/20", "反诈宣传", serving, "否", ""],
        ["幸福路1号", "2026/11/21", "回访", left, "否", ""],
        ["幸福路1号", "2026/11/22", "安全检查", serving, "是", ""],
    ]
    report = import_file(
        demo_store,
        visits.KIND,
        write_xlsx(tmp_path / "v.xlsx", VISIT_HEADINGS, rows),
        skip_bad=True,
        today=TODAY,
    )
    reasons = {(p.row, p.column): p.reason for p in report.problems}
    assert "not serving" in reasons[(3, "走访民警")]
    assert "say what follow-up is needed" in reasons[(4, "跟进事项")]
    assert report.added == {"visits": 1}
