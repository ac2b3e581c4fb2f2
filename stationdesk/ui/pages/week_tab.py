"""WeekTab (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from stationdesk.ui.context import AppContext
from stationdesk.ui.pages.base import Page


class WeekTab(Page):
    """Temporary stand-in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
