"""The disputes page as a clerk uses it: type into the intake form, save, and check the file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyboard_input import retype
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from stationdesk.domain import idnumbers
from stationdesk.domain.dispute_ledger import DisputeFilter, DisputeLedger
from stationdesk.domain.disputes import DisputeInput, PartyInput
from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.dispute_form import PartyRow
from stationdesk.ui.models import dispute_model as columns
from stationdesk.ui.models.dispute_model import PAGE, DisputeTableModel
from stationdesk.ui.pages.disputes_page import DisputesPage
from stationdesk.ui.widgets.dispute_sessions import SessionsPanel
from stationdesk.ui.widgets.lazy_panel import LazyPanel

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")

# -- fixtures and helpers ------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> DisputesPage:
    """The real page, shown at a desktop size."""
    widget = DisputesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def record(monkeypatch: pytest.MonkeyPatch, name: str, result: Any) -> list[str]:
    """Make QMessageBox.<name> return `result`; returns the texts it was shown."""
    shown: list[str] = []

    def dialog(_parent: QWidget, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return result

    monkeypatch.setattr(QMessageBox, name, staticmethod(dialog))
    return shown


def free_id_number(store: Store, born: date, sex: str) -> str:
    """A valid ID number nobody in the file holds."""
    for sequence in range(500):
        number = idnumbers.make("410403", born, sequence, sex)
        if store.scalar("SELECT 1 FROM people WHERE id_number = ?", [number]) is None:
            return number
    raise AssertionError("no free ID number")


def count(store: Store, table: str) -> int:
    """Rows of a table."""
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def choose_grid(qtbot: QtBot, page: DisputesPage, ctx: AppContext) -> int:
    """Type a grid's name into the grid box; returns the grid chosen."""
    combo = page.form.grid
    grid_id = next(
        g.id for g in ctx.grids.all() if g.level == 3 and ctx.roster.responsible_for(g.id)
    )
    combo.setCurrentIndex(combo.findData(grid_id))
    assert page.form.grid_id() == grid_id
    return grid_id


def fill_party(qtbot: QtBot, row: PartyRow, name: str, number: str, phone: str) -> None:
    """Type one party's details."""
    retype(qtbot, row.name, name)
    if number:
        retype(qtbot, row.id_number, number)
    retype(qtbot, row.phone, phone)
    retype(qtbot, row.address, "东安路街道龙山社区5号楼")


def start_walk_in(qtbot: QtBot, page: DisputesPage, ctx: AppContext) -> int:
    """A new neighbour dispute with its details typed, but no parties yet."""
    page.new_record()
    form = page.form
    assert form.received_on.hasFocus()
    form.received_how.setCurrentIndex(form.received_how.findData("walk_in"))
    form.category.setCurrentIndex(form.category.findData("neighbours"))
    grid_id = choose_grid(qtbot, page, ctx)
    retype(qtbot, form.place, "龙山社区5号楼")
    retype(qtbot, form.summary, "楼上漏水，邻里争吵")
    qtbot.mouseClick(form.grade_buttons["C"], Qt.MouseButton.LeftButton)
    return grid_id


def fetch_all(model: DisputeTableModel) -> int:
    """Scroll to the end: load every page."""
    while model.canFetchMore():
        model.fetchMore()
    return model.rowCount()


# -- intake ----------------------------------------------------------------------------
def test_walk_in_neighbour_dispute_with_two_parties(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext, demo_store: Store
) -> None:
    before = ctx.disputes.counts().total
    people_before = count(demo_store, "people")
    grid_id = start_walk_in(qtbot, page, ctx)
    responsible = ctx.roster.responsible_for(grid_id)[0]
    assert page.form.officer.currentData() == responsible.id
    number = free_id_number(demo_store, date(1980, 5, 3), "male")
    first, second = page.form.parties
    fill_party(qtbot, first, "张建国", number, "13812345678")
    assert first.sex.currentData() == "male"
    assert "1980-05-03" in first.id_info.text()
    fill_party(qtbot, second, "李秀兰", "", "13987654321")
    second.role.setCurrentIndex(second.role.findData("respondent"))
    assert page.form.dirty_note.isVisible()
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert not page.form.error.isVisible(), page.form.error.text()
    dispute_id = page.shown_id()
    assert dispute_id is not None
    assert ctx.disputes.counts().total == before + 1
    dispute = ctx.disputes.get(dispute_id)
    assert dispute.category == "neighbours" and dispute.grid_id == grid_id
    assert dispute.officer_id == responsible.id
    assert [p.person.name for p in dispute.parties] == ["张建国", "李秀兰"]
    assert [p.role for p in dispute.parties] == ["applicant", "respondent"]
    assert dispute.parties[0].person.id_number == number
    assert count(demo_store, "people") == people_before + 2
    assert [e.action for e in ctx.disputes.history(dispute_id)] == ["create"]
    assert demo_store.history("people", dispute.parties[0].person.id)
    assert page.model.id_at(page.table.currentIndex().row()) == dispute_id
    assert not page.form.dirty_note.isVisible()


def test_a_person_on_file_is_found_as_you_type_and_reused(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext, demo_store: Store
) -> None:
    known = ctx.disputes.get(ctx.disputes.ids(limit=1)[0]).parties[0].person
    people_before = count(demo_store, "people")
    start_walk_in(qtbot, page, ctx)
    first, second = page.form.parties
    retype(qtbot, first.phone, known.phone)
    qtbot.waitUntil(first.popup.isVisible, timeout=2000)
    assert known.name in first.matches.item(0).text()
    qtbot.keyClick(first.popup, Qt.Key.Key_Down)
    qtbot.keyClick(first.popup, Qt.Key.Key_Return)
    assert first.person_id == known.id
    assert first.name.text() == known.name
    assert first.known_note.isVisible()
    fill_party(qtbot, second, "赵大海", "", "13700001111")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    dispute_id = page.shown_id()
    assert dispute_id is not None, page.form.error.text()
    assert ctx.disputes.get(dispute_id).parties[0].person.id == known.id
    assert count(demo_store, "people") == people_before + 1


def test_a_likely_duplicate_is_pointed_out_before_saving(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext, demo_store: Store, monkeypatch: Any
) -> None:
    known = ctx.disputes.get(ctx.disputes.ids(limit=1)[0]).parties[1].person
    people_before = count(demo_store, "people")
    asked = record(monkeypatch, "question", Yes)
    start_walk_in(qtbot, page, ctx)
    first, second = page.form.parties
    first.name.setText(known.name)
    first.phone.setText(known.phone)
    fill_party(qtbot, second, "赵大海", "", "13700001111")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert asked and known.name in asked[0]
    dispute_id = page.shown_id()
    assert dispute_id is not None
    assert ctx.disputes.get(dispute_id).parties[0].person.id == known.id
    assert count(demo_store, "people") == people_before + 1


def test_a_wrong_check_digit_is_marked_and_nothing_saved(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext, demo_store: Store
) -> None:
    before = ctx.disputes.counts()
    people_before = count(demo_store, "people")
    start_walk_in(qtbot, page, ctx)
    number = free_id_number(demo_store, date(1975, 1, 9), "female")
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    first, second = page.form.parties
    fill_party(qtbot, first, "王芳", wrong, "13812340000")
    assert first.id_number.property("invalid") is True
    assert "check digit" in first.id_info.text()
    fill_party(qtbot, second, "陈刚", "", "13812340001")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert "parties.0.id_number" in page.form.invalid_fields()
    assert "check digit" in page.form.error.text()
    assert "check digit" in first.id_number.toolTip()
    assert page.shown_id() is None
    assert ctx.disputes.counts() == before
    assert count(demo_store, "people") == people_before


def test_a_deadline_before_the_day_received_is_marked(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext
) -> None:
    before = ctx.disputes.counts().total
    start_walk_in(qtbot, page, ctx)
    first, second = page.form.parties
    fill_party(qtbot, first, "王芳", "", "13812340000")
    fill_party(qtbot, second, "陈刚", "", "13812340001")
    page.form.deadline.setDate(page.form.received_on.date().addDays(-1))
    assert page.form.days_left.property("bad") is True
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert page.form.invalid_fields() == {"deadline"}
    assert ctx.disputes.counts().total == before


def test_one_party_only_is_refused(qtbot: QtBot, page: DisputesPage, ctx: AppContext) -> None:
    before = ctx.disputes.counts().total
    start_walk_in(qtbot, page, ctx)
    fill_party(qtbot, page.form.parties[0], "王芳", "", "13812340000")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert "parties" in page.form.invalid_fields()
    assert "two or more parties" in page.form.error.text()
    assert ctx.disputes.counts().total == before


def test_a_stale_version_is_refused_and_the_other_change_kept(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext, monkeypatch: Any
) -> None:
    dispute_id = ctx.disputes.ids(DisputeFilter(statuses=("open",)), limit=1)[0]
    page.filters.apply_saved("open")
    page.table.selectRow(page.model.row_of(dispute_id) or 0)
    assert page.shown_id() == dispute_id
    retype(qtbot, page.form.summary, "我在窗口里改的摘要")
    other = ctx.disputes.get(dispute_id)
    behind = DisputeInput(
        received_on=other.received_on,
        received_how=other.received_how,
        category=other.category,
        grid_id=other.grid_id,
        summary=other.summary,
        risk_grade=other.risk_grade,
        officer_id=other.officer_id,
        parties=tuple(PartyInput(p.role, p.person.id) for p in other.parties),
        place="另一个窗口改的地点",
        risk_reason=other.risk_reason or "另一个窗口",
        deadline=other.deadline,
    )
    ctx.disputes.update(dispute_id, replace(behind), other.version)
    warned = record(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    page.intake.save()

    assert warned and "changed by someone else" in warned[0]
    saved = ctx.disputes.get(dispute_id)
    assert saved.place == "另一个窗口改的地点"
    assert saved.summary == other.summary
    assert page.form.summary.toPlainText() == "我在窗口里改的摘要"


def test_a_dirty_form_asks_before_it_is_discarded(
    qtbot: QtBot, page: DisputesPage, monkeypatch: Any
) -> None:
    shown = page.shown_id()
    retype(qtbot, page.form.place, "changed")
    asked = record(monkeypatch, "question", No)
    page.new_record()
    assert asked
    assert page.shown_id() == shown
    assert page.form.place.text() == "changed"


def test_a_signed_off_dispute_is_read_only_and_amended_with_a_reason(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext, monkeypatch: Any
) -> None:
    dispute_id = ctx.disputes.ids(DisputeFilter(statuses=("confirmed",)), limit=1)[0]
    page.filters.status.setCurrentIndex(page.filters.status.findData("confirmed"))
    page.table.selectRow(page.model.row_of(dispute_id) or 0)
    assert page.shown_id() == dispute_id
    assert page.form.place.isReadOnly() and page.form.locked_note.isVisible()
    assert "Signed off" in page.form.locked_note.text()
    qtbot.mouseClick(page.form.amend_button, Qt.MouseButton.LeftButton)
    retype(qtbot, page.form.place, "更正后的地点")
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("地点写错了", True))
    )
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert ctx.disputes.get(dispute_id).place == "更正后的地点"
    assert ctx.disputes.history(dispute_id)[-1].action == "amend"
    assert page.form.place.isReadOnly()


def test_ctrl_p_prints_the_registration_form(
    page: DisputesPage, tmp_path: Path, monkeypatch: Any, preview_saves: list[int]
) -> None:
    target = tmp_path / "out" / "registration.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    page.print_current()
    assert preview_saves == [len(PdfReader(target).pages)]


# -- the list --------------------------------------------------------------------------
def test_the_list_pages_by_keyset_and_passes_the_model_tester(
    qtmodeltester: Any, page: DisputesPage, ctx: AppContext
) -> None:
    total = ctx.disputes.counts().total
    assert total > PAGE
    assert page.model.rowCount() == PAGE
    assert fetch_all(page.model) == total
    assert page.model.loaded_ids() == ctx.disputes.ids()
    qtmodeltester.check(DisputeTableModel(ctx.disputes))


@pytest.mark.parametrize(
    ("saved", "flt"),
    [
        ("overdue", DisputeFilter(overdue_only=True)),
        ("grade_a", DisputeFilter(statuses=("open",), grades=("A",))),
        ("open", DisputeFilter(statuses=("open",))),
    ],
)
def test_saved_filters_give_the_service_counts(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext, saved: str, flt: DisputeFilter
) -> None:
    qtbot.mouseClick(page.filters.saved_buttons[saved], Qt.MouseButton.LeftButton)
    counts = ctx.disputes.counts(flt)
    assert fetch_all(page.model) == counts.total
    qtbot.waitUntil(lambda: page.counts.text().startswith(f"{counts.total} disputes  ·"))
    assert f"{counts.open} open" in page.counts.text()


def test_field_filters_give_the_service_counts(page: DisputesPage, ctx: AppContext) -> None:
    filters = page.filters
    filters.overdue.setChecked(True)
    assert fetch_all(page.model) == ctx.disputes.counts(DisputeFilter(overdue_only=True)).total
    filters.overdue.setChecked(False)
    filters.grade.setCurrentIndex(filters.grade.findData("B"))
    filters.status.setCurrentIndex(filters.status.findData("settled"))
    flt = DisputeFilter(statuses=("settled",), grades=("B",))
    assert fetch_all(page.model) == ctx.disputes.counts(flt).total
    assert page.model.filter == flt


def test_free_text_finds_a_party_by_name(qtbot: QtBot, page: DisputesPage, ctx: AppContext) -> None:
    dispute_id = ctx.disputes.ids(limit=1)[0]
    name = ctx.disputes.get(dispute_id).parties[1].person.name
    page.focus_filter()
    retype(qtbot, page.filters.text, name)
    qtbot.keyClick(page.filters.text, Qt.Key.Key_Return)
    assert dispute_id in page.model.loaded_ids()
    assert fetch_all(page.model) == ctx.disputes.counts(DisputeFilter(text=name)).total


def test_sorting_by_a_column_asks_the_service(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext
) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(columns.DEADLINE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    model = page.model
    assert model.sort_key == "deadline"
    expected = ctx.disputes.ids(sort="deadline", descending=model.descending, limit=PAGE)
    assert model.loaded_ids()[:PAGE] == expected
    deadlines = [model.line(row).deadline for row in range(20)]  # type: ignore[union-attr]
    assert deadlines == sorted(deadlines, reverse=model.descending)


def test_a_change_elsewhere_refreshes_the_list_keeping_the_selection(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext
) -> None:
    shown = page.shown_id()
    assert shown is not None
    ctx.disputes.void(ctx.disputes.ids(limit=2)[1], "entered twice")
    qtbot.waitUntil(lambda: page.counts.text().startswith(f"{ctx.disputes.counts().total} "))
    assert page.shown_id() == shown
    assert page.model.id_at(page.table.currentIndex().row()) == shown


def test_the_detail_tabs_are_made_when_first_opened(
    qtbot: QtBot, page: DisputesPage, ctx: AppContext
) -> None:
    assert [panel.panel for panel in page.panels if isinstance(panel, LazyPanel)] == [None] * 3
    shown = page.shown_id()
    assert shown is not None
    sessions_tab = page.tabs.indexOf(page.panels[0])
    page.tabs.tabBar().setCurrentIndex(sessions_tab)
    made = page.panels[0]
    assert isinstance(made, LazyPanel)
    assert isinstance(made.panel, SessionsPanel)
    assert made.panel.dispute_id == shown
    page.rows.select_first()
    other = ctx.disputes.ids(limit=2)[1]
    page.open_dispute(other)
    assert made.panel.dispute_id == other


def test_the_counts_line_says_it_is_counting_until_the_counts_come(
    qtbot: QtBot, ctx: AppContext
) -> None:
    widget = DisputesPage(ctx)
    qtbot.addWidget(widget)
    assert widget.counts.text() == "Counting…"
    widget.show()  # the list is counted once it is on screen
    total = ctx.disputes.counts().total
    qtbot.waitUntil(lambda: widget.counts.text().startswith(f"{total} disputes  ·"))


def test_the_counts_line_says_why_the_disputes_could_not_be_counted(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_read(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(DisputeLedger, "counts", cannot_read)
    widget = DisputesPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.counts.text() != "Counting…")
    assert widget.counts.text() == "The disputes could not be counted: disk I/O error"
    assert widget.model.rowCount() > 0  # the list itself is there
