"""Reading dates and times typed in a form, the command line or an import."""

from __future__ import annotations

import re
from datetime import date, datetime

from stationdesk.domain import rules

DATE_HINT = "write a date like 2026-03-01"
DATETIME_HINT = "write a date and time like 2026-03-01 14:30"
_SEPARATORS = re.compile(r"[./年月]")


def as_date(value: date | str | None) -> date | None:
    """A date from a date object or text (2026-03-01, 2026/3/1, 2026年3月1日); None when blank."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = _SEPARATORS.sub("-", rules.clean(value)).rstrip("日").strip()
    if not text:
        return None
    parts = text.split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValueError(f"'{value}' is not a date; {DATE_HINT}")
    year, month, day = (int(part) for part in parts)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{year:04d}-{month:02d}-{day:02d} does not exist") from None


def as_datetime(value: datetime | date | str | None) -> datetime | None:
    """A date and time, to the minute; a bare date means midnight. None when blank."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = rules.clean(value).replace("T", " ")
    if not text:
        return None
    day_text, _, time_text = text.partition(" ")
    day = as_date(day_text)
    assert day is not None
    if not time_text:
        return datetime(day.year, day.month, day.day)
    match = re.fullmatch(r"(\d{1,2})[:：](\d{2})(?::\d{2})?", time_text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(f"'{value}' is not a date and time; {DATETIME_HINT}")
    return datetime(day.year, day.month, day.day, int(match.group(1)), int(match.group(2)))


def iso(value: date | None) -> str | None:
    """2026-03-01, or None."""
    return value.isoformat() if value is not None else None


def iso_minutes(value: datetime) -> str:
    """2026-03-01T14:30: how a date and time is stored."""
    return value.strftime("%Y-%m-%dT%H:%M")
