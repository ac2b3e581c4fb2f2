"""Field rules shared by the forms, the importer and the command line."""

from __future__ import annotations

import re

MOBILE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")
BADGE = re.compile(r"^[A-Za-z0-9]{4,12}$")
MAX_NAME = 30
# The ideographic space and the full-width forms U+FF01-U+FF5E, mapped to their ASCII twins.
_HALF_WIDTH: dict[int, int | str] = {
    0x3000: " ",
    **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
}
_FULL_WIDTH = re.compile("[\u3000\uff01-\uff5e]")  # the characters _HALF_WIDTH turns


def clean(text: str | None) -> str:
    """Trim spaces and turn full-width digits, letters and spaces into half-width."""
    if not text:
        return ""
    if text.isascii() or not _FULL_WIDTH.search(text):  # nothing to turn: far faster
        return " ".join(text.split())
    return " ".join(text.translate(_HALF_WIDTH).split())


def name_problem(name: str) -> str | None:
    """Why a person's or place's name is not acceptable, or None."""
    if not name:
        return "a name is required"
    if len(name) > MAX_NAME:
        return f"a name has at most {MAX_NAME} characters"
    return None


def phone_problem(phone: str, *, required: bool = False) -> str | None:
    """Why a phone number is not a mainland mobile or landline number, or None."""
    if not phone:
        return "a phone number is required" if required else None
    if MOBILE.match(phone) or LANDLINE.match(phone):
        return None
    return "not a phone number: 11 digits starting with 1, or a landline like 0375-1234567"


def badge_problem(badge: str) -> str | None:
    """Why a badge number is not acceptable, or None."""
    if not badge:
        return "a badge number is required"
    if not BADGE.match(badge):
        return "a badge number is 4 to 12 letters or digits"
    return None


def mask_phone(phone: str) -> str:
    """138****5678: how a phone number appears on printouts."""
    if len(phone) == 11 and phone.isdigit():
        return f"{phone[:3]}****{phone[-4:]}"
    return phone[:-4] + "****" if len(phone) > 4 else phone
