"""ISO weeks as the roster and the weekly report name them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stationdesk.domain.weeks import IsoWeek
from stationdesk.errors import StationDeskError


@pytest.mark.parametrize("text", ["2026-W47", "2026W47", " 2026-w47 "])
def test_week_is_read_in_its_usual_spellings(text: str) -> None:
    week = IsoWeek.parse(text)
    assert (week.year, week.week) == (2026, 47)
    assert str(week) == "2026-W47"
    assert week.monday.isocalendar() == (2026, 47, 1)
    assert week.sunday.isocalendar() == (2026, 47, 7)
    assert week.days() == [week.monday + timedelta(days=i) for i in range(7)]


def test_week_53_exists_only_in_long_years() -> None:
    week = IsoWeek.parse("2020-W53")
    assert week.sunday == date(2021, 1, 3)
    assert IsoWeek.of(date(2021, 1, 3)) == week
    assert IsoWeek.parse("2026-W53").sunday == date(2027, 1, 3)
    with pytest.raises(StationDeskError, match="no ISO week 53"):
        IsoWeek.parse("2025-W53")


@pytest.mark.parametrize("text", ["2026-W54", "2026-W00"])
def test_week_that_does_not_exist_is_refused(text: str) -> None:
    with pytest.raises(StationDeskError, match="has no ISO week"):
        IsoWeek.parse(text)


@pytest.mark.parametrize("text", ["", "next week", "2026-11-23", "26-W47", "2026-W4a"])
def test_garbage_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(StationDeskError, match="2026-W47"):
        IsoWeek.parse(text)


def test_weeks_step_across_the_year_end() -> None:
    first = IsoWeek.parse("2021-W01")
    assert first.shifted(-1) == IsoWeek.parse("2020-W53")
    assert first.shifted(-1).shifted(1) == first
    assert first.shifted(52).year == 2022
    assert IsoWeek.parse("2026-W01") < IsoWeek.parse("2026-W02") < IsoWeek.parse("2027-W01")
