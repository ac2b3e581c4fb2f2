"""What the window's tests share: the demo station as the window holds it, and no stray dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from household_helpers import TODAY
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import context_for, refuse

from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.print_preview import PrintPreviewDialog
from stationdesk.ui.pages.households_page import HouseholdsPage


@pytest.fixture
def ctx(demo_store: Store, tmp_path: Path) -> Iterator[AppContext]:
    """The demo station as the window holds it (any search indexing ended before it closes)."""
    context = context_for(demo_store, tmp_path)
    yield context
    context.indexing.stop()


@pytest.fixture
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog a test did not plan for fails the test instead of hanging it."""
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(refuse))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(refuse))
    monkeypatch.setattr(PrintPreviewDialog, "exec", refuse)


@pytest.fixture
def preview_saves(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The print preview, when it opens, is saved as PDF and closed; its page counts."""
    page_counts: list[int] = []

    def save_and_close(dialog: PrintPreviewDialog) -> int:
        page_counts.append(dialog.page_count)
        dialog.save_button.click()
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PrintPreviewDialog, "exec", save_and_close)
    return page_counts


@pytest.fixture
def households_page(qtbot: QtBot, ctx: AppContext) -> HouseholdsPage:
    """The real page on the demo station, today being the demo's last day."""
    ctx.disputes.today = lambda: TODAY
    widget = HouseholdsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
