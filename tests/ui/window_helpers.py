"""Helpers the window's tests share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow


def context_for(store: Store, tmp_path: Path) -> AppContext:
    """An AppContext over `store` with settings kept in tmp_path."""
    return AppContext(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def refuse(*_args: Any, **_kwargs: Any) -> Any:
    """Stand-in for a dialog no test asked for."""
    raise AssertionError("a dialog opened that the test did not expect")


def shown_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    """The main window over `ctx`, shown and exposed."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def press(window: MainWindow, keys: str) -> None:
    """Trigger the window's action bound to `keys` (what pressing them does)."""
    actions = [a for a in window.actions() if a.shortcut() == QKeySequence(keys)]
    assert len(actions) == 1
    actions[0].trigger()
