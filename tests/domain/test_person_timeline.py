"""A person's whole history: homes, disputes, visits while living there, officers hurt, merges."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from search_records import Station

from stationdesk.domain.person_timeline import TimelineService
from stationdesk.errors import NotFoundError
from stationdesk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "timeline.sqlite", "clerk", create=True) as opened:
        yield opened


def test_the_timeline_shows_every_ledger_in_date_order(store: Store) -> None:
    station = Station(store)
    li = station.person("李明", phone="13812345678")
    neighbour = station.person("王强")
    old_home = station.household("建设路", "3号")
    new_home = station.household("解放路", "8号")
    station.resident(old_home, li, "2019-05-01", "2024-06-30")
    station.resident(new_home, li, "2024-07-01")
    station.visit(old_home, "2020-03-01", "安装反诈APP")
    station.visit(old_home, "2025-01-01", "新住户，与李明无关")
    station.visit(new_home, "2025-02-02", "老人独居")
    dispute = station.dispute(
        "李明与王强因漏水发生纠纷", "2024-09-01", {li: "applicant", neighbour: "respondent"}
    )
    station.incident(dispute, "2024-09-03T10:00", "调解时王强推搡民警")

    events = TimelineService(store).timeline(li).events

    assert [(e.day, e.kind) for e in events] == [
        ("2019-05-01", "moved_in"),
        ("2020-03-01", "visit"),
        ("2024-07-01", "moved_in"),
        ("2024-09-01", "dispute"),
        ("2024-09-03", "injury"),
        ("2025-02-02", "visit"),
    ]
    assert events[0].title == "建设路3号"
    assert "→ 2024-06-30" in events[0].details
    assert events[3].details[:3] == (f"#{dispute}", "Applicant", "Open")
    assert "刘建国" in events[4].details


def test_the_other_party_sees_the_dispute_with_their_own_role(store: Store) -> None:
    station = Station(store)
    li, wang = station.person("李明"), station.person("王强")
    station.dispute("李明与王强因漏水发生纠纷", "2024-09-01", {li: "applicant", wang: "respondent"})
    (event,) = TimelineService(store).timeline(wang).events
    assert event.details[1] == "Respondent"


def test_an_unknown_person_has_no_timeline(store: Store) -> None:
    with pytest.raises(NotFoundError):
        TimelineService(store).timeline(999)


def test_a_household_shows_who_lived_there_and_its_visits(store: Store) -> None:
    station = Station(store)
    li, wang = station.person("李明"), station.person("王强")
    home = station.household("建设路", "3号")
    station.resident(home, li, "2019-05-01", "2024-06-30")
    station.resident(home, wang, "2024-07-01")
    station.visit(home, "2020-03-01", "安装反诈APP")
    events = TimelineService(store).household_events(home)
    assert [(e.day, e.kind, e.title) for e in events] == [
        ("2019-05-01", "moved_in", "李明"),
        ("2020-03-01", "visit", "安装反诈APP"),
        ("2024-07-01", "moved_in", "王强"),
    ]
    assert events[0].details == ("Head of household", "→ 2024-06-30")
