"""The window's one find box as a clerk uses it: Ctrl+F from anywhere, type, read the results
under the box, press Enter; the list of the page on show keeps only what matches."""

from __future__ import annotations

from typing import Any

import pytest
from keyboard_input import retype, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import press, shown_window

from stationdesk.domain import search
from stationdesk.store import Store
from stationdesk.store.search_index import name_tokens
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import PAGE_ROWS, SEARCH_ROW, MainWindow
from stationdesk.ui.pages.disputes_page import DisputesPage
from stationdesk.ui.widgets.find_box import FindBox

COUNTING = "Counting…"  # the dispute counts line while its worker counts

pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")
SETTLED_MS = 1000  # the box waits for a pause in typing; give it that and some


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown_window(qtbot, ctx)


def find(qtbot: QtBot, window: MainWindow, text: str) -> FindBox:
    """Ctrl+F, type `text` over what the box held, and wait for the results to show."""
    press(window, "Ctrl+F")
    box = window.find_box
    retype(qtbot, box, text)
    qtbot.waitUntil(lambda: box.popup.isVisible() and box.popup.query == text, timeout=SETTLED_MS)
    return box


def shown(box: FindBox) -> list[tuple[str, int]]:
    return [(hit.kind, hit.record_id) for hit in box.popup.hits()]


def a_party(store: Store) -> dict[str, Any]:
    """A demo person with an ID number who is party to the most disputes."""
    return store.rows(
        "SELECT p.id, p.name, p.id_number FROM people p JOIN dispute_parties d"
        " ON d.person_id = p.id WHERE p.id_number IS NOT NULL"
        " GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"
    )[0]


def disputes_listed(page: DisputesPage) -> list[int]:
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.id_at(row) for row in range(model.rowCount())]


def test_the_box_is_on_every_page_and_ctrl_f_puts_the_cursor_in_it(window: MainWindow) -> None:
    assert window.find_box.placeholderText() == "Find anything (Ctrl+F)"
    for row in (*PAGE_ROWS.values(), SEARCH_ROW):
        window.navigation.setCurrentRow(row)
        window.page().setFocus()
        press(window, "Ctrl+F")
        assert window.focusWidget() is window.find_box
        assert window.find_box.isVisible()
    press(window, "Ctrl+1")
    press(window, "Ctrl+Shift+F")
    assert window.focusWidget() is window.disputes_page.filters.text


def test_a_surname_a_name_its_initials_and_six_id_digits_show_the_person(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    person = a_party(ctx.store)
    _full, initials = name_tokens(person["name"])
    box = find(qtbot, window, person["name"][0])
    people = [hit.title for hit in box.popup.hits() if hit.kind == "people"]
    assert people and all(name.startswith(person["name"][0]) for name in people)
    assert box.popup.topLevelItem(0).text(0) == "People"
    for typed in (person["name"], initials, person["id_number"][-6:]):
        box = find(qtbot, window, typed)
        assert ("people", person["id"]) in shown(box), typed
    assert shown(box)[0] == ("people", person["id"])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.popup.isVisible()
    assert window.pages.currentWidget() is window.search_page
    assert person["name"] in window.search_page.heading.text()


def test_down_and_enter_open_a_dispute_and_all_results_opens_the_search_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    summary, dispute_id = ctx.store.rows("SELECT summary, id FROM disputes ORDER BY id LIMIT 1")[
        0
    ].values()
    box = find(qtbot, window, summary)
    assert shown(box)[0] == ("disputes", dispute_id)
    window.navigation.setCurrentRow(PAGE_ROWS["visits"])
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the results show again, the best one chosen
    assert box.popup.isVisible()
    assert box.popup.current_choice().record_id == dispute_id
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.disputes_page
    assert window.disputes_page.shown_id() == dispute_id
    assert dispute_id in disputes_listed(window.disputes_page)

    box = find(qtbot, window, "张")
    for _row in box.popup.rows():
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.current_choice() == "all"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.search_page
    assert window.search_page.box.text() == "张"
    assert window.search_page.hit_items()


def counted(qtbot: QtBot, page: DisputesPage) -> str:
    """The dispute page's counts line once its worker has counted."""
    qtbot.waitUntil(lambda: page.counts.text() != COUNTING)
    return page.counts.text()


def test_the_disputes_list_keeps_a_persons_disputes_until_the_box_is_emptied(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    person = a_party(ctx.store)
    page = window.disputes_page
    whole = counted(qtbot, page)
    everything = len(disputes_listed(page))
    box = find(qtbot, window, person["name"])
    qtbot.waitUntil(lambda: page.find_chip.isVisible(), timeout=SETTLED_MS)
    assert page.find_chip.text.text() == f"Filtered by “{person['name']}”"
    listed = disputes_listed(page)
    theirs = {
        row["dispute_id"]
        for row in ctx.store.rows(
            "SELECT dp.dispute_id FROM dispute_parties dp JOIN disputes d ON d.id = dp.dispute_id"
            " WHERE dp.person_id = ? AND d.voided_at IS NULL",
            [person["id"]],
        )
    }
    assert theirs <= set(listed) and len(listed) < everything
    for dispute_id in listed:
        line = page.model.line(page.model.row_of(dispute_id))
        assert person["name"] in (*line.parties, line.summary) or any(
            person["name"] in party for party in line.parties
        )
    qtbot.waitUntil(lambda: page.counts.text().startswith(f"{len(listed)} disputes"))
    # The page's own filter narrows the found disputes further.
    type_text(qtbot, page.filters.text, str(min(theirs)))
    qtbot.waitUntil(lambda: disputes_listed(page) == [min(theirs)], timeout=SETTLED_MS)
    page.filters.text.clear()
    qtbot.mouseClick(page.find_chip.close_button, Qt.MouseButton.LeftButton)
    assert box.text() == ""
    assert not page.find_chip.isVisible()
    qtbot.waitUntil(lambda: page.counts.text() == whole, timeout=SETTLED_MS)
    assert len(disputes_listed(page)) == everything


def test_households_follow_the_box_and_two_escapes_restore_the_list(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    resident = ctx.store.rows(
        "SELECT p.name, r.household_id FROM residents r JOIN people p ON p.id = r.person_id"
        " WHERE r.moved_out_on IS NULL AND r.voided_at IS NULL ORDER BY r.id LIMIT 1"
    )[0]
    page = window.households_page
    whole = page.household_count.text()
    box = find(qtbot, window, resident["name"])
    press(window, "Ctrl+2")  # the box's query goes with the clerk to the next page
    assert window.pages.currentWidget() is page
    assert page.find_chip.isVisible()
    listed = [page.household_model.id_at(row) for row in range(page.household_model.rowCount())]
    assert resident["household_id"] in listed
    assert 0 < len(listed) < int(whole.split()[0])
    assert page.household_count.text() == f"{len(listed)} households"
    press(window, "Ctrl+F")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # closes the results, the list stays narrowed
    assert not box.popup.isVisible() and box.text() == resident["name"]
    assert page.household_count.text() == f"{len(listed)} households"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # empties the box: the whole list again
    assert box.text() == ""
    assert page.household_count.text() == whole
    assert not page.find_chip.isVisible()


def test_the_officers_list_keeps_the_officer_found(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    officer = ctx.roster.officers(include_left=False)[0]
    press(window, "Ctrl+3")
    tab = window.roster_page.officers
    find(qtbot, window, officer.name)
    qtbot.waitUntil(lambda: tab.find_chip.isVisible(), timeout=SETTLED_MS)
    names = {tab.proxy.officer_at(row).name for row in range(tab.proxy.rowCount())}
    assert names == {officer.name}
    qtbot.mouseClick(tab.find_chip.close_button, Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == len(ctx.roster.officers(include_left=False))


def test_a_query_matching_too_many_leaves_the_list_whole_and_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "FILTER_CAP", 3)
    page = window.disputes_page
    whole = counted(qtbot, page)
    find(qtbot, window, "张")
    qtbot.waitUntil(lambda: page.find_chip.isVisible(), timeout=SETTLED_MS)
    assert (
        page.find_chip.text.text() == "“张” matches too many records to narrow this list: type more"
    )
    qtbot.waitUntil(lambda: page.counts.text() == whole)


def test_the_injuries_list_keeps_the_incidents_of_the_officer_found(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    hurt = ctx.store.rows(
        "SELECT o.name, j.incident_id FROM injuries j JOIN officers o ON o.id = j.officer_id"
        " WHERE j.voided_at IS NULL ORDER BY j.id LIMIT 1"
    )[0]
    press(window, "Ctrl+4")
    page = window.injuries_page
    whole = page.model.rowCount()
    find(qtbot, window, hurt["name"])
    qtbot.waitUntil(lambda: page.find_chip.isVisible(), timeout=SETTLED_MS)
    listed = [page.model.id_at(row) for row in range(page.model.rowCount())]
    assert hurt["incident_id"] in listed
    assert all(hurt["name"] in page.model.line(row).officers for row in range(len(listed)))
    assert len(listed) < whole
    assert page.counts.text() == f"{len(listed)} incidents"
    qtbot.keyClick(window.find_box, Qt.Key.Key_Escape)
    qtbot.keyClick(window.find_box, Qt.Key.Key_Escape)
    assert page.model.rowCount() == whole
