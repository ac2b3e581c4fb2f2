"""A large import leaves its records' search indexing for afterwards; catching up finds them."""

from __future__ import annotations

from datetime import date

import pytest
from messy_files import HEADINGS, household_rows, write_xlsx

from stationdesk.domain.people import PeopleService, PersonInput
from stationdesk.domain.search import SearchService
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import import_file
from stationdesk.store import Store, search_index

TODAY = date(2026, 11, 25)


def people_found(store: Store, query: str) -> list[str]:
    return [hit.title for hit in SearchService(store).hits(query, "people")]


def import_register(store: Store, tmp_path) -> None:
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    assert import_file(store, KIND, path, skip_bad=True, today=TODAY).committed


@pytest.mark.usefixtures("large_imports")
def test_a_large_import_is_saved_at_once_and_searchable_after_catching_up(demo_store, tmp_path):
    import_register(demo_store, tmp_path)
    assert demo_store.scalar("SELECT count(*) FROM people WHERE name = '李秀英'") == 1
    waiting = demo_store.search_index.pending()
    assert waiting >= 4  # the people and the households of the register
    assert people_found(demo_store, "李秀英") == []
    left: list[int] = []
    assert demo_store.search_index.catch_up(told=left.append) == waiting
    assert left[-1] == 0 and left == sorted(left, reverse=True)
    assert people_found(demo_store, "李秀英") == ["李秀英"]
    assert "李秀英" in people_found(demo_store, "lixiuying")
    assert SearchService(demo_store).hits("建设路", "households")


@pytest.mark.usefixtures("large_imports")
def test_catching_up_stops_when_asked_and_goes_on_later(demo_store, tmp_path):
    import_register(demo_store, tmp_path)
    waiting = demo_store.search_index.pending()
    asked: list[int] = []
    assert demo_store.search_index.catch_up(stopped=lambda: len(asked) >= 1, told=asked.append)
    assert 0 < demo_store.search_index.pending() < waiting
    demo_store.search_index.catch_up()
    assert demo_store.search_index.pending() == 0
    assert people_found(demo_store, "张建国") == ["张建国"]


@pytest.mark.usefixtures("large_imports")
def test_a_record_changed_or_voided_before_catching_up_is_indexed_as_it_now_is(
    demo_store, tmp_path
):
    import_register(demo_store, tmp_path)
    wife = demo_store.scalar("SELECT id FROM people WHERE name = '李秀英'")
    son = demo_store.scalar("SELECT id FROM people WHERE name = '张伟'")
    people = PeopleService(demo_store)
    recorded = people.get(wife)
    people.update(wife, PersonInput("李秀兰", recorded.id_number or "", phone=recorded.phone))
    people.void(son, "entered twice")
    demo_store.search_index.catch_up()
    assert people_found(demo_store, "李秀兰") == ["李秀兰"]
    assert people_found(demo_store, "李秀英") == []
    assert people_found(demo_store, "张伟") == []
    indexed = demo_store.scalar(
        "SELECT count(*) FROM search_index WHERE rowid = ?",
        [search_index.KINDS["people"].rowid(wife)],
    )
    assert indexed == 1


def test_a_small_import_is_searchable_at_once(demo_store, tmp_path):
    import_register(demo_store, tmp_path)
    assert demo_store.search_index.pending() == 0
    assert people_found(demo_store, "李秀英") == ["李秀英"]


@pytest.mark.usefixtures("large_imports")
def test_rebuilding_the_index_leaves_nothing_waiting(demo_store, tmp_path):
    import_register(demo_store, tmp_path)
    with demo_store.transaction():
        demo_store.search_index.rebuild()
    assert demo_store.search_index.pending() == 0
    assert people_found(demo_store, "李秀英") == ["李秀英"]
