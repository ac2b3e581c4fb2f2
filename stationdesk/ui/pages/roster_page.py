"""Roster & grids: officers, the week's duty grid and the grid tree, as three tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stationdesk.ui.context import AppContext
from stationdesk.ui.pages.base import Page
from stationdesk.ui.pages.grids_tab import GridsTab
from stationdesk.ui.pages.officers_tab import OfficersTab
from stationdesk.ui.pages.week_tab import WeekTab


class RosterPage(Page):
    """The roster ledger; the window's shortcuts go to the tab on show."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.officers = OfficersTab(ctx)
        self.week = WeekTab(ctx)
        self.grids = GridsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.officers, self.tr("Officers"))
        self.tabs.addTab(self.week, self.tr("Week roster"))
        self.tabs.addTab(self.grids, self.tr("Grids"))
        self.officers.find_cleared.connect(self.find_cleared)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def tab(self) -> Page:
        """The tab on show."""
        current = self.tabs.currentWidget()
        assert isinstance(current, Page)
        return current

    def new_record(self) -> None:
        """Ctrl+N on the current tab."""
        self.tab().new_record()

    def save(self) -> None:
        """Ctrl+S on the current tab."""
        self.tab().save()

    def print_current(self) -> None:
        """Ctrl+P: every tab prints the week's roster sheet or its own list."""
        self.tab().print_current()

    def cancel(self) -> None:
        """Esc on the current tab."""
        self.tab().cancel()

    def focus_filter(self) -> None:
        """Ctrl+Shift+F on the current tab."""
        self.tab().focus_filter()

    def show_found(self, query: str) -> None:
        """The find box narrows the officers list (the week and the grids keep theirs)."""
        self.officers.show_found(query)

    def export_list(self) -> None:
        """File > Export list... on the current tab."""
        self.tab().export_list()
