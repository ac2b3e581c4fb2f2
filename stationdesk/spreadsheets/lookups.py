"""Grids and officers matched by the names a clerk writes."""

from __future__ import annotations

import re
from typing import Any

from stationdesk.domain.access import NO_OFFICER, outside_grid_reason
from stationdesk.domain.grids import GridService
from stationdesk.domain.roster import RosterService
from stationdesk.spreadsheets.cleaning import CellError, names
from stationdesk.store import Store

_PATH_SEPARATORS = re.compile(r"\s*[>＞/／\\]\s*")


class GridLookup:
    """A grid by its name, or by its path 'street > village > grid' when names repeat.

    With `writing`, a grid the signed-in instructor may not change records in is refused as the
    row's own problem, so one row outside their grids does not stop the others.
    """

    def __init__(self, store: Store, *, writing: bool = False) -> None:
        self.own = store.own_grids() if writing else None
        grids = GridService(store).all()
        parents = {grid.id: grid for grid in grids}
        self._by_name: dict[str, list[int]] = {}
        self._by_path: dict[tuple[str, ...], int] = {}
        self._full: dict[int, str] = {}
        self.levels = {grid.id: grid.level for grid in grids}
        for grid in grids:
            self._by_name.setdefault(grid.name, []).append(grid.id)
            path, node = [grid.name], grid
            while node.parent_id is not None and node.parent_id in parents:
                node = parents[node.parent_id]
                path.insert(0, node.name)
            self._full[grid.id] = " > ".join(path)
            for start in range(len(path)):
                self._by_path.setdefault(tuple(path[start:]), grid.id)

    def find(self, name: str) -> int:
        """The grid's id; CellError when unknown, ambiguous or not the instructor's."""
        grid_id = self._named(name)
        if self.own is not None and grid_id not in self.own:
            raise CellError(outside_grid_reason(self._full[grid_id]) if self.own else NO_OFFICER)
        return grid_id

    def _named(self, name: str) -> int:
        parts = tuple(part for part in _PATH_SEPARATORS.split(name.strip()) if part)
        if not parts:
            raise CellError("a grid is required")
        if len(parts) > 1:
            if parts in self._by_path:
                return self._by_path[parts]
            raise CellError(f"there is no grid {' > '.join(parts)}")
        ids = self._by_name.get(parts[0], [])
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise CellError(f"there is no grid named {parts[0]}")
        paths = "; ".join(sorted(self._full[i] for i in ids))
        raise CellError(f"{len(ids)} grids are named {parts[0]} ({paths}); write the whole path")

    def find_all(self, value: Any) -> list[int]:
        """The ids of the names in a cell ('甲、乙, 丙')."""
        return [self.find(name) for name in names(value)]


class OfficerLookup:
    """An officer (not void) by badge number or name."""

    def __init__(self, store: Store) -> None:
        officers = RosterService(store).officers()
        self.serving = {officer.id: officer.active for officer in officers}
        self._by_badge = {officer.badge_no: officer.id for officer in officers}
        self._by_name: dict[str, list[int]] = {}
        for officer in officers:
            self._by_name.setdefault(officer.name, []).append(officer.id)

    def find(self, name: str) -> int:
        """The officer's id; CellError when unknown or ambiguous."""
        key = name.strip()
        if key.upper() in self._by_badge:
            return self._by_badge[key.upper()]
        ids = self._by_name.get(key, [])
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise CellError(f"there is no officer named {key}")
        raise CellError(f"{len(ids)} officers are named {key}; write the badge number instead")

    def find_all(self, value: Any) -> list[int]:
        """The ids of the names in a cell ('甲、乙, 丙')."""
        return [self.find(name) for name in names(value)]
