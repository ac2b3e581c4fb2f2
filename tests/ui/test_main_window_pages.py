"""The window opens on the dispute list at once; every other page is built when first shown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.pages.base import Page
from stationdesk.ui.pages.disputes_page import DisputesPage
from stationdesk.ui.pages.households_page import HouseholdsPage
from stationdesk.ui.pages.roster_page import RosterPage

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")


def test_the_window_opens_on_the_dispute_list(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.pages.currentWidget()
    assert isinstance(page, DisputesPage)
    assert window.navigation.currentRow() == 0
    assert page.model.rowCount() > 0
    assert not window.findChildren(RosterPage)  # not built until it is shown
    assert not window.findChildren(HouseholdsPage)


def test_each_page_is_built_once_when_first_shown(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    shortcuts = {action.shortcut().toString(): action for action in window.actions()}
    shortcuts[QKeySequence("Ctrl+3").toString()].trigger()
    roster = window.pages.currentWidget()
    assert isinstance(roster, RosterPage)
    shortcuts[QKeySequence("Ctrl+1").toString()].trigger()
    shortcuts[QKeySequence("Ctrl+3").toString()].trigger()
    assert window.pages.currentWidget() is roster
    assert len(window.findChildren(RosterPage)) == 1
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        assert isinstance(window.pages.currentWidget(), Page)
    assert window.pages.count() == window.navigation.count()


def test_every_page_fits_a_screen_1280_pixels_wide(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        ctx.reads.wait()  # counts and figures filled in, as a clerk sees them
        qtbot.wait(10)
    assert window.minimumSizeHint().width() <= 1280
