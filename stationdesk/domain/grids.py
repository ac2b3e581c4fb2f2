"""The grid tree: street/town > village/community > village group/grid."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from stationdesk.domain import rules
from stationdesk.errors import ValidationError
from stationdesk.store import Store

KIND = "grids"
EDITABLE = (
    "name",
    "code",
    "head_name",
    "head_phone",
    "administrators",
    "has_police_room",
    "notes",
)


@dataclass(frozen=True)
class Grid:
    """One node of the grid tree."""

    id: int
    parent_id: int | None
    level: int
    name: str
    code: str = ""
    head_name: str = ""
    head_phone: str = ""
    administrators: str = ""
    has_police_room: bool = False
    notes: str = ""
    voided_at: str | None = None
    void_reason: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Grid:
        """Build from a `grids` row."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        values["has_police_room"] = bool(values.get("has_police_room"))
        return cls(**values)

    @property
    def voided(self) -> bool:
        """True once the node was voided."""
        return self.voided_at is not None


def grid_paths(grids: list[Grid], levels: tuple[int, ...]) -> list[tuple[int, str]]:
    """(id, 'Street > Village > Grid') of the nodes at `levels`, in tree order."""
    by_id = {grid.id: grid for grid in grids}

    def chain(grid: Grid) -> list[Grid]:
        nodes = [grid]
        while nodes[0].parent_id is not None and nodes[0].parent_id in by_id:
            nodes.insert(0, by_id[nodes[0].parent_id])
        return nodes

    found = [
        (tuple(f"{n.code}\t{n.name}" for n in chain(g)), g.id, " > ".join(n.name for n in chain(g)))
        for g in grids
        if g.level in levels
    ]
    return [(grid_id, path) for _key, grid_id, path in sorted(found)]


@dataclass(frozen=True)
class GridInput:
    """What a user types for a grid node."""

    name: str
    code: str = ""
    head_name: str = ""
    head_phone: str = ""
    administrators: str = ""
    has_police_room: bool = False
    notes: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Values with spaces and full-width characters tidied, ready to validate."""
        admins = "\n".join(
            rules.clean(line) for line in self.administrators.splitlines() if line.strip()
        )
        return {
            "name": rules.clean(self.name),
            "code": rules.clean(self.code),
            "head_name": rules.clean(self.head_name),
            "head_phone": rules.clean(self.head_phone).replace(" ", ""),
            "administrators": admins,
            "has_police_room": int(self.has_police_room),
            "notes": self.notes.strip(),
        }


def within_grids(column: str, grid_ids: tuple[int, ...]) -> tuple[str, list[int]]:
    """A WHERE condition keeping rows whose `column` is one of `grid_ids`, and its parameters
    (the caller adds it only when `grid_ids` is not empty)."""
    return f"{column} IN ({', '.join('?' * len(grid_ids))})", list(grid_ids)


def validate(values: dict[str, Any]) -> None:
    """Raise ValidationError naming every bad field."""
    problems = {
        "name": rules.name_problem(values["name"]),
        "head_phone": rules.phone_problem(values["head_phone"]),
    }
    errors = {field: reason for field, reason in problems.items() if reason}
    if errors:
        raise ValidationError(errors)


class GridService:
    """Reads and audited changes of the grid tree."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, grid_id: int) -> Grid:
        """One node, or NotFoundError."""
        return Grid.from_row(self.store.get(KIND, grid_id))

    def all(self, *, include_void: bool = False) -> list[Grid]:
        """Every node, parents before children, siblings by name."""
        where = "" if include_void else "WHERE voided_at IS NULL"
        rows = self.store.rows(f"SELECT * FROM grids {where} ORDER BY level, name, id")
        return [Grid.from_row(row) for row in rows]

    def children(self, parent_id: int | None, *, include_void: bool = False) -> list[Grid]:
        """Direct children of a node (streets when parent_id is None)."""
        void = "" if include_void else "AND voided_at IS NULL"
        rows = self.store.rows(
            f"SELECT * FROM grids WHERE parent_id IS ? {void} ORDER BY name, id", [parent_id]
        )
        return [Grid.from_row(row) for row in rows]

    def path(self, grid_id: int) -> list[Grid]:
        """The node and its ancestors, street first."""
        chain: list[Grid] = []
        current: int | None = grid_id
        while current is not None:
            node = self.get(current)
            chain.insert(0, node)
            current = node.parent_id
        return chain

    def path_name(self, grid_id: int) -> str:
        """'Street > Community > Grid' for a node."""
        return " > ".join(node.name for node in self.path(grid_id))

    def subtree_ids(self, grid_id: int) -> list[int]:
        """The node and every node below it."""
        rows = self.store.conn.execute(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL"
            " SELECT g.id FROM grids g JOIN sub ON g.parent_id = sub.id) SELECT id FROM sub",
            [grid_id],
        )
        return [row[0] for row in rows]

    def create(self, parent_id: int | None, data: GridInput) -> int:
        """Add a node under `parent_id` (a street when None); returns its id."""
        values = data.cleaned()
        validate(values)
        level = 1 if parent_id is None else self._child_level(parent_id)
        return self.store.insert(KIND, {**values, "parent_id": parent_id, "level": level})

    def update(self, grid_id: int, data: GridInput) -> dict[str, list]:
        """Change a node's details; returns the fields that changed."""
        values = data.cleaned()
        validate(values)
        return self.store.update(KIND, grid_id, values)

    def void(self, grid_id: int, reason: str) -> None:
        """Void a node that has no active nodes below it."""
        reason = reason.strip()
        if not reason:
            raise ValidationError({"reason": "say why the node is voided"})
        if self.children(grid_id):
            raise ValidationError({"grid": "void the nodes below it first"})
        self.store.void(KIND, grid_id, reason)

    def _child_level(self, parent_id: int) -> int:
        parent = self.get(parent_id)
        if parent.voided:
            raise ValidationError({"parent": f"{parent.name} is voided"})
        if parent.level >= 3:
            raise ValidationError({"parent": "a village group or grid has no nodes below it"})
        return parent.level + 1
