"""Likely duplicates, and a merge that keeps every link and can be undone by an amendment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from search_records import Station, id_number

from stationdesk.domain.people_merge import MergeService
from stationdesk.domain.person_timeline import TimelineService
from stationdesk.domain.search import SearchService
from stationdesk.errors import ValidationError
from stationdesk.store import Store, open_store
from stationdesk.store.audit import verify_chain


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "merge.sqlite", "clerk", create=True) as opened:
        yield opened


@pytest.fixture
def station(store: Store) -> Station:
    return Station(store)


def parties_of(store: Store, person: int) -> list[int]:
    rows = store.conn.execute(
        "SELECT dispute_id FROM dispute_parties WHERE person_id = ?", [person]
    )
    return sorted(r[0] for r in rows)


def test_same_name_with_same_phone_or_birth_date_are_likely_duplicates(
    store: Store, station: Station
) -> None:
    a = station.person("张伟", phone="13812345678")
    b = station.person("张伟", phone="13812345678")
    c = station.person("李娜", born="1980-01-02")
    d = station.person("李娜", id_number(date(1980, 1, 2), 22))
    station.person("张伟", phone="13900000000")
    station.person("王芳", id_number(date(1990, 1, 1), 11), born="1990-01-01")
    station.person("王芳", id_number(date(1990, 1, 1), 33), born="1990-01-01")
    pairs = MergeService(store).duplicates()
    assert {(p.first.id, p.second.id, p.reason) for p in pairs} == {
        (a, b, "phone"),
        (c, d, "birth_date"),
    }


def test_a_merge_keeps_every_link_and_shows_in_both_histories(
    store: Store, station: Station
) -> None:
    keep = station.person("张伟", phone="13812345678")
    number = id_number(date(1985, 3, 4), 17)
    drop = station.person("张伟", number)
    other = station.person("王强")
    first = station.dispute(
        "张伟与王强因漏水发生纠纷", "2025-01-01", {keep: "applicant", other: "respondent"}
    )
    second = station.dispute(
        "王强与张伟因噪音发生纠纷", "2025-06-01", {other: "applicant", drop: "respondent"}
    )
    home = station.household("建设路", "3号")
    station.resident(home, drop, "2020-01-01")

    moved = MergeService(store).merge(keep, drop, "same man, entered twice")

    assert moved["dispute_parties"] == [second]
    assert parties_of(store, keep) == [first, second]
    assert parties_of(store, drop) == []
    kept = station.people.get(keep)
    assert (kept.id_number, kept.phone) == (number, "13812345678")
    assert station.people.get(drop).voided
    assert [e.action for e in store.history("people", keep)][-1] == "merge"
    assert [e.action for e in store.history("people", drop)][-2:] == ["void", "merge"]
    assert [e.kind for e in TimelineService(store).timeline(keep).events] == [
        "moved_in",
        "dispute",
        "dispute",
        "merge",
    ]
    assert [h.record_id for h in SearchService(store).hits(number[-6:], "people")] == [keep]
    assert verify_chain(store.conn) == []


def test_undoing_a_merge_is_an_amendment_that_moves_the_links_back(
    store: Store, station: Station
) -> None:
    keep = station.person("张伟", phone="13812345678")
    number = id_number(date(1985, 3, 4), 17)
    drop = station.person("张伟", number)
    dispute = station.dispute("张伟与王强因漏水发生纠纷", "2025-01-01", {drop: "applicant"})
    service = MergeService(store)
    service.merge(keep, drop)
    entries = store.scalar("SELECT count(*) FROM audit_log")

    service.unmerge(drop, "two different men after all")

    assert parties_of(store, drop) == [dispute]
    assert station.people.get(drop).id_number == number
    assert not station.people.get(drop).voided
    assert station.people.get(keep).id_number is None
    assert store.scalar("SELECT count(*) FROM audit_log") > entries
    assert [e.action for e in store.history("people", drop)][-1] == "unmerge"
    with pytest.raises(ValidationError, match="was not merged"):
        service.unmerge(drop, "again")


def test_a_merge_that_would_lose_a_link_is_refused_and_changes_nothing(
    store: Store, station: Station
) -> None:
    keep, drop = station.person("张伟"), station.person("张伟")
    station.dispute(
        "张伟与张伟因漏水发生纠纷", "2025-01-01", {keep: "applicant", drop: "respondent"}
    )
    entries = store.scalar("SELECT count(*) FROM audit_log")
    service = MergeService(store)
    with pytest.raises(ValidationError, match="both are parties to dispute"):
        service.merge(keep, drop)
    with pytest.raises(ValidationError, match="two different records"):
        service.merge(keep, keep)
    assert store.scalar("SELECT count(*) FROM audit_log") == entries
    assert not station.people.get(drop).voided


def test_records_with_different_id_numbers_are_not_merged(store: Store, station: Station) -> None:
    a = station.person("张伟", id_number(date(1985, 3, 4), 17))
    b = station.person("张伟", id_number(date(1985, 3, 4), 19))
    with pytest.raises(ValidationError, match="different ID numbers"):
        MergeService(store).merge(a, b)
