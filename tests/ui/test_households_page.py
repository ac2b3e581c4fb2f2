"""Households & visits as a community officer uses it: type a new household, record a visit,
open a dispute from it, and see everything linked; the coverage view follows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from household_helpers import TODAY, free_id_number, run_dialog
from keyboard_input import retype, type_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.dispute_from_visit import DisputeFromVisitDialog
from stationdesk.ui.forms.household_dialog import HouseholdDialog, MemberRow
from stationdesk.ui.forms.visit_dialog import VisitDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.models.household_models import (
    CoverageTableModel,
    HouseholdTableModel,
    VisitTableModel,
)
from stationdesk.ui.pages.disputes_page import DisputesPage
from stationdesk.ui.pages.households_page import HouseholdsPage
from stationdesk.ui.widgets.household_panel import ID_ROLE, MemberDialog

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(households_page: HouseholdsPage) -> HouseholdsPage:
    """The real page on the demo station, today being the demo's last day."""
    return households_page


def fill_member(qtbot: QtBot, row: MemberRow, relationship: str, name: str, number: str) -> None:
    """Type one member's details."""
    row.relationship.setCurrentIndex(row.relationship.findData(relationship))
    retype(qtbot, row.name, name)
    retype(qtbot, row.id_number, number)


def a_grid(ctx: AppContext) -> int:
    """A grid with a responsible officer."""
    return next(g.id for g in ctx.grids.all() if g.level == 3 and ctx.roster.responsible_for(g.id))


def coverage_of(page: HouseholdsPage, grid_id: int) -> tuple[int, int]:
    """(households, visited) of a grid in the coverage view."""
    line = next(line for line in page.coverage_model.lines if line.key == grid_id)
    return line.households, line.visited


def pdf_text(path: Path) -> str:
    """The PDF's text without spaces or line breaks."""
    return "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())


def count(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


# -- the path of the issue ---------------------------------------------------------------
def test_new_household_visit_and_dispute_are_linked_both_ways(
    qtbot: QtBot,
    preview_saves: list[int],
    page: HouseholdsPage,
    ctx: AppContext,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    grid_id = a_grid(ctx)
    households_before, visited_before = coverage_of(page, grid_id)
    head = free_id_number(demo_store, date(1948, 4, 2), "male")
    wife = free_id_number(demo_store, date(1950, 8, 9), "female")
    grandson = free_id_number(demo_store, date(2014, 6, 1), "male")

    def register(dialog: HouseholdDialog) -> None:
        assert dialog.focusWidget() is dialog.grid
        dialog.grid.setCurrentIndex(dialog.grid.findData(grid_id))
        type_text(qtbot, dialog.address["road"], "幸福路")
        type_text(qtbot, dialog.address["house_no"], "18")
        type_text(qtbot, dialog.address["building"], "2")
        type_text(qtbot, dialog.address["flat"], "301")
        fill_member(qtbot, dialog.members[0], "head", "王守田", head)
        assert dialog.members[0].sex.currentData() == "male"
        dialog.members[0].flags["elderly_alone"].setChecked(False)
        qtbot.mouseClick(dialog.add_button, LEFT)
        fill_member(qtbot, dialog.members[1], "spouse", "李桂兰", wife)
        qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
        fill_member(qtbot, dialog.members[2], "grandchild", "王小宇", grandson)
        qtbot.keyClick(dialog.members[2].flags["left_behind_child"], Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.save_button, LEFT)

    run_dialog(monkeypatch, HouseholdDialog, register)
    qtbot.mouseClick(page.new_button, LEFT)
    household_id = page.shown_household()
    assert household_id is not None
    household = ctx.households.get(household_id)
    assert household.address.text() == "幸福路18号2栋301室"
    assert [m.person.name for m in household.members] == ["王守田", "李桂兰", "王小宇"]
    assert household.flags == {"left_behind_child"}
    assert page.panel.members.rowCount() == 3

    def visit(dialog: VisitDialog) -> None:
        assert dialog.officer_ids(), "the grid's officer comes ticked"
        dialog.purpose.setCurrentIndex(dialog.purpose.findData("anti_fraud"))
        type_text(qtbot, dialog.found, "与隔壁邻居因楼道堆物发生争吵")
        qtbot.keyClick(dialog.app, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.save_button, LEFT)

    run_dialog(monkeypatch, VisitDialog, visit)
    qtbot.mouseClick(page.panel.visit_button, LEFT)
    [saved_visit] = ctx.households.visits_of(household_id)
    assert saved_visit.anti_fraud_app == 1 and saved_visit.purpose == "anti_fraud"
    assert page.panel.visits.item(0, 0).data(ID_ROLE) == saved_visit.id

    def dispute(dialog: DisputeFromVisitDialog) -> None:
        form = dialog.form
        assert [row.person_id for row in form.parties] == [m.person.id for m in household.members]
        assert form.summary.toPlainText() == "与隔壁邻居因楼道堆物发生争吵"
        assert f"visit No. {saved_visit.id}" in form.heading.text()
        qtbot.mouseClick(form.save_button, LEFT)

    run_dialog(monkeypatch, DisputeFromVisitDialog, dispute)
    qtbot.mouseClick(page.panel.dispute_button, LEFT)
    [dispute_id] = ctx.households.disputes_from(saved_visit.id)
    saved = ctx.disputes.get(dispute_id)
    assert saved.source_visit_id == saved_visit.id and saved.received_how == "visit"
    assert saved.received_on == saved_visit.visited_on == TODAY.isoformat()
    assert page.panel.disputes.item(0, 0).text() == str(dispute_id)
    assert page.panel.disputes.item(0, 4).text() == str(saved_visit.id)
    assert page.panel.visits.item(0, 5).text() == str(dispute_id)

    disputes_page = DisputesPage(ctx)
    qtbot.addWidget(disputes_page)
    disputes_page.intake.show(dispute_id)
    assert f"found on visit No. {saved_visit.id}" in disputes_page.form.heading.text()

    expected = (households_before + 1, visited_before + 1)
    qtbot.waitUntil(lambda: coverage_of(page, grid_id) == expected)

    output = tmp_path / "visit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(output), "")))
    page.panel.select_visit(saved_visit.id)
    qtbot.mouseClick(page.panel.print_visit_button, LEFT)
    text = pdf_text(output)
    assert "与隔壁邻居因楼道堆物发生争吵" in text
    assert "Anti-fraudappinstalledyes" in text
    assert f"Disputeno.{dispute_id}" in text
    assert head not in text and f"{head[:6]}********{head[14:]}" in text


# -- bad input ---------------------------------------------------------------------------
def test_a_household_without_a_head_or_with_a_bad_id_is_not_saved(
    qtbot: QtBot,
    page: HouseholdsPage,
    ctx: AppContext,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = {t: count(demo_store, t) for t in ("households", "people", "addresses")}
    good = free_id_number(demo_store, date(1970, 1, 1), "male")
    bad = good[:-1] + ("1" if good[-1] != "1" else "2")

    def register(dialog: HouseholdDialog) -> None:
        dialog.grid.setCurrentIndex(dialog.grid.findData(a_grid(ctx)))
        type_text(qtbot, dialog.address["road"], "幸福路")
        type_text(qtbot, dialog.address["house_no"], "20")
        fill_member(qtbot, dialog.members[0], "spouse", "赵明", good)
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.error.isVisible()
        assert "head of household" in dialog.error.text()
        assert dialog.members[0].relationship.property("invalid")
        fill_member(qtbot, dialog.members[0], "head", "赵明", bad)
        assert dialog.members[0].id_number.property("invalid")
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert "check" in dialog.error.text()
        assert dialog.focusWidget() is dialog.members[0].id_number
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), LEFT)

    run_dialog(monkeypatch, HouseholdDialog, register)
    page.new_record()
    assert {t: count(demo_store, t) for t in before} == before


def test_a_visit_dated_tomorrow_is_refused_with_the_date_marked(
    qtbot: QtBot, page: HouseholdsPage, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = count(demo_store, "visits")

    def visit(dialog: VisitDialog) -> None:
        dialog.visited_on.setFocus()
        qtbot.keyClick(dialog.visited_on, Qt.Key.Key_Up)  # the year goes up by one
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.visited_on.property("invalid")
        assert "cannot be in the future" in dialog.error.text()
        dialog.reject()

    run_dialog(monkeypatch, VisitDialog, visit)
    qtbot.mouseClick(page.panel.visit_button, LEFT)
    assert count(demo_store, "visits") == before


# -- lists -------------------------------------------------------------------------------
def test_find_households_by_name_and_flag(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, demo_store: Store
) -> None:
    name = demo_store.scalar(
        "SELECT p.name FROM residents r JOIN people p ON p.id = r.person_id"
        " WHERE r.relationship = 'head' ORDER BY r.id LIMIT 1"
    )
    page.focus_filter()
    type_text(qtbot, page.text_filter, name)
    qtbot.waitUntil(lambda: page.household_model.filter.text == name)
    assert page.household_model.rowCount() >= 1
    assert all(
        any(name in m.person.name for m in ctx.households.get(i).living)
        for i in map(page.household_model.id_at, range(page.household_model.rowCount()))
    )
    retype(qtbot, page.text_filter, "")
    page.flag_filter.setCurrentIndex(page.flag_filter.findData("elderly_alone"))
    qtbot.waitUntil(lambda: page.household_model.filter.text == "")
    assert page.household_model.rowCount() > 0
    assert all("elderly_alone" in line.flags for line in page.household_model.lines)


def test_keyset_models_pass_the_model_tester(qtmodeltester: Any, ctx: AppContext) -> None:
    households = HouseholdTableModel(ctx.households.ledger)
    qtmodeltester.check(households)
    while households.canFetchMore():
        households.fetchMore()
    assert households.rowCount() == ctx.households.ledger.household_count()
    qtmodeltester.check(VisitTableModel(ctx.households.ledger))
    coverage = CoverageTableModel()
    coverage.set_lines(ctx.households.ledger.coverage_by_grid(date(2026, 1, 1), TODAY))
    qtmodeltester.check(coverage)


def test_a_member_moves_out_on_a_day_typed(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    household = ctx.households.get(page.shown_household() or 0)
    leaving = next(m for m in household.living if m.relationship != "head")
    typed = iter([("2026-12-01", True), ("2026-11-20", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: next(typed)))
    row = next(
        r
        for r in range(page.panel.members.rowCount())
        if page.panel.members.item(r, 0).data(ID_ROLE) == leaving.id
    )
    page.panel.members.selectRow(row)
    qtbot.mouseClick(page.panel.move_out_button, LEFT)
    assert "cannot be in the future" in page.panel.message.text()
    assert ctx.households.resident(leaving.id).living
    page.panel.members.selectRow(row)
    qtbot.mouseClick(page.panel.move_out_button, LEFT)
    assert ctx.households.resident(leaving.id).moved_out_on == "2026-11-20"
    assert "moved out" in page.panel.message.text()


def test_a_member_s_flags_are_corrected_from_the_page(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    household = ctx.households.get(page.shown_household() or 0)
    member = household.members[0]
    wanted = "disability" if "disability" not in member.flags else "key_person"

    def correct(dialog: Any) -> None:
        assert dialog.row.name.text() == member.person.name
        qtbot.keyClick(dialog.row.flags[wanted], Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.save_button, LEFT)

    run_dialog(monkeypatch, MemberDialog, correct)
    page.panel.members.selectRow(0)
    qtbot.mouseClick(page.panel.edit_member_button, LEFT)
    assert wanted in ctx.households.resident(member.id).flags
    assert "corrected" in page.panel.message.text()


def test_a_visit_entered_by_mistake_is_voided_with_a_reason(
    qtbot: QtBot, page: HouseholdsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    household_id = page.shown_household() or 0
    free = [
        v for v in ctx.households.visits_of(household_id) if not ctx.households.disputes_from(v.id)
    ]
    page.panel.select_visit(free[0].id)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("entered twice", True))
    )
    qtbot.mouseClick(page.panel.void_visit_button, LEFT)
    assert free[0].id not in [v.id for v in ctx.households.visits_of(household_id)]
    assert "voided" in page.panel.message.text()
    assert page.panel.visits.rowCount() == len(ctx.households.visits_of(household_id))


def test_the_window_s_shortcuts_reach_the_page_and_its_new_household_form(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    shortcuts = {action.shortcut().toString(): action for action in window.actions()}

    def press(keys: str) -> None:
        shortcuts[QKeySequence(keys).toString()].trigger()

    press("Ctrl+2")
    page = window.page()
    assert isinstance(page, HouseholdsPage)
    press("Ctrl+Shift+F")
    assert window.focusWidget() is page.text_filter
    opened = run_dialog(monkeypatch, HouseholdDialog, lambda dialog: dialog.reject())
    press("Ctrl+N")
    assert len(opened) == 1
