"""The officers tab as a clerk uses it: type into the form, click, and check the station file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyboard_input import retype
from PySide6.QtCore import QCollator, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stationdesk.domain.roster import Officer
from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.models import officer_model as columns
from stationdesk.ui.models.officer_model import OfficerFilterProxy, OfficerTableModel
from stationdesk.ui.pages.officers_tab import OfficersTab

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")

# -- fixtures and helpers ------------------------------------------------------


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> OfficersTab:
    """The real tab, shown at a desktop size."""
    widget = OfficersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make QMessageBox.question answer `button`; returns the texts it was asked."""
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def tick_grid(qtbot: QtBot, tab: OfficersTab, grid_id: int) -> None:
    """Find a grid with the picker's filter and tick it with the space bar."""
    picker = tab.form.grids
    item = picker.item_for(grid_id)
    assert item is not None
    retype(qtbot, picker.filter, item.text(0).rsplit(" > ", 1)[-1])
    assert not item.isHidden()
    picker.list.setCurrentItem(item)
    picker.list.setFocus()
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A left click."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, tab: OfficersTab, officer_id: int) -> None:
    """Click an officer's row in the list."""
    row = tab.proxy.row_of(officer_id)
    assert row is not None
    tab.table.scrollTo(tab.proxy.index(row, 0))
    rect = tab.table.visualRect(tab.proxy.index(row, columns.NAME))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def count(store: Store, table: str) -> int:
    """Rows of a table."""
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def listed_ids(tab: OfficersTab) -> list[int]:
    """Officer ids in the order the list shows them."""
    officers = [tab.proxy.officer_at(row) for row in range(tab.proxy.rowCount())]
    return [officer.id for officer in officers if officer is not None]


def unheld_grid(ctx: AppContext) -> int:
    """The demo's grid with no responsible officer."""
    return next(w.grid_id for w in ctx.roster.grid_warnings() if not w.officer_names)


def officer_with_grids(ctx: AppContext) -> Officer:
    """An active officer responsible for some grids."""
    return next(o for o in ctx.roster.officers(include_left=False) if o.grid_ids)


def wait_for(qtbot: QtBot, condition: Callable[[], bool]) -> None:
    """Until the tab has caught up with the change signals."""
    qtbot.waitUntil(condition, timeout=3000)


# -- the model ---------------------------------------------------------------
def test_the_officer_model_and_its_proxy_behave_as_qt_models(
    qtmodeltester: Any, ctx: AppContext
) -> None:
    model = OfficerTableModel(ctx.roster, ctx.grids, ctx.events)
    qtmodeltester.check(model)
    proxy = OfficerFilterProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("社区")
    qtmodeltester.check(proxy)


def test_the_list_shows_every_active_officer_with_their_grids(
    tab: OfficersTab, ctx: AppContext
) -> None:
    officers = ctx.roster.officers(include_left=False)
    assert tab.proxy.rowCount() == len(officers)
    assert tab.count_label.text() == f"{len(officers)} officers shown"
    holder = officer_with_grids(ctx)
    row = tab.proxy.row_of(holder.id)
    assert row is not None
    shown = tab.proxy.index(row, columns.GRIDS).data()
    assert all(ctx.grids.get(g).name in shown for g in holder.grid_ids)
    assert tab.proxy.headerData(columns.BADGE, Qt.Orientation.Horizontal) == "Badge no."


# -- creating and editing ------------------------------------------------------
def test_a_new_officer_is_typed_in_and_saved(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    before = count(ctx.store, "officers")
    click(qtbot, tab.new_button)
    assert tab.form.heading.text() == "New officer"
    form = tab.form
    retype(qtbot, form.name, "赵晓明")
    form.kind.setCurrentIndex(form.kind.findData("auxiliary"))
    retype(qtbot, form.badge_no, "f41900")
    retype(qtbot, form.post, "社区辅警")
    retype(qtbot, form.phone, "13912345678")
    form.team.setCurrentIndex(form.team.findData("case"))
    assert form.dirty_note.isVisible()
    click(qtbot, form.save_button)

    assert count(ctx.store, "officers") == before + 1
    row = ctx.store.rows("SELECT * FROM officers ORDER BY id DESC LIMIT 1")[0]
    assert (row["name"], row["kind"], row["badge_no"], row["team"]) == (
        "赵晓明",
        "auxiliary",
        "F41900",
        "case",
    )
    assert row["phone"] == "13912345678"
    assert tab.shown_id() == row["id"]
    assert tab.table.selectionModel().currentIndex().row() == tab.proxy.row_of(row["id"])
    assert not form.dirty_note.isVisible()
    assert tab.history.topLevelItemCount() == 1
    qtbot.wait(50)  # the change signals have come back
    assert form.message.text() == "Saved 赵晓明."
    assert form.name.text() == "赵晓明" and not tab.is_dirty()


def test_changing_an_officers_grids_is_in_their_history(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    officer = officer_with_grids(ctx)
    click_row(qtbot, tab, officer.id)
    assert tab.form.name.text() == officer.name
    grid_id = unheld_grid(ctx)
    tick_grid(qtbot, tab, grid_id)
    click(qtbot, tab.form.save_button)

    assert ctx.roster.get(officer.id).grid_ids == tuple(sorted((*officer.grid_ids, grid_id)))
    latest = ctx.store.history("officers", officer.id)[-1]
    assert "grids" in latest.changes
    top = tab.history.topLevelItem(0)
    assert top is not None and "changed" in top.text(0)
    fields = [top.child(i).text(0) for i in range(top.childCount())]  # type: ignore[union-attr]
    assert "Grids responsible for" in fields


def test_the_warning_banner_lists_bad_grids_until_one_is_given_an_officer(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    warnings = ctx.roster.grid_warnings()
    assert warnings and tab.banner.isVisible()
    for warning in warnings:
        assert warning.message in tab.banner.text()

    officer = officer_with_grids(ctx)
    click_row(qtbot, tab, officer.id)
    tick_grid(qtbot, tab, unheld_grid(ctx))
    click(qtbot, tab.form.save_button)

    assert ctx.roster.grid_warnings() == []
    wait_for(qtbot, lambda: not tab.banner.isVisible())


def test_taking_a_grid_someone_has_warns_and_saves_only_when_asked(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = officer_with_grids(ctx)
    taken = holder.grid_ids[0]
    other = next(o for o in ctx.roster.officers(include_left=False) if not o.grid_ids)
    click_row(qtbot, tab, other.id)
    tick_grid(qtbot, tab, taken)
    asked = answer(monkeypatch, No)
    audit_before = count(ctx.store, "audit_log")
    click(qtbot, tab.form.save_button)
    assert len(asked) == 1 and holder.name in asked[0]
    assert ctx.roster.get(other.id).grid_ids == ()
    assert count(ctx.store, "audit_log") == audit_before
    assert tab.is_dirty()

    answer(monkeypatch, Yes)
    click(qtbot, tab.form.save_button)
    assert ctx.roster.get(other.id).grid_ids == (taken,)
    shared = [w for w in ctx.roster.grid_warnings() if w.grid_id == taken]
    assert len(shared) == 1 and len(shared[0].officer_names) == 2
    wait_for(qtbot, lambda: shared[0].message in tab.banner.text())


# -- bad input changes nothing -------------------------------------------------
def test_a_bad_phone_is_marked_and_nothing_is_saved(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    officer = officer_with_grids(ctx)
    click_row(qtbot, tab, officer.id)
    before = (count(ctx.store, "officers"), count(ctx.store, "audit_log"))
    retype(qtbot, tab.form.phone, "12345")
    click(qtbot, tab.form.save_button)

    assert (count(ctx.store, "officers"), count(ctx.store, "audit_log")) == before
    assert ctx.roster.get(officer.id).phone == officer.phone
    assert tab.form.invalid_fields() == {"phone"}
    assert "not a phone number" in tab.form.phone.toolTip()
    assert tab.form.error.isVisible()
    assert "Phone: not a phone number" in tab.form.error.text()

    retype(qtbot, tab.form.phone, "0375-1234567")
    click(qtbot, tab.form.save_button)
    assert ctx.roster.get(officer.id).phone == "0375-1234567"
    assert tab.form.invalid_fields() == set()
    assert not tab.form.error.isVisible()


def test_a_badge_number_in_use_is_refused(qtbot: QtBot, tab: OfficersTab, ctx: AppContext) -> None:
    taken = ctx.roster.officers()[0].badge_no
    before = (count(ctx.store, "officers"), count(ctx.store, "audit_log"))
    click(qtbot, tab.new_button)
    retype(qtbot, tab.form.name, "钱多多")
    retype(qtbot, tab.form.badge_no, taken)
    retype(qtbot, tab.form.phone, "13800000000")
    click(qtbot, tab.form.save_button)

    assert (count(ctx.store, "officers"), count(ctx.store, "audit_log")) == before
    assert tab.form.invalid_fields() == {"badge_no"}
    assert "belongs to another officer" in tab.form.error.text()
    assert tab.shown_id() is None
    assert tab.form.name.text() == "钱多多"


def test_an_empty_form_marks_name_and_badge(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    before = count(ctx.store, "officers")
    tab.new_record()
    click(qtbot, tab.form.save_button)
    assert count(ctx.store, "officers") == before
    assert tab.form.invalid_fields() == {"name", "badge_no"}


# -- void, leaving, committees ---------------------------------------------
def test_voiding_keeps_the_row_with_its_reason(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = ctx.roster.officers()[-1]
    click_row(qtbot, tab, officer.id)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_args, **_kwargs: ("entered twice", True))
    )
    before = count(ctx.store, "officers")
    shown = tab.proxy.rowCount()
    click(qtbot, tab.form.void_button)

    assert count(ctx.store, "officers") == before
    row = ctx.store.get("officers", officer.id)
    assert row["void_reason"] == "entered twice" and row["voided_at"]
    assert tab.proxy.row_of(officer.id) is None
    assert tab.proxy.rowCount() == shown - 1
    assert tab.count_label.text() == f"{shown - 1} officers shown"
    assert tab.shown_id() is None


def test_voiding_without_a_reason_changes_nothing(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = ctx.roster.officers()[0]
    click_row(qtbot, tab, officer.id)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("  ", True)))
    click(qtbot, tab.form.void_button)
    assert ctx.store.get("officers", officer.id)["voided_at"] is None
    assert "say why" in tab.form.error.text()


def test_an_officer_who_left_moves_to_the_left_filter(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    officer = next(o for o in ctx.roster.officers() if not o.grid_ids)
    click_row(qtbot, tab, officer.id)
    assert not tab.form.left_on.isEnabled()
    click(qtbot, tab.form.active)
    assert tab.form.left_on.isEnabled()
    click(qtbot, tab.form.save_button)

    saved = ctx.roster.get(officer.id)
    assert not saved.active and saved.left_on == date.today().isoformat()
    assert tab.proxy.row_of(officer.id) is None
    assert tab.shown_id() == officer.id
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("left"))
    assert listed_ids(tab) == [officer.id]


def test_the_committee_village_is_chosen_only_when_ticked(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    officer = next(o for o in ctx.roster.officers() if not o.committee_member)
    click_row(qtbot, tab, officer.id)
    form = tab.form
    assert not form.committee_village.isEnabled()
    click(qtbot, form.committee)
    assert form.committee_village.isEnabled()
    click(qtbot, form.save_button)
    assert form.invalid_fields() == {"committee_grid_id"}

    form.committee_village.setCurrentIndex(2)
    village = form.committee_village.currentData()
    click(qtbot, form.save_button)
    saved = ctx.roster.get(officer.id)
    assert saved.committee_member and saved.committee_grid_id == village
    assert ctx.grids.get(village).level == 2


# -- finding officers ----------------------------------------------------------
def test_the_filter_box_narrows_the_list(qtbot: QtBot, tab: OfficersTab, ctx: AppContext) -> None:
    officer = officer_with_grids(ctx)
    other = next(o for o in ctx.roster.officers() if o.id != officer.id)
    click_row(qtbot, tab, other.id)
    retype(qtbot, tab.filter, officer.badge_no.lower())
    assert listed_ids(tab) == [officer.id]
    assert tab.count_label.text() == "1 officer shown"

    grid_name = ctx.grids.get(officer.grid_ids[0]).name
    retype(qtbot, tab.filter, grid_name)
    assert officer.id in listed_ids(tab) and len(listed_ids(tab)) < 5

    assert tab.shown_id() == other.id
    retype(qtbot, tab.filter, "")
    assert listed_ids(tab)[tab.table.selectionModel().currentIndex().row()] == other.id
    tab.team_filter.setCurrentIndex(tab.team_filter.findData("command"))
    commanders = [o.id for o in ctx.roster.officers(include_left=False) if o.team == "command"]
    assert sorted(listed_ids(tab)) == sorted(commanders)


def test_sorting_by_name_follows_pinyin(qtbot: QtBot, tab: OfficersTab, ctx: AppContext) -> None:
    header = tab.table.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header(columns.PHONE)
    phones = [ctx.roster.get(i).phone for i in listed_ids(tab)]
    assert phones == sorted(phones)
    click_header(columns.NAME)
    assert header.sortIndicatorSection() == columns.NAME
    names = [ctx.roster.get(i).name for i in listed_ids(tab)]
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert names == sorted(names, key=collator.sortKey)
    click_header(columns.NAME)
    names = [ctx.roster.get(i).name for i in listed_ids(tab)]
    assert names == sorted(names, key=collator.sortKey, reverse=True)


# -- unsaved edits, cancel, outside changes ---------------------------------------
def test_leaving_unsaved_edits_asks_first(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = ctx.roster.officers()[:2]
    click_row(qtbot, tab, first.id)
    retype(qtbot, tab.form.post, "值班长")
    asked = answer(monkeypatch, No)
    click_row(qtbot, tab, second.id)
    assert len(asked) == 1
    assert tab.shown_id() == first.id and tab.form.post.text() == "值班长"
    assert listed_ids(tab)[tab.table.selectionModel().currentIndex().row()] == first.id

    answer(monkeypatch, Yes)
    click_row(qtbot, tab, second.id)
    assert tab.shown_id() == second.id and tab.form.name.text() == second.name
    assert ctx.roster.get(first.id).post == first.post


def test_cancel_brings_back_the_saved_officer(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    officer = officer_with_grids(ctx)
    click_row(qtbot, tab, officer.id)
    retype(qtbot, tab.form.name, "改错了")
    click(qtbot, tab.form.cancel_button)
    assert tab.form.name.text() == officer.name
    assert not tab.is_dirty()


def test_a_change_made_elsewhere_shows_without_losing_the_selection(
    qtbot: QtBot, tab: OfficersTab, ctx: AppContext
) -> None:
    officer = officer_with_grids(ctx)
    click_row(qtbot, tab, officer.id)
    data = tab.form.read()
    ctx.roster.update(officer.id, type(data)(**{**data.__dict__, "post": "副所长"}))
    wait_for(qtbot, lambda: tab.form.post.text() == "副所长")
    row = tab.proxy.row_of(officer.id)
    assert row is not None
    assert tab.proxy.index(row, columns.POST).data() == "副所长"
    assert tab.table.selectionModel().currentIndex().row() == row
    assert tab.history.topLevelItemCount() == len(ctx.store.history("officers", officer.id))


# -- through the main window ---------------------------------------------------
def test_the_window_shortcuts_add_an_officer_and_print_the_week(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    preview_saves: list[int],
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.navigation.setCurrentRow(2)  # the window opens on Disputes
    tab = window.findChild(OfficersTab)
    assert isinstance(tab, OfficersTab)
    before = count(ctx.store, "officers")

    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.name.hasFocus()
    retype(qtbot, tab.form.name, "孙悦")
    retype(qtbot, tab.form.badge_no, "411999")
    qtbot.keyClick(tab.form.badge_no, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count(ctx.store, "officers") == before + 1
    assert ctx.roster.get(tab.shown_id() or 0).name == "孙悦"

    retype(qtbot, tab.form.name, "孙月")
    qtbot.keyClick(tab.form.name, Qt.Key.Key_Escape)
    assert tab.form.name.text() == "孙悦" and not tab.is_dirty()

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.form.name, Qt.Key.Key_F, shift_ctrl)
    assert tab.filter.hasFocus()
    assert isinstance(QApplication.focusWidget(), QLineEdit)

    pdf = tmp_path / "roster.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(pdf), ""))
    )
    qtbot.keyClick(tab.filter, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in tab.form.message.text()
