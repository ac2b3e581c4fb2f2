"""The dispute detail panels as an instructor uses them: sessions, outcome, follow-ups, due list."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from keyboard_input import type_text
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas
from window_helpers import context_for, refuse

from stationdesk.domain import idnumbers
from stationdesk.domain.disputes import DisputeInput, PartyInput
from stationdesk.domain.grids import GridInput
from stationdesk.domain.people import PersonInput
from stationdesk.domain.roster import OfficerInput
from stationdesk.domain.weeks import IsoWeek
from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.widgets.dispute_followups import FollowupDialog, FollowupsPanel
from stationdesk.ui.widgets.dispute_outcome import OutcomePanel, may_sign_off
from stationdesk.ui.widgets.dispute_sessions import SessionsPanel
from stationdesk.ui.widgets.due_followups import DueThisWeekView

TODAY = date.today()
RECEIVED = TODAY - timedelta(days=10)


def id_number(born: date, order: int) -> str:
    first17 = f"410403{born:%Y%m%d}{order:03d}"
    return first17 + idnumbers.check_char(first17)


# -- fixtures and helpers ------------------------------------------------------
@pytest.fixture(autouse=True)
def no_unexpected_follow_up_dialogs(
    no_unexpected_dialogs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shared refusal of stray dialogs, and the follow-up dialog's exec too."""
    monkeypatch.setattr(FollowupDialog, "exec", refuse)


@pytest.fixture
def ctx(empty_store: Store, tmp_path: Path) -> AppContext:
    """A small station: one community with a grid, two officers."""
    context = context_for(empty_store, tmp_path)
    street = context.grids.create(None, GridInput("东安路街道"))
    community = context.grids.create(street, GridInput("姚电社区"))
    context.grids.create(community, GridInput("姚电社区第一网格"))
    context.roster.create(OfficerInput("王警官", "police", "410001", "community"))
    context.roster.create(OfficerInput("赵辅警", "auxiliary", "F41001", "community"))
    return context


@pytest.fixture
def dispute_id(ctx: AppContext) -> int:
    """A walk-in neighbour dispute received ten days ago, grade C, with two parties."""
    grid = next(g.id for g in ctx.grids.all() if g.name == "姚电社区第一网格")
    officer = next(o.id for o in ctx.roster.officers() if o.name == "王警官")
    return ctx.disputes.create(
        DisputeInput(
            received_on=RECEIVED,
            received_how="walk_in",
            category="neighbours",
            grid_id=grid,
            summary="楼上漏水，楼下要求赔偿",
            risk_grade="C",
            officer_id=officer,
            parties=(
                PartyInput(
                    "applicant", person=PersonInput("张三", id_number(date(1980, 5, 6), 137))
                ),
                PartyInput(
                    "respondent", person=PersonInput("李四", id_number(date(1975, 1, 2), 582))
                ),
            ),
        )
    )


def shown(qtbot: QtBot, widget: QWidget, dispute_id: int | None = None) -> Any:
    """The widget shown at a panel's size, showing a dispute."""
    qtbot.addWidget(widget)
    widget.resize(760, 720)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    if dispute_id is not None:
        widget.show_dispute(dispute_id)  # type: ignore[attr-defined]
    return widget


def choose(combo: QComboBox, code: str) -> None:
    """Pick a choice by its code."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def actions(ctx: AppContext, dispute_id: int) -> list[str]:
    return [entry.action for entry in ctx.store.history("disputes", dispute_id)]


def fill_session(qtbot: QtBot, panel: SessionsPanel, held: datetime, said: tuple[str, str]) -> None:
    """Fill the session form as it happens."""
    panel.held_at.setDateTime(QDateTime(held))
    choose(panel.place, "police_room")
    type_text(qtbot, panel.place_detail, "姚电社区警务室")
    type_text(qtbot, panel.participants, "社区调解员刘某")
    for (_person, box), text in zip(panel.statement_boxes, said, strict=True):
        type_text(qtbot, box, text)
    choose(panel.result, "partly_agreed")
    type_text(qtbot, panel.result_text, "双方同意先修好水管")


def fill_agreement(qtbot: QtBot, panel: OutcomePanel) -> None:
    type_text(qtbot, panel.facts, "李四家水管老化漏水，浸湿张三家天花板。")
    type_text(qtbot, panel.responsibility, "李四负全部责任。")


# -- the path of the "Done when" ----------------------------------------
def test_two_sessions_agreement_followups_and_broken_agreement(
    qtbot: QtBot, ctx: AppContext, dispute_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the panel inside a window whose Save action also answers Ctrl+S, as in the app
    window = QMainWindow()
    window_saves: list[bool] = []
    save_action = QAction("Save", window)
    save_action.setShortcut(QKeySequence("Ctrl+S"))
    save_action.triggered.connect(window_saves.append)
    window.addAction(save_action)
    sessions = SessionsPanel(ctx)
    window.setCentralWidget(sessions)
    shown(qtbot, window)
    sessions.show_dispute(dispute_id)
    labels = [
        sessions.statements_layout.labelForField(box).text() for _p, box in sessions.statement_boxes
    ]
    assert labels[0].startswith("张三") and "Applicant" in labels[0]
    assert "Respondent" in labels[1]

    # first session: typed in, saved with Ctrl+S while the cursor is in the form
    first = datetime.combine(RECEIVED + timedelta(days=1), datetime.min.time()).replace(hour=9)
    fill_session(qtbot, sessions, first, ("楼上漏水三个月了", "我不知道漏水"))
    qtbot.keyClick(sessions.result, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    held = ctx.disputes.sessions(dispute_id)
    assert len(held) == 1
    assert held[0].held_at == first.strftime("%Y-%m-%dT%H:%M")
    assert held[0].place == "police_room" and held[0].result == "partly_agreed"
    assert held[0].participants == "社区调解员刘某"
    assert [s.text for s in held[0].statements] == ["楼上漏水三个月了", "我不知道漏水"]
    officer = ctx.disputes.get(dispute_id).officer_id
    assert held[0].mediator_ids == (officer,)  # the responsible officer, ticked by default
    assert sessions.table.topLevelItemCount() == 1
    assert window_saves == []  # the panel took Ctrl+S; the window's action did not fire

    # second session: a new form, saved with the button
    qtbot.mouseClick(sessions.new_button, Qt.MouseButton.LeftButton)
    assert sessions.place_detail.text() == ""
    second = first + timedelta(days=3, hours=5)
    fill_session(qtbot, sessions, second, ("同意李四赔偿", "同意修管并赔偿"))
    choose(sessions.result, "agreed")
    qtbot.mouseClick(sessions.save_button, Qt.MouseButton.LeftButton)
    assert [s.result for s in ctx.disputes.sessions(dispute_id)] == ["partly_agreed", "agreed"]
    assert sessions.table.topLevelItemCount() == 2

    # the agreement, with one obligation
    outcome = shown(qtbot, OutcomePanel(ctx), dispute_id)
    assert outcome.form_box.isVisible()
    choose(outcome.kind, "agreement")
    fill_agreement(qtbot, outcome)
    assert outcome.obligations.rowCount() == 1
    what = outcome.obligations.cellWidget(0, 1)
    assert isinstance(what, QLineEdit)
    type_text(qtbot, what, "赔偿张三2000元并修好水管")
    who = outcome.obligations.cellWidget(0, 0)
    assert isinstance(who, QComboBox)
    who.setCurrentIndex(1)  # 李四
    due_on = TODAY + timedelta(days=14)
    qtbot.mouseClick(outcome.save_button, Qt.MouseButton.LeftButton)
    dispute = ctx.disputes.get(dispute_id)
    assert dispute.status == "settled" and dispute.outcome == "agreement"
    (agreement,) = ctx.disputes.agreements(dispute_id)
    assert [(o.what, o.due_on) for o in agreement.obligations] == [
        ("赔偿张三2000元并修好水管", due_on.isoformat())
    ]
    assert agreement.obligations[0].person_id == dispute.parties[1].person.id
    assert not outcome.form_box.isVisible()
    assert "赔偿张三2000元并修好水管" in outcome.current.text()
    assert outcome.print_button.isVisible() and outcome.sign_button.isEnabled()

    # the follow-ups appear in "due this week" for the week they are due
    followups = ctx.disputes.followups(dispute_id)
    assert {f.reason for f in followups} == {"grade", "obligation"}
    due = shown(qtbot, DueThisWeekView(ctx))
    due.late.setChecked(False)
    for followup in followups:
        due.set_week(IsoWeek.of(date.fromisoformat(followup.due_on)))
        assert dispute_id in due.dispute_ids()
    due.set_week(IsoWeek.of(TODAY).shifted(-1))
    assert dispute_id not in due.dispute_ids()
    due.set_week(IsoWeek.of(date.fromisoformat(followups[0].due_on)))
    due.set_officer(officer)
    assert dispute_id in due.dispute_ids()
    colleague = next(o.id for o in ctx.roster.officers() if o.id != officer)
    due.set_officer(colleague)
    assert due.dispute_ids() == []
    due.set_officer(None)
    opened: list[int] = []
    due.open_dispute.connect(opened.append)
    group = due.tree.topLevelItem(0)
    assert group is not None and group.child(0) is not None
    due.tree.itemDoubleClicked.emit(group.child(0), 0)
    assert opened == [dispute_id]

    # a follow-up finds the agreement broken: the dispute reopens, and says so
    panel = shown(qtbot, FollowupsPanel(ctx), dispute_id)
    assert panel.table.topLevelItemCount() == 2
    assert panel.selected_id() == followups[0].id
    told: list[str] = []

    def fill(dialog: FollowupDialog) -> int:
        dialog.broken.setChecked(True)
        type_text(qtbot, dialog.notes, "李四拒绝赔偿")
        return QDialog.DialogCode.Accepted

    def information(_parent: QWidget, _title: str, text: str, *_args: Any) -> Any:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(FollowupDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    dispute = ctx.disputes.get(dispute_id)
    assert dispute.status == "open" and dispute.reopened_count == 1
    done = ctx.disputes.followup(followups[0].id)
    assert done.kept is False and done.notes == "李四拒绝赔偿"
    assert len(told) == 1 and str(dispute_id) in told[0]
    assert ctx.disputes.agreements(dispute_id)[0].broken_on == TODAY.isoformat()
    assert outcome.form_box.isVisible()  # the outcome panel followed the change
    assert "broken" in outcome.current.text()

    # every step is in the dispute's history
    assert actions(ctx, dispute_id) == [
        "create",
        "session",
        "session",
        "outcome",
        "followup",
        "reopen",
    ]


# -- bad input -------------------------------------------------------------------
def test_session_before_received_is_marked_and_not_saved(
    qtbot: QtBot, ctx: AppContext, dispute_id: int
) -> None:
    panel = shown(qtbot, SessionsPanel(ctx), dispute_id)
    early = datetime.combine(RECEIVED - timedelta(days=2), datetime.min.time()).replace(hour=15)
    fill_session(qtbot, panel, early, ("漏水", ""))
    panel.save()
    assert is_marked(panel.held_at)
    assert "received" in panel.held_at.toolTip()
    assert panel.error.isVisible() and RECEIVED.isoformat() in panel.error.text()
    assert ctx.disputes.sessions(dispute_id) == []
    assert actions(ctx, dispute_id) == ["create"]
    # corrected, it saves and the mark goes
    panel.held_at.setDateTime(QDateTime(early + timedelta(days=3)))
    panel.save()
    assert not is_marked(panel.held_at) and not panel.error.isVisible()
    assert len(ctx.disputes.sessions(dispute_id)) == 1


def test_session_needs_a_mediator(qtbot: QtBot, ctx: AppContext, dispute_id: int) -> None:
    panel = shown(qtbot, SessionsPanel(ctx), dispute_id)
    for row in range(panel.mediators.count()):
        panel.mediators.item(row).setCheckState(Qt.CheckState.Unchecked)
    panel.save()
    assert is_marked(panel.mediators)
    assert ctx.disputes.sessions(dispute_id) == []


def test_agreement_without_obligation_is_refused(
    qtbot: QtBot, ctx: AppContext, dispute_id: int
) -> None:
    panel = shown(qtbot, OutcomePanel(ctx), dispute_id)
    fill_agreement(qtbot, panel)
    qtbot.mouseClick(panel.remove_row_button, Qt.MouseButton.LeftButton)
    assert panel.obligations.rowCount() == 0
    panel.save()
    assert is_marked(panel.obligations)
    assert "obligation" in panel.error.text()
    assert ctx.disputes.get(dispute_id).status == "open"
    assert ctx.disputes.agreements(dispute_id) == []
    assert actions(ctx, dispute_id) == ["create"]


def test_obligation_without_what_marks_its_cell(
    qtbot: QtBot, ctx: AppContext, dispute_id: int
) -> None:
    panel = shown(qtbot, OutcomePanel(ctx), dispute_id)
    fill_agreement(qtbot, panel)
    panel.save()
    assert is_marked(panel.obligations.cellWidget(0, 1))
    assert ctx.disputes.get(dispute_id).status == "open"


def test_referral_needs_where_and_why(qtbot: QtBot, ctx: AppContext, dispute_id: int) -> None:
    panel = shown(qtbot, OutcomePanel(ctx), dispute_id)
    choose(panel.kind, "referred")
    assert panel.reason.isVisible() and not panel.facts.isVisible()
    panel.save()
    assert is_marked(panel.referred_where) and is_marked(panel.reason)
    choose(panel.referred_to, "court")
    type_text(qtbot, panel.referred_where, "区人民法院")
    type_text(qtbot, panel.reason, "涉及房屋产权，调解无法处理")
    panel.save()
    dispute = ctx.disputes.get(dispute_id)
    assert (dispute.status, dispute.referred_to, dispute.referred_where) == (
        "referred",
        "court",
        "区人民法院",
    )


# -- sign-off and printing --------------------------------------------------------
def test_chief_signs_off_and_the_panels_lock(
    qtbot: QtBot, ctx: AppContext, dispute_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert may_sign_off(ctx)
    panel = shown(qtbot, OutcomePanel(ctx), dispute_id)
    sessions = shown(qtbot, SessionsPanel(ctx), dispute_id)
    assert not panel.sign_button.isVisible()  # nothing to sign off while open
    choose(panel.kind, "withdrawn")
    type_text(qtbot, panel.reason, "双方已自行和解")
    panel.save()
    assert ctx.disputes.get(dispute_id).status == "withdrawn"
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    dispute = ctx.disputes.get(dispute_id)
    assert dispute.status == "confirmed" and dispute.confirmed_by == "tester"
    assert "tester" in asked[0]
    assert panel.locked_note.isVisible()
    assert f"Confirmed on {TODAY.isoformat()} by tester" in panel.locked_note.text()
    assert not panel.form_box.isVisible() and not panel.sign_button.isVisible()
    assert sessions.locked_note.isVisible() and not sessions.save_button.isEnabled()
    assert actions(ctx, dispute_id)[-1] == "confirm"


def test_print_buttons_write_through_the_report_functions(
    qtbot: QtBot,
    ctx: AppContext,
    dispute_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    preview_saves: list[int],
) -> None:
    calls: list[tuple[str, int, str, str]] = []
    fake = types.ModuleType("stationdesk.reports.dispute_forms")

    def writer(name: str) -> Any:
        def write(store: Store, record_id: int, path: Path, *, lang: str) -> None:
            assert store is ctx.store
            calls.append((name, record_id, path.name, lang))
            page = Canvas(str(path))
            page.drawString(72, 720, f"{name} {record_id}")
            page.save()

        return write

    fake.write_session_record = writer("session")  # type: ignore[attr-defined]
    fake.write_agreement = writer("agreement")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stationdesk.reports.dispute_forms", fake)
    target = tmp_path / "out"
    target.mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _t, name, _f: (str(target / Path(name).stem), "")),
    )
    sessions = shown(qtbot, SessionsPanel(ctx), dispute_id)
    assert not sessions.print_button.isEnabled()
    sessions.held_at.setDateTime(QDateTime(QDate.currentDate().addDays(-1).startOfDay()))
    sessions.save()
    session_id = ctx.disputes.sessions(dispute_id)[0].id
    assert sessions.print_button.isEnabled()
    qtbot.mouseClick(sessions.print_button, Qt.MouseButton.LeftButton)
    outcome = shown(qtbot, OutcomePanel(ctx), dispute_id)
    fill_agreement(qtbot, outcome)
    what = outcome.obligations.cellWidget(0, 1)
    assert isinstance(what, QLineEdit)
    type_text(qtbot, what, "道歉")
    outcome.save()
    agreement_id = ctx.disputes.agreements(dispute_id)[0].id
    qtbot.mouseClick(outcome.print_button, Qt.MouseButton.LeftButton)
    assert calls == [
        ("session", session_id, f"session-{session_id}.pdf", "en"),
        ("agreement", agreement_id, f"agreement-{agreement_id}.pdf", "en"),
    ]
    assert preview_saves == [1, 1]
    saved = PdfReader(target / f"agreement-{agreement_id}.pdf").pages[0].extract_text()
    assert f"agreement {agreement_id}" in saved


def test_followup_dialog_reopens_after_a_refusal(
    qtbot: QtBot, ctx: AppContext, dispute_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Broken with no notes: the service refuses, the dialog comes back with the field marked."""
    outcome = shown(qtbot, OutcomePanel(ctx), dispute_id)
    fill_agreement(qtbot, outcome)
    what = outcome.obligations.cellWidget(0, 1)
    assert isinstance(what, QLineEdit)
    type_text(qtbot, what, "道歉")
    outcome.save()
    panel = shown(qtbot, FollowupsPanel(ctx), dispute_id)
    seen: list[bool] = []

    def answer(dialog: FollowupDialog) -> int:
        seen.append(is_marked(dialog.notes))
        if len(seen) == 1:
            dialog.broken.setChecked(True)
            return QDialog.DialogCode.Accepted
        assert dialog.broken.isChecked()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FollowupDialog, "exec", answer)
    panel.record_selected()
    assert seen == [False, True]
    assert ctx.disputes.get(dispute_id).status == "settled"
    assert all(f.pending for f in ctx.disputes.followups(dispute_id))


def test_panels_follow_the_chosen_dispute(qtbot: QtBot, demo_store: Store, tmp_path: Path) -> None:
    """Over the demo station: every panel shows a settled dispute and then nothing."""
    ctx = AppContext(demo_store, QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat))
    from stationdesk.domain.disputes import DisputeFilter

    chosen = next(
        i
        for i in ctx.disputes.ids(DisputeFilter(statuses=("settled",)), limit=50)
        if ctx.disputes.sessions(i) and ctx.disputes.followups(i)
    )
    sessions = shown(qtbot, SessionsPanel(ctx), chosen)
    outcome = shown(qtbot, OutcomePanel(ctx), chosen)
    followups = shown(qtbot, FollowupsPanel(ctx), chosen)
    assert sessions.table.topLevelItemCount() == len(ctx.disputes.sessions(chosen))
    assert outcome.print_button.isVisible()
    assert followups.table.topLevelItemCount() == len(ctx.disputes.followups(chosen))
    for panel in (sessions, outcome, followups):
        panel.show_dispute(None)
    assert sessions.table.topLevelItemCount() == 0 and not sessions.save_button.isEnabled()
    assert not outcome.form_box.isVisible() and not outcome.print_button.isVisible()
    assert followups.table.topLevelItemCount() == 0
