"""The week roster tab: the grid shows the store's week, and a day is changed in place."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import press

from stationdesk.domain.labels import SHIFT_KINDS
from stationdesk.domain.roster import Shift, WeekRoster
from stationdesk.domain.weeks import IsoWeek
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.models import week_model as columns
from stationdesk.ui.models.week_model import WeekModel
from stationdesk.ui.pages.roster_page import RosterPage
from stationdesk.ui.pages.week_tab import WeekTab
from stationdesk.ui.widgets.shift_editor import ShiftEditor


@pytest.fixture
def week(demo_as_of: date) -> IsoWeek:
    """The demo's last week, which the tab opens on."""
    return IsoWeek.of(demo_as_of)


@pytest.fixture
def tab(
    qtbot: QtBot, ctx: AppContext, demo_as_of: date, monkeypatch: pytest.MonkeyPatch
) -> WeekTab:
    """The tab on screen, with 'today' the demo's last day."""
    monkeypatch.setattr(WeekTab, "today", staticmethod(lambda: demo_as_of))
    widget = WeekTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings recorded instead of shown."""
    seen: list[str] = []

    def warn(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        seen.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return seen


def expected_text(shift: Shift | None) -> str:
    """A cell as the clerk should read it, from the service's shift."""
    if shift is None:
        return ""
    label = SHIFT_KINDS[shift.kind]
    return f"{label} · {shift.patrols}" if shift.patrols else label


def find_cell(roster: WeekRoster, wanted: set[str]) -> tuple[int, int, Shift]:
    """(row, day offset, shift) of the first shift of a wanted kind."""
    for row, line in enumerate(roster.rows):
        for offset, day in enumerate(roster.week.days()):
            shift = line.shifts.get(day.isoformat())
            if shift is not None and shift.kind in wanted:
                return row, offset, shift
    raise AssertionError(f"no {wanted} shift in {roster.week}")


def open_editor(qtbot: QtBot, tab: WeekTab, row: int, offset: int) -> ShiftEditor:
    """Put the cursor on a day cell and press F2."""
    index = tab.model.index(row, columns.FIRST_DAY + offset)
    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = tab.view.findChild(ShiftEditor)
    assert editor is not None and editor.isVisible()
    return editor


def choose_kind(qtbot: QtBot, editor: ShiftEditor, kind: str) -> None:
    """Pick a shift kind in the editor's combo with the arrow keys."""
    target = editor.kind.findData(kind)
    assert target >= 0
    key = Qt.Key.Key_Down if target > editor.kind.currentIndex() else Qt.Key.Key_Up
    while editor.kind.currentIndex() != target:
        qtbot.keyClick(editor.kind, key)


def test_week_model_passes_qt_checks(qtmodeltester: Any, ctx: AppContext, week: IsoWeek) -> None:
    qtmodeltester.check(WeekModel(ctx.roster, week))


def test_grid_shows_the_demo_week(tab: WeekTab, ctx: AppContext, week: IsoWeek) -> None:
    roster = ctx.roster.week(week)
    model = tab.model
    assert model.rowCount() == len(roster.rows) + 1
    assert tab.week_label.text() == f"{week} · 23 Nov – 29 Nov 2026"
    for offset, day in enumerate(week.days()):
        header = model.headerData(columns.FIRST_DAY + offset, Qt.Orientation.Horizontal)
        assert header.endswith(f"\n{day.day}")
    for row, line in enumerate(roster.rows):
        assert model.index(row, columns.NAME).data() == line.officer.name
        assert model.index(row, columns.GRIDS).data() == line.grid_names
        for offset, day in enumerate(week.days()):
            shift = line.shifts.get(day.isoformat())
            assert model.index(row, columns.FIRST_DAY + offset).data() == expected_text(shift)
        assert model.index(row, columns.DUTY_DAYS).data() == str(line.duty_days)
        assert model.index(row, columns.PATROLS).data() == str(line.patrols)
    totals = len(roster.rows)
    for offset, day in enumerate(week.days()):
        cell = model.index(totals, columns.FIRST_DAY + offset).data()
        assert cell == f"{roster.on_duty(day)} · {roster.patrols(day)}"


def test_leave_and_weekend_are_shaded(
    qtbot: QtBot, tab: WeekTab, ctx: AppContext, week: IsoWeek
) -> None:
    roster = ctx.roster.week(week)
    row, offset, _shift = find_cell(roster, {"day"})
    ctx.roster.set_shift(roster.rows[row].officer.id, week.days()[offset], "leave")
    cell = tab.model.index(row, columns.FIRST_DAY + offset)
    qtbot.waitUntil(lambda: cell.data() == "Leave")
    shade = cell.data(Qt.ItemDataRole.BackgroundRole)
    assert shade is not None
    plain = tab.model.index(row, columns.NAME).data(Qt.ItemDataRole.BackgroundRole)
    sunday = tab.model.index(row + 1, columns.FIRST_DAY + 6).data(Qt.ItemDataRole.BackgroundRole)
    assert plain is None and sunday is not None and sunday != shade


def test_editing_a_day_writes_the_shift_and_its_audit_entry(
    qtbot: QtBot, tab: WeekTab, ctx: AppContext, week: IsoWeek
) -> None:
    roster = ctx.roster.week(week)
    row, offset, before = find_cell(roster, {"day"})
    officer = roster.rows[row].officer
    day = week.days()[offset]
    shift_id = ctx.store.scalar(
        "SELECT id FROM shifts WHERE officer_id = ? AND day = ?", [officer.id, day.isoformat()]
    )
    entries = len(ctx.store.history("shifts", shift_id))

    editor = open_editor(qtbot, tab, row, offset)
    assert editor.value().kind == "day"
    choose_kind(qtbot, editor, "night")
    editor.patrols.selectAll()
    qtbot.keyClicks(editor.patrols, "4")
    qtbot.keyClick(editor.patrols, Qt.Key.Key_Return)

    after = ctx.roster.week(week).rows[row].shifts[day.isoformat()]
    assert (after.kind, after.patrols) == ("night", 4)
    history = ctx.store.history("shifts", shift_id)
    assert len(history) == entries + 1
    assert history[-1].actor == "tester"
    assert history[-1].changes["kind"] == ["day", "night"]
    assert tab.model.index(row, columns.FIRST_DAY + offset).data() == "Night · 4"
    assert before.kind == "day"


def test_enter_opens_the_editor_and_none_clears_the_day(
    qtbot: QtBot, tab: WeekTab, ctx: AppContext, week: IsoWeek
) -> None:
    roster = ctx.roster.week(week)
    row, offset, _shift = find_cell(roster, {"rest"})
    day = week.days()[offset]
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(row, columns.FIRST_DAY + offset))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    editor = tab.view.findChild(ShiftEditor)
    assert editor is not None and editor.isVisible()
    choose_kind(qtbot, editor, "")
    qtbot.keyClick(editor.kind, Qt.Key.Key_Return)
    assert day.isoformat() not in ctx.roster.week(week).rows[row].shifts
    assert tab.model.index(row, columns.FIRST_DAY + offset).data() == ""


def test_escape_drops_the_edit(qtbot: QtBot, tab: WeekTab, ctx: AppContext, week: IsoWeek) -> None:
    roster = ctx.roster.week(week)
    row, offset, before = find_cell(roster, {"day"})
    editor = open_editor(qtbot, tab, row, offset)
    choose_kind(qtbot, editor, "sick")
    qtbot.keyClick(editor.kind, Qt.Key.Key_Escape)
    after = ctx.roster.week(week).rows[row].shifts[week.days()[offset].isoformat()]
    assert after == before


def test_patrols_on_a_rest_day_are_refused(
    qtbot: QtBot, tab: WeekTab, ctx: AppContext, week: IsoWeek, warnings: list[str]
) -> None:
    roster = ctx.roster.week(week)
    row, offset, before = find_cell(roster, {"rest"})
    day = week.days()[offset]
    shift_id = ctx.store.scalar(
        "SELECT id FROM shifts WHERE officer_id = ? AND day = ?",
        [roster.rows[row].officer.id, day.isoformat()],
    )
    entries = len(ctx.store.history("shifts", shift_id))

    editor = open_editor(qtbot, tab, row, offset)
    assert not editor.patrols.isEnabled()  # the editor itself steers away from the mistake
    editor.patrols.setValue(2)  # ...so force it, as a stale or scripted edit would
    qtbot.keyClick(editor.kind, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "off duty has no patrols" in warnings[0]
    assert ctx.roster.week(week).rows[row].shifts[day.isoformat()] == before
    assert len(ctx.store.history("shifts", shift_id)) == entries
    assert tab.model.index(row, columns.FIRST_DAY + offset).data() == expected_text(before)


def test_week_navigation_changes_the_dates(qtbot: QtBot, tab: WeekTab, week: IsoWeek) -> None:
    def day_numbers() -> list[str]:
        return [
            tab.model.headerData(columns.FIRST_DAY + i, Qt.Orientation.Horizontal).split("\n")[1]
            for i in range(7)
        ]

    assert day_numbers() == ["23", "24", "25", "26", "27", "28", "29"]
    assert not tab.this_week_button.isEnabled()
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.model.week == week.shifted(1)
    assert day_numbers() == ["30", "1", "2", "3", "4", "5", "6"]
    assert tab.week_label.text() == "2026-W49 · 30 Nov – 6 Dec 2026"
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    assert tab.model.week == week.shifted(-1)
    assert day_numbers() == ["16", "17", "18", "19", "20", "21", "22"]
    qtbot.mouseClick(tab.this_week_button, Qt.MouseButton.LeftButton)
    assert tab.model.week == week


def test_team_and_name_filters(qtbot: QtBot, tab: WeekTab, ctx: AppContext, week: IsoWeek) -> None:
    roster = ctx.roster.week(week)
    tab.team.setCurrentIndex(tab.team.findData("command"))
    command = [line for line in roster.rows if line.officer.team == "command"]
    assert tab.model.rowCount() == len(command) + 1
    monday = week.monday
    totals = tab.model.index(len(command), columns.FIRST_DAY).data()
    assert totals == f"{WeekRoster(week, command).on_duty(monday)} · " + str(
        WeekRoster(week, command).patrols(monday)
    )
    tab.team.setCurrentIndex(0)
    name = roster.rows[5].officer.name
    tab.focus_filter()
    assert tab.filter.hasFocus()
    tab.filter.setText(name)
    assert tab.model.rowCount() >= 2
    assert all(
        name in tab.model.index(row, columns.NAME).data() for row in range(tab.model.rowCount() - 1)
    )


def test_print_writes_the_roster_sheet(
    qtbot: QtBot,
    tab: WeekTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    week: IsoWeek,
    preview_saves: list[int],
) -> None:
    target = tmp_path / "sheet.pdf"
    suggested: list[str] = []

    def save_as(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert Path(suggested[0]).name == f"roster-{week}.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert str(week) in PdfReader(target).pages[0].extract_text()


def test_cancelled_print_writes_nothing(
    qtbot: QtBot,
    tab: WeekTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    preview_saves: list[int],
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    tab.print_current()
    assert not list(tmp_path.glob("*.pdf"))


def test_window_shortcuts_reach_the_tab(
    qtbot: QtBot,
    ctx: AppContext,
    demo_as_of: date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    preview_saves: list[int],
) -> None:
    monkeypatch.setattr(WeekTab, "today", staticmethod(lambda: demo_as_of))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "ctrl-p.pdf"), "PDF")
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(2)  # the window opens on Disputes
    page = window.pages.currentWidget()
    assert isinstance(page, RosterPage)
    page.tabs.setCurrentWidget(page.week)
    window.show()
    qtbot.waitExposed(window)
    press(window, "Ctrl+Shift+F")
    assert window.focusWidget() is page.week.filter
    press(window, "Ctrl+P")
    assert (tmp_path / "ctrl-p.pdf").exists()
    assert "ctrl-p.pdf" in window.statusBar().currentMessage()
