"""The Qt binding as installed keeps Python's None and True alive.

PySide6 6.12.0 under Python 3.11 drops a reference to None on every call of a Qt method that
returns nothing, and to True on every signal emitted: a day's work in the window brings them
to zero, and Python aborts ("deallocating None"). pyproject.toml leaves that release out;
this test fails on any release that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

CALLS = 2000


class _Emitter(QObject):
    fired = Signal(str, object)


def test_qt_calls_leave_none_and_true_with_their_references(qtbot: QtBot) -> None:
    label = QLabel("甲")
    qtbot.addWidget(label)
    emitter = _Emitter()
    heard: list[str] = []
    emitter.fired.connect(lambda kind, _ids: heard.append(kind))
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        label.setText("乙")
        label.update()
        emitter.fired.emit("disputes", frozenset({1}))
        QApplication.processEvents()
    none_lost, true_lost = before[0] - sys.getrefcount(None), before[1] - sys.getrefcount(True)
    assert len(heard) == CALLS
    assert none_lost < CALLS // 10 and true_lost < CALLS // 10, (none_lost, true_lost)
