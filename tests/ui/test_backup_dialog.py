"""Backups from the window: back up now, restore a copy after seeing what it holds, the
backup folder in the settings, automatic backups, and the start-up offer after damage."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import context_for

from stationdesk import app, paths
from stationdesk.store import Store, backup
from stationdesk.store.health import Health
from stationdesk.ui import auto_backup
from stationdesk.ui.auto_backup import AutoBackup
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.backup_dialog import BackupDialog
from stationdesk.ui.dialogs.settings_dialog import SettingsDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.pages.officers_tab import OfficersTab

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")
Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


def add_street(store: Store, name: str) -> int:
    """A street entered through the store."""
    return store.insert("grids", {"parent_id": None, "level": 1, "name": name})


def made(folder: Path) -> Path:
    """The folder, made if missing."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def streets(store: Store) -> list[str]:
    """The street names the station holds."""
    return [row["name"] for row in store.rows("SELECT name FROM grids ORDER BY id")]


@pytest.fixture
def small_ctx(empty_store: Store, tmp_path: Path) -> AppContext:
    """A small station (two streets) as the window holds it."""
    empty_store.set_setting("station_name", "东安路派出所")
    add_street(empty_store, "东安路街道")
    add_street(empty_store, "皇台街道")
    return context_for(empty_store, tmp_path)


@pytest.fixture
def dialog(qtbot: QtBot, small_ctx: AppContext) -> BackupDialog:
    """The real dialog, shown."""
    widget = BackupDialog(small_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def record_messages(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Let QMessageBox.<name> show nothing and keep its texts."""
    texts: list[str] = []

    def show(_parent: QWidget, _title: str, text: str, *_args: Any) -> Any:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, name, staticmethod(show))
    return texts


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make QMessageBox.question answer `button`; returns what it was asked."""
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_back_up_now_adds_a_checked_copy_to_the_list(dialog: BackupDialog) -> None:
    assert dialog.table.rowCount() == 0
    assert "no backup" in dialog.details.text()
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 1
    [copy] = paths.backup_dir().iterdir()
    assert backup.inspect(copy).ok
    assert "grids: 2" in dialog.details.text()
    assert "history entries: 3" in dialog.details.text()


def test_restore_shows_what_the_copy_holds_and_gives_exactly_that(
    dialog: BackupDialog, small_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.backup_button.click()
    add_street(small_ctx.store, "备份后才加的街道")
    asked = answer(monkeypatch, Yes)
    told = record_messages(monkeypatch, "information")
    dialog.restore_button.click()
    [question] = asked
    assert "grids: 2" in question
    assert "safety copy" in question
    assert streets(small_ctx.store) == ["东安路街道", "皇台街道"]
    [safety] = Path(str(small_ctx.store.path)).parent.glob("*.before-restore-*")
    assert str(safety) in told[0]
    [entry] = small_ctx.store.history("database", 0)
    assert entry.action == "restore"


def test_saying_no_restores_nothing(
    dialog: BackupDialog, small_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.backup_button.click()
    add_street(small_ctx.store, "保留的街道")
    answer(monkeypatch, No)
    dialog.restore_button.click()
    assert streets(small_ctx.store)[-1] == "保留的街道"


def test_an_unplugged_backup_drive_is_said_plainly(
    dialog: BackupDialog, small_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_ctx.store.set_setting(backup.FOLDER_SETTING, str(tmp_path / "usb-gone"))
    warned = record_messages(monkeypatch, "warning")
    dialog.backup_button.click()
    assert "plugged in" in warned[0]
    assert "untouched" in warned[0]
    assert streets(small_ctx.store) == ["东安路街道", "皇台街道"]


def test_restore_from_the_file_menu_rebuilds_every_page(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert ctx.store.path is not None
    copy = backup.take_backup(ctx.store.path, made(paths.backup_dir()))
    grid = ctx.store.scalar("SELECT id FROM grids WHERE level = 1")
    ctx.store.update("grids", grid, {"name": "改过名的街道"})
    answer(monkeypatch, Yes)
    record_messages(monkeypatch, "information")

    def click_restore(self: BackupDialog) -> int:
        assert self.selected() == copy
        self.restore_button.click()
        return 0

    monkeypatch.setattr(BackupDialog, "exec", click_restore)
    old_pages = [window.pages.widget(i) for i in range(window.pages.count())]
    [action] = [a for a in window.actions() if a.text() == "&Backups..."]
    action.trigger()
    assert ctx.store.scalar("SELECT name FROM grids WHERE id = ?", [grid]) != "改过名的街道"
    assert all(window.pages.widget(i) not in old_pages for i in range(window.pages.count()))


def test_the_backup_folder_is_chosen_in_the_settings(
    qtbot: QtBot, small_ctx: AppContext, tmp_path: Path
) -> None:
    settings = SettingsDialog(small_ctx)
    qtbot.addWidget(settings)
    settings.backup_folder.setText(str(tmp_path / "no-such-drive"))
    settings.accept()
    assert "does not exist" in settings.error.text()
    assert small_ctx.store.setting(backup.FOLDER_SETTING) == ""
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.backup_folder.setText(str(usb))
    settings.accept()
    assert small_ctx.store.setting(backup.FOLDER_SETTING) == str(usb)


def test_automatic_backup_runs_off_the_window_thread_after_changes(
    qtbot: QtBot, small_ctx: AppContext
) -> None:
    auto = AutoBackup(small_ctx)
    assert not auto.due()  # nothing changed yet
    add_street(small_ctx.store, "新街道")
    assert auto.due()
    with qtbot.waitSignal(auto.finished, timeout=10_000) as done:
        auto.tick()
    assert backup.inspect(Path(done.args[0])).ok
    add_street(small_ctx.store, "又一个街道")
    assert not auto.due()  # the last copy is not 30 minutes old
    assert auto.due(datetime.now() + timedelta(minutes=31))
    assert auto.at_close() is None
    assert small_ctx.store.path is not None
    [(_stamp, newest), *_older] = backup.list_backups(paths.backup_dir(), small_ctx.store.path)
    assert backup.inspect(newest).counts["grids"] == 4  # the closing copy has the last street


def test_a_slow_closing_backup_shows_a_busy_bar_until_it_is_done(
    qtbot: QtBot, small_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    auto = AutoBackup(small_ctx)
    add_street(small_ctx.store, "新街道")
    slow_copy = auto_backup.run_backup

    def slow(db_path: Path, folder: Path) -> Path:
        time.sleep(1.5)  # as the verified copy of a large station takes a while
        return slow_copy(db_path, folder)

    monkeypatch.setattr(auto_backup, "run_backup", slow)
    seen: list[str] = []

    def look() -> None:
        seen.extend(
            bar.labelText()
            for bar in QApplication.topLevelWidgets()
            if isinstance(bar, QProgressDialog) and bar.isVisible()
        )

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(100)
    assert auto.at_close() is None
    timer.stop()
    assert any(text.startswith("Making the closing backup") for text in seen)
    assert small_ctx.store.path is not None
    [(_stamp, newest), *_older] = backup.list_backups(paths.backup_dir(), small_ctx.store.path)
    grids = small_ctx.store.scalar("SELECT count(*) FROM grids")
    assert backup.inspect(newest).counts["grids"] == grids  # the copy has the new street
    look_after = len(seen)
    look()
    assert len(seen) == look_after  # the bar is gone


def click_button(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """Make every QMessageBox.exec click the button named `text`; returns the texts shown."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        [button] = [b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == text]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_damaged_station_is_kept_and_the_newest_good_backup_offered(
    qtbot: QtBot, small_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = small_ctx.store
    assert store.path is not None
    path = store.path
    copy = backup.take_backup(path, made(paths.backup_dir()))
    store.close()
    health = Health(path, paths.data_dir())
    health.check()
    health.finish()
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2] ^= 0x5A
    path.write_bytes(bytes(damaged))
    shown = click_button(monkeypatch, "Restore the backup")
    told = record_messages(monkeypatch, "information")
    health = Health(path, paths.data_dir())
    assert app.recover_if_damaged(path, health, health.check(), small_ctx.settings)
    assert "found damage" in shown[0]
    assert backup.local_time(backup.inspect(copy).last_change) in shown[0]
    [kept] = path.parent.glob("*.damaged-*")
    assert kept.read_bytes() == bytes(damaged)
    assert str(kept) in told[0]
    assert backup.inspect(path).ok


def test_quitting_at_the_damage_offer_opens_nothing(
    small_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = small_ctx.store.path
    assert path is not None
    small_ctx.store.close()
    path.write_bytes(b"SQLite format 3\0" + b"\x00" * 4000)
    shown = click_button(monkeypatch, "Quit")
    health = Health(path, paths.data_dir())
    assert not app.recover_if_damaged(path, health, health.check(), small_ctx.settings)
    assert "No good backup" in shown[0]
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_a_second_window_on_the_same_file_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "station.sqlite"
    first = app.acquire_single_instance(path)
    assert first is not None
    assert app.acquire_single_instance(path) is None
    assert app.acquire_single_instance(tmp_path / "other.sqlite") is not None
    warned = record_messages(monkeypatch, "warning")
    app.refuse_second_window(path)
    assert "already open in another StationDesk window" in warned[0]
    assert str(path) in warned[0]
    first.unlock()


def test_a_station_file_in_a_synced_folder_is_warned_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned = record_messages(monkeypatch, "warning")
    app.warn_if_unsafe_place(tmp_path / "OneDrive" / "station.sqlite")
    assert "cloud-synced folder" in warned[0]
    app.warn_if_unsafe_place(tmp_path / "station.sqlite")
    assert len(warned) == 1


def test_saving_on_a_full_disk_says_so_and_keeps_the_typing(qtbot: QtBot, ctx: AppContext) -> None:
    tab = OfficersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    shown = tab.shown_id()
    assert shown is not None
    officer = ctx.roster.get(shown)
    ctx.store.conn.execute("VACUUM")  # no free pages inside the file either
    pages = ctx.store.scalar("PRAGMA page_count")
    ctx.store.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room left on the disk
    tab.form.notes.setFocus()
    type_text(qtbot, tab.form.notes, "已调岗" * 20_000)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert "is full" in tab.form.error.text()
    assert tab.form.notes.toPlainText().startswith("已调岗")  # nothing typed is thrown away
    assert ctx.roster.get(officer.id).notes == officer.notes
    ctx.store.conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # space freed
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert ctx.roster.get(officer.id).notes.startswith("已调岗")


def test_the_open_dialog_lists_a_copy_an_automatic_backup_just_made(
    qtbot: QtBot, small_ctx: AppContext
) -> None:
    auto = AutoBackup(small_ctx)
    dialog = BackupDialog(small_ctx, auto=auto)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    add_street(small_ctx.store, "新街道")
    with qtbot.waitSignal(auto.finished, timeout=10_000):
        auto.tick()
    assert dialog.table.rowCount() == 1
    assert "grids: 3" in dialog.details.text()
