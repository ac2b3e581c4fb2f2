"""The 18-character resident ID number of GB 11643-1999: check digit, birth date and sex."""

from __future__ import annotations

import operator
import random
import re
from dataclasses import dataclass
from datetime import date

from stationdesk.domain import rules

LENGTH = 18
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
EARLIEST_YEAR = 1900
_DIGITS17 = re.compile(r"^[0-9]{17}$")
_CODE_OFFSET = ord("0") * sum(WEIGHTS)
_STORED_FORM = re.compile(r"[0-9]{17}[0-9X]")


@dataclass(frozen=True)
class IdNumber:
    """A valid ID number with what it tells about its holder."""

    number: str
    birth_date: date
    sex: str

    @property
    def area(self) -> str:
        """The six-digit administrative division code of first registration."""
        return self.number[:6]


def normalize(text: str | None) -> str:
    """Half-width, no spaces, capital X: the form in which a number is stored and compared."""
    if text and _STORED_FORM.fullmatch(text):
        return text  # already so (a register's every row): nothing to tidy
    return rules.clean(text).replace(" ", "").replace("-", "").upper()


def check_char(first17: str) -> str:
    """The check character (0-9 or X) for the first 17 digits."""
    if len(first17) != len(WEIGHTS) or not (first17.isascii() and first17.isdigit()):
        raise ValueError("the check character is computed from 17 digits")
    # Each digit's character code is 48 more than the digit: take that off once, for all.
    total = sum(map(operator.mul, first17.encode("ascii"), WEIGHTS)) - _CODE_OFFSET
    return CHECK_CHARS[total % 11]


def problem(text: str, *, today: date | None = None) -> str | None:
    """Why `text` is not a valid ID number, or None (blank text is for the caller to judge)."""
    number = normalize(text)
    if len(number) != LENGTH:
        return f"an ID number has 18 characters, not {len(number)}"
    if not _DIGITS17.match(number[:17]):
        return "the first 17 characters of an ID number are digits"
    if number[17] not in "0123456789X":
        return "the last character of an ID number is a digit or X"
    if int(number[:2]) not in PROVINCES:
        return f"an ID number starts with a province code; {number[:2]} is not one"
    return _birth_problem(number, today or date.today()) or _check_problem(number)


def _birth_problem(number: str, today: date) -> str | None:
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    try:
        born = date(year, month, day)
    except ValueError:
        return f"birth date {_shown_birth(number)} does not exist"
    if born > today:
        return f"birth date {_shown_birth(number)} is in the future"
    if year < EARLIEST_YEAR:
        return f"birth date {_shown_birth(number)} is before {EARLIEST_YEAR}"
    return None


def _shown_birth(number: str) -> str:
    return f"{number[6:10]}-{number[10:12]}-{number[12:14]}"


def _check_problem(number: str) -> str | None:
    expected = check_char(number[:17])
    if number[17] != expected:
        return f"the check digit should be {expected}, not {number[17]}"
    return None


def parse(text: str, *, today: date | None = None) -> IdNumber:
    """The number with its birth date and sex; ValueError with the reason when invalid."""
    reason = problem(text, today=today)
    if reason:
        raise ValueError(reason)
    number = normalize(text)
    return IdNumber(number, birth_date_of(number), sex_of(number))


def birth_date_of(number: str) -> date:
    """The birth date in characters 7 to 14."""
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def sex_of(number: str) -> str:
    """'male' when the 17th digit is odd, else 'female'."""
    return "male" if int(number[16]) % 2 else "female"


def make(area: str, born: date, sequence: int, sex: str) -> str:
    """A valid number from its parts; `sequence` (0-499) picks the order code."""
    if len(area) != 6 or not area.isdigit() or not 0 <= sequence < 500:
        raise ValueError("area is 6 digits and sequence 0 to 499")
    order = sequence * 2 + (1 if sex == "male" else 0)
    first17 = f"{area}{born:%Y%m%d}{order:03d}"
    return first17 + check_char(first17)


def generate(rng: random.Random, *, area: str, born: date, sex: str) -> str:
    """A random valid number for demo data (not unique by itself)."""
    return make(area, born, rng.randrange(500), sex)


def mask(number: str) -> str:
    """410403********123X: how an ID number appears on printouts that do not need it."""
    if len(number) != LENGTH:
        return number
    return f"{number[:6]}{'*' * 8}{number[14:]}"
