"""The main window: navigation pane, ledger pages, status bar and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from stationdesk import __version__
from stationdesk.domain import access
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.sign_in_dialog import SignInDialog
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import offer, role_name
from stationdesk.ui.printing import STATUS_MS
from stationdesk.ui.widgets.find_box import FindBox
from stationdesk.ui.widgets.lazy_panel import AfterFirstPaint
from stationdesk.ui.widgets.lock_screen import (
    DEFAULT_LOCK_MINUTES,
    LOCK_MINUTES_KEY,
    IdleWatch,
    LockScreen,
    lock_minutes,
)

if TYPE_CHECKING:
    from stationdesk.domain.dispute_ledger import DisputeFilter
    from stationdesk.ui.auto_backup import AutoBackup
    from stationdesk.ui.pages.disputes_page import DisputesPage
    from stationdesk.ui.pages.households_page import HouseholdsPage
    from stationdesk.ui.pages.injuries_page import InjuriesPage
    from stationdesk.ui.pages.reports_page import ReportsPage
    from stationdesk.ui.pages.roster_page import RosterPage
    from stationdesk.ui.pages.search_page import SearchPage

ROSTER_PAGE = 2
# Pages a dashboard figure may open, by name.
PAGE_ROWS = {"disputes": 0, "visits": 1, "roster": ROSTER_PAGE, "injuries": 3}
REPORTS_ROW, SEARCH_ROW = 4, 5
NAVIGATION_STYLE = """
QListWidget#navigation { font-size: 11pt; border: none; background: palette(window); }
QListWidget#navigation::item { padding: 9px 12px; border-radius: 4px; margin: 1px 4px; }
QListWidget#navigation::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
"""


class MainWindow(QMainWindow):
    """StationDesk's one window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.auto_backup: AutoBackup | None = None
        self.setWindowTitle(self.tr("StationDesk - %1").replace("%1", ctx.station_name))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget()
        self._built: dict[int, QWidget] = {}
        for title, _factory in self._page_kinds():
            QListWidgetItem(title, self.navigation)
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setMaximumWidth(220)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_status_bar()
        self._build_menus()
        self._build_find_box()
        self._allow_actions()
        self.lock_screen = LockScreen(ctx.accounts, self)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.dialog_covers: list[LockScreen] = []
        self.shut_while_locked: list[QWidget] = []
        minutes = lock_minutes(ctx.settings.value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES))
        self.idle = IdleWatch(minutes, self)
        self.idle.idle.connect(self.lock)
        AfterFirstPaint(self, self._after_first_paint)
        self.navigation.setCurrentRow(PAGE_ROWS["disputes"])
        self.resize(1280, 800)
        ctx.events.records_changed.connect(self._on_records_changed)

    def _after_first_paint(self) -> None:
        # A turn later still: the pages make what they put off first. The idle watch sees every
        # event of the app, and the first it sees of each kind of widget costs PySide a moment.
        QTimer.singleShot(0, self.idle, self.idle.start)

    # -- construction ------------------------------------------------------------
    # Pages are built (and their modules imported) when first shown, so the window opens
    # as soon as the dispute list is ready.
    def _page_kinds(self) -> list[tuple[str, Callable[[], QWidget]]]:
        return [
            (self.tr("Disputes"), self._new_disputes_page),
            (self.tr("Households & visits"), self._new_households_page),
            (self.tr("Roster & grids"), self._new_roster_page),
            (self.tr("Injuries on duty"), self._new_injuries_page),
            (self.tr("Reports"), self._new_reports_page),
            (self.tr("Search"), self._new_search_page),
        ]

    def _new_disputes_page(self) -> QWidget:
        from stationdesk.ui.pages.disputes_page import DisputesPage

        return DisputesPage(self.ctx)

    def _new_households_page(self) -> QWidget:
        from stationdesk.ui.pages.households_page import HouseholdsPage

        return HouseholdsPage(self.ctx)

    def _new_roster_page(self) -> QWidget:
        from stationdesk.ui.pages.roster_page import RosterPage

        return RosterPage(self.ctx)

    def _new_injuries_page(self) -> QWidget:
        from stationdesk.ui.pages.injuries_page import InjuriesPage

        return InjuriesPage(self.ctx)

    def _new_reports_page(self) -> QWidget:
        from stationdesk.ui.pages.reports_page import ReportsPage

        page = ReportsPage(self.ctx)
        page.show_disputes.connect(self.show_disputes)
        page.open_dispute.connect(self.open_dispute)
        page.open_page.connect(lambda name: self.navigation.setCurrentRow(PAGE_ROWS[name]))
        return page

    def _new_search_page(self) -> QWidget:
        from stationdesk.ui.pages.search_page import SearchPage

        page = SearchPage(self.ctx)
        page.open_record.connect(self.open_record)
        return page

    def page_at(self, row: int) -> QWidget:
        """The page of a navigation row, built on first use."""
        page = self._built.get(row)
        if page is None:
            page = self._page_kinds()[row][1]()
            if isinstance(page, Page):
                page.find_cleared.connect(self.find_box.clear_query)
            stand_in = self.pages.widget(row)
            if stand_in is not None:
                self.pages.removeWidget(stand_in)
                stand_in.deleteLater()
            self.pages.insertWidget(row, page)
            self._built[row] = page
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            page = self.page_at(row)
            self.pages.setCurrentIndex(row)
            if isinstance(page, Page):
                page.show_found(self.find_box.query())

    @property
    def disputes_page(self) -> DisputesPage:
        """The Disputes page."""
        return cast("DisputesPage", self.page_at(PAGE_ROWS["disputes"]))

    @property
    def households_page(self) -> HouseholdsPage:
        """The Households & visits page."""
        return cast("HouseholdsPage", self.page_at(PAGE_ROWS["visits"]))

    @property
    def roster_page(self) -> RosterPage:
        """The Roster & grids page."""
        return cast("RosterPage", self.page_at(PAGE_ROWS["roster"]))

    @property
    def injuries_page(self) -> InjuriesPage:
        """The Injuries on duty page."""
        return cast("InjuriesPage", self.page_at(PAGE_ROWS["injuries"]))

    @property
    def reports_page(self) -> ReportsPage:
        """The Reports page."""
        return cast("ReportsPage", self.page_at(REPORTS_ROW))

    @property
    def search_page(self) -> SearchPage:
        """The Search page."""
        return cast("SearchPage", self.page_at(SEARCH_ROW))

    def _build_status_bar(self) -> None:
        self.station_label = QLabel(self.ctx.station_name)
        self.station_label.setObjectName("statusStation")
        self.db_label = QLabel(str(self.ctx.store.path or ":memory:"))
        self.db_label.setObjectName("statusDatabase")
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self._show_user()
        self.indexing_label = QLabel()
        self.indexing_label.setObjectName("statusIndexing")
        self.indexing_label.hide()
        self.ctx.indexing.left.connect(self._show_indexing)
        self.ctx.indexing.failed.connect(self._indexing_failed)
        bar = self.statusBar()
        bar.addWidget(self.station_label)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.indexing_label)
        bar.addPermanentWidget(self.user_label)

    def _show_indexing(self, left: int) -> None:
        """How many imported records are still being made searchable."""
        self.indexing_label.setVisible(left > 0)
        self.indexing_label.setText(
            self.tr("Making %1 new records searchable…").replace("%1", f"{left:,}")
        )
        if not left:
            self.statusBar().showMessage(self.tr("The new records are searchable."), STATUS_MS)

    def _indexing_failed(self, why: str) -> None:
        self.indexing_label.hide()
        self.statusBar().showMessage(
            self.tr(
                "Making the new records searchable stopped (%1); it goes on at the next start."
            ).replace("%1", why),
            STATUS_MS * 3,
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("&Settings..."),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
        )
        self.backups_action = self._action(file_menu, self.tr("&Backups..."), self.open_backups)
        file_menu.addSeparator()
        self.accounts_action = self._action(file_menu, self.tr("&Accounts..."), self.open_accounts)
        self.trail_action = self._action(file_menu, self.tr("Audit &trail..."), self.open_trail)
        self.password_action = self._action(
            file_menu, self.tr("Change my &password..."), self.change_password
        )
        self.lock_action = self._action(file_menu, self.tr("&Lock"), self.lock, "Ctrl+L")
        self.sign_out_action = self._action(file_menu, self.tr("Sign &out"), self.sign_out)
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, self.tr("&Import spreadsheet..."), self.open_import
        )
        self._action(file_menu, self.tr("&Export list..."), lambda: self.page().export_list())
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        record = self.menuBar().addMenu(self.tr("&Record"))
        self._action(record, self.tr("&New record"), lambda: self.page().new_record(), "Ctrl+N")
        self._action(record, self.tr("&Save"), lambda: self.page().save(), "Ctrl+S")
        self.print_action = self._action(
            record, self.tr("&Print..."), lambda: self.page().print_current(), "Ctrl+P"
        )
        self._action(record, self.tr("&Cancel edits"), lambda: self.page().cancel(), "Esc")

        go = self.menuBar().addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Find anything"), self.find_anything, "Ctrl+F")
        self._action(
            go, self.tr("Filter this &list"), lambda: self.page().focus_filter(), "Ctrl+Shift+F"
        )
        for row in range(self.navigation.count()):
            title = self.navigation.item(row).text().replace("&", "&&")
            self._action(go, title, partial(self.navigation.setCurrentRow, row), f"Ctrl+{row + 1}")

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About StationDesk"), self.show_about)

    def _build_find_box(self) -> None:
        """The one find box, at the right end of the menu bar, on every page."""
        self.find_box = FindBox(self.ctx.search, self)
        self.find_box.settled.connect(lambda query: self.page().show_found(query))
        self.find_box.open_hit.connect(self.open_found)
        self.find_box.show_all.connect(self.show_all_found)
        holder = QWidget(self.menuBar())
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.find_box)
        self.menuBar().setCornerWidget(holder, Qt.Corner.TopRightCorner)

    def _action(
        self,
        menu: object,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        self.addAction(action)
        return action

    def _show_user(self) -> None:
        session = self.ctx.store.session
        if session is None:
            text = self.tr("Signed in: %1").replace("%1", self.ctx.store.actor)
        else:
            text = (
                self.tr("Signed in: %1 (%2)")
                .replace("%1", session.username)
                .replace("%2", role_name(session.role))
            )
        self.user_label.setText(text)

    def _allow_actions(self) -> None:
        """Offer only what the signed-in account may do (the services check again)."""
        store = self.ctx.store
        signed_in = store.session is not None
        self.backups_action.setEnabled(store.may(access.BACKUPS))
        # A station without accounts may add its first one (its administrator) here.
        self.accounts_action.setEnabled(not store.enforced or store.may(access.MANAGE_ACCOUNTS))
        self.trail_action.setEnabled(store.may(access.READ_TRAIL))
        for action in (self.password_action, self.lock_action, self.sign_out_action):
            action.setEnabled(signed_in)
        permissions = self.ctx.permissions
        records, roster = permissions.records("disputes"), permissions.roster()
        offer(self.import_action, records if records.allowed else roster)
        offer(self.print_action, permissions.may(access.PRINT_RECORDS))

    # -- behaviour ---------------------------------------------------------------
    def page(self) -> Page:
        """The page on show."""
        current = self.pages.currentWidget()
        return current if isinstance(current, Page) else Page()

    def show_disputes(self, flt: DisputeFilter, description: str) -> None:
        """The Disputes page listing what a dashboard figure counts."""
        self.navigation.setCurrentRow(PAGE_ROWS["disputes"])
        self.disputes_page.show_filter(flt, description)

    def open_dispute(self, dispute_id: int) -> None:
        """The Disputes page showing one dispute."""
        self.navigation.setCurrentRow(PAGE_ROWS["disputes"])
        self.disputes_page.open_dispute(dispute_id)

    def find_anything(self) -> None:
        """Ctrl+F from anywhere: the cursor in the find box, what it holds selected."""
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def open_found(self, kind: str, record_id: int) -> None:
        """A record chosen under the find box: in its own page (a person: their history)."""
        if kind == "people":
            self.navigation.setCurrentRow(SEARCH_ROW)
            self.search_page.show_record(kind, record_id)
        else:
            self.open_record(kind, record_id)

    def show_all_found(self, query: str) -> None:
        """Every result of the find box, on the search page."""
        self.navigation.setCurrentRow(SEARCH_ROW)
        self.search_page.show_found(query)
        self.search_page.focus_filter()

    def open_record(self, kind: str, record_id: int) -> None:
        """Open a record found by search in its own page (where that page exists)."""
        if kind == "disputes":
            self.open_dispute(record_id)
        elif kind in ("households", "visits"):
            self.navigation.setCurrentRow(PAGE_ROWS["visits"])
            if kind == "visits":
                self.households_page.open_visit(record_id)
            else:
                self.households_page.show_household(record_id)
        elif kind == "injuries":
            self.navigation.setCurrentRow(PAGE_ROWS["injuries"])
            self.injuries_page.open_incident(record_id)
        elif kind == "officers":
            self.navigation.setCurrentRow(PAGE_ROWS["roster"])
            self.roster_page.tabs.setCurrentWidget(self.roster_page.officers)
            self.roster_page.officers.open_officer(record_id)

    def open_settings(self) -> None:
        """The settings dialog (language, station name)."""
        from stationdesk.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog.edit(self.ctx, self)

    def open_backups(self) -> None:
        """The backups dialog; after a restore every page reads the restored records."""
        from stationdesk.ui.dialogs.backup_dialog import BackupDialog

        if BackupDialog.show_for(self.ctx, self, self.auto_backup):
            self.rebuild_pages()

    def open_accounts(self) -> None:
        """The accounts of the station."""
        from stationdesk.ui.dialogs.accounts_dialog import AccountsDialog

        AccountsDialog.manage(self.ctx.accounts, self)
        self._show_user()
        self._allow_actions()

    def open_trail(self) -> None:
        """The station's whole audit trail; an entry's record opens in its page."""
        from stationdesk.ui.dialogs.audit_trail_dialog import AuditTrailDialog

        dialog = AuditTrailDialog(self.ctx, self)
        dialog.open_record.connect(self.open_record)
        dialog.exec()
        dialog.deleteLater()

    def change_password(self) -> None:
        """The signed-in user's own password."""
        from stationdesk.ui.dialogs.accounts_dialog import PasswordDialog

        if PasswordDialog.change_own(self.ctx.accounts, self):
            self.statusBar().showMessage(self.tr("Your password is changed."), STATUS_MS)

    def lock(self) -> None:
        """Hide the records behind the lock screen until the password is typed again."""
        if self.ctx.store.session is None or self.lock_screen.isVisible():
            return
        self.menuBar().setEnabled(False)
        for action in self.actions():
            action.setProperty("enabledBeforeLock", action.isEnabled())
            action.setEnabled(False)
        self._shut_under(self.lock_screen)
        self.lock_screen.lock()
        self._cover_dialogs()

    def _cover_dialogs(self) -> None:
        """Cover each dialog left open (a print preview, the audit trail...) with a lock screen
        of its own: it hides what the dialog shows, and the password can be typed there, which
        a modal dialog keeps from reaching the window's lock screen."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                cover = LockScreen(self.ctx.accounts, widget)
                cover.unlocked.connect(self._unlocked)
                self._shut_under(cover)
                cover.lock()
                self.dialog_covers.append(cover)

    def _shut_under(self, cover: LockScreen) -> None:
        """Disable what `cover` hides, keeping it as it is: Tab cannot take the keyboard from
        the password to a hidden field or button. Dialogs are windows of their own, covered
        on their own."""
        parent = cover.parentWidget()
        assert parent is not None
        for widget in parent.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if widget is not cover and not widget.isWindow() and widget.isEnabled():
                widget.setEnabled(False)
                self.shut_while_locked.append(widget)

    def _unlocked(self) -> None:
        self.lock_screen.hide()
        # A dialog may have closed meanwhile (an import that ended), taking its cover with it.
        for cover in filter(shiboken6.isValid, self.dialog_covers):
            cover.hide()
            cover.deleteLater()
        self.dialog_covers.clear()
        for widget in filter(shiboken6.isValid, self.shut_while_locked):
            widget.setEnabled(True)
        self.shut_while_locked.clear()
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(bool(action.property("enabledBeforeLock")))
        self.idle.restart()

    def sign_out(self) -> None:
        """End the session; the next person signs in, or the window closes."""
        self.ctx.accounts.sign_out()
        self.hide()
        if not SignInDialog.sign_in(self.ctx.store, self):
            self.close()
            return
        self._show_user()
        self._allow_actions()
        self.rebuild_pages()
        self.idle.restart()
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the find box's results under it."""
        super().resizeEvent(event)
        self.find_box.keep_results_placed()

    def rebuild_pages(self) -> None:
        """Build every page afresh, staying on the page on show."""
        row = self.navigation.currentRow()
        while (old := self.pages.widget(0)) is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self._built.clear()
        for _kind in self._page_kinds():
            self.pages.addWidget(QWidget())
        self._show_row(row)
        self._on_records_changed("settings", frozenset())

    def open_import(self) -> None:
        """The import wizard."""
        from stationdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def show_about(self) -> None:
        """Version and what the app keeps."""
        QMessageBox.about(
            self,
            self.tr("About StationDesk"),
            self.tr("StationDesk %1\nThe records desk of a community police station.").replace(
                "%1", __version__
            ),
        )

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind == "settings":
            self.station_label.setText(self.ctx.station_name)
            self.setWindowTitle(self.tr("StationDesk - %1").replace("%1", self.ctx.station_name))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's geometry."""
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
