"""Resident ID numbers (GB 11643-1999): the clerk is told exactly what is wrong with one."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from stationdesk.domain import idnumbers

TODAY = date(2026, 3, 10)


def reference_check(first17: str) -> str:
    """The check character by the standard's own definition: weights 2^(17-i) mod 11,
    then the character whose value makes the weighted sum congruent to 1 mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def valid(first17: str) -> str:
    return first17 + reference_check(first17)


def test_the_standards_own_example_is_valid() -> None:
    # GB 11643-1999 appendix example: born 1949-12-31, order code 002 (female), check X.
    parsed = idnumbers.parse("11010519491231002X", today=TODAY)
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex == "female"
    assert parsed.area == "110105"


def test_weights_and_check_chars_agree_with_the_definition() -> None:
    assert tuple(pow(2, 17 - i, 11) for i in range(17)) == idnumbers.WEIGHTS
    rng = random.Random(7)
    for _ in range(500):
        first17 = "41" + "".join(str(rng.randrange(10)) for _ in range(15))
        assert idnumbers.check_char(first17) == reference_check(first17)


def test_a_wrong_check_digit_names_the_right_one() -> None:
    number = valid("41040319800506137")
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    assert idnumbers.problem(wrong, today=TODAY) == (
        f"the check digit should be {number[17]}, not {wrong[17]}"
    )


def test_an_impossible_birth_date_is_named() -> None:
    first17 = "41040320260230123"  # 30 February
    assert idnumbers.problem(valid(first17), today=TODAY) == "birth date 2026-02-30 does not exist"


def test_a_birth_date_in_the_future_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    number = valid(f"410403{tomorrow:%Y%m%d}123")
    assert idnumbers.problem(number, today=TODAY) == f"birth date {tomorrow} is in the future"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("4104031980050613", "an ID number has 18 characters, not 16"),
        ("410403198005061", "an ID number has 18 characters, not 15"),
        ("41040319800506137X1", "an ID number has 18 characters, not 19"),
        ("4104031980O506137X", "the first 17 characters of an ID number are digits"),
        ("41040319800506137Y", "the last character of an ID number is a digit or X"),
        ("99040319800506137X", "an ID number starts with a province code; 99 is not one"),
    ],
)
def test_malformed_numbers_get_a_clear_reason(text: str, reason: str) -> None:
    assert idnumbers.problem(text, today=TODAY) == reason


def test_lowercase_x_full_width_digits_and_spaces_are_accepted() -> None:
    number = "11010519491231002X"
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number[:17]) + "x"
    spaced = f" {number[:6]} {number[6:14]} {number[14:].lower()} "
    for text in (number.lower(), full_width, spaced):
        assert idnumbers.problem(text, today=TODAY) is None
        assert idnumbers.normalize(text) == number
        assert idnumbers.parse(text, today=TODAY).number == number


def test_sex_follows_the_parity_of_the_17th_digit() -> None:
    for order in range(10):
        number = valid(f"4104031980050613{order}")
        assert idnumbers.sex_of(number) == ("male" if order % 2 else "female")


def test_generated_numbers_are_valid_and_carry_what_was_asked() -> None:
    rng = random.Random(2026)
    for _ in range(300):
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(30000))
        sex = rng.choice(("male", "female"))
        number = idnumbers.generate(rng, area="410403", born=born, sex=sex)
        parsed = idnumbers.parse(number, today=TODAY)
        assert (parsed.birth_date, parsed.sex, parsed.area) == (born, sex, "410403")
        assert number[17] == reference_check(number[:17])


def test_mask_hides_the_birth_date() -> None:
    number = "11010519491231002X"
    masked = idnumbers.mask(number)
    assert masked == number[:6] + "*" * 8 + number[14:]
    assert "19491231" not in masked


def test_digits_of_other_scripts_are_not_id_digits() -> None:
    arabic_indic = "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"  # 11010519491231002X in Arabic-Indic digits
    assert idnumbers.problem(arabic_indic, today=TODAY) == (
        "the first 17 characters of an ID number are digits"
    )
    with pytest.raises(ValueError, match="17 digits"):
        idnumbers.check_char(arabic_indic[:17])
