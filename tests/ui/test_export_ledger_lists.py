"""File > Export list... on Households & visits and Injuries on duty writes the rows the
page shows, as filtered, with Chinese intact and phone numbers masked."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from stationdesk.spreadsheets.export import EXPORT_KIND
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import PAGE_ROWS, MainWindow

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    shown = MainWindow(ctx)
    qtbot.addWidget(shown)
    shown.resize(1300, 850)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def export_to(window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path) -> list[list]:
    """Trigger File > Export list... saving to `target`; the rows read back."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    action = next(a for a in window.actions() if a.text() == "&Export list...")
    action.trigger()
    if target.suffix == ".csv":
        with target.open(encoding="utf-8-sig", newline="") as file:
            return list(csv.reader(file))
    return CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()


def all_rows(model: Any) -> int:
    while model.canFetchMore():
        model.fetchMore()
    return model.rowCount()


def last_export(ctx: AppContext) -> dict[str, Any]:
    entry = ctx.store.history(EXPORT_KIND, 0)[-1]
    return {name: change[1] for name, change in entry.changes.items()}


def test_households_export_is_the_filtered_list_with_phones_masked(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch
):
    window.navigation.setCurrentRow(PAGE_ROWS["visits"])
    page = window.page()
    page.flag_filter.setCurrentIndex(page.flag_filter.findData("elderly_alone"))
    page.grid_filter.setCurrentIndex(2)
    shown = all_rows(page.household_model)
    assert shown > 0
    rows = export_to(window, monkeypatch, tmp_path / "households.xlsx")
    assert len(rows) == shown + 1 and rows[0][:3] == ["No.", "Grid", "Address"]
    listed = [page.household_model.id_at(row) for row in range(shown)]
    assert [int(row[0]) for row in rows[1:]] == listed
    assert all("Elderly living alone" in row[6] for row in rows[1:])
    assert all(not row[4] or "****" in row[4] for row in rows[1:])
    phones = [row[4] for row in rows[1:] if row[4]]
    assert phones, "the demo households have phones"
    assert any("组" in row[2] or "号" in row[2] for row in rows[1:])
    assert last_export(ctx) == {
        "list": "households",
        "file": "households.xlsx",
        "rows": shown,
        "full": False,
    }
    assert "exported" in window.statusBar().currentMessage()


def test_households_found_by_typed_chinese_are_exported(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch
):
    window.navigation.setCurrentRow(PAGE_ROWS["visits"])
    page = window.page()
    head = page.household_model.lines[0].head
    type_text(qtbot, page.text_filter, head)
    page.apply_household_filter()
    shown = all_rows(page.household_model)
    rows = export_to(window, monkeypatch, tmp_path / "found.csv")
    assert len(rows) == shown + 1
    assert head in [row[3] for row in rows[1:]]


def test_visits_export_follows_the_visits_filter(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch
):
    window.navigation.setCurrentRow(PAGE_ROWS["visits"])
    page = window.page()
    page.tabs.setCurrentIndex(1)
    page.visit_officer.setCurrentIndex(1)
    page.apply_visit_filter()
    shown = all_rows(page.visit_model)
    assert shown > 0
    rows = export_to(window, monkeypatch, tmp_path / "visits.xlsx")
    assert len(rows) == shown + 1 and rows[0][1] == "Visited on"
    officer = page.visit_officer.currentText()
    assert all(officer in row[6] for row in rows[1:])
    assert last_export(ctx)["list"] == "visits"


def test_coverage_and_due_lists_export_what_the_coverage_tab_shows(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch
):
    window.navigation.setCurrentRow(PAGE_ROWS["visits"])
    page = window.page()
    page.tabs.setCurrentIndex(2)
    page.coverage_by.setCurrentIndex(page.coverage_by.findData("officer"))
    page.coverage_table.setFocus()
    rows = export_to(window, monkeypatch, tmp_path / "coverage.xlsx")
    assert rows[0][0] == "Officer"
    assert [row[0] for row in rows[1:]] == [
        page.coverage_model.cells(line)[0] for line in page.coverage_model.lines
    ]
    page.due_table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(page.due_table.hasFocus)
    rows = export_to(window, monkeypatch, tmp_path / "due.xlsx")
    assert rows[0][-1] == "Days since"
    assert len(rows) - 1 >= page.due_model.rowCount()
    assert int(rows[1][0]) == page.due_model.id_at(0)


def test_injuries_export_in_chinese_leaves_medical_details_out_when_masked(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch
):
    ctx.settings.setValue("ui/effective_language", "zh")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(PAGE_ROWS["injuries"])
    page = window.page()
    page.status.setCurrentIndex(page.status.findData("open"))
    shown = all_rows(page.model)
    rows = export_to(window, monkeypatch, tmp_path / "injuries.xlsx")
    assert rows[0][:3] == ["编号", "发生时间", "地点"]
    assert "医疗信息（隐私）" not in rows[0]
    assert len(rows) == shown + 1
    assert all(row[-1] == "办理中" for row in rows[1:])
    assert [int(row[0]) for row in rows[1:]] == [page.model.id_at(r) for r in range(shown)]
