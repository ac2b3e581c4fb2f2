"""Dates typed by a clerk: the usual Chinese and ISO spellings are read, the rest explained."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from stationdesk.domain import dates


@pytest.mark.parametrize(
    "text", ["2026-03-01", "2026/3/1", "2026.03.01", "2026年3月1日", "２０２６-３-１"]
)
def test_common_spellings_of_a_date(text: str) -> None:
    assert dates.as_date(text) == date(2026, 3, 1)


def test_blank_is_none_and_nonsense_is_explained() -> None:
    assert dates.as_date("  ") is None
    assert dates.as_date(None) is None
    with pytest.raises(ValueError, match="write a date like"):
        dates.as_date("next tuesday")
    with pytest.raises(ValueError, match="2026-02-30 does not exist"):
        dates.as_date("2026-2-30")


def test_date_and_time_to_the_minute() -> None:
    assert dates.as_datetime("2026-03-01 14:30") == datetime(2026, 3, 1, 14, 30)
    assert dates.as_datetime("2026-03-01T09:05:59") == datetime(2026, 3, 1, 9, 5)
    assert dates.as_datetime("2026-03-01") == datetime(2026, 3, 1)
    assert dates.iso_minutes(datetime(2026, 3, 1, 9, 5, 30)) == "2026-03-01T09:05"
    with pytest.raises(ValueError, match="date and time"):
        dates.as_datetime("2026-03-01 25:00")
