"""The grid tree tab, used the way a clerk uses it: click a node, type, press the buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from keyboard_input import retype, type_text
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stationdesk.domain.grids import Grid
from stationdesk.domain.roster import OfficerInput
from stationdesk.ui.context import AppContext
from stationdesk.ui.models.grid_tree_model import GRID_ID_ROLE, OFFICERS, GridTreeModel
from stationdesk.ui.pages.grids_tab import GridsTab


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> GridsTab:
    """The tab on screen."""
    widget = GridsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 750)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """Message boxes record what they would have said instead of opening."""
    seen: dict[str, list[Any]] = {"warning": [], "information": [], "question": []}

    def recorder(kind: str, answer: Any) -> Any:
        def show(_parent: Any, title: str, text: str, *_args: Any) -> Any:
            seen[kind].append(f"{title}\n{text}")
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", recorder("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Discard)
    )
    return seen


def click_node(qtbot: QtBot, tab: GridsTab, grid_id: int) -> None:
    """Click a node's row in the tree, as a clerk would."""
    index = tab.proxy.mapFromSource(tab.model.index_of(grid_id))
    assert index.isValid()
    tab.tree.scrollTo(index)
    rect = tab.tree.visualRect(index)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.tree.currentIndex().data(GRID_ID_ROLE) == grid_id


def first_community(ctx: AppContext) -> Grid:
    street = ctx.grids.children(None)[0]
    return ctx.grids.children(street.id)[0]


def first_grid(ctx: AppContext) -> Grid:
    return ctx.grids.children(first_community(ctx).id)[0]


def visible_names(tab: GridsTab, parent: QModelIndex | None = None) -> list[str]:
    """Names shown under `parent` in the (filtered) tree."""
    parent = parent or QModelIndex()
    return [tab.proxy.index(row, 0, parent).data() for row in range(tab.proxy.rowCount(parent))]


def test_tree_model_passes_qt_checks(qtmodeltester: Any, ctx: AppContext) -> None:
    qtmodeltester.check(GridTreeModel(ctx.grids, ctx.roster))


def test_tree_shows_streets_and_flags_grids_without_one_officer(
    tab: GridsTab, ctx: AppContext
) -> None:
    assert visible_names(tab) == [street.name for street in ctx.grids.children(None)]
    warnings = ctx.roster.grid_warnings()
    assert warnings, "the demo station has a grid without an officer"
    for warning in warnings:
        index = tab.model.index_of(warning.grid_id, OFFICERS)
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None
        assert "No responsible officer" in index.data(Qt.ItemDataRole.ToolTipRole)
    grid = first_grid(ctx)
    officers = [officer.name for officer in ctx.roster.responsible_for(grid.id)]
    cell = tab.model.index_of(grid.id, OFFICERS)
    assert cell.data() == ", ".join(officers)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None


def test_add_grid_below_a_community(qtbot: QtBot, tab: GridsTab, ctx: AppContext) -> None:
    community = first_community(ctx)
    click_node(qtbot, tab, community.id)
    qtbot.mouseClick(tab.add_below_button, Qt.MouseButton.LeftButton)
    assert community.name in tab.form.title.text()
    type_text(qtbot, tab.form.name, "新建第九网格")
    qtbot.keyClicks(tab.form.code, "010109")
    type_text(qtbot, tab.form.head_name, "王芳")
    qtbot.keyClicks(tab.form.head_phone, "13912345678")
    type_text(qtbot, tab.form.administrators, "李强 13800000001")
    qtbot.keyClick(tab.form.administrators, Qt.Key.Key_Return)
    type_text(qtbot, tab.form.administrators, "赵敏 13800000002")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)

    added = [g for g in ctx.grids.children(community.id) if g.name == "新建第九网格"]
    assert len(added) == 1
    grid = added[0]
    assert (grid.level, grid.code, grid.head_phone) == (3, "010109", "13912345678")
    assert grid.administrators == "李强 13800000001\n赵敏 13800000002"
    assert tab.tree.currentIndex().data(GRID_ID_ROLE) == grid.id
    assert "新建第九网格" in visible_names(tab, tab.tree.currentIndex().parent())
    assert tab.history.topLevelItemCount() == 1
    # A new grid has no officer yet: the tree says so.
    assert tab.model.index_of(grid.id, OFFICERS).data(Qt.ItemDataRole.DecorationRole) is not None


def test_new_record_without_a_choice_adds_a_street(
    qtbot: QtBot, tab: GridsTab, ctx: AppContext
) -> None:
    tab.new_record()
    type_text(qtbot, tab.form.name, "新城街道")
    tab.save()
    streets = [g for g in ctx.grids.children(None) if g.name == "新城街道"]
    assert len(streets) == 1 and streets[0].level == 1


def test_nothing_is_added_below_a_grid(
    qtbot: QtBot, tab: GridsTab, ctx: AppContext, dialogs: dict[str, list[Any]]
) -> None:
    grid = first_grid(ctx)
    before = len(ctx.grids.all())
    click_node(qtbot, tab, grid.id)
    tab.new_record()
    assert len(dialogs["information"]) == 1
    assert "lowest level" in dialogs["information"][0]
    assert tab.form.name.text() == grid.name
    assert len(ctx.grids.all()) == before


def test_bad_phone_is_marked_and_nothing_saved(
    qtbot: QtBot, tab: GridsTab, ctx: AppContext
) -> None:
    grid = first_grid(ctx)
    history = len(ctx.store.history("grids", grid.id))
    click_node(qtbot, tab, grid.id)
    retype(qtbot, tab.form.head_phone, "12345")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)

    assert tab.form.head_phone.property("invalid") is True
    assert "not a phone number" in tab.form.head_phone.toolTip()
    assert "not a phone number" in tab.form.error.text()
    assert tab.form.name.property("invalid") is not True
    assert ctx.grids.get(grid.id).head_phone == grid.head_phone
    assert len(ctx.store.history("grids", grid.id)) == history

    retype(qtbot, tab.form.head_phone, "0375-1234567")
    tab.save()
    assert tab.form.head_phone.property("invalid") is False
    assert ctx.grids.get(grid.id).head_phone == "0375-1234567"


def test_valid_edit_shows_in_the_history(qtbot: QtBot, tab: GridsTab, ctx: AppContext) -> None:
    grid = first_grid(ctx)
    click_node(qtbot, tab, grid.id)
    retype(qtbot, tab.form.head_phone, "139 1234 5678")
    qtbot.keyClick(tab.form.has_police_room, Qt.Key.Key_Space)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)

    saved = ctx.grids.get(grid.id)
    assert saved.head_phone == "13912345678"
    assert saved.has_police_room is not grid.has_police_room
    assert tab.form.head_phone.text() == "13912345678"
    newest = tab.history.topLevelItem(0)
    assert newest is not None and "tester" in newest.text(0)
    changes = {}
    for i in range(newest.childCount()):
        line = newest.child(i)
        assert line is not None
        changes[line.text(0)] = (line.text(1), line.text(2))
    assert changes["Grid head's phone"] == (grid.head_phone, "13912345678")
    assert "Community police room" in changes


def test_leaving_an_unsaved_form_asks_first(
    qtbot: QtBot, tab: GridsTab, ctx: AppContext, dialogs: dict[str, list[Any]]
) -> None:
    grid = first_grid(ctx)
    click_node(qtbot, tab, grid.id)
    retype(qtbot, tab.form.head_name, "改过的名字")
    click_node(qtbot, tab, first_community(ctx).id)  # the patched question answers Discard
    assert len(dialogs["question"]) == 1
    assert tab.form.name.text() == first_community(ctx).name
    assert ctx.grids.get(grid.id).head_name == grid.head_name


def test_void_is_refused_while_nodes_are_below(
    qtbot: QtBot,
    tab: GridsTab,
    ctx: AppContext,
    dialogs: dict[str, list[Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    community = first_community(ctx)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("merged", True))
    click_node(qtbot, tab, community.id)
    qtbot.mouseClick(tab.void_button, Qt.MouseButton.LeftButton)
    assert len(dialogs["warning"]) == 1
    assert "void the nodes below it first" in dialogs["warning"][0]
    assert not ctx.grids.get(community.id).voided
    assert tab.model.index_of(community.id).isValid()


def test_void_a_grid_moves_the_choice_to_its_community(
    qtbot: QtBot, tab: GridsTab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = first_grid(ctx)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("entered twice", True))
    click_node(qtbot, tab, grid.id)
    qtbot.mouseClick(tab.void_button, Qt.MouseButton.LeftButton)
    assert ctx.grids.get(grid.id).void_reason == "entered twice"
    assert not tab.model.index_of(grid.id).isValid()
    assert tab.tree.currentIndex().data(GRID_ID_ROLE) == grid.parent_id
    assert tab.form.name.text() == first_community(ctx).name


def test_filter_keeps_the_ancestors_of_a_match(
    qtbot: QtBot, tab: GridsTab, ctx: AppContext
) -> None:
    grid = first_grid(ctx)
    community = first_community(ctx)
    street = ctx.grids.get(community.id if community.parent_id is None else community.parent_id)
    tab.focus_filter()
    type_text(qtbot, tab.filter, grid.name)
    assert visible_names(tab) == [street.name]
    street_index = tab.proxy.index(0, 0)
    assert visible_names(tab, street_index) == [community.name]
    assert visible_names(tab, tab.proxy.index(0, 0, street_index)) == [grid.name]
    tab.filter.clear()
    assert len(visible_names(tab)) == len(ctx.grids.children(None))


def test_tree_follows_officer_changes(qtbot: QtBot, tab: GridsTab, ctx: AppContext) -> None:
    warning = ctx.roster.grid_warnings()[0]
    click_node(qtbot, tab, warning.grid_id)
    community = ctx.grids.get(warning.grid_id).parent_id
    assert community is not None
    officer = ctx.roster.responsible_for(first_grid(ctx).id)[0]
    ctx.roster.update(
        officer.id,
        OfficerInput(
            name=officer.name,
            kind=officer.kind,
            badge_no=officer.badge_no,
            team=officer.team,
            post=officer.post,
            phone=officer.phone,
            committee_member=officer.committee_member,
            committee_grid_id=officer.committee_grid_id,
            grid_ids=(*ctx.roster.get(officer.id).grid_ids, warning.grid_id),
        ),
    )
    # Changes made elsewhere (the Officers tab) arrive as one refresh once the burst is over.
    qtbot.waitUntil(lambda: tab.model.index_of(warning.grid_id, OFFICERS).data() == officer.name)
    cell = tab.model.index_of(warning.grid_id, OFFICERS)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None
    assert tab.tree.currentIndex().data(GRID_ID_ROLE) == warning.grid_id
    assert officer.name in tab.form.officers.text()
    assert tab.tree.isExpanded(tab.proxy.mapFromSource(tab.model.index_of(community)))


def test_print_writes_the_subtree_roster_sheet(
    qtbot: QtBot,
    tab: GridsTab,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    preview_saves: list[int],
) -> None:
    target = tmp_path / "out" / "grid-sheet.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    community = first_community(ctx)
    click_node(qtbot, tab, community.id)
    tab.print_current()

    assert asked and asked[0].endswith(f"-{community.code}.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    inside = {
        o.name for g in ctx.grids.children(community.id) for o in ctx.roster.responsible_for(g.id)
    }
    assert inside and all(name in text for name in inside)
    other_street = ctx.grids.children(None)[-1]
    other_community = ctx.grids.children(other_street.id)[0]
    outside = ctx.roster.responsible_for(ctx.grids.children(other_community.id)[0].id)[0]
    assert outside.name not in text
