"""Officers from a roster spreadsheet, through the RosterService; matched by badge number."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from stationdesk.domain.labels import OFFICER_KINDS, TEAMS, ZH
from stationdesk.domain.roster import OfficerInput, RosterService
from stationdesk.spreadsheets import cleaning
from stationdesk.spreadsheets.columns import Column, Record
from stationdesk.spreadsheets.importing import ImportContext, Kind, RowReader, each_row
from stationdesk.spreadsheets.lookups import GridLookup

COLUMNS = (
    Column("name", "Name", "姓名", required=True),
    Column("kind", "Police or auxiliary", "人员类别", required=True, aliases=("类别", "身份")),
    Column("badge_no", "Badge number", "警号", required=True, aliases=("警号/辅警编号", "编号")),
    Column("team", "Team", "所属队室", required=True, aliases=("队室", "所在队", "部门")),
    Column("post", "Post or rank", "职务", aliases=("职务/警衔", "警衔", "岗位")),
    Column("phone", "Phone", "联系电话", aliases=("电话", "手机", "手机号")),
    Column("grids", "Grids", "责任网格", aliases=("负责网格", "网格"), hint="名称用、分隔"),
    Column("committee_member", "On the village committee", "是否进村两委", aliases=("进两委",)),
    Column("committee_grid", "Committee village", "任职村/社区", aliases=("两委村",)),
    Column("active", "Serving", "是否在岗", aliases=("在岗",)),
    Column("notes", "Notes", "备注"),
)
KIND_WORDS = cleaning.choice_words(OFFICER_KINDS, ZH, {"民警": "police", "辅警": "auxiliary"})
TEAM_WORDS = cleaning.choice_words(
    TEAMS,
    ZH,
    {"社区警务队": "community", "社区队": "community", "办案队": "case", "指挥室": "command"},
)
FIELDS = {"grid_ids": "grids", "committee_grid_id": "committee_grid"}


def run(context: ImportContext) -> None:
    """Add new officers, update those whose badge number is known."""
    roster = RosterService(context.store)
    grids = GridLookup(context.store)
    existing = {officer.badge_no: officer for officer in roster.officers(include_void=True)}

    def write(record: Record) -> None:
        data = _officer_input(record, grids, existing)
        badge = data.badge_no.replace(" ", "").upper()
        if badge not in existing:
            existing[badge] = roster.get(roster.create(data))
            context.added("officers")
        elif roster.update(existing[badge].id, data):
            context.updated("officers")
        else:
            context.skipped(record, f"officer {badge} is already recorded as written")

    each_row(context, write, FIELDS)


def _officer_input(record: Record, grids: GridLookup, existing: dict[str, Any]) -> OfficerInput:
    """The officer as the row writes them; columns the file lacks keep their recorded values."""
    cells = RowReader(record)
    badge = cells.required("badge_no", "a badge number").replace(" ", "").upper()
    before = existing.get(badge)
    grid_ids: list[int] = cells.get("grids", grids.find_all, [])
    base: dict[str, Any] = asdict(before) if before is not None else {}
    values = {
        "name": cells.required("name", "a name"),
        "badge_no": badge,
        "kind": cells.get("kind", lambda v: cleaning.choice(v, KIND_WORDS, "kind"), ""),
        "team": cells.get("team", lambda v: cleaning.choice(v, TEAM_WORDS, "team"), ""),
        "post": record.text("post"),
        "phone": cells.get("phone", cleaning.phone, ""),
        "notes": record.text("notes"),
        "committee_member": cells.get("committee_member", cleaning.yes_no, False),
        "committee_grid_id": cells.get("committee_grid", lambda v: _optional_grid(grids, v), None),
        "active": cells.get("active", lambda v: cleaning.text(v) == "" or cleaning.yes_no(v), True),
        "grid_ids": tuple(grid_ids),
    }
    cells.check()
    kept = {key: base[key] for key in _absent(record, base)}
    fields = {name: value for name, value in {**values, **kept}.items() if name in _INPUT_FIELDS}
    return OfficerInput(**fields)


def _optional_grid(grids: GridLookup, value: Any) -> int | None:
    name = cleaning.text(value)
    return grids.find(name) if name else None


_INPUT_FIELDS = frozenset(OfficerInput.__dataclass_fields__)
_COLUMN_FIELDS = {
    "post": "post",
    "phone": "phone",
    "notes": "notes",
    "committee_member": "committee_member",
    "committee_grid": "committee_grid_id",
    "active": "active",
    "grids": "grid_ids",
}


def _absent(record: Record, base: dict[str, Any]) -> list[str]:
    """Fields of a recorded officer whose column the file does not have."""
    if not base:
        return []
    fields = [field for key, field in _COLUMN_FIELDS.items() if not record.has(key)]
    if base.get("left_on") and not record.has("active"):
        fields.append("left_on")
    return fields


KIND = Kind("officers", "Officers", "民警辅警名册", COLUMNS, run)
