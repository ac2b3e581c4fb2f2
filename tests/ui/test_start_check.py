"""The start-up check runs while the clerk signs in; nothing is written and no window opens before
its verdict. The daily full check runs while the window is open and shows what it finds."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from stationdesk import app, paths
from stationdesk.store import Store
from stationdesk.store import health as health_module
from stationdesk.store.health import Health, StartupReport
from stationdesk.ui.dialogs.sign_in_dialog import SignInDialog

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")


class SlowCheck:
    """Health.check held back until the test releases it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.finished = threading.Event()
        real = Health.check

        def check(health: Health, today: date | None = None) -> StartupReport:
            self.started.set()
            self.release.wait(10)
            try:
                return real(health, today)
            finally:
                self.finished.set()

        monkeypatch.setattr(Health, "check", check)

    def release_later(self, seen: list[str]) -> None:
        """Once the window's thread waits, note the busy bar's text and let the check end."""

        def look_and_release() -> None:
            seen.extend(
                widget.labelText()
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QProgressDialog) and widget.isVisible()
            )
            self.release.set()

        QTimer.singleShot(50, look_and_release)


def closed_cleanly(path: Path) -> Health:
    """The station as StationDesk left it at its last clean close."""
    health = Health(path, paths.data_dir())
    health.check()
    health.finish()
    return Health(path, paths.data_dir())


def start(path: Path, health: Health) -> Store | int:
    return app.open_checked(path, False, health, app.open_settings())


def test_the_clerk_signs_in_while_the_check_runs_and_nothing_opens_before_it_ends(
    qtbot: QtBot, accounts_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = closed_cleanly(accounts_path)
    slow = SlowCheck(monkeypatch)
    before = accounts_path.read_bytes()
    progress: list[str] = []
    shown_while_checking: list[bool] = []

    def clerk_types(dialog: SignInDialog) -> int:
        qtbot.waitUntil(slow.started.is_set)
        shown_while_checking.append(not slow.finished.is_set())
        type_text(qtbot, dialog.user, "clerk")
        type_text(qtbot, dialog.password, "demo")
        slow.release_later(progress)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", clerk_types)
    store = start(accounts_path, health)
    assert shown_while_checking == [True]
    assert progress == ["Checking the station file…"]
    assert isinstance(store, Store)
    assert slow.finished.is_set()
    assert store.session is not None and store.session.username == "clerk"
    assert health.last_report is not None and health.last_report.reason == "unchanged"
    store.close()
    assert accounts_path.read_bytes() != before  # the sign-in is written once the check passed


def test_quitting_at_the_sign_in_writes_nothing_and_leaves_no_unclean_exit(
    qtbot: QtBot, accounts_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = closed_cleanly(accounts_path)
    slow = SlowCheck(monkeypatch)
    before = accounts_path.read_bytes()

    def clerk_quits(dialog: SignInDialog) -> int:
        type_text(qtbot, dialog.user, "clerk")
        slow.release.set()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", clerk_quits)
    assert start(accounts_path, health) == 0
    assert accounts_path.read_bytes() == before
    assert not health.marker.exists()


def test_a_byte_flipped_after_a_clean_close_is_found_before_anyone_signs_in(
    qtbot: QtBot, accounts_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = closed_cleanly(accounts_path)
    damaged = bytearray(accounts_path.read_bytes())
    damaged[len(damaged) // 2] ^= 0x5A
    accounts_path.write_bytes(bytes(damaged))
    offered: list[str] = []

    def clerk_signs_in(dialog: SignInDialog) -> int:
        type_text(qtbot, dialog.user, "clerk")
        type_text(qtbot, dialog.password, "demo")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def quit_at_the_offer(box: QMessageBox) -> int:
        offered.append(box.text())
        [quit_button] = [
            b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == "Quit"
        ]
        quit_button.click()
        return 0

    monkeypatch.setattr(SignInDialog, "exec", clerk_signs_in)
    monkeypatch.setattr(QMessageBox, "exec", quit_at_the_offer)
    assert start(accounts_path, health) == 1
    assert "found damage" in offered[0]
    assert health.last_report is not None and health.last_report.reason == "changed"
    assert accounts_path.read_bytes() == bytes(damaged)  # nothing written, no sign-in either


def test_a_station_without_accounts_shows_the_check_s_progress_then_opens(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = closed_cleanly(demo_path)
    slow = SlowCheck(monkeypatch)
    progress: list[str] = []
    slow.release_later(progress)
    store = start(demo_path, health)
    assert progress == ["Checking the station file…"]
    assert isinstance(store, Store)
    assert slow.finished.is_set()
    store.close()


def test_the_daily_check_runs_once_the_window_is_open_and_shows_what_it_finds(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = closed_cleanly(demo_path)
    report = health.check()
    assert report.daily_due and not report.full  # nothing read at start
    found = ["integrity: row 12 missing from index idx_disputes_status"]
    monkeypatch.setattr(health_module, "check_connection", lambda conn: found)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    window = QWidget()
    qtbot.addWidget(window)
    daily = app.check_daily_while_open(health, window, demo_path)
    assert daily is not None
    qtbot.waitUntil(lambda: bool(shown))
    assert "The daily check found damage" in shown[0]
    assert "row 12 missing" in shown[0]
    assert "File > Backups" in shown[0]
    daily.stop()
    health.finish()
    assert Health(demo_path, paths.data_dir()).check().reason == "damage found"


def test_closing_the_window_stops_the_daily_check_without_a_verdict(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    health = closed_cleanly(demo_path)
    health.check()
    monkeypatch.setattr(health_module, "STEPS_BETWEEN_STOP_CHECKS", 1)
    health.stop()  # the window closes as the check begins
    window = QWidget()
    qtbot.addWidget(window)
    daily = app.check_daily_while_open(health, window, demo_path)
    assert daily is not None
    daily.stop()
    health.finish()
    assert Health(demo_path, paths.data_dir()).check().daily_due
