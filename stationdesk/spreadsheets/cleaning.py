"""Turning what a clerk (and Excel) put in a cell into clean values, or a clear reason why not.

Each reader returns the value, or raises CellError with a message fit for the import report.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from stationdesk.domain import dates, idnumbers, rules

EXCEL_EPOCH = date(1899, 12, 30)
EARLIEST_SERIAL, LATEST_SERIAL = 1, 2958465  # 1900-01-01 to 9999-12-31
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
_SERIAL = re.compile(r"^\d{1,7}(\.\d+)?$")
YES_WORDS = frozenset({"是", "有", "y", "yes", "true", "1", "√", "✓", "已安装", "需要"})
NO_WORDS = frozenset({"否", "无", "没有", "n", "no", "false", "0", "", "×", "未安装", "不需要"})


MASKED = "the number is masked (****); import from a full export or the original ledger"


class CellError(ValueError):
    """A cell whose value cannot be used; the message says why and what to do."""


def text(value: Any) -> str:
    """A cell as trimmed half-width text; whole numbers lose Excel's '.0'."""
    if type(value) is str:
        return rules.clean(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    return rules.clean(str(value))


def is_blank(row: list[Any]) -> bool:
    """True for a row with nothing but empty cells and spaces."""
    return not any(text(cell) for cell in row)


def day(value: Any) -> date | None:
    """A date from a date cell, an Excel serial number, or 2026-11-03, 2026/11/3, 2026年11月3日,
    2026.11.03 or 20261103; None when blank."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(float(value))
    return _day_from_text(text(value))


@lru_cache(maxsize=4096)
def _day_from_text(cell: str) -> date | None:
    """A date written as text (a register has few distinct dates: each is read once)."""
    if not cell:
        return None
    if re.fullmatch(r"\d{8}", cell):
        cell = f"{cell[:4]}-{cell[4:6]}-{cell[6:]}"
    elif _SERIAL.match(cell):
        return _from_serial(float(cell))
    try:
        return dates.as_date(cell.split(" ")[0])
    except ValueError as exc:
        raise CellError(str(exc)) from None


def _from_serial(serial: float) -> date:
    if not EARLIEST_SERIAL <= serial <= LATEST_SERIAL:
        raise CellError(f"{serial:g} is not a date; {dates.DATE_HINT}")
    return EXCEL_EPOCH + timedelta(days=int(serial))


def id_number(value: Any) -> str:
    """An ID number as text, refused when Excel has mangled it (its validity is the domain's
    rule: see `people.problems`)."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        raise CellError(
            "Excel stored the ID number as a number and lost its last digits"
            f" ({value:.6g}); format the column as text and type it again"
        )
    number = idnumbers.normalize(text(value))
    if "*" in number:
        raise CellError(MASKED)
    if _SCIENTIFIC.match(number):
        raise CellError(
            f"the ID number shows as {number}: Excel turned it into a number and its last digits"
            " are lost; format the column as text and type it again"
        )
    if (
        len(number) == idnumbers.LENGTH - 1
        and number.isdigit()
        and idnumbers.check_char(number) == "X"
    ):
        raise CellError(
            "the ID number has 17 digits: its final X was lost (Excel drops it);"
            " type it again as text"
        )
    return number


def phone(value: Any) -> str:
    """A phone number as digits (landlines keep their dash)."""
    number = text(value).replace(" ", "")
    if "*" in number:
        raise CellError(MASKED)
    problem = rules.phone_problem(number)
    if problem:
        raise CellError(problem)
    return number


def yes_no(value: Any) -> bool:
    """是/否, yes/no, 1/0, √, or blank (no)."""
    word = text(value).lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise CellError(f"'{text(value)}' is not yes or no; write 是 or 否")


def choice(value: Any, words: dict[str, str], what: str) -> str:
    """The code of a fixed choice, from its code, English label or Chinese label."""
    word = text(value).lower().replace(" ", "")
    if word in words:
        return words[word]
    shown = "、".join(sorted({w for w in words if not w.isascii()})) or ", ".join(sorted(words))
    raise CellError(f"'{text(value)}' is not a {what}; write one of {shown}")


def choice_words(
    codes: dict[str, str], zh: dict[str, str], *extra: dict[str, str]
) -> dict[str, str]:
    """Every spelling of each code: the code, its English label, its Chinese label, aliases."""
    words: dict[str, str] = {}
    for code, english in codes.items():
        for spelling in (code, english, zh.get(english, "")):
            if spelling:
                words[spelling.lower().replace(" ", "")] = code
    for aliases in extra:
        words.update({alias.lower(): code for alias, code in aliases.items()})
    return words


def names(value: Any) -> list[str]:
    """Names separated by commas, 、, ；or slashes."""
    return [part.strip() for part in re.split(r"[,，、;；/]", text(value)) if part.strip()]
