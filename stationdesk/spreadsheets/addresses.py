"""Splitting an address written on one line into the parts of a standard address."""

from __future__ import annotations

import re

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


def split_address(text: str, district: str = "") -> AddressKey:
    """(road, house_no, building, unit, floor, flat, district); the whole text is the road when
    it does not read as road + number + building + unit + floor + flat."""
    line = "".join(text.split())
    match = _ADDRESS.match(line)
    if not match:
        return (line, "", "", "", "", "", district)
    parts = match.groupdict()
    return (
        parts["road"],
        parts["house_no"] or "",
        parts["building"] or "",
        parts["unit"] or "",
        parts["floor"] or "",
        parts["flat"] or "",
        district,
    )


def address_line(key: AddressKey) -> str:
    """The address written out again: 建设路12号3栋2单元501室."""
    road, house_no, building, unit, floor, flat, district = key
    suffixed = [
        (district, ""),
        (road, ""),
        (house_no, "号"),
        (building, "栋"),
        (unit, "单元"),
        (floor, "层"),
        (flat, "室"),
    ]
    return "".join(f"{part}{suffix}" for part, suffix in suffixed if part)
