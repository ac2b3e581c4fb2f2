"""The audit trail in the window, as the auditor reviews it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from window_helpers import context_for, shown_window

from stationdesk.domain.accounts import AccountService
from stationdesk.domain.trail import TrailFilter
from stationdesk.errors import StationDeskError
from stationdesk.spreadsheets.reading import read_sheet
from stationdesk.store import Store, open_store
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.audit_trail_dialog import AuditTrailDialog


@pytest.fixture
def station(accounts_path: Path) -> Iterator[Store]:
    """The demo after a clerk's wrong password and a sign-in; the auditor signed in."""
    store = open_store(accounts_path, "tester")
    accounts = AccountService(store)
    with pytest.raises(StationDeskError):
        accounts.sign_in("clerk", "not-the-password")
    accounts.sign_in("clerk", "demo")
    accounts.sign_out()
    accounts.sign_in("auditor", "demo")
    yield store
    store.close()


@pytest.fixture
def dialog(qtbot: QtBot, station: Store, tmp_path: Path) -> AuditTrailDialog:
    shown = AuditTrailDialog(context_for(station, tmp_path))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def rows(dialog: AuditTrailDialog) -> list[list[str]]:
    items = (dialog.entries.topLevelItem(i) for i in range(dialog.entries.topLevelItemCount()))
    return [[item.text(column) for column in range(5)] for item in items if item is not None]


def test_the_newest_entries_show_first_in_words(dialog: AuditTrailDialog) -> None:
    newest = rows(dialog)[0]
    assert newest[1:4] == ["auditor", "Account 5 (auditor)", "signed in"]
    assert newest[4] == "Role Auditor"
    assert dialog.count.text() == "200 entries shown, newest first"


def test_choosing_a_user_shows_only_their_entries(qtbot: QtBot, dialog: AuditTrailDialog) -> None:
    qtbot.keyClicks(dialog.actor, "clerk")
    assert dialog.actor.currentText() == "clerk"
    assert [row[3] for row in rows(dialog)] == ["signed out", "signed in"]


def test_a_failed_sign_in_stands_out_and_shows_its_fields(
    qtbot: QtBot, dialog: AuditTrailDialog
) -> None:
    qtbot.keyClicks(dialog.actor, "tester")  # the station's user before anyone signs in
    failure = dialog.entries.topLevelItem(0)
    assert failure is not None and failure.text(3) == "sign-in failed"
    assert failure.foreground(0).color() == Qt.GlobalColor.darkRed
    dialog.entries.setCurrentItem(failure)
    field = dialog.fields.topLevelItem(0)
    assert field is not None
    assert [field.text(0), field.text(1), field.text(2)] == ["Failed sign-ins", "0", "1"]


def test_a_backwards_range_says_so_and_lists_nothing(
    qtbot: QtBot, dialog: AuditTrailDialog
) -> None:
    qtbot.mouseClick(dialog.between, Qt.MouseButton.LeftButton)
    dialog.since.setFocus()
    qtbot.keyClicks(dialog.since, "2030-01-01")
    assert dialog.entries.topLevelItemCount() == 0
    assert dialog.count.text() == "the last day is before the first day"
    assert dialog.until.property("invalid") is True
    assert not dialog.more.isEnabled() and not dialog.export.isEnabled()


def test_checking_the_trail_finds_it_sound_then_names_an_altered_entry(
    qtbot: QtBot, dialog: AuditTrailDialog, accounts_path: Path
) -> None:
    qtbot.mouseClick(dialog.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check.isEnabled())
    assert dialog.verdict.text().startswith("The trail is sound: ")
    conn = sqlite3.connect(accounts_path)
    conn.executescript(
        "DROP TRIGGER audit_log_no_update;UPDATE audit_log SET actor = 'someone' WHERE id = 3;"
    )
    conn.close()
    qtbot.mouseClick(dialog.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check.isEnabled())
    assert "The trail is broken" in dialog.verdict.text()
    assert "audit entry 3" in dialog.verdict.text()


def test_a_dispute_entry_opens_the_dispute(qtbot: QtBot, dialog: AuditTrailDialog) -> None:
    qtbot.keyClicks(dialog.group, "Other")
    while not any(row[2].startswith("Dispute ") for row in rows(dialog)):
        qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    index = next(i for i, row in enumerate(rows(dialog)) if row[2].startswith("Dispute "))
    item = dialog.entries.topLevelItem(index)
    assert item is not None
    wanted = int(item.text(2).split()[-1])
    dialog.entries.setCurrentItem(item)
    fields = [dialog.fields.topLevelItem(i) for i in range(dialog.fields.topLevelItemCount())]
    names = [field.text(0) for field in fields if field is not None]
    assert names and not [name for name in names if "_" in name]  # every field in words
    with qtbot.waitSignal(dialog.open_record) as opened:
        dialog.entries.itemActivated.emit(item, 0)
    assert opened.args == ["disputes", wanted]
    assert dialog.result() == AuditTrailDialog.DialogCode.Accepted


@pytest.mark.parametrize(("user", "offered"), [("clerk", False), ("auditor", True)])
def test_the_menu_offers_the_trail_to_those_who_may_read_it(
    qtbot: QtBot, accounts_path: Path, tmp_path: Path, user: str, offered: bool
) -> None:
    with open_store(accounts_path, "tester") as store:
        AccountService(store).sign_in(user, "demo")
        ctx: AppContext = context_for(store, tmp_path)
        window = shown_window(qtbot, ctx)
        assert window.trail_action.isEnabled() is offered
        window.close()


def test_export_writes_every_matching_entry_in_words_and_notes_it(
    qtbot: QtBot, dialog: AuditTrailDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trail.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    qtbot.keyClicks(dialog.actor, "clerk")
    qtbot.mouseClick(dialog.export, Qt.MouseButton.LeftButton)
    sheet = read_sheet(target).rows
    assert sheet[0] == ["When", "By", "Record", "What", "Details"]
    assert [row[1:4] for row in sheet[1:]] == [
        ["clerk", "Account 3 (clerk)", "signed out"],
        ["clerk", "Account 3 (clerk)", "signed in"],
    ]
    assert dialog.count.text() == "2 entries exported to trail.xlsx"
    noted = dialog.service.entries(TrailFilter(actor="auditor", group="access"))
    assert noted[0].action == "export" and noted[0].changes["rows"] == [None, 2]
