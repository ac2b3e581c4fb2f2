"""Finding anything as one types: Chinese of any length, pinyin, digit runs, every ledger."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from search_records import Station, id_number

from stationdesk.domain.people import PersonInput
from stationdesk.domain.search import SearchService
from stationdesk.store import Store, database, migrations, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "search.sqlite", "clerk", create=True) as opened:
        yield opened


@pytest.fixture
def station(store: Store) -> Station:
    return Station(store)


def found(store: Store, query: str, kind: str | None = None) -> list[str]:
    return [hit.title for hit in SearchService(store).hits(query, kind)]


def test_one_and_two_character_chinese_queries_find_a_person(
    store: Store, station: Station
) -> None:
    station.person("张伟")
    station.person("王芳")
    assert found(store, "张", "people") == ["张伟"]
    assert found(store, "张伟", "people") == ["张伟"]
    assert found(store, "伟", "people") == ["张伟"]
    assert found(store, "芳", "people") == ["王芳"]


def test_pinyin_and_initials_find_a_person(store: Store, station: Station) -> None:
    station.person("张伟")
    station.person("赵文")
    assert found(store, "zhangwei", "people") == ["张伟"]
    assert found(store, "zhang", "people") == ["张伟"]
    assert sorted(found(store, "zw", "people")) == ["张伟", "赵文"]
    assert found(store, "ZhangWei", "people") == ["张伟"]


def test_any_four_or_more_digits_of_an_id_or_phone_number(store: Store, station: Station) -> None:
    number = id_number(date(1980, 5, 6), 137)
    station.person("李四", number, phone="13812345678")
    station.person("王五", phone="13900001111")
    assert found(store, number[-6:]) == ["李四"]
    assert found(store, number[6:14]) == ["李四"]
    assert found(store, "2345") == ["李四"]
    assert found(store, "138 1234") == ["李四"]
    assert found(store, "0000") == ["王五"]


def test_exact_names_come_before_longer_names(store: Store, station: Station) -> None:
    exact = station.person("张伟")
    for name in ("张伟明", "张伟华", "李张伟"):
        station.person(name)
    titles = found(store, "张伟", "people")
    assert titles[0] == "张伟"
    assert titles[-1] == "李张伟"
    assert SearchService(store).hits("张伟", "people")[0].record_id == exact


def test_results_are_grouped_by_kind(store: Store, station: Station) -> None:
    zhang = station.person("张建国", phone="13812345678")
    station.dispute("张建国与邻居因楼上漏水发生纠纷", "2026-03-01", {zhang: "applicant"})
    household = station.household("建国路", "12号")
    station.visit(household, "2026-04-02", "张建国家中老人独居")
    groups = SearchService(store).search("建国")
    assert [group.kind for group in groups] == [
        "people",
        "households",
        "disputes",
        "visits",
        "officers",
    ]
    assert [g.label for g in groups][:2] == ["People", "Households and addresses"]
    assert groups[1].hits[0].title == "建国路12号"


def test_a_saved_record_is_found_at_once_and_a_change_or_void_too(
    store: Store, station: Station
) -> None:
    person = station.person("欧阳娜娜")
    assert found(store, "欧阳", "people") == ["欧阳娜娜"]
    station.people.update(person, PersonInput("欧阳丽丽"))
    assert found(store, "娜娜", "people") == []
    assert found(store, "丽丽", "people") == ["欧阳丽丽"]
    station.people.void(person, "entered twice")
    assert found(store, "欧阳", "people") == []


def test_changing_an_address_refreshes_its_household(store: Store, station: Station) -> None:
    household = station.household("建设路", "3号")
    address = store.scalar("SELECT address_id FROM households WHERE id = ?", [household])
    store.update("addresses", address, {"road": "解放路"})
    assert found(store, "解放", "households") == ["解放路3号"]
    assert found(store, "建设", "households") == []


def test_nothing_searchable_finds_nothing(store: Store, station: Station) -> None:
    station.person("张伟")
    for query in ("", "   ", "*", '"', "-"):
        assert SearchService(store).search(query) == []


def test_a_file_from_before_the_index_is_indexed_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with open_store(path, "clerk", create=True) as store:
        Station(store).person("周杰")
        store.conn.execute("DELETE FROM search_state")
        store.conn.execute("DELETE FROM search_index")
        assert found(store, "周杰") == []
    with open_store(path, "clerk") as store:
        assert found(store, "zj", "people") == ["周杰"]


def test_a_file_of_schema_v4_is_indexed_on_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v4.sqlite"
    with monkeypatch.context() as old_release:
        old_release.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        old_release.setattr(migrations, "LATEST_VERSION", 4)
        old_release.setattr(database, "LATEST_VERSION", 4)
        with open_store(path, "clerk", create=True) as old:
            old.insert("people", {"name": "上官婉儿", "phone": "13800138000"})
    with open_store(path, "clerk") as store:
        assert found(store, "sgwe") == ["上官婉儿"]
        assert found(store, "8001") == ["上官婉儿"]


def test_digits_match_only_as_one_unbroken_run(store: Store, station: Station) -> None:
    station.person("赵六", phone="13923453456")
    assert found(store, "23453456") == ["赵六"]
    assert found(store, "23456") == []
