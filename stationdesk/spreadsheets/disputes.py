"""Disputes from a ledger spreadsheet, through the DisputeService; one row per dispute.

A row names its applicant and respondent (name, ID number, phone); a person whose ID number
is recorded is reused. A dispute already recorded (same day received, same summary) is skipped.
"""

from __future__ import annotations

from typing import Any

from stationdesk.domain.disputes import DisputeInput, DisputeService, PartyInput
from stationdesk.domain.labels import DISPUTE_CATEGORIES, RECEIVED_HOW, RISK_GRADES, ZH
from stationdesk.domain.people import PersonInput
from stationdesk.spreadsheets import cleaning
from stationdesk.spreadsheets.columns import Column, Record
from stationdesk.spreadsheets.importing import ImportContext, Kind, RowReader, each_row
from stationdesk.spreadsheets.lookups import GridLookup, OfficerLookup

PARTY_ROLES = ("applicant", "respondent")
COLUMNS = (
    Column("received_on", "Received on", "受理日期", required=True, aliases=("登记日期", "日期")),
    Column("received_how", "Received how", "来源", aliases=("受理方式", "纠纷来源")),
    Column("category", "Category", "纠纷类别", required=True, aliases=("类别", "纠纷类型")),
    Column("grid", "Grid", "所属网格", required=True, aliases=("网格", "村/社区")),
    Column("place", "Place", "发生地点", aliases=("地点",)),
    Column("summary", "Summary", "简要情况", required=True, aliases=("纠纷简要情况", "事由")),
    Column("risk_grade", "Risk grade", "风险等级", required=True, aliases=("等级",)),
    Column("risk_reason", "Risk reason", "定级理由"),
    Column("officer", "Responsible officer", "责任民警", required=True, aliases=("民警",)),
    Column("deadline", "Deadline", "化解时限", aliases=("期限",), hint="默认受理后30天"),
    Column("applicant", "Applicant", "申请人", required=True, aliases=("当事人甲",)),
    Column("applicant_id", "Applicant ID number", "申请人身份证号"),
    Column("applicant_phone", "Applicant phone", "申请人电话"),
    Column("respondent", "Respondent", "被申请人", required=True, aliases=("当事人乙",)),
    Column("respondent_id", "Respondent ID number", "被申请人身份证号"),
    Column("respondent_phone", "Respondent phone", "被申请人电话"),
)
HOW_WORDS = cleaning.choice_words(
    RECEIVED_HOW,
    ZH,
    {"来访": "walk_in", "110": "call_110", "走访": "visit", "村委会": "village_committee"},
)
CATEGORY_WORDS = cleaning.choice_words(
    DISPUTE_CATEGORIES,
    ZH,
    {
        "邻里": "neighbours",
        "婚姻": "marriage_family",
        "家庭": "marriage_family",
        "土地": "land_forest",
    },
)
GRADE_WORDS = cleaning.choice_words(RISK_GRADES, ZH)
FIELDS = {"grid_id": "grid", "officer_id": "officer"}


def run(context: ImportContext) -> None:
    """Add each dispute not yet in the ledger."""
    service = DisputeService(context.store, today=lambda: context.today)
    grids, officers = GridLookup(context.store, writing=True), OfficerLookup(context.store)

    def write(record: Record) -> None:
        data = _dispute_input(record, grids, officers)
        known = context.store.scalar(
            "SELECT id FROM disputes WHERE received_on = ? AND summary = ? AND voided_at IS NULL",
            [data.cleaned()["received_on"], data.summary.strip()],
        )
        if known is not None:
            context.skipped(record, f"already in the ledger as dispute {known}")
            return
        service.create(data)
        context.added("disputes")

    each_row(context, write, FIELDS)


def _dispute_input(record: Record, grids: GridLookup, officers: OfficerLookup) -> DisputeInput:
    cells = RowReader(record)
    values: dict[str, Any] = {
        "received_on": cells.get("received_on", cleaning.day, None),
        "received_how": cells.get(
            "received_how",
            lambda v: (
                cleaning.choice(v, HOW_WORDS, "way of receiving") if cleaning.text(v) else "walk_in"
            ),
            "walk_in",
        ),
        "category": cells.get(
            "category", lambda v: cleaning.choice(v, CATEGORY_WORDS, "category"), ""
        ),
        "grid_id": cells.get("grid", lambda v: grids.find(cleaning.text(v)), None),
        "officer_id": cells.get("officer", lambda v: officers.find(cleaning.text(v)), None),
        "risk_grade": cells.get(
            "risk_grade", lambda v: cleaning.choice(v, GRADE_WORDS, "risk grade (A to D)"), ""
        ),
        "deadline": cells.get("deadline", cleaning.day, None),
        "summary": cells.required("summary", "a summary"),
        "place": record.text("place"),
        "risk_reason": record.text("risk_reason"),
    }
    parties = tuple(_party(cells, role) for role in PARTY_ROLES)
    cells.check()
    return DisputeInput(**values, parties=parties)


def _party(cells: RowReader, role: str) -> PartyInput:
    """A party as written; the service reuses a person whose ID number is recorded."""
    name = cells.required(role, "a name")
    number = cells.get(f"{role}_id", cleaning.id_number, "")
    phone = cells.get(f"{role}_phone", cleaning.phone, "")
    return PartyInput(role, person=PersonInput(name, id_number=number, phone=phone))


KIND = Kind("disputes", "Disputes", "矛盾纠纷", COLUMNS, run)
