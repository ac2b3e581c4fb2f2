"""Signing in, the lock screen and the accounts dialog, as the people at the desk use them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from keyboard_input import retype, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from window_helpers import context_for

from stationdesk.domain.accounts import AccountService
from stationdesk.store import Store, open_store
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.accounts_dialog import (
    AccountForm,
    AccountsDialog,
    PasswordDialog,
    RoleDialog,
)
from stationdesk.ui.dialogs.audit_trail_dialog import AuditTrailDialog
from stationdesk.ui.dialogs.sign_in_dialog import FirstRunDialog, SignInDialog
from stationdesk.ui.main_window import PAGE_ROWS, MainWindow
from stationdesk.ui.pages.roster_page import OfficersTab
from stationdesk.ui.widgets.dispute_outcome import may_sign_off


@pytest.fixture
def station(accounts_path: Path) -> Iterator[Store]:
    store = open_store(accounts_path, "tester")
    yield store
    store.close()


def sign_in_by_typing(qtbot: QtBot, store: Store, user: str, password: str) -> SignInDialog:
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.user, user)
    type_text(qtbot, dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    return dialog


def signed_in_context(store: Store, tmp_path: Path, user: str) -> AppContext:
    AccountService(store).sign_in(user, "demo")
    return context_for(store, tmp_path)


def signed_in_window(qtbot: QtBot, store: Store, tmp_path: Path, user: str) -> MainWindow:
    window = MainWindow(signed_in_context(store, tmp_path, user))
    qtbot.addWidget(window)
    return window


def test_signing_in_by_typing_the_demo_password(qtbot: QtBot, station: Store) -> None:
    dialog = sign_in_by_typing(qtbot, station, "chief", "demo")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert station.session is not None and station.session.role == "chief"


def test_a_wrong_password_says_so_and_keeps_the_dialog_open(qtbot: QtBot, station: Store) -> None:
    dialog = sign_in_by_typing(qtbot, station, "clerk", "demo1")
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == "" and station.session is None


def test_five_wrong_passwords_lock_the_account_and_the_history_shows_it(
    qtbot: QtBot, station: Store
) -> None:
    dialog = SignInDialog(station)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.user, "clerk")
    for _ in range(5):
        type_text(qtbot, dialog.password, "guess")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "locked after 5 failed sign-ins" in dialog.error.text()
    type_text(qtbot, dialog.password, "demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert station.session is None
    clerk_id = station.scalar("SELECT id FROM accounts WHERE username = 'clerk'")
    assert "lockout" in [e.action for e in station.history("accounts", clerk_id)]


def test_a_dialog_left_open_is_covered_too_and_unlocks_the_window(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, station, tmp_path, "auditor")
    ctx = window.ctx
    window.show()
    trail = AuditTrailDialog(ctx, window)
    trail.show()
    window.lock()
    [cover] = window.dialog_covers
    assert cover.isVisible() and cover.parentWidget() is trail
    assert not trail.entries.isEnabled() and not trail.more.isEnabled()  # Tab cannot reach them
    assert not window.centralWidget().isEnabled() and cover.password.isEnabled()
    assert cover.geometry() == trail.rect()
    trail.resize(trail.width() + 100, trail.height() + 50)
    assert cover.geometry() == trail.rect()
    type_text(qtbot, cover.password, "demo")
    qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.lock_screen.isVisible() and window.lock_action.isEnabled()
    assert window.dialog_covers == [] and trail.isVisible()
    assert trail.entries.isEnabled() and window.centralWidget().isEnabled()
    assert not trail.since.isEnabled()  # off before the lock ("Only from" unticked), off after
    assert trail.entries.topLevelItemCount() > 0


def test_a_dialog_that_closes_while_locked_leaves_the_unlock_working(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, station, tmp_path, "auditor")
    window.show()
    trail = AuditTrailDialog(window.ctx, window)
    trail.show()
    window.lock()
    trail.deleteLater()  # as an import's progress dialog does when the import ends
    qtbot.waitUntil(lambda: not shiboken6.isValid(trail))
    type_text(qtbot, window.lock_screen.password, "demo")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.lock_screen.isVisible() and window.centralWidget().isEnabled()
    assert window.dialog_covers == [] and window.shut_while_locked == []


def test_the_status_bar_and_file_menu_follow_the_role(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, station, tmp_path, "clerk")
    ctx = window.ctx
    assert window.user_label.text() == "Signed in: clerk (Clerk)"
    assert not window.accounts_action.isEnabled() and not window.backups_action.isEnabled()
    assert window.lock_action.isEnabled() and window.sign_out_action.isEnabled()
    assert not may_sign_off(ctx)
    incident_id = station.scalar("SELECT min(incident_id) FROM injuries")
    assert all(i.medical_hidden for i in ctx.injuries.injuries(incident_id))


def test_an_idle_window_locks_and_comes_back_with_the_unsaved_form(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, station, tmp_path, "chief")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tab = window.roster_page.officers
    window.navigation.setCurrentRow(PAGE_ROWS["roster"])
    assert isinstance(tab, OfficersTab)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    retype(qtbot, tab.form.name, "孙悦")
    window.idle.timer.setInterval(50)
    window.idle.restart()
    qtbot.waitUntil(window.lock_screen.isVisible, timeout=2000)
    assert window.lock_screen.geometry() == window.rect()
    assert not tab.form.name.isEnabled()  # Tab from the password cannot reach the hidden form
    assert not window.menuBar().isEnabled() and not window.lock_action.isEnabled()
    type_text(qtbot, window.lock_screen.password, "wrong")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.lock_screen.isVisible()
    assert window.lock_screen.error.text() == "Wrong user name or password."
    window.idle.timer.setInterval(60_000)
    type_text(qtbot, window.lock_screen.password, "demo")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.lock_screen.isVisible() and window.lock_action.isEnabled()
    assert tab.form.name.text() == "孙悦" and tab.is_dirty()


def test_typing_in_the_open_window_keeps_it_from_locking(
    qtbot: QtBot, station: Store, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, station, tmp_path, "clerk")
    assert not window.idle.timer.isActive()  # counted from when the window is on screen
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(window.idle.timer.isActive)
    window.idle.timer.setInterval(400)
    window.idle.restart()
    for _ in range(4):
        qtbot.wait(150)
        type_text(qtbot, window.disputes_page.filters.text, "a")
    assert not window.lock_screen.isVisible()
    qtbot.waitUntil(window.lock_screen.isVisible, timeout=2000)


def test_an_administrator_adds_an_account_and_passwords_are_checked(
    qtbot: QtBot, station: Store
) -> None:
    service = AccountService(station)
    service.sign_in("admin", "demo")
    dialog = AccountsDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 5
    form = AccountForm(service)
    qtbot.addWidget(form)
    type_text(qtbot, form.user, "wang.li")
    type_text(qtbot, form.full_name, "王丽")
    form.role.setCurrentIndex(form.role.findData("instructor"))
    type_text(qtbot, form.password, "short")
    type_text(qtbot, form.repeated, "short")
    ok = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in form.error.text()
    retype(qtbot, form.password, "river-lantern-5")
    retype(qtbot, form.repeated, "river-lantern-5")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "must be linked to an officer on the roster" in form.error.text()
    form.officer.setCurrentIndex(1)
    officer = form.officer.currentText().split(" · ")[0]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert form.result() == AccountForm.DialogCode.Accepted
    dialog.load()
    assert dialog.table.rowCount() == 6
    added = [a for a in service.accounts() if a.username == "wang.li"]
    assert [(a.role, a.officer_name) for a in added] == [("instructor", officer)]
    row = next(r for r in range(6) if dialog.table.item(r, 0).text() == "wang.li")
    assert dialog.table.item(row, 3).text() == officer


def test_the_chief_links_the_clerk_as_an_instructor_of_an_officer(
    qtbot: QtBot, station: Store
) -> None:
    service = AccountService(station)
    service.sign_in("chief", "demo")
    clerk = next(a for a in service.accounts() if a.username == "clerk")
    dialog = RoleDialog(service, clerk)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("instructor"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "must be linked to an officer" in dialog.error.text()
    assert service.get(clerk.id).role == "clerk"
    dialog.officer.setCurrentIndex(2)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == RoleDialog.DialogCode.Accepted
    linked = service.get(clerk.id)
    assert (linked.role, linked.officer_id) == ("instructor", dialog.officer.currentData())


def test_the_first_start_names_the_station_and_creates_its_administrator(
    qtbot: QtBot, empty_store: Store
) -> None:
    dialog = FirstRunDialog(empty_store)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.station_name, "枫桥派出所")
    type_text(qtbot, dialog.full_name, "陈静")
    type_text(qtbot, dialog.password, "maple-bridge-1")
    type_text(qtbot, dialog.repeated, "maple-bridge-1")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert empty_store.enforced and empty_store.setting("station_name") == "枫桥派出所"
    assert empty_store.session is not None and empty_store.session.username == "admin"


def test_signing_out_lets_the_next_person_sign_in(
    qtbot: QtBot, station: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_in_window(qtbot, station, tmp_path, "chief")
    ctx = window.ctx

    def next_person_types(dialog: SignInDialog) -> int:
        type_text(qtbot, dialog.user, "auditor")
        type_text(qtbot, dialog.password, "demo")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", next_person_types)
    window.sign_out_action.trigger()
    assert window.user_label.text() == "Signed in: auditor (Auditor)"
    chief_id = station.scalar("SELECT id FROM accounts WHERE username = 'chief'")
    assert station.history("accounts", chief_id)[-1].action == "sign_out"
    assert not may_sign_off(ctx)


def test_everyone_changes_their_own_password(
    qtbot: QtBot, station: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_in_window(qtbot, station, tmp_path, "instructor")
    ctx = window.ctx

    def types_the_passwords(dialog: PasswordDialog) -> int:
        type_text(qtbot, dialog.old, "demo")
        type_text(qtbot, dialog.new, "grid-walker-8")
        type_text(qtbot, dialog.repeated, "grid-walker-8")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", types_the_passwords)
    window.password_action.trigger()
    assert window.statusBar().currentMessage() == "Your password is changed."
    ctx.accounts.sign_out()
    ctx.accounts.sign_in("instructor", "grid-walker-8")


def test_a_station_from_before_accounts_adds_its_administrator_and_signs_in(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = context_for(demo_store, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.accounts_action.isEnabled() and not window.lock_action.isEnabled()

    def adds_the_administrator(dialog: AccountsDialog) -> int:
        form = AccountForm(dialog.service, dialog)
        type_text(qtbot, form.user, "zhou.admin")
        form.role.setCurrentIndex(form.role.findData("admin"))
        type_text(qtbot, form.password, "station-keeper-2")
        type_text(qtbot, form.repeated, "station-keeper-2")
        ok = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return form.result()

    monkeypatch.setattr(AccountsDialog, "exec", adds_the_administrator)
    window.accounts_action.trigger()
    assert demo_store.enforced and demo_store.actor == "zhou.admin"
    assert window.user_label.text() == "Signed in: zhou.admin (Administrator)"
    assert window.lock_action.isEnabled() and window.backups_action.isEnabled()
