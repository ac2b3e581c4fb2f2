"""The grid tree from a spreadsheet: one row per node, street, village and grid named by level."""

from __future__ import annotations

from dataclasses import asdict

from stationdesk.domain.grids import EDITABLE, Grid, GridInput, GridService
from stationdesk.errors import ValidationError
from stationdesk.spreadsheets import cleaning
from stationdesk.spreadsheets.columns import Column, Record
from stationdesk.spreadsheets.importing import ImportContext, Kind, RowReader, each_row

LEVEL_KEYS = ("street", "village", "grid")
COLUMNS = (
    Column("street", "Street / town", "街道/乡镇", required=True, aliases=("街道", "乡镇")),
    Column("village", "Village / community", "村/社区", aliases=("村", "社区", "村社区")),
    Column(
        "grid", "Village group / grid", "村民小组/网格", aliases=("网格", "村民小组", "网格名称")
    ),
    Column("code", "Code", "编码", aliases=("网格编码", "代码")),
    Column("head_name", "Grid head", "网格长", aliases=("负责人",)),
    Column("head_phone", "Grid head phone", "网格长电话", aliases=("负责人电话",)),
    Column("administrators", "Administrators", "网格员", hint="姓名用、分隔"),
    Column("has_police_room", "Police room", "是否设警务室", aliases=("警务室",)),
    Column("notes", "Notes", "备注"),
)
DETAIL_KEYS = ("code", "head_name", "head_phone", "administrators", "has_police_room", "notes")


def run(context: ImportContext) -> None:
    """Make the nodes a row names (street > village > grid) and set the details of its last."""
    service = GridService(context.store)

    def write(record: Record) -> None:
        path = [record.text(key) for key in LEVEL_KEYS]
        filled = [bool(name) for name in path]
        if filled != sorted(filled, reverse=True):
            raise ValidationError({"village": "a grid needs its village: fill every level above"})
        names = [name for name in path if name]
        parent: Grid | None = None
        created = False
        for depth, name in enumerate(names):
            node = _child(service, parent, name)
            last = depth == len(names) - 1
            if node is None:
                details = _details(record, None) if last else GridInput(name)
                node = service.get(service.create(parent.id if parent else None, details))
                created = True
                context.added("grids")
            elif last and service.update(node.id, _details(record, node)):
                context.updated("grids")
            elif last and not created:
                context.skipped(record, f"grid {' > '.join(names)} is already recorded as written")
            parent = node

    each_row(context, write, {"name": LEVEL_KEYS[0]})


def _child(service: GridService, parent: Grid | None, name: str) -> Grid | None:
    siblings = service.children(parent.id if parent else None)
    return next((grid for grid in siblings if grid.name == name), None)


def _details(record: Record, node: Grid | None) -> GridInput:
    """The node's details: cells the row has, else what is recorded."""
    cells = RowReader(record)
    base = {key: value for key, value in asdict(node).items() if key in EDITABLE} if node else {}
    name = next(record.text(key) for key in reversed(LEVEL_KEYS) if record.text(key))
    values = {
        "code": record.text("code"),
        "head_name": record.text("head_name"),
        "head_phone": record.text("head_phone"),
        "administrators": "\n".join(cleaning.names(record.values.get("administrators"))),
        "has_police_room": cells.get("has_police_room", cleaning.yes_no, False),
        "notes": record.text("notes"),
    }
    cells.check()
    given = {key: value for key, value in values.items() if record.has(key)}
    merged = {**{key: base.get(key, value) for key, value in values.items()}, **given}
    return GridInput(name=name, **merged)


KIND = Kind("grids", "Grids", "网格", COLUMNS, run)
