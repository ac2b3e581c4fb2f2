"""The Reports page: the dashboard shows the weekly report's numbers, each figure opens the
records behind it, and the weekly report prints from it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stationdesk.cli import run as cli_run
from stationdesk.domain.weekly_report import WeeklyReportService, value_text
from stationdesk.domain.weeks import IsoWeek
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.print_preview import PrintPreviewDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.pages.reports_page import ReportsPage

WEEK = IsoWeek(2026, 47)
REPORTS_ROW = 4


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, demo_as_of: date) -> MainWindow:
    ctx.disputes.today = lambda: demo_as_of  # type: ignore[method-assign]
    ctx.disputes.ledger.today = lambda: demo_as_of  # type: ignore[method-assign]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(REPORTS_ROW)
    qtbot.waitUntil(lambda: not page_of(window).counting())
    return window


def page_of(window: MainWindow) -> ReportsPage:
    page = window.pages.currentWidget()
    assert isinstance(page, ReportsPage)
    return page


def show_week_47(page: ReportsPage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.last_week_button, Qt.MouseButton.LeftButton)
    assert page.week_label.text() == "2026-W47"
    qtbot.waitUntil(lambda: not page.counting())


def test_the_dashboard_shows_the_numbers_of_the_weekly_report(
    window: MainWindow, qtbot: QtBot, ctx: AppContext, demo_as_of: date
) -> None:
    page = page_of(window)
    assert page.week == IsoWeek.of(demo_as_of)  # the week so far
    show_week_47(page, qtbot)
    report = WeeklyReportService(ctx.store, today=lambda: demo_as_of).build(WEEK)
    for key, tile in page.tiles.items():
        if key == "rate":
            continue
        assert tile.value.text() == value_text(key, report[key].week), key
    assert page.trend.series()["received"] == [t.received for t in report.trend]
    overdue = report["disputes.overdue_open"].week
    assert page.overdue.topLevelItemCount() == overdue
    assert page.grid_table.rowCount() == len(report.grids)


def test_clicking_overdue_lists_those_disputes(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    show_week_47(page, qtbot)
    tile = page.tiles["disputes.overdue_open"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    disputes = window.disputes_page
    assert window.pages.currentWidget() is disputes
    assert disputes.model.rowCount() == int(tile.value.text())
    assert disputes.shown_figure.isVisible()
    assert "2026-W47" in disputes.shown_figure.text()
    qtbot.mouseClick(disputes.filters.saved_buttons["open"], Qt.MouseButton.LeftButton)
    assert not disputes.shown_figure.isVisible()


def test_clicking_received_lists_the_week_s_disputes(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    show_week_47(page, qtbot)
    qtbot.mouseClick(page.tiles["disputes.received"], Qt.MouseButton.LeftButton)
    model = window.disputes_page.model
    lines = [model.line(row) for row in range(model.rowCount())]
    received = [line.received_on for line in lines if line is not None]
    assert received and all("2026-11-16" <= day <= "2026-11-22" for day in received)


def test_roster_figures_open_the_roster_page(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    qtbot.mouseClick(page.tiles["roster.duty_days"], Qt.MouseButton.LeftButton)
    assert window.navigation.currentRow() == 2


def test_an_overdue_dispute_opens_on_the_disputes_page(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    item = page.overdue.topLevelItem(0)
    dispute_id = int(item.text(0))
    page.overdue.itemActivated.emit(item, 0)
    assert window.pages.currentWidget() is window.disputes_page
    assert window.disputes_page.shown_id() == dispute_id


def test_a_new_dispute_shows_up_at_once(
    window: MainWindow, qtbot: QtBot, ctx: AppContext, demo_as_of: date
) -> None:
    page = page_of(window)
    before = int(page.tiles["disputes.received"].value.text())
    row = ctx.store.rows("SELECT * FROM disputes WHERE voided_at IS NULL LIMIT 1")[0]
    fields = ("received_how", "category", "grid_id", "summary", "risk_grade", "officer_id")
    ctx.store.insert(
        "disputes",
        {**{k: row[k] for k in fields}, "received_on": str(demo_as_of), "deadline": "2026-12-25"},
    )
    qtbot.waitUntil(lambda: page.tiles["disputes.received"].value.text() == str(before + 1))


def test_the_weekly_report_prints_from_the_page(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_unexpected_dialogs: None,
    preview_saves: list[int],
) -> None:
    page = page_of(window)
    show_week_47(page, qtbot)
    target = tmp_path / "weekly"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "PDF"))
    )
    assert "2026-W47" in page.print_button.text()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".pdf")
    qtbot.waitUntil(written.exists)
    assert "Week 2026-W47" in PdfReader(written).pages[0].extract_text()
    assert str(written) in window.statusBar().currentMessage()


def test_the_weekly_report_goes_to_the_printer_under_its_week(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_unexpected_dialogs: None,
) -> None:
    page = page_of(window)
    show_week_47(page, qtbot)
    seen: dict[str, str] = {}

    def print_and_close(preview: PrintPreviewDialog) -> int:
        seen["preview"] = preview.windowTitle()
        preview.print_button.click()
        return preview.result()

    def choose_pdf_printer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen["job"] = printer.docName()  # what the printer's queue lists
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintPreviewDialog, "exec", print_and_close)
    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "job" in seen)  # the report is written on a worker first
    assert seen == {
        "preview": "Print preview - Weekly report 2026-W47",
        "job": "Weekly report 2026-W47",
    }
    pages = len(PdfReader(tmp_path / "printed.pdf").pages)
    assert window.statusBar().currentMessage() == (
        f"Weekly report 2026-W47: {pages} page(s) sent to the printer"
    )


def test_the_page_writes_the_same_weekly_report_as_the_command_line(
    window: MainWindow,
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_unexpected_dialogs: None,
    preview_saves: list[int],
) -> None:
    page = page_of(window)
    show_week_47(page, qtbot)
    from_page = tmp_path / "page.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(from_page), "PDF"))
    )
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible()  # written on a worker, the busy bar running meanwhile
    assert not page.print_button.isEnabled()
    qtbot.waitUntil(from_page.exists)
    assert not page.busy.isVisible()
    assert page.print_button.isEnabled()
    from_cli = tmp_path / "cli.pdf"
    assert ctx.store.path is not None
    monkeypatch.setattr("getpass.getuser", lambda: ctx.store.actor)  # the same name printed
    argv = ["report", "weekly", "--week", "2026-W47", "--db", str(ctx.store.path)]
    assert (
        cli_run([*argv, "--lang", ctx.language, "-o", str(from_cli)], open_window=lambda _a: 1) == 0
    )
    assert pdf_text(from_page) == pdf_text(from_cli)


def pdf_text(path: Path) -> list[str]:
    """Every page's text, the time of printing left out."""
    return [re.sub(r"\d\d:\d\d", "hh:mm", page.extract_text()) for page in PdfReader(path).pages]


def test_a_weekly_report_that_cannot_be_written_says_why(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("stationdesk.reports.weekly_report.write_weekly_report", disk_full)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "No space left on device" in warnings[0]
    assert page.print_button.isEnabled()
    assert not page.busy.isVisible()
