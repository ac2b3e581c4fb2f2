"""Helpers the window's tests share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from stationdesk.store import Store
from stationdesk.ui.context import AppContext


def context_for(store: Store, tmp_path: Path) -> AppContext:
    """An AppContext over `store` with settings kept in tmp_path."""
    return AppContext(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def refuse(*_args: Any, **_kwargs: Any) -> Any:
    """Stand-in for a dialog no test asked for."""
    raise AssertionError("a dialog opened that the test did not expect")
