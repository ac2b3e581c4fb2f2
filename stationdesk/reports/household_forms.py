"""The printed forms of the household ledger: the household visit record (入户走访记录), the
household card (户情登记卡) and the visit ledger of a date range (入户走访台账).

ID numbers and phone numbers are masked on all three.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from stationdesk.domain import idnumbers
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridService
from stationdesk.domain.household_ledger import VisitFilter, VisitRow
from stationdesk.domain.household_records import Household, Resident, Visit
from stationdesk.domain.households import HouseholdService
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_STATUSES,
    NO,
    RELATIONSHIPS,
    RESIDENT_FLAGS,
    SEXES,
    VISIT_PURPOSES,
    YES,
)
from stationdesk.domain.rules import mask_phone
from stationdesk.reports.form_parts import (
    BLANK,
    LABEL_FILL,
    SMALL,
    clip_lines,
    day_text,
    field_grid,
    gap,
    grid_style,
    joined,
    officer_name,
    para,
    section,
    signature_rows,
)
from stationdesk.reports.page import CONTENT_WIDTH, MARGIN, PageInfo, write_pdf
from stationdesk.reports.strings import date_range, tr
from stationdesk.store import Store

LEDGER_PAGE = landscape(A4)
LEDGER_WIDTH = LEDGER_PAGE[0] - 2 * MARGIN
# (title, width in mm); the finding takes what is left.
LEDGER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Visit no.", 14),
    ("Visit date", 20),
    ("Grid", 28),
    ("Address", 45),
    ("Householder", 20),
    ("Purpose", 24),
    ("Visiting officers", 26),
    ("Found", 0),
    ("App", 12),
    ("Follow-up", 28),
    ("Dispute no.", 19),
)


def list_table(
    titles: Sequence[str], widths: Sequence[float], rows: list[list[Any]], lang: str
) -> Table:
    """A bordered list with a shaded, repeated heading row; small text in the body."""
    table = Table(
        [[tr(title, lang) for title in titles], *rows], colWidths=list(widths), repeatRows=1
    )
    commands = grid_style(())
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("FONTSIZE", (0, 1), (-1, -1), SMALL),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _fill(widths: list[float], total: float = CONTENT_WIDTH) -> list[float]:
    """Widths in mm, a 0 taking whatever is left of `total`."""
    fixed = sum(w * mm for w in widths)
    return [w * mm if w else total - fixed for w in widths]


def yes_no(value: Any, lang: str) -> str:
    """是 / 否."""
    return tr(YES if value else NO, lang)


def flags_text(flags: frozenset[str], lang: str) -> str:
    """The flags of a person or household, in a fixed order."""
    return joined([tr(text, lang) for code, text in RESIDENT_FLAGS.items() if code in flags], lang)


def officers_text(store: Store, officer_ids: Sequence[int], lang: str) -> str:
    """王警官（410001）、赵辅警（F41001）."""
    return joined([officer_name(store, officer) for officer in officer_ids], lang)


# -- members ---------------------------------------------------------------------------
def member_cells(member: Resident, lang: str) -> list[Any]:
    """Relationship, name, sex, masked ID number, masked phone, flags, moved in/out."""
    person = member.person
    moved = day_text(member.moved_in_on, lang) if member.moved_in_on else BLANK
    if member.moved_out_on:
        moved += "\n" + tr("moved out {date}", lang, date=day_text(member.moved_out_on, lang))
    texts = [
        tr(RELATIONSHIPS[member.relationship], lang),
        person.name,
        tr(SEXES[person.sex], lang) if person.sex in SEXES else BLANK,
        idnumbers.mask(person.id_number or "") or BLANK,
        mask_phone(person.phone) or BLANK,
        flags_text(member.flags, lang) or BLANK,
        moved,
    ]
    return [para(text, SMALL) for text in texts]


def members_table(members: Sequence[Resident], lang: str) -> Table:
    """Every member of a household, one row each."""
    titles = ["Relationship", "Name", "Sex", "ID number", "Phone", "Flags", "Moved in"]
    widths = _fill([26, 18, 12, 38, 24, 0, 26])
    return list_table(titles, widths, [member_cells(m, lang) for m in members], lang)


# -- the visit record ------------------------------------------------------------------
def write_visit_record(
    store: Store, visit_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write the record of one household visit (NotFoundError for an unknown id)."""
    service = HouseholdService(store)
    visit = service.visit(visit_id)
    household = service.get(visit.household_id)
    story: list[Flowable] = [
        field_grid(visit_fields(store, visit, household, lang), lang),
        *section("Members of the household", lang),
        members_table(household.living, lang),
        *section("What was found", lang),
        para(visit.found or tr("Nothing of note.", lang)),
        *section("Follow-up", lang),
        para(followup_text(visit, lang)),
        *section("Disputes opened from this visit", lang),
        para(disputes_text(store, service.disputes_from(visit_id), lang)),
        gap(8 * mm),
        KeepTogether(
            signature_rows([tr("Visiting officer(s)", lang), tr("Resident visited", lang)], lang)
        ),
    ]
    info = PageInfo.of(store, tr("Household visit record", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def visit_fields(
    store: Store, visit: Visit, household: Household, lang: str
) -> list[tuple[str, str]]:
    """When, where and by whom; why; whether the anti-fraud app was installed."""
    head = household.head
    return [
        ("Visit no.", str(visit.id)),
        ("Visit date", day_text(visit.visited_on, lang)),
        ("Household no.", str(household.id)),
        ("Householder", head.person.name if head else BLANK),
        ("Grid*", GridService(store).path_name(household.grid_id)),
        ("Address*", household.address.text(lang)),
        ("Officers*", officers_text(store, visit.officer_ids, lang)),
        ("Purpose", tr(VISIT_PURPOSES[visit.purpose], lang)),
        ("Anti-fraud app installed", yes_no(visit.anti_fraud_app, lang)),
    ]


def followup_text(visit: Visit, lang: str) -> str:
    """'No follow-up needed', or what follow-up is needed."""
    if not visit.followup_needed:
        return tr("No follow-up needed.", lang)
    return tr("Follow-up needed: {what}", lang, what=visit.followup_note)


def disputes_text(store: Store, dispute_ids: Sequence[int], lang: str) -> str:
    """One line per dispute: its number, category, status and summary."""
    if not dispute_ids:
        return tr("None.", lang)
    service = DisputeService(store)
    lines = []
    for dispute_id in dispute_ids:
        dispute = service.get(dispute_id)
        category = tr(DISPUTE_CATEGORIES[dispute.category], lang)
        status = tr(DISPUTE_STATUSES[dispute.status], lang)
        number = tr("Dispute no.", lang)
        lines.append(f"{number} {dispute.id}　{category}　{status}　{dispute.summary}")
    return "\n".join(lines)


# -- the household card ----------------------------------------------------------------
def write_household_card(
    store: Store, household_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write a household's card: details, members, visit history and disputes."""
    service = HouseholdService(store)
    household = service.get(household_id)
    story: list[Flowable] = [
        field_grid(household_fields(store, household, lang), lang),
        *section("Members of the household", lang),
        members_table(household.members, lang),
        *section("Visit history", lang),
        visits_table(store, service.visits_of(household_id), lang),
        *section("Disputes of its members", lang),
        para(disputes_text(store, service.disputes_of(household_id), lang)),
    ]
    info = PageInfo.of(store, tr("Household card", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def household_fields(store: Store, household: Household, lang: str) -> list[tuple[str, str]]:
    """The household's number, address, grid, phone (masked) and flags."""
    head = household.head
    return [
        ("Household no.", str(household.id)),
        ("Registered on", day_text(household.registered_on, lang)),
        ("Householder", head.person.name if head else BLANK),
        ("Phone", mask_phone(household.phone) or BLANK),
        ("Grid*", GridService(store).path_name(household.grid_id)),
        ("Address*", household.address.text(lang)),
        ("Flags*", flags_text(household.flags, lang)),
        ("Notes*", household.notes),
    ]


def visits_table(store: Store, visits: Sequence[Visit], lang: str) -> Flowable:
    """The visit history, newest first."""
    if not visits:
        return para(tr("Not visited yet.", lang))
    titles = ["Visit date", "Purpose", "Visiting officers", "Found", "App", "Follow-up"]
    widths = _fill([24, 26, 34, 0, 12, 30])
    rows = [
        [
            day_text(visit.visited_on, lang),
            para(tr(VISIT_PURPOSES[visit.purpose], lang), SMALL),
            para(officers_text(store, visit.officer_ids, lang), SMALL),
            para(visit.found or BLANK, SMALL),
            yes_no(visit.anti_fraud_app, lang),
            para(visit.followup_note if visit.followup_needed else BLANK, SMALL),
        ]
        for visit in visits
    ]
    return list_table(titles, widths, rows, lang)


# -- the visit ledger ------------------------------------------------------------------
def write_visit_ledger(
    store: Store,
    date_from: date,
    date_to: date,
    path: Path,
    *,
    lang: str = "zh",
    invariant: bool = False,
    grid_id: int | None = None,
) -> None:
    """Write the visits of a date range (oldest first), one line each, with totals."""
    ledger = HouseholdService(store).ledger
    flt = VisitFilter(grid_id=grid_id, date_from=date_from, date_to=date_to)
    rows = ledger.visit_rows(ledger.visit_ids(flt, descending=False))
    widths = _fill([w for _, w in LEDGER_COLUMNS], LEDGER_WIDTH)
    story: list[Flowable] = [
        para(tr("Visits made {range}", lang, range=date_range(date_from, date_to, lang))),
        gap(2 * mm),
    ]
    if rows:
        cells = [ledger_cells(row, widths, lang) for row in rows]
        story.append(list_table([t for t, _ in LEDGER_COLUMNS], widths, cells, lang))
    else:
        story.append(para(tr("No visits in this period", lang)))
    story += [gap(3 * mm), para(totals_text(rows, lang))]
    info = PageInfo.of(store, tr("Household visit ledger", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant, pagesize=LEDGER_PAGE)


def ledger_cells(row: VisitRow, widths: Sequence[float], lang: str) -> list[str]:
    """One visit as plain text cut to its cell (two lines at most)."""
    texts = [
        str(row.id),
        row.visited_on,
        row.grid_name,
        row.address,
        row.head or BLANK,
        tr(VISIT_PURPOSES[row.purpose], lang),
        joined(list(row.officers), lang),
        row.found or BLANK,
        yes_no(row.anti_fraud_app, lang),
        row.followup_note if row.followup_needed else BLANK,
        joined([str(d) for d in row.disputes], lang) or BLANK,
    ]
    return [
        clip_lines(text, width - 6, SMALL, 2) for text, width in zip(texts, widths, strict=True)
    ]


def totals_text(rows: Sequence[VisitRow], lang: str) -> str:
    """Visits, households reached, app installs, follow-ups and disputes found."""
    return tr(
        "Totals: {visits} visits, {households} households reached, {installs} anti-fraud app"
        " installs, {followups} needing follow-up, {disputes} disputes opened",
        lang,
        visits=len(rows),
        households=len({row.household_id for row in rows}),
        installs=sum(row.anti_fraud_app for row in rows),
        followups=sum(row.followup_needed for row in rows),
        disputes=sum(len(row.disputes) for row in rows),
    )
