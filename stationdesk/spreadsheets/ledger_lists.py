"""The household and injury ledgers' lists as exported: households, visits, coverage, the
households due a visit and incidents, each as filtered in the window or on the command line.

Every function returns (columns, rows) for `export.export_rows`, which masks and audits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from stationdesk.domain.household_ledger import HouseholdFilter, HouseholdLedger, VisitFilter
from stationdesk.domain.injuries import IncidentFilter, InjuryService
from stationdesk.domain.injury_records import Injury
from stationdesk.domain.labels import (
    INCIDENT_ACTIVITIES,
    INCIDENT_CAUSES,
    INCIDENT_STATUSES,
    INJURY_OUTCOMES,
    RESIDENT_FLAGS,
    VISIT_PURPOSES,
    label,
)
from stationdesk.domain.money import yuan_text
from stationdesk.spreadsheets.export import ExportColumn, headings, yes_no

BLOCK = 500
Listed = tuple[list[ExportColumn], list[list[Any]]]

HOUSEHOLD_HEADINGS = (
    ("No.", "户号"),
    ("Grid", "所属网格"),
    ("Address", "住址"),
    ("Household head", "户主"),
    ("Household phone", "联系电话"),
    ("Members", "人数"),
    ("Flags", "关注标记"),
    ("Last visit", "最近走访"),
)
VISIT_HEADINGS = (
    ("No.", "编号"),
    ("Visited on", "走访日期"),
    ("Grid", "所属网格"),
    ("Address", "住址"),
    ("Household head", "户主"),
    ("Purpose", "走访事由"),
    ("Officers", "走访民警"),
    ("Anti-fraud app installed", "安装反诈APP"),
    ("Found", "走访情况"),
    ("Follow-up needed", "需要跟进"),
    ("Follow-up", "跟进事项"),
    ("Disputes", "关联纠纷"),
)
COVERAGE_HEADINGS = (
    ("Households", "户数"),
    ("Visited", "已走访户数"),
    ("Coverage", "走访覆盖率"),
    ("Visits", "走访次数"),
    ("App installs", "反诈APP安装"),
    ("Never visited", "从未走访"),
    ("Flagged, not visited this month", "重点户本月未访"),
)
COVERAGE_BY = {"grid": ("Grid", "网格"), "officer": ("Officer", "民警")}
DUE_HEADINGS = (
    ("No.", "户号"),
    ("Grid", "所属网格"),
    ("Address", "住址"),
    ("Household head", "户主"),
    ("Flags", "关注标记"),
    ("Last visit", "最近走访"),
    ("Days since", "距今天数"),
)
INCIDENT_HEADINGS = (
    ("No.", "编号"),
    ("Occurred at", "发生时间"),
    ("Place", "地点"),
    ("Grid", "所属网格"),
    ("Activity", "执勤活动"),
    ("Cause", "致伤原因"),
    ("Officers", "受伤民警"),
    ("Worst outcome", "最重后果"),
    ("Days away", "休工天数"),
    ("Compensation (yuan)", "赔偿金额（元）"),
    ("Case number", "案件编号"),
    ("Status", "状态"),
)
MEDICAL_HEADING = ("Medical details (private)", "医疗信息（隐私）")


def _joined(items: Sequence[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(items)


def _flags(flags: frozenset[str], lang: str) -> str:
    return _joined(
        [label(text, lang) for code, text in RESIDENT_FLAGS.items() if code in flags], lang
    )


def household_list(
    ledger: HouseholdLedger, lang: str, flt: HouseholdFilter | None = None
) -> Listed:
    """The households list as filtered, newest first; the household phone is private."""
    rows = [
        [
            row.id,
            row.grid_name,
            row.address,
            row.head,
            row.phone,
            row.members,
            _flags(row.flags, lang),
            row.last_visit or "",
        ]
        for row in ledger.household_rows(ledger.household_ids(flt))
    ]
    return headings(HOUSEHOLD_HEADINGS, lang, {"Household phone": "phone"}), rows


def visit_list(ledger: HouseholdLedger, lang: str, flt: VisitFilter | None = None) -> Listed:
    """The visits list as filtered, newest first."""
    rows = [
        [
            row.id,
            row.visited_on,
            row.grid_name,
            row.address,
            row.head,
            label(VISIT_PURPOSES[row.purpose], lang),
            _joined(row.officers, lang),
            yes_no(row.anti_fraud_app, lang),
            row.found,
            yes_no(row.followup_needed, lang),
            row.followup_note,
            _joined([str(number) for number in row.disputes], lang),
        ]
        for row in ledger.visit_rows(ledger.visit_ids(flt))
    ]
    return headings(VISIT_HEADINGS, lang, {}), rows


def coverage_list(
    ledger: HouseholdLedger, lang: str, date_from: date, date_to: date, by: str = "grid"
) -> Listed:
    """Visit coverage of a period per grid or per officer (`by`), as the coverage tab shows."""
    lines = (
        ledger.coverage_by_officer(date_from, date_to)
        if by == "officer"
        else ledger.coverage_by_grid(date_from, date_to)
    )
    rows = [
        [
            line.name,
            line.households,
            line.visited,
            f"{line.share:.0%}",
            line.visits,
            line.anti_fraud_installs,
            line.never_visited,
            line.flagged_unvisited_month,
        ]
        for line in lines
    ]
    return headings((COVERAGE_BY[by], *COVERAGE_HEADINGS), lang, {}), rows


def due_list(
    ledger: HouseholdLedger,
    lang: str,
    grid_id: int | None = None,
    *,
    days: int | None = None,
    flagged_only: bool = False,
) -> Listed:
    """The households due a visit (never visited, or not for more than `days`), flagged first."""
    rows = [
        [
            line.household_id,
            line.grid_name,
            line.address,
            line.head,
            _flags(line.flags, lang),
            line.last_visit or "",
            "" if line.days_since is None else line.days_since,
        ]
        for line in ledger.due_households(grid_id, days=days, flagged_only=flagged_only)
    ]
    return headings(DUE_HEADINGS, lang, {}), rows


def _medical(injuries: list[Injury], lang: str) -> str:
    """One line per injured officer: body parts, nature, treatment, hospital, support."""
    lines = []
    for injury in injuries:
        details = [
            injury.body_parts,
            injury.nature,
            injury.treatment,
            injury.hospital_name,
            injury.psychological_support,
        ]
        lines.append(f"{injury.officer_name}: " + _joined([d for d in details if d], lang))
    return "\n".join(lines)


def incident_list(
    service: InjuryService,
    lang: str,
    flt: IncidentFilter | None = None,
    sort: str = "occurred_at",
    *,
    descending: bool = True,
    medical: bool = False,
) -> Listed:
    """The injuries ledger as filtered and sorted. Medical details are added only when asked
    for (`medical`, a full export) and the user may see them (`privacy.may_see_medical`)."""
    medical = medical and service.may_see_medical
    ids = service.ids(flt, sort, descending=descending)
    rows = []
    for start in range(0, len(ids), BLOCK):
        for row in service.rows(ids[start : start + BLOCK]):
            cells = [
                row.id,
                row.occurred_at.replace("T", " "),
                row.place,
                row.grid_name,
                label(INCIDENT_ACTIVITIES[row.activity], lang),
                label(INCIDENT_CAUSES[row.cause], lang),
                _joined(row.officers, lang),
                label(INJURY_OUTCOMES[row.worst_outcome], lang),
                row.days_away,
                yuan_text(row.compensation_fen),
                row.case_number,
                label(INCIDENT_STATUSES[row.status], lang),
            ]
            if medical:
                cells.append(_medical(service.injuries(row.id), lang))
            rows.append(cells)
    pairs = (*INCIDENT_HEADINGS, MEDICAL_HEADING) if medical else INCIDENT_HEADINGS
    return headings(pairs, lang, {}), rows
