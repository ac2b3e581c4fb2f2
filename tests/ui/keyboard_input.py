"""Typing into widgets as a clerk does: Latin on the keys, Chinese committed by the input method.

Qt's keyClicks cannot send non-ASCII text, so Chinese runs go in as an input-method commit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

RUNS = re.compile(r"([\x00-\x7f]*)([^\x00-\x7f]*)")


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` where the cursor is."""
    widget.setFocus()
    for latin, chinese in RUNS.findall(text):
        if latin:
            qtbot.keyClicks(widget, latin)
        if chinese:
            event = QInputMethodEvent("", [])
            event.setCommitString(chinese)
            QApplication.sendEvent(widget, event)


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in the field and type `text` over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)
