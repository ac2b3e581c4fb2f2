"""Shared by the households page's tests: the demo's last day, a free ID number, a dialog run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from stationdesk.domain import idnumbers
from stationdesk.store import Store

TODAY = date(2026, 11, 25)


def free_id_number(store: Store, born: date, sex: str) -> str:
    """A valid ID number nobody in the file holds."""
    for sequence in range(500):
        number = idnumbers.make("410403", born, sequence, sex)
        if store.scalar("SELECT 1 FROM people WHERE id_number = ?", [number]) is None:
            return number
    raise AssertionError("no free ID number")


def run_dialog(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[Any], None]
) -> list[Any]:
    """Make `cls.exec` type into the real dialog with `fill`; returns the dialogs opened."""
    opened: list[Any] = []

    def execute(dialog: Any) -> int:
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", execute)
    return opened
