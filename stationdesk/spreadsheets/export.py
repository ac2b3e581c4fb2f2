"""Exporting a list as it is shown: headings and rows, ID numbers and phones masked unless the
user may have them in full, every export written to the audit trail.

`export_rows` is the one entry point; each list (officers, grids, disputes here, households,
visits, coverage and injuries in `ledger_lists`) only supplies its headings, its rows and which
columns are private.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stationdesk.domain import access, idnumbers, rules
from stationdesk.domain.disputes import DisputeFilter, DisputeService
from stationdesk.domain.grids import GridService
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_STATUSES,
    GRID_LEVELS,
    NO,
    OFFICER_KINDS,
    RISK_GRADES,
    TEAMS,
    YES,
    label,
)
from stationdesk.domain.roster import RosterService
from stationdesk.spreadsheets.writing import write_rows
from stationdesk.store import Store

EXPORT_KIND = "exports"
MASKS = {"id_number": idnumbers.mask, "phone": rules.mask_phone}


def may_export_in_full(store: Store, *, requested: bool = False) -> bool:
    """Whether this export gets ID numbers and phone numbers unmasked.

    The one place that decides: only when asked for explicitly (`--full`) and only by a role
    the matrix allows (`access.EXPORT_FULL`; PermissionDenied otherwise). Any export at all
    needs a role that may print or export records. Exports are audited either way.
    """
    store.require(access.PRINT_RECORDS)
    if requested:
        store.require(access.EXPORT_FULL)
    return requested


@dataclass(frozen=True)
class ExportColumn:
    """A column of an exported list; `private` names the mask it gets ('id_number', 'phone')."""

    heading: str
    private: str = ""


def export_rows(
    store: Store,
    list_name: str,
    columns: Sequence[ExportColumn],
    rows: Iterable[Sequence[Any]],
    path: Path,
    *,
    full: bool = False,
) -> int:
    """Write the rows to `path` (.xlsx or .csv), masked unless `full`; returns how many.

    The export is audited (kind 'exports'): which list, which file, how many rows, masked or not.
    """
    masks = [MASKS.get(column.private) if not full else None for column in columns]
    masked = (
        [
            mask(str(value)) if mask and value else value
            for mask, value in zip(masks, row, strict=True)
        ]
        for row in rows
    )
    count = write_rows(path, [column.heading for column in columns], masked)
    with store.transaction():  # an event, as a printout is: exporting changes no record
        store.record_event(
            EXPORT_KIND,
            0,
            "export",
            {
                "list": [None, list_name],
                "file": [None, path.name],
                "rows": [None, count],
                "full": [None, full],
            },
        )
    return count


def yes_no(value: bool, lang: str) -> str:
    """'yes' or 'no' in the export's language."""
    return label(YES if value else NO, lang)


def headings(
    pairs: Sequence[tuple[str, str]], lang: str, private: dict[str, str]
) -> list[ExportColumn]:
    """The columns of (English, Chinese) headings; `private` maps an English heading to its mask."""
    return [ExportColumn(zh if lang == "zh" else en, private.get(en, "")) for en, zh in pairs]


OFFICER_HEADINGS = (
    ("Name", "姓名"),
    ("Police or auxiliary", "人员类别"),
    ("Badge number", "警号"),
    ("Team", "所属队室"),
    ("Post or rank", "职务"),
    ("Phone", "联系电话"),
    ("Grids", "责任网格"),
    ("Serving", "是否在岗"),
)


def officer_list(
    store: Store, lang: str, officer_ids: Sequence[int] | None = None
) -> tuple[list[ExportColumn], list[list[Any]]]:
    """The officers list (only `officer_ids`, in that order, when given: the list as filtered)."""
    names = {grid.id: grid.name for grid in GridService(store).all()}
    officers = {o.id: o for o in RosterService(store).officers()}
    order = officer_ids if officer_ids is not None else list(officers)
    rows = [
        [
            o.name,
            label(OFFICER_KINDS[o.kind], lang),
            o.badge_no,
            label(TEAMS[o.team], lang),
            o.post,
            o.phone,
            "、".join(names.get(g, str(g)) for g in o.grid_ids),
            yes_no(o.active, lang),
        ]
        for o in (officers[i] for i in order if i in officers)
    ]
    return headings(OFFICER_HEADINGS, lang, {"Phone": "phone"}), rows


GRID_HEADINGS = (
    ("Street / town", "街道/乡镇"),
    ("Village / community", "村/社区"),
    ("Village group / grid", "村民小组/网格"),
    ("Level", "层级"),
    ("Code", "编码"),
    ("Grid head", "网格长"),
    ("Grid head phone", "网格长电话"),
    ("Responsible officers", "责任民警"),
    ("Police room", "是否设警务室"),
)


def grid_list(store: Store, lang: str) -> tuple[list[ExportColumn], list[list[Any]]]:
    """The grid tree, one row per node with its path split by level (re-importable)."""
    grids = GridService(store).all()
    by_id = {grid.id: grid for grid in grids}
    responsible: dict[int, list[str]] = {}
    for officer in RosterService(store).officers(include_left=False):
        for grid_id in officer.grid_ids:
            responsible.setdefault(grid_id, []).append(officer.name)
    rows = []
    for grid in grids:
        path, node = [grid.name], grid
        while node.parent_id is not None and node.parent_id in by_id:
            node = by_id[node.parent_id]
            path.insert(0, node.name)
        rows.append(
            [
                *[*path, "", ""][:3],
                label(GRID_LEVELS[grid.level], lang),
                grid.code,
                grid.head_name,
                grid.head_phone,
                "、".join(responsible.get(grid.id, [])),
                yes_no(grid.has_police_room, lang),
            ]
        )
    rows.sort(key=lambda row: row[:3])
    return headings(GRID_HEADINGS, lang, {"Grid head phone": "phone"}), rows


DISPUTE_HEADINGS = (
    ("Number", "编号"),
    ("Received on", "受理日期"),
    ("Category", "纠纷类别"),
    ("Grid", "所属网格"),
    ("Parties", "当事人"),
    ("Summary", "简要情况"),
    ("Risk grade", "风险等级"),
    ("Responsible officer", "责任民警"),
    ("Deadline", "化解时限"),
    ("Status", "状态"),
    ("Overdue", "是否超期"),
)


def dispute_list(
    store: Store,
    lang: str,
    flt: DisputeFilter | None = None,
    sort: str = "received_on",
    *,
    descending: bool = True,
) -> tuple[list[ExportColumn], list[list[Any]]]:
    """The disputes ledger as filtered and sorted in the window."""
    service = DisputeService(store)
    ids = service.ids(flt, sort, descending=descending)
    rows = []
    for start in range(0, len(ids), 500):
        for row in service.rows(ids[start : start + 500]):
            rows.append(
                [
                    row.id,
                    row.received_on,
                    label(DISPUTE_CATEGORIES[row.category], lang),
                    row.grid_name,
                    "、".join(row.parties),
                    row.summary,
                    label(RISK_GRADES[row.risk_grade], lang),
                    row.officer_name,
                    row.deadline,
                    label(DISPUTE_STATUSES[row.status], lang),
                    yes_no(row.overdue, lang),
                ]
            )
    return headings(DISPUTE_HEADINGS, lang, {}), rows
