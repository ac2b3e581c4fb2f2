"""Every kind of spreadsheet the station can import, by name."""

from __future__ import annotations

from stationdesk.errors import StationDeskError
from stationdesk.spreadsheets import disputes, grids, households, officers, visits
from stationdesk.spreadsheets.importing import Kind

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (households.KIND, visits.KIND, officers.KIND, grids.KIND, disputes.KIND)
}


def kind_named(name: str) -> Kind:
    """The kind called `name`, or a one-line error listing the kinds."""
    try:
        return KINDS[name]
    except KeyError:
        raise StationDeskError(
            f"cannot import '{name}'; choose one of {', '.join(KINDS)}"
        ) from None
