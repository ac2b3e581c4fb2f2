"""The injuries page as a clerk uses it: type, tick, click Save, and check the station file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyboard_input import retype, type_text
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from stationdesk.domain.injuries import IncidentFilter
from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.officer_form import OfficerForm
from stationdesk.ui.pages.injuries_page import InjuriesPage

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")
THIS_YEAR = date.today().year


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> InjuriesPage:
    """The real page, shown at a desktop size."""
    widget = InjuriesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 860)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: QtBot, button: QWidget) -> None:
    """Click the middle of a widget."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(4, button.height() // 2))


def count(store: Store, table: str) -> int:
    """Live rows of a table."""
    return int(store.scalar(f"SELECT count(*) FROM {table} WHERE voided_at IS NULL"))


def tick_officer(qtbot: QtBot, page: InjuriesPage, officer_id: int) -> None:
    """Move to an officer in the list and tick them with the space bar."""
    officers = page.form.officers
    row = next(
        r
        for r in range(officers.count())
        if officers.item(r).data(Qt.ItemDataRole.UserRole) == officer_id
    )
    officers.setFocus()
    officers.setCurrentRow(row)
    qtbot.keyClick(officers, Qt.Key.Key_Space)
    assert officers.item(row).checkState() == Qt.CheckState.Checked


def auxiliary_and_dispute(store: Store) -> tuple[int, dict[str, Any]]:
    """An auxiliary officer of the community team and a dispute received this month."""
    officer = store.scalar(
        "SELECT id FROM officers WHERE kind = 'auxiliary' AND team = 'community' AND active = 1"
        " ORDER BY id LIMIT 1"
    )
    dispute = store.rows(
        "SELECT id, received_on, summary FROM disputes WHERE received_on >= '2026-11-01'"
        " AND voided_at IS NULL ORDER BY id LIMIT 1"
    )[0]
    return int(officer), dispute


def type_new_incident(qtbot: QtBot, page: InjuriesPage, store: Store, *, tick: bool = True) -> int:
    """A new incident: an auxiliary officer pushed during a dispute call. Returns the officer."""
    officer_id, dispute = auxiliary_and_dispute(store)
    page.new_record()
    form = page.form
    assert form.heading.text() == "New incident"
    day = QDate.fromString(dispute["received_on"], "yyyy-MM-dd")
    form.occurred_at.setDateTime(QDateTime(day, QTime(10, 30)))
    form.activity.setCurrentIndex(form.activity.findData("dispute_call"))
    form.cause.setCurrentIndex(form.cause.findData("assault"))
    if tick:
        tick_officer(qtbot, page, officer_id)
    type_text(qtbot, form.place, "东安路12号门前")
    type_text(qtbot, form.dispute_number, str(dispute["id"]))
    assert dispute["received_on"] in form.dispute_note.text()
    type_text(qtbot, form.description, "处置纠纷时被当事人推倒，右手腕擦伤。")
    return officer_id


def test_recording_the_whole_case_changes_the_summary_by_exactly_that(
    qtbot: QtBot, page: InjuriesPage, ctx: AppContext
) -> None:
    summary = page.summary
    summary.year.setValue(2026)
    before = {key: summary.figure(key) for key in ("incidents", "assault", "days_away")}
    paid_before = ctx.injuries.year_figures(2026).compensation_fen

    officer_id = type_new_incident(qtbot, page, ctx.store)
    click(qtbot, page.form.save_button)
    incident = ctx.store.rows("SELECT * FROM incidents ORDER BY id DESC LIMIT 1")[0]
    assert incident["cause"] == "assault" and incident["dispute_id"] is not None
    assert page.shown_id() == incident["id"]
    assert page.form.message.text() == f"Incident {incident['id']} recorded."

    page.detail.setCurrentWidget(page.injuries)
    panel = page.injuries
    assert panel.note.isVisible() and "Private" in panel.note.text()
    panel.outcome.setCurrentIndex(panel.outcome.findData("days_away"))
    retype(qtbot, panel.days_away, "6")
    type_text(qtbot, panel.body_parts, "右手腕")
    type_text(qtbot, panel.nature, "擦伤")
    hospital = ctx.injuries.hospitals(include_inactive=False)[0]
    panel.hospital.setCurrentIndex(panel.hospital.findData(hospital.id))
    click(qtbot, panel.save_button)
    injury = ctx.injuries.injuries(incident["id"])[0]
    assert (injury.officer_id, injury.outcome, injury.days_away) == (officer_id, "days_away", 6)
    assert injury.hospital_id == hospital.id

    page.detail.setCurrentWidget(page.rights)
    rights = page.rights
    for amount, payer in (("1500", "张某"), ("700.50", "张某")):
        retype(qtbot, rights.pay_amount, amount)
        retype(qtbot, rights.pay_payer, payer)
        click(qtbot, rights.payments.add_button)
    assert rights.payments.table.rowCount() == 2
    assert "2,200.50" in rights.payments.total.text()
    type_text(qtbot, rights.aid_provider, "鹰城律师事务所")
    type_text(qtbot, rights.aid_provided, "法律咨询")
    click(qtbot, rights.aid.add_button)
    type_text(qtbot, rights.case_number, "平公行案字〔2026〕88号")
    retype(qtbot, rights.offenders, "1")
    type_text(qtbot, rights.handling, "行政拘留十日")
    type_text(qtbot, rights.case_outcome, "已依法处理")
    click(qtbot, rights.case_button)
    saved = ctx.injuries.get(incident["id"])
    assert (saved.offenders_dealt, saved.offender_handling) == (1, "行政拘留十日")

    qtbot.wait(20)
    assert summary.figure("incidents") == str(int(before["incidents"]) + 1)
    assert summary.figure("assault") == str(int(before["assault"]) + 1)
    assert summary.figure("days_away") == str(int(before["days_away"]) + 6)
    figures = ctx.injuries.year_figures(2026)
    assert figures.compensation_fen == paid_before + 220050
    assert page.history.topLevelItemCount() == 6


def test_an_incident_without_officers_is_marked_and_not_saved(
    qtbot: QtBot, page: InjuriesPage, ctx: AppContext
) -> None:
    before = count(ctx.store, "incidents")
    type_new_incident(qtbot, page, ctx.store, tick=False)
    type_text(qtbot, page.form.visit_number, "x1")
    click(qtbot, page.form.save_button)
    assert count(ctx.store, "incidents") == before
    assert page.form.officers.property("invalid")
    assert page.form.visit_number.property("invalid")
    assert "Officers involved: name the officer" in page.form.error.text()
    assert "From visit: a number, like 87" in page.form.error.text()


def test_an_incident_in_the_future_is_marked_and_not_saved(
    qtbot: QtBot, page: InjuriesPage, ctx: AppContext
) -> None:
    before = count(ctx.store, "incidents")
    type_new_incident(qtbot, page, ctx.store)
    page.form.occurred_at.setDateTime(QDateTime.currentDateTime().addDays(2))
    click(qtbot, page.form.save_button)
    assert count(ctx.store, "incidents") == before
    assert page.form.occurred_at.property("invalid")
    assert "cannot be in the future" in page.form.error.text()


def test_bad_money_and_days_are_marked_and_nothing_saved(
    qtbot: QtBot, page: InjuriesPage, ctx: AppContext
) -> None:
    type_new_incident(qtbot, page, ctx.store)
    click(qtbot, page.form.save_button)
    incident_id = page.shown_id()
    assert incident_id is not None
    rights = page.rights
    retype(qtbot, rights.pay_amount, "-50")
    retype(qtbot, rights.pay_payer, "张某")
    click(qtbot, rights.payments.add_button)
    assert rights.pay_amount.property("invalid")
    assert ctx.injuries.compensation(incident_id) == []
    panel = page.injuries
    retype(qtbot, panel.days_away, "3")
    click(qtbot, panel.save_button)
    assert panel.days_away.property("invalid")
    assert ctx.injuries.injuries(incident_id)[0].days_away == 0


def test_closing_needs_an_outcome_then_locks_the_form(
    qtbot: QtBot, page: InjuriesPage, ctx: AppContext
) -> None:
    type_new_incident(qtbot, page, ctx.store)
    click(qtbot, page.form.save_button)
    rights = page.rights
    type_text(qtbot, rights.closed_by, "潘华")
    click(qtbot, rights.close_button)
    assert rights.case_outcome.property("invalid")
    assert ctx.injuries.get(page.shown_id() or 0).status == "open"
    type_text(qtbot, rights.case_outcome, "已依法处理")
    click(qtbot, rights.case_button)
    retype(qtbot, rights.closed_by, "潘华")
    click(qtbot, rights.close_button)
    assert ctx.injuries.get(page.shown_id() or 0).status == "closed"
    qtbot.wait(20)
    assert not page.form.save_button.isEnabled()
    assert "closed on" in page.form.heading.text()


def test_the_filters_narrow_the_list(qtbot: QtBot, page: InjuriesPage, ctx: AppContext) -> None:
    page.year.setCurrentIndex(page.year.findData(2025))
    page.cause.setCurrentIndex(page.cause.findData("false_accusation"))
    expected = ctx.injuries.ids(IncidentFilter(year=2025, cause="false_accusation"))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == expected
    assert page.counts.text() == f"{len(expected)} incidents"
    page.focus_filter()
    type_text(qtbot, page.text, "no such words")
    assert page.model.rowCount() == 0


def test_the_model_behaves_as_a_qt_model(page: InjuriesPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)


def test_print_writes_the_injury_report(
    qtbot: QtBot,
    page: InjuriesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    preview_saves: list[int],
) -> None:
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    page.print_current()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


def test_a_hospital_is_added_to_the_list(qtbot: QtBot, page: InjuriesPage, ctx: AppContext) -> None:
    page.sections.setCurrentWidget(page.hospitals)
    hospitals = page.hospitals
    click(qtbot, hospitals.new_button)
    type_text(qtbot, hospitals.name, "枫桥镇卫生院")
    type_text(qtbot, hospitals.phone, "0375-7654321")
    save: QPushButton = hospitals.save_button
    click(qtbot, save)
    assert "枫桥镇卫生院" in {h.name for h in ctx.injuries.hospitals()}
    assert hospitals.table.rowCount() == 6
    click(qtbot, hospitals.new_button)
    type_text(qtbot, hospitals.name, "枫桥镇卫生院")
    click(qtbot, save)
    assert hospitals.name.property("invalid")
    assert len(ctx.injuries.hospitals()) == 6


def test_the_officer_form_carries_the_day_they_joined(qtbot: QtBot, ctx: AppContext) -> None:
    form = OfficerForm()
    qtbot.addWidget(form)
    officer = ctx.roster.officers()[0]
    form.load(officer)
    assert form.joined_on.date().toString("yyyy-MM-dd") == officer.joined_on
    form.joined_on.setDate(QDate(2019, 3, 1))
    ctx.roster.update(officer.id, form.read())
    assert ctx.roster.get(officer.id).joined_on == "2019-03-01"
