"""The window opens on the dispute list first; the intake form follows as the event loop turns,
or at once when a shortcut asks for it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from test_disputes_page import fill_party, free_id_number, start_walk_in

from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.pages.disputes_page import DisputesPage

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")


def shortcut(window: MainWindow, keys: str) -> QAction:
    """The window's action on `keys`, as the keyboard would trigger it."""
    wanted = QKeySequence(keys)
    return next(a for a in window.actions() if a.shortcut() == wanted)


def detail_tabs(page: DisputesPage) -> list[QTabWidget]:
    """The detail tab widgets on the page (none until the form is built)."""
    return page.findChildren(QTabWidget, "disputeTabs")


def test_the_list_comes_first_then_the_form_shows_the_first_dispute(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.disputes_page
    first = page.model.id_at(0)
    assert first is not None and page.shown_id() == first
    assert detail_tabs(page) == []  # not yet: the list is painted first

    window.show()
    qtbot.waitUntil(lambda: len(detail_tabs(page)) == 1)
    assert detail_tabs(page)[0].isVisible()
    assert page.form.summary.toPlainText() == ctx.disputes.get(first).summary
    assert len(detail_tabs(page)) == 1


def test_ctrl_n_at_once_after_opening_records_the_typed_dispute(
    qtbot: QtBot, ctx: AppContext, demo_store: Store
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    before = ctx.disputes.counts().total
    page = window.disputes_page
    shortcut(window, "Ctrl+N").trigger()  # before the event loop has turned once

    assert page.shown_id() is None
    assert page.form.isVisible() and window.focusWidget() is page.form.received_on
    window.activateWindow()
    qtbot.waitUntil(page.form.received_on.hasFocus)  # the keyboard lands in the new form
    grid_id = start_walk_in(qtbot, page, ctx)
    first, second = page.form.parties
    fill_party(qtbot, first, "王立新", free_id_number(demo_store, date(1975, 2, 8), "male"), "")
    fill_party(qtbot, second, "赵春梅", "", "13911112222")
    shortcut(window, "Ctrl+S").trigger()

    assert not page.form.error.isVisible(), page.form.error.text()
    saved = page.shown_id()
    assert saved is not None and ctx.disputes.counts().total == before + 1
    dispute = ctx.disputes.get(saved)
    assert dispute.grid_id == grid_id and dispute.summary == "楼上漏水，邻里争吵"
    qtbot.wait(10)  # the deferred build finds the form already there
    assert len(detail_tabs(page)) == 1 and page.shown_id() == saved


def test_opening_reads_the_first_page_of_the_list_once(ctx: AppContext, qtbot: QtBot) -> None:
    pages: list[str] = []
    ctx.store.conn.set_trace_callback(
        lambda sql: pages.append(sql) if "FROM disputes d" in sql and "LIMIT" in sql else None
    )
    try:
        page = DisputesPage(ctx)
        qtbot.addWidget(page)
    finally:
        ctx.store.conn.set_trace_callback(None)
    assert len(pages) == 1, pages
    assert page.model.rowCount() > 0
