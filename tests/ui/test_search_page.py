"""The search page as a clerk uses it: type into the box, read the groups, press Enter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from keyboard_input import retype, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import press, shown_window

from stationdesk.domain.people import PersonInput
from stationdesk.store import Store
from stationdesk.store.search_index import name_tokens
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import SEARCH_ROW, MainWindow
from stationdesk.ui.pages.disputes_page import DisputesPage
from stationdesk.ui.pages.search_page import SearchPage

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown_window(qtbot, ctx)


def open_search(window: MainWindow) -> SearchPage:
    """The search page on show, the cursor in its box (Go > Search, Ctrl+6)."""
    press(window, "Ctrl+6")
    window.search_page.focus_filter()
    return window.search_page


def found(page: SearchPage) -> list[tuple[str, int]]:
    hits = [item.data(0, Qt.ItemDataRole.UserRole) for item in page.hit_items()]
    return [(hit.kind, hit.record_id) for hit in hits]


def a_party(store: Store) -> dict[str, Any]:
    """A demo person with an ID number who is party to the most disputes."""
    return store.rows(
        "SELECT p.id, p.name, p.id_number FROM people p JOIN dispute_parties d"
        " ON d.person_id = p.id WHERE p.id_number IS NOT NULL"
        " GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"
    )[0]


def test_ctrl_f_from_anywhere_puts_the_cursor_in_the_find_box(window: MainWindow) -> None:
    for row in (0, SEARCH_ROW):
        window.navigation.setCurrentRow(row)
        press(window, "Ctrl+F")
        assert window.focusWidget() is window.find_box
    assert window.pages.currentWidget() is window.search_page
    window.navigation.setCurrentRow(0)
    press(window, "Ctrl+Shift+F")
    assert window.focusWidget() is window.disputes_page.filters.text


def test_a_surname_a_name_its_initials_and_six_id_digits_each_find_the_person(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    person = a_party(ctx.store)
    page = open_search(window)
    _full, initials = name_tokens(person["name"])
    type_text(qtbot, page.box, person["name"][0])
    surname = [page.results.topLevelItem(0).child(i).text(0) for i in range(3)]
    assert all(name.startswith(person["name"][0]) for name in surname)
    for typed in (person["name"][:2], initials, person["id_number"][-6:]):
        retype(qtbot, page.box, typed)
        assert ("people", person["id"]) in found(page), typed
    assert found(page)[0] == ("people", person["id"])
    assert page.current_hit().record_id == person["id"]
    assert person["name"] in page.heading.text()


def test_the_timeline_of_a_person_shows_their_disputes_and_visits(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    person = a_party(ctx.store)
    store = ctx.store
    with store.transaction():
        address = store.insert("addresses", {"grid_id": 3, "road": "龙山路", "house_no": "9号"})
        home = store.insert(
            "households", {"address_id": address, "grid_id": 3, "registered_on": "2020-01-01"}
        )
        store.insert(
            "residents",
            {"household_id": home, "person_id": person["id"], "relationship": "head",
             "moved_in_on": "2020-01-01"},
        )  # fmt: skip
        store.insert(
            "visits",
            {"household_id": home, "visited_on": "2025-05-05", "purpose": "anti_fraud",
             "found": "已安装反诈APP"},
        )  # fmt: skip
    page = open_search(window)
    type_text(qtbot, page.box, person["id_number"][-6:])
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    events = [
        page.timeline.topLevelItem(i).text(1) for i in range(page.timeline.topLevelItemCount())
    ]
    disputes = store.scalar(
        "SELECT count(*) FROM dispute_parties WHERE person_id = ?", [person["id"]]
    )
    assert events.count("Party to a dispute") == disputes
    assert events.count("Household visited") == 1
    assert events[0] == "Lived at"
    retype(qtbot, page.box, "龙山路9")
    assert found(page)[0][0] == "households"
    household = [page.timeline.topLevelItem(i) for i in range(page.timeline.topLevelItemCount())]
    assert [(row.text(1), row.text(2)) for row in household] == [
        ("Lived at", person["name"]),
        ("Household visited", "已安装反诈APP"),
    ]


def test_enter_on_a_dispute_opens_it_in_the_disputes_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    summary, dispute_id = ctx.store.rows("SELECT summary, id FROM disputes ORDER BY id LIMIT 1")[
        0
    ].values()
    page = open_search(window)
    type_text(qtbot, page.box, summary)
    assert found(page)[0] == ("disputes", dispute_id)
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    disputes = window.pages.currentWidget()
    assert isinstance(disputes, DisputesPage)
    assert disputes.shown_id() == dispute_id


def test_down_moves_through_the_results_and_enter_opens_that_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_search(window)
    type_text(qtbot, page.box, "张")
    hits = found(page)
    assert len(hits) > 2
    qtbot.keyClick(page.box, Qt.Key.Key_Down)
    assert (page.current_hit().kind, page.current_hit().record_id) == hits[1]
    assert window.focusWidget() is page.box


def test_a_person_saved_now_is_found_at_once_and_nothing_found_says_so(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = open_search(window)
    type_text(qtbot, page.box, "司马")
    assert found(page) == []
    assert page.status.text() == "Nothing found for 司马"
    person = ctx.people.create(PersonInput("司马光", phone="13912345678"))
    assert found(page) == [("people", person)]
    retype(qtbot, page.box, "smg")
    assert found(page)[0] == ("people", person)


def test_the_kind_box_narrows_the_results(qtbot: QtBot, window: MainWindow) -> None:
    page = open_search(window)
    type_text(qtbot, page.box, "张")
    assert {kind for kind, _ in found(page)} >= {"people", "disputes"}
    page.kind.setCurrentIndex(page.kind.findData("disputes"))
    assert {kind for kind, _ in found(page)} == {"disputes"}


def test_print_writes_the_persons_history(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, preview_saves: list[int],
) -> None:  # fmt: skip
    output = tmp_path / "history.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(output), "PDF"))
    person = a_party(ctx.store)
    page = open_search(window)
    type_text(qtbot, page.box, person["id_number"][-8:])
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert len(preview_saves) == 1
    assert output.read_bytes().startswith(b"%PDF")


def test_two_duplicates_are_merged_and_the_merge_shows_in_history(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ctx.people.create(PersonInput("诸葛亮", phone="13700001111"))
    second = ctx.people.create(PersonInput("诸葛亮", phone="13700001111", address="隆中"))
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    page = open_search(window)
    page.tabs.setCurrentIndex(2)
    names = [
        page.duplicates.topLevelItem(i).text(0) for i in range(page.duplicates.topLevelItemCount())
    ]
    row = names.index("诸葛亮")
    page.duplicates.setCurrentItem(page.duplicates.topLevelItem(row))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert asked and f"#{second} into #{first}" in asked[0]
    assert ctx.people.get(second).voided
    assert ctx.people.get(first).address == "隆中"
    assert "诸葛亮" not in [
        page.duplicates.topLevelItem(i).text(0) for i in range(page.duplicates.topLevelItemCount())
    ]
    events = [
        page.timeline.topLevelItem(i).text(1) for i in range(page.timeline.topLevelItemCount())
    ]
    assert events == ["Records merged"]
    assert page.history.topLevelItem(0).text(0).endswith("records merged")


def test_enter_on_an_officer_opens_them_in_the_roster(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    officer = ctx.store.rows("SELECT id, badge_no FROM officers ORDER BY id DESC LIMIT 1")[0]
    page = open_search(window)
    type_text(qtbot, page.box, officer["badge_no"])
    assert found(page)[0] == ("officers", officer["id"])
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.roster_page
    assert window.roster_page.officers.shown_id() == officer["id"]


def test_enter_on_a_household_opens_it_in_the_households_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    household = ctx.store.rows(
        "SELECT h.id, a.road, a.house_no FROM households h JOIN addresses a ON a.id = h.address_id"
        " ORDER BY h.id DESC LIMIT 1"
    )[0]
    page = open_search(window)
    type_text(qtbot, page.box, household["road"] + household["house_no"])
    assert ("households", household["id"]) in found(page)
    for _ in range(found(page).index(("households", household["id"]))):
        qtbot.keyClick(page.box, Qt.Key.Key_Down)
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.households_page
    assert window.households_page.shown_household() == household["id"]
