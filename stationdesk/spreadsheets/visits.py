"""Household visits from a visit register: one row per visit, the household found by address.

Checked in memory with the household ledger's own rules (household recorded at the address,
full-width digits or not; officers named and serving; date not in the future), then written
in bulk through the Store's audited batch insert; a visit already recorded (same household,
day and purpose) is skipped.
"""

from __future__ import annotations

from typing import Any

from stationdesk.domain.access import NO_OFFICER, outside_grid_reason
from stationdesk.domain.household_records import visit_officer_problem, visit_problems
from stationdesk.spreadsheets import cleaning
from stationdesk.spreadsheets.addresses import split_address
from stationdesk.spreadsheets.columns import Column, Record
from stationdesk.spreadsheets.importing import ImportContext, Kind, RowReader
from stationdesk.spreadsheets.lookups import OfficerLookup
from stationdesk.store import Store

COLUMNS = (
    Column("address", "Address", "住址", required=True, aliases=("地址", "走访地址")),
    Column("district", "District", "区县", aliases=("区",)),
    Column("visited_on", "Visited on", "走访日期", required=True, aliases=("日期",)),
    Column("purpose", "Purpose", "走访事由", required=True, aliases=("事由", "走访目的")),
    Column(
        "officers", "Officers", "走访民警", required=True, aliases=("民警",), hint="姓名用、分隔"
    ),
    Column("found", "What was found", "走访情况", aliases=("情况", "发现问题")),
    Column("anti_fraud_app", "Anti-fraud app installed", "安装反诈APP", aliases=("反诈APP",)),
    Column("followup_needed", "Follow-up needed", "是否需跟进", aliases=("需跟进",)),
    Column("followup_note", "Follow-up", "跟进事项"),
)
PURPOSES = {
    "safety_check": ("安全检查", "安全防范", "safety check"),
    "anti_fraud": ("反诈宣传", "防诈骗", "anti-fraud", "anti-fraud advice"),
    "dispute_screening": ("矛盾排查", "纠纷排查", "dispute screening"),
    "return_visit": ("回访", "return visit"),
    "other": ("其他",),
}
PURPOSE_WORDS = {
    word.replace(" ", ""): code for code, words in PURPOSES.items() for word in (code, *words)
}
VISIT_COLUMNS = (
    "household_id",
    "visited_on",
    "purpose",
    "found",
    "anti_fraud_app",
    "followup_needed",
    "followup_note",
)

RULE_COLUMNS = {"household_id": "address", "officer_ids": "officers"}


def run(context: ImportContext) -> None:
    """Check every row, then add the visits not yet recorded with their officers."""
    conn = context.store.conn
    households = VisitedHouseholds(context.store)
    recorded = set(
        conn.execute("SELECT household_id, visited_on, purpose FROM visits WHERE voided_at IS NULL")
    )
    officers = OfficerLookup(context.store)
    rows: list[tuple[Any, ...]] = []
    officer_ids: list[list[int]] = []
    for record in context.rows():
        visit = _visit(context, record, households, officers)
        if visit is None:
            continue
        values, ids = visit
        key = (values[0], values[1], values[2])
        if key in recorded:
            context.skipped(record, "this visit is already recorded")
            continue
        recorded.add(key)
        rows.append(values)
        officer_ids.append(ids)
        context.added("visits")
    if context.writing:
        visit_ids = context.store.insert_many(
            "visits",
            VISIT_COLUMNS,
            rows,
            related=[{"officer_ids": [None, ids]} for ids in officer_ids],
        )
        conn.executemany(
            "INSERT INTO visit_officers (visit_id, officer_id) VALUES (?, ?)",
            [(v, o) for v, ids in zip(visit_ids, officer_ids, strict=True) for o in ids],
        )


class VisitedHouseholds:
    """The recorded households by address, and which of them the signed-in account may visit."""

    def __init__(self, store: Store) -> None:
        self.by_address = {
            tuple(row[2:]): (row[0], row[1])
            for row in store.conn.execute(
                "SELECT h.id, h.grid_id, a.road, a.house_no, a.building, a.unit, a.floor, a.flat,"
                " a.district FROM households h JOIN addresses a ON a.id = h.address_id"
                " WHERE h.voided_at IS NULL"
            )
        }
        self.own = store.own_grids()
        self.grid_names = dict(store.conn.execute("SELECT id, name FROM grids"))

    def find(self, cells: RowReader, address: tuple[Any, ...]) -> int | None:
        """The id of the household at `address`, or None after noting why there is none."""
        found = self.by_address.get(address)
        if found is None:
            if "address" not in cells.errors:
                cells.note(
                    "address",
                    "no household is recorded at this address; import the household first",
                )
            return None
        household_id, grid_id = found
        if self.own is not None and grid_id not in self.own:
            reason = outside_grid_reason(self.grid_names[grid_id]) if self.own else NO_OFFICER
            cells.note("address", reason)
        return household_id


def _visit(
    context: ImportContext,
    record: Record,
    households: VisitedHouseholds,
    officers: OfficerLookup,
) -> tuple[tuple[Any, ...], list[int]] | None:
    """The row as visit values and officer ids, or None after noting every bad cell. The
    household ledger's own rules decide, as when a visit is recorded in the window."""
    cells = RowReader(record)
    address = split_address(cells.required("address", "an address"), record.text("district"))
    household_id = households.find(cells, address)
    visited = cells.get("visited_on", cleaning.day, None)
    purpose = cells.get("purpose", lambda v: cleaning.choice(v, PURPOSE_WORDS, "purpose"), "")
    named: list[int] = cells.get("officers", officers.find_all, [])
    ids = list(dict.fromkeys(named))
    values = {
        "household_id": household_id,
        "visited_on": visited.isoformat() if visited else None,
        "purpose": purpose,
        "found": record.text("found"),
        "anti_fraud_app": int(cells.get("anti_fraud_app", cleaning.yes_no, False)),
        "followup_needed": int(cells.get("followup_needed", cleaning.yes_no, False)),
        "followup_note": record.text("followup_note"),
    }
    for key, reason in visit_problems(values, tuple(ids), context.today).items():
        cells.note(RULE_COLUMNS.get(key, key), reason)
    for officer_id in ids:
        cells.note("officers", visit_officer_problem(officer_id, officers.serving.get(officer_id)))
    if cells.errors:
        for key, reason in cells.errors.items():
            context.problem(record, key, reason)
        return None
    return tuple(values[column] for column in VISIT_COLUMNS), ids


KIND = Kind("visits", "Household visits", "入户走访", COLUMNS, run)
