"""The fixed choices of domain/labels.py in the window's language, and drop-downs that may narrow.

Kept apart from the dispute panels so that the list's filter bar opens without them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from stationdesk.domain.labels import CONTEXT


def label(text: str) -> str:
    """A label of domain/labels.py in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def shrinkable(combo: QComboBox, characters: int = 10) -> QComboBox:
    """Let a drop-down narrow to `characters` (long grid paths must not widen the window)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
