"""Putting a household right after it was registered, as a clerk does from the household page:
correct its details, void it or a member entered by mistake, correct a member's personal
details, read the history, and see every grid of an area in the coverage."""

from __future__ import annotations

from datetime import date

import pytest

# The page fixture is shared with the household page's tests: imported, then asked for by name.
from household_helpers import TODAY, free_id_number, run_dialog
from keyboard_input import retype
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from stationdesk.domain.grids import GridInput
from stationdesk.domain.household_records import (
    AddressInput,
    HouseholdCorrection,
    HouseholdInput,
    ResidentInput,
)
from stationdesk.domain.people import PersonInput
from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.household_dialog import HouseholdCorrectionDialog
from stationdesk.ui.pages.households_page import COVERAGE_TAB, HouseholdsPage
from stationdesk.ui.widgets.history_view import HistoryView
from stationdesk.ui.widgets.household_panel import ID_ROLE, MemberDialog

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(households_page: HouseholdsPage) -> HouseholdsPage:
    """The real page on the demo station, today being the demo's last day."""
    return households_page


def answer(monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    """The reason typed when the page asks why something is voided."""
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: (reason, True)))


def select_member(page: HouseholdsPage, resident_id: int) -> None:
    """Select a member's row in the panel."""
    members = page.panel.members
    row = next(
        r for r in range(members.rowCount()) if members.item(r, 0).data(ID_ROLE) == resident_id
    )
    members.selectRow(row)


def history_texts(view: HistoryView) -> list[str]:
    """Every line of the newest entry: its heading, then 'field | before | after'."""
    top = view.topLevelItem(0)
    assert top is not None
    children = [top.child(i) for i in range(top.childCount())]
    return [top.text(0)] + [" | ".join(c.text(n) for n in range(3)) for c in children]


def fresh_household(ctx: AppContext, grid_id: int, house_no: str) -> int:
    """A household with only its head, nothing hanging off it."""
    return ctx.households.register(
        HouseholdInput(
            AddressInput(grid_id, "试验路", house_no=house_no),
            (ResidentInput("head", person=PersonInput("钱多多")),),
            registered_on=TODAY,
        )
    )


def test_a_household_s_phone_notes_and_grid_are_corrected_and_the_history_says_so(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    household = ctx.households.get(page.shown_household() or 0)
    other_grid = next(g.id for g in ctx.grids.all() if g.level == 3 and g.id != household.grid_id)

    def correct(dialog: HouseholdCorrectionDialog) -> None:
        retype(qtbot, dialog.phone, "12ab")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.isVisible() and "phone" in dialog.error.text().lower()
        assert dialog.phone.property("invalid") is True
        assert ctx.households.get(household.id).phone == household.phone
        retype(qtbot, dialog.phone, "0371-66881234")
        retype(qtbot, dialog.notes, "家中有看门狗，先打电话")
        dialog.grid.setCurrentIndex(dialog.grid.findData(other_grid))
        qtbot.mouseClick(dialog.save_button, LEFT)

    run_dialog(monkeypatch, HouseholdCorrectionDialog, correct)
    qtbot.mouseClick(page.panel.correct_button, LEFT)
    now = ctx.households.get(household.id)
    assert (now.phone, now.notes) == ("0371-66881234", "家中有看门狗，先打电话")
    assert now.grid_id == now.address.grid_id == other_grid
    assert now.version == household.version + 1
    assert "corrected" in page.panel.message.text()
    assert "家中有看门狗" in page.panel.details.text()
    lines = history_texts(page.panel.household_history)
    assert "changed" in lines[0]
    assert any(line.startswith("Phone |") and "0371-66881234" in line for line in lines)
    assert any(line.startswith("Grid |") for line in lines)


def test_a_correction_over_someone_else_s_is_refused(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    household = ctx.households.get(page.shown_household() or 0)

    def correct(dialog: HouseholdCorrectionDialog) -> None:
        ctx.households.correct(
            household.id, HouseholdCorrection(household.grid_id, "13700000000"), household.version
        )
        retype(qtbot, dialog.phone, "13811112222")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert "changed by someone else" in dialog.error.text()
        dialog.reject()

    run_dialog(monkeypatch, HouseholdCorrectionDialog, correct)
    qtbot.mouseClick(page.panel.correct_button, LEFT)
    assert ctx.households.get(household.id).phone == "13700000000"


def test_a_household_with_visits_is_not_voided_but_one_registered_by_mistake_is(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy = page.shown_household() or 0
    assert ctx.households.visits_of(busy)
    answer(monkeypatch, "wrong address")
    qtbot.mouseClick(page.panel.void_button, LEFT)
    assert "Not saved" in page.panel.message.text()
    assert "visit" in page.panel.message.text() or "dispute" in page.panel.message.text()
    assert ctx.households.get(busy).voided_at is None
    mistake = fresh_household(ctx, ctx.households.get(busy).grid_id, "99")
    page.show_household(mistake)
    answer(monkeypatch, "registered twice")
    qtbot.mouseClick(page.panel.void_button, LEFT)
    assert ctx.households.get(mistake).void_reason == "registered twice"
    assert f"Household No. {mistake} voided." in page.panel.message.text()
    qtbot.waitUntil(lambda: page.household_model.row_of(mistake) is None)
    assert page.shown_household() is None
    page.show_household(mistake)
    assert "VOID: registered twice" in page.panel.details.text()
    assert not page.panel.visit_button.isEnabled() and not page.panel.void_button.isEnabled()


def test_a_member_added_by_mistake_is_voided_and_the_head_is_not(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    household_id = fresh_household(
        ctx, ctx.households.get(page.shown_household() or 0).grid_id, "98"
    )
    wrong = ctx.households.add_member(
        household_id, ResidentInput("spouse", person=PersonInput("孙错登"))
    )
    page.show_household(household_id)
    head = ctx.households.get(household_id).head
    assert head is not None
    answer(monkeypatch, "belongs to the flat upstairs")
    select_member(page, head.id)
    qtbot.mouseClick(page.panel.void_member_button, LEFT)
    assert "make another member head" in page.panel.message.text()
    select_member(page, wrong)
    qtbot.mouseClick(page.panel.void_member_button, LEFT)
    assert [m.person.name for m in ctx.households.get(household_id).members] == ["钱多多"]
    assert page.panel.members.rowCount() == 1
    assert "孙错登 voided" in page.panel.message.text()
    assert "member voided" in history_texts(page.panel.household_history)[0]


def party_resident(ctx: AppContext, demo_store: Store) -> tuple[int, int]:
    """(household, resident) of a living member who is also party to a dispute."""
    row = demo_store.rows(
        "SELECT r.household_id, r.id FROM residents r JOIN dispute_parties dp"
        " ON dp.person_id = r.person_id JOIN disputes d ON d.id = dp.dispute_id"
        " WHERE r.moved_out_on IS NULL AND r.voided_at IS NULL AND d.voided_at IS NULL"
        " ORDER BY r.id LIMIT 1"
    )[0]
    return row["household_id"], row["id"]


def test_a_member_s_personal_details_are_corrected_on_the_record_disputes_share(
    qtbot: QtBot,
    page: HouseholdsPage,
    ctx: AppContext,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    household_id, resident_id = party_resident(ctx, demo_store)
    member = ctx.households.resident(resident_id)
    disputes = ctx.disputes.disputes_of(member.person.id)
    number = free_id_number(demo_store, date(1966, 5, 17), "female")
    before = demo_store.scalar("SELECT count(*) FROM audit_log")

    def correct(dialog: MemberDialog) -> None:
        assert f"also party to {len(disputes)} dispute(s)" in dialog.shared.text()
        retype(qtbot, dialog.row.id_number, number[:-1] + ("0" if number[-1] != "0" else "1"))
        assert dialog.row.id_number.property("invalid") is True
        assert "check" in dialog.row.id_info.text()
        retype(qtbot, dialog.row.phone, "139")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.isVisible() and dialog.row.phone.property("invalid") is True
        assert demo_store.scalar("SELECT count(*) FROM audit_log") == before
        retype(qtbot, dialog.row.id_number, number)
        assert dialog.row.sex.currentData() == "female"
        assert "1966-05-17" in dialog.row.id_info.text()
        retype(qtbot, dialog.row.name, "周正芳")
        retype(qtbot, dialog.row.phone, "13912345678")
        qtbot.mouseClick(dialog.save_button, LEFT)

    run_dialog(monkeypatch, MemberDialog, correct)
    page.show_household(household_id)
    select_member(page, resident_id)
    qtbot.mouseClick(page.panel.edit_member_button, LEFT)
    person = ctx.households.people.get(member.person.id)
    assert (person.name, person.id_number, person.sex, person.phone) == (
        "周正芳",
        number,
        "female",
        "13912345678",
    )
    assert person.birth_date == "1966-05-17"
    assert "周正芳" in [p.person.name for p in ctx.disputes.get(disputes[0]).parties]
    assert "周正芳 corrected" in page.panel.message.text()
    assert page.panel.members.findItems("周正芳", Qt.MatchFlag.MatchExactly)
    lines = history_texts(page.panel.household_history)
    assert any(
        line.startswith("Personal details corrected |") and "周正芳" in line for line in lines
    )


def test_the_selected_visit_has_its_history_in_words(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext
) -> None:
    household_id = page.shown_household() or 0
    visit = ctx.households.visits_of(household_id)[0]
    page.panel.select_visit(visit.id)
    page.panel.lower_tabs.setCurrentWidget(page.panel.visit_history)
    lines = history_texts(page.panel.visit_history)
    assert "created" in lines[0]
    officers = ", ".join(ctx.roster.get(o).name for o in visit.officer_ids)
    assert f"Officers who went |  | {officers}" in lines
    assert any(line.startswith("Purpose |") and "_" not in line for line in lines)
    assert not any(line.startswith("version") for line in lines)


def test_coverage_shows_every_grid_of_the_chosen_area_even_empty_ones(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext
) -> None:
    village = next(g for g in ctx.grids.all() if g.level == 2)
    empty = ctx.grids.create(village.id, GridInput("新建第九网格"))
    page.tabs.setCurrentIndex(COVERAGE_TAB)
    qtbot.waitUntil(lambda: any(line.key == empty for line in page.coverage_model.lines))
    page.coverage_area.setCurrentIndex(page.coverage_area.findData(village.id))
    lines = page.coverage_model.lines
    children = {g.id for g in ctx.grids.all() if g.parent_id == village.id}
    assert {line.key for line in lines} == children
    [line] = [line for line in lines if line.key == empty]
    assert (line.households, line.visited, line.share) == (0, 0, 0.0)
    page.coverage_by.setCurrentIndex(page.coverage_by.findData("officer"))
    assert not page.coverage_area.isEnabled()
