"""Splitting an address written on one line into the parts of a standard address."""

from __future__ import annotations

import re
from typing import Any

from stationdesk.domain import rules
from stationdesk.domain.household_records import AddressInput, address_text

PARTS = ("road", "house_no", "building", "unit", "floor", "flat", "district")
_ADDRESS = re.compile(
    r"^(?P<road>.+?(?:大道|胡同|路|街|道|巷|里|村|组|社区|小区|花园|苑))"
    r"(?:(?P<house_no>[\dA-Za-z-]+)号(?!楼))?"
    r"(?:(?P<building>[\dA-Za-z-]+)(?:栋|幢|号楼|座))?"
    r"(?:(?P<unit>[\dA-Za-z]+)单元)?"
    r"(?:(?P<floor>-?\d+)(?:层|楼))?"
    r"(?:(?P<flat>[\dA-Za-z-]+)(?:室|户|号)?)?$"
)

AddressKey = tuple[str, str, str, str, str, str, str]


def standard_address(text: str, district: str = "", grid_id: int | None = None) -> AddressInput:
    """The address written on one line as the ledger's standard address: full-width digits and
    letters made half-width first, then road + number + building + unit + floor + flat (the
    whole text is the road when it does not read so)."""
    line = "".join(rules.clean(text).split())
    match = _ADDRESS.match(line)
    parts = {name: value or "" for name, value in match.groupdict().items()} if match else {}
    return AddressInput(grid_id=grid_id, district=district, **{"road": line, **parts})


def address_key(address: AddressInput | dict[str, Any]) -> AddressKey:
    """The address's parts cleaned exactly as the household ledger stores and looks them up
    (from the address, or from its cleaned values)."""
    values = address.cleaned() if isinstance(address, AddressInput) else address
    return tuple(values[name] for name in PARTS)


def split_address(text: str, district: str = "") -> AddressKey:
    """(road, house_no, building, unit, floor, flat, district) of an address on one line."""
    return address_key(standard_address(text, district))


def address_line(key: AddressKey) -> str:
    """The address written out again as the ledger writes it: 建设路12号3栋2单元501室."""
    return address_text(dict(zip(PARTS, key, strict=True)))
