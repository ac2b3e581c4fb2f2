"""Forms as each role sees them: read only where the role (or, for an instructor, the grid)
may not change the record, editable and saved where it may."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from instructor_station import a_dispute, grid_outside, instructor_grids
from keyboard_input import retype
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from window_helpers import context_for

from stationdesk.domain.accounts import AccountService
from stationdesk.domain.demo import DEMO_PASSWORD
from stationdesk.domain.disputes import DisputeService
from stationdesk.store import Store, open_store
from stationdesk.ui.forms.household_dialog import HouseholdDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.pages.disputes_page import DisputesPage
from stationdesk.ui.pages.households_page import HouseholdsPage
from stationdesk.ui.pages.injuries_page import InjuriesPage
from stationdesk.ui.pages.officers_tab import OfficersTab

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")


@pytest.fixture
def station(accounts_path: Path) -> Iterator[Store]:
    store = open_store(accounts_path, "tester")
    yield store
    store.close()


def new_dispute(store: Store, grid_id: int) -> int:
    """An open dispute in `grid_id`, entered by the chief."""
    AccountService(store).sign_in("chief", DEMO_PASSWORD)
    officer_id = int(
        store.scalar("SELECT min(officer_id) FROM officer_grids WHERE grid_id = ?", [grid_id])
    )
    return DisputeService(store).create(a_dispute(grid_id, officer_id))


def signed_in_page(qtbot: QtBot, store: Store, tmp_path: Path, user: str) -> DisputesPage:
    AccountService(store).sign_in(user, DEMO_PASSWORD)
    page = DisputesPage(context_for(store, tmp_path))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_an_auditor_reads_a_dispute_in_a_form_that_cannot_be_saved(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    page = signed_in_page(qtbot, station, tmp_path, "auditor")
    dispute_id = page.shown_id()
    assert dispute_id is not None
    form = page.form
    assert form.save_button.isHidden() and form.cancel_button.isHidden()
    assert form.place.isReadOnly() and form.summary.isReadOnly()
    assert not form.category.isEnabled() and not form.add_party_button.isEnabled()
    assert all(row.name.isReadOnly() for row in form.parties)
    assert form.locked_note.isVisible()
    assert form.locked_note.text() == (
        "Read only: your role (Auditor) may read records but not change them."
    )
    new = page.filters.new_button
    assert not new.isEnabled() and new.toolTip() == form.locked_note.text()
    page.new_record()  # Ctrl+N offers nothing to type into
    assert page.shown_id() == dispute_id
    before = station.scalar("SELECT max(id) FROM audit_log")
    page.save()  # nor does Ctrl+S write anything
    assert station.scalar("SELECT max(id) FROM audit_log") == before
    assert not page.filters.my_grids.isVisible()


def test_an_instructor_sees_their_grids_first_and_may_list_every_grid(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    grids = instructor_grids(station)
    page = signed_in_page(qtbot, station, tmp_path, "instructor")
    assert page.filters.my_grids.isVisible() and page.filters.my_grids.isChecked()
    mine = page.ctx.disputes.counts(page.model.filter).total
    assert set(page.model.filter.grid_ids) == grids
    page.filters.clear_button.click()
    assert not page.filters.my_grids.isChecked()
    assert page.ctx.disputes.counts(page.model.filter).total > mine


def test_my_open_disputes_are_those_of_the_officer_the_account_is_linked_to(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    linked = station.scalar("SELECT officer_id FROM accounts WHERE username = 'instructor'")
    page = signed_in_page(qtbot, station, tmp_path, "instructor")
    mine = page.filters.saved_buttons["mine"]
    assert mine.isVisible()
    qtbot.mouseClick(mine, Qt.MouseButton.LeftButton)
    assert page.model.filter.officer_id == linked
    assert page.model.filter.statuses == ("open",)


def test_an_instructor_edits_a_dispute_of_their_grid_but_not_of_another(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    grids = instructor_grids(station)
    outside = grid_outside(station, grids)
    theirs = new_dispute(station, outside)
    mine = new_dispute(station, min(grids))
    page = signed_in_page(qtbot, station, tmp_path, "instructor")
    form = page.form

    page.open_dispute(theirs)
    assert form.locked_note.isVisible()
    assert form.locked_note.text() == "Outside your grids — read only"
    assert form.save_button.isHidden() and form.place.isReadOnly()

    page.open_dispute(mine)
    assert not form.locked_note.isVisible()
    assert form.save_button.isVisible() and not form.place.isReadOnly()
    retype(qtbot, form.place, "东苑社区3号楼楼下")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible(), form.error.text()
    assert station.get("disputes", mine)["place"] == "东苑社区3号楼楼下"
    assert [e.actor for e in station.history("disputes", mine)][-1] == "instructor"


def test_an_instructor_lists_their_households_and_may_not_change_another_grids(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    grids = instructor_grids(station)
    AccountService(station).sign_in("instructor", DEMO_PASSWORD)
    page = HouseholdsPage(context_for(station, tmp_path))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.my_households.isChecked() and page.my_visits.isChecked()
    listed = {
        station.grid_of("households", page.household_model.id_at(row))
        for row in range(page.household_model.rowCount())
    }
    assert listed <= grids
    panel = page.panel
    assert panel.visit_button.isEnabled() and not panel.read_only_note.isVisible()

    page.my_households.setChecked(False)
    outside = int(
        station.scalar(
            f"SELECT min(id) FROM households WHERE voided_at IS NULL"
            f" AND grid_id NOT IN ({','.join(map(str, grids))})"
        )
    )
    page.show_household(outside)
    assert panel.read_only_note.isVisible()
    assert panel.read_only_note.text() == "Outside your grids — read only"
    for button in (panel.visit_button, panel.correct_button, panel.member_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Outside your grids — read only"
    assert panel.card_button.isEnabled()  # reading and printing stay open


def test_a_clerk_reads_the_roster_but_only_the_chief_changes_it(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    AccountService(station).sign_in("clerk", DEMO_PASSWORD)
    tab = OfficersTab(context_for(station, tmp_path))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    form = tab.form
    assert form.name.text() and form.name.isReadOnly()
    assert not form.team.isEnabled() and not form.active.isEnabled()
    assert form.save_button.isHidden() and form.void_button.isHidden()
    assert not tab.new_button.isEnabled()
    assert tab.new_button.toolTip() == (
        "Read only: your role (Clerk) may not change the roster and grids."
    )


def test_an_auditor_reads_an_injury_case_that_only_the_chief_may_close(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    incident_id = int(station.scalar("SELECT min(id) FROM incidents WHERE status = 'open'"))
    for user, may_close in (("auditor", False), ("chief", True)):
        AccountService(station).sign_in(user, DEMO_PASSWORD)
        page = InjuriesPage(context_for(station, tmp_path))
        qtbot.addWidget(page)
        page.rows.select(incident_id)
        assert page.shown_id() == incident_id
        assert page.form.save_button.isHidden() is not may_close
        assert page.rights.close_button.isHidden() is not may_close
        assert page.new_button.isEnabled() is may_close


def grid_choices(combo: QComboBox) -> set[int]:
    return {combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) is not None}


def test_an_instructor_is_offered_only_their_own_grids_for_a_new_dispute(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    grids = instructor_grids(station)
    outside = grid_outside(station, grids)
    theirs = new_dispute(station, outside)
    page = signed_in_page(qtbot, station, tmp_path, "instructor")
    page.new_record()
    form = page.form
    assert grid_choices(form.grid) == grids
    before = station.scalar("SELECT count(*) FROM disputes")
    form.grid.setCurrentIndex(form.grid.findData(min(grids)))
    retype(qtbot, form.summary, "楼上漏水，邻里争吵")
    first, second = form.parties
    retype(qtbot, first.name, "赵小梅")
    retype(qtbot, second.name, "钱大江")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible(), form.error.text()
    assert station.scalar("SELECT count(*) FROM disputes") == before + 1

    page.open_dispute(theirs)  # a dispute of another grid still shows its grid, read only
    assert form.grid.currentData() == outside and grid_choices(form.grid) == grids | {outside}


def test_a_clerk_is_offered_every_grid(qtbot: QtBot, station: Store, tmp_path: Path) -> None:
    page = signed_in_page(qtbot, station, tmp_path, "clerk")
    page.new_record()
    every = {row["id"] for row in station.rows("SELECT id FROM grids WHERE level = 3")}
    assert every <= grid_choices(page.form.grid)


def test_an_instructor_registers_households_only_in_their_own_grids(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    AccountService(station).sign_in("instructor", DEMO_PASSWORD)
    dialog = HouseholdDialog(context_for(station, tmp_path))
    qtbot.addWidget(dialog)
    assert grid_choices(dialog.grid) == instructor_grids(station)


def test_an_instructors_filter_buttons_show_their_whole_labels_on_a_1280_screen(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    AccountService(station).sign_in("instructor", DEMO_PASSWORD)
    window = MainWindow(context_for(station, tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    filters = window.disputes_page.filters
    shown = [b for b in filters.saved_buttons.values() if b.isVisible()]
    assert [b.text() for b in shown] == ["All", "My open disputes", "Open", "Overdue", "Grade A"]
    for widget in (*shown, filters.my_grids, filters.clear_button):
        assert widget.isVisible() and widget.width() >= widget.sizeHint().width(), widget.text()
