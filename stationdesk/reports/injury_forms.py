"""The printed forms of the injuries-on-duty ledger.

The injury-on-duty report (民警因公受伤（受侵害）情况报告表) of one incident, the rights-protection
case summary (民警执法权益保护案件情况) and the annual register (年度登记簿) with the bureau's
figures against last year. Medical details are printed only for those who may see them
(`InjuryService.may_see_medical`) and always under a "private" marking.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from stationdesk.domain.grids import GridService
from stationdesk.domain.injuries import IncidentFilter, InjuryService
from stationdesk.domain.injury_ledger import IncidentRow, InjuryFigures
from stationdesk.domain.injury_records import Incident, Injury
from stationdesk.domain.labels import (
    INCIDENT_ACTIVITIES,
    INCIDENT_CAUSES,
    INCIDENT_STATUSES,
    INJURY_FIGURES,
    INJURY_OUTCOMES,
    OFFICER_KINDS,
)
from stationdesk.domain.money import yuan_text
from stationdesk.domain.roster import RosterService
from stationdesk.reports.fonts import register_fonts
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
    moment_text,
    officer_name,
    para,
    section,
    signature_rows,
)
from stationdesk.reports.page import CONTENT_WIDTH, MARGIN, PageInfo, write_pdf
from stationdesk.reports.strings import tr
from stationdesk.store import Store

PRIVATE_FILL = colors.HexColor("#FDECEA")
PRIVATE_INK = colors.HexColor("#B00020")
REGISTER_PAGE = landscape(A4)
REGISTER_WIDTH = REGISTER_PAGE[0] - 2 * MARGIN
REGISTER_SIZE = 7.5


def yuan(fen: int, lang: str) -> str:
    """1,500.00 元 / 1,500.00 yuan."""
    return f"{yuan_text(fen)} {'元' if lang == 'zh' else 'yuan'}"


# -- the injury-on-duty report ---------------------------------------------------------
def write_injury_report(
    store: Store, incident_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write the injury-on-duty report of one incident (NotFoundError for an unknown id)."""
    service = InjuryService(store)
    incident = service.get(incident_id)
    injuries = service.injuries(incident_id)
    story: list[Flowable] = [
        field_grid(incident_fields(store, service, incident, lang), lang),
        *section("What happened", lang),
        para(incident.description),
        *section("Officers involved", lang),
        officers_table(store, injuries, lang),
        *medical_section(service, injuries, lang),
        gap(8 * mm),
        KeepTogether(signature_rows([tr("Reported by", lang), tr("Chief", lang)], lang)),
    ]
    info = PageInfo.of(store, tr("Injury-on-duty report", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def incident_fields(
    store: Store, service: InjuryService, incident: Incident, lang: str
) -> list[tuple[str, str]]:
    """When, where, doing what, how, and what it arose from (`*`: a whole row)."""
    grid = GridService(store).path_name(incident.grid_id) if incident.grid_id else ""
    status = tr(INCIDENT_STATUSES[incident.status], lang)
    if incident.closed:
        when = day_text(incident.closed_on, lang)
        status += (
            f"（{when} {incident.closed_by}）"
            if lang == "zh"
            else f" ({when}, {incident.closed_by})"
        )
    return [
        ("Incident no.", str(incident.id)),
        ("Status", status),
        ("Occurred at", moment_text(incident.occurred_at, lang)),
        ("On duty", tr(INCIDENT_ACTIVITIES[incident.activity], lang)),
        ("How it happened*", tr(INCIDENT_CAUSES[incident.cause], lang)),
        ("Place*", incident.place),
        ("Grid*", grid),
        ("Arose from*", arose_from(service, incident, lang)),
    ]


def arose_from(service: InjuryService, incident: Incident, lang: str) -> str:
    """The dispute or household visit the incident arose from, if any."""
    parts = []
    if incident.dispute_id:
        title = service.dispute_title(incident.dispute_id) or ""
        parts.append(tr("Dispute no. {id}", lang, id=incident.dispute_id) + f" {title}")
    if incident.visit_id:
        address = service.visit_address(incident.visit_id) or ""
        parts.append(tr("Household visit no. {id}", lang, id=incident.visit_id) + f" {address}")
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


def officers_table(store: Store, injuries: Sequence[Injury], lang: str) -> Table:
    """Each officer involved: who, kind, the most serious outcome and the days lost."""
    roster = RosterService(store)
    titles = ["Name (badge)", "Kind", "Most serious outcome", "Days away", "Restricted duty days"]
    widths = [48 * mm, 26 * mm, 46 * mm, 30 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows: list[list[Any]] = [[tr(title, lang) for title in titles]]
    for injury in injuries:
        officer = roster.get(injury.officer_id)
        rows.append(
            [
                officer_name(store, injury.officer_id),
                tr(OFFICER_KINDS[officer.kind], lang),
                tr(INJURY_OUTCOMES[injury.outcome], lang),
                str(injury.days_away),
                str(injury.days_restricted),
            ]
        )
    return _table(rows, widths, numeric=(3, 4))


def private_banner(lang: str) -> Table:
    """A red band saying the section below is private."""
    text = tr("PRIVATE: medical details; show only to those whose role allows it", lang)
    banner = Table([[para(text, SMALL, textColor=PRIVATE_INK)]], colWidths=[CONTENT_WIDTH])
    banner.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts(), SMALL),
                ("BACKGROUND", (0, 0), (-1, -1), PRIVATE_FILL),
                ("BOX", (0, 0), (-1, -1), 0.8, PRIVATE_INK),
            ]
        )
    )
    return banner


def medical_section(
    service: InjuryService, injuries: Sequence[Injury], lang: str
) -> list[Flowable]:
    """Body parts, nature, green-channel hospital, treatment and support per officer, or a note
    that they are withheld."""
    found: list[Flowable] = [
        *section("Injuries and treatment (private)", lang),
        private_banner(lang),
    ]
    if not service.may_see_medical:
        return [*found, gap(), para(tr("Medical details withheld.", lang))]
    for injury in injuries:
        if not injury.hurt and not injury.psychological_support:
            continue
        found += [
            gap(2 * mm),
            field_grid(
                [
                    ("Injured officer", injury.officer_name),
                    ("Body parts", injury.body_parts),
                    ("Nature of injury*", injury.nature),
                    ("Green channel*", injury.hospital_name or tr("No", lang)),
                    ("Treatment*", injury.treatment),
                    ("Psychological support*", injury.psychological_support),
                ],
                lang,
            ),
        ]
    if len(found) == 2:
        found += [gap(), para(tr("No officer was hurt.", lang))]
    return found


# -- the rights-protection case summary ------------------------------------------------------
def write_case_summary(
    store: Store, incident_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write the rights-protection case summary of one incident."""
    service = InjuryService(store)
    incident = service.get(incident_id)
    payments = service.compensation(incident_id)
    aid = service.legal_aid(incident_id)
    story: list[Flowable] = [
        field_grid(incident_fields(store, service, incident, lang)[:6], lang),
        *section("The case against the offender", lang),
        field_grid(
            [
                ("Case number", incident.case_number),
                ("Persons dealt with", str(incident.offenders_dealt)),
                ("How they were dealt with*", incident.offender_handling),
                ("Case outcome*", incident.case_outcome),
            ],
            lang,
        ),
        *section("Compensation", lang),
        _list_table(
            ["Paid on", "Paid to", "Payer", "Amount", "Notes"],
            [
                [
                    day_text(p.paid_on, lang),
                    p.officer_name,
                    p.payer,
                    yuan(p.amount_fen, lang),
                    p.notes,
                ]
                for p in payments
            ],
            [30, 26, 46, 34],
            total=("Total paid", yuan(sum(p.amount_fen for p in payments), lang)),
            lang=lang,
        ),
        *section("Legal aid", lang),
        _list_table(
            ["Given on", "Lawyer or firm", "Person-times", "What was provided"],
            [
                [day_text(a.given_on, lang), a.provider, str(a.person_times), a.provided]
                for a in aid
            ],
            [30, 50, 24],
            total=("Person-times in all", str(sum(a.person_times for a in aid))),
            lang=lang,
        ),
        *section("Clarification", lang),
        para(clarification_text(incident, lang)),
        *section("Comfort visits", lang),
        _list_table(
            ["Visited on", "Visitors", "What was done"],
            [
                [day_text(v.visited_on, lang), v.visitors, v.what]
                for v in service.comfort_visits(incident_id)
            ],
            [30, 50],
            lang=lang,
        ),
        gap(8 * mm),
        KeepTogether(signature_rows([tr("Chief", lang)], lang)),
    ]
    info = PageInfo.of(store, tr("Rights-protection case summary", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def clarification_text(incident: Incident, lang: str) -> str:
    """When and how the officer was publicly cleared, or why there is nothing to say."""
    if incident.clarified_on:
        return (
            f"{day_text(incident.clarified_on, lang)}：{incident.clarification}"
            if lang == "zh"
            else (f"{day_text(incident.clarified_on, lang)}: {incident.clarification}")
        )
    if incident.cause == "false_accusation":
        return tr("Not yet cleared.", lang)
    return tr("Not a false accusation: nothing to clear.", lang)


def _list_table(
    titles: list[str],
    rows: list[list[str]],
    widths_mm: list[float],
    *,
    lang: str,
    total: tuple[str, str] | None = None,
) -> Flowable:
    """Titled rows, the last column taking what is left; a total line when given."""
    if not rows:
        return para(tr("None recorded.", lang))
    widths = [w * mm for w in widths_mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    body: list[list[Any]] = [[tr(title, lang) for title in titles]]
    body += [[*row[:-1], para(row[-1] or BLANK, SMALL)] for row in rows]
    if total is not None:
        amount_column = len(widths_mm) - 1
        line = [""] * len(titles)
        line[0], line[amount_column] = tr(total[0], lang), total[1]
        body.append(line)
    table = _table(body, widths)
    if total is not None:
        table.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL)]))
    return table


def _table(rows: list[list[Any]], widths: list[float], numeric: tuple[int, ...] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = grid_style(())
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("FONTSIZE", (0, 1), (-1, -1), SMALL),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numeric]
    table.setStyle(TableStyle(commands))
    return table


# -- the annual register -----------------------------------------------------------------
REGISTER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("No.", 10),
    ("Occurred at", 26),
    ("Place", 40),
    ("Officers", 30),
    ("On duty", 22),
    ("How it happened", 30),
    ("Most serious outcome", 24),
    ("Days away", 14),
    ("Case number", 0),
    ("Compensation", 24),
    ("Cleared", 14),
    ("Status", 16),
)


def write_injury_register(
    store: Store, year: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write the year's register: one line per incident, then the figures against last year."""
    service = InjuryService(store)
    lines = service.page(IncidentFilter(year=year))
    lines.sort(key=lambda line: (line.occurred_at, line.id))
    story: list[Flowable] = [
        para(tr("Incidents of {year}", lang, year=year)),
        gap(2 * mm),
        register_table(lines, lang)
        if lines
        else para(tr("No incidents recorded this year.", lang)),
        *section("Figures for the bureau", lang),
        figures_table([service.year_figures(year), service.year_figures(year - 1)], lang),
    ]
    title = tr("Register of injuries on duty and rights protection", lang)
    info = PageInfo.of(store, title, lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant, pagesize=REGISTER_PAGE)


def register_table(lines: Sequence[IncidentRow], lang: str) -> Table:
    """One line per incident, cut to two lines per cell."""
    fixed = sum(width for _, width in REGISTER_COLUMNS) * mm
    widths = [width * mm if width else REGISTER_WIDTH - fixed for _, width in REGISTER_COLUMNS]
    titles = [tr(title, lang) for title, _ in REGISTER_COLUMNS]
    rows: list[list[Any]] = [
        [clip_lines(cell, widths[i] - 4, REGISTER_SIZE, 2) for i, cell in enumerate(cells)]
        for cells in [titles, *(register_cells(n, line, lang) for n, line in enumerate(lines, 1))]
    ]
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = grid_style(())
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("FONTSIZE", (0, 0), (-1, -1), REGISTER_SIZE),
        ("LEADING", (0, 0), (-1, -1), REGISTER_SIZE * 1.2),
        ("ALIGN", (7, 1), (7, -1), "RIGHT"),
        ("ALIGN", (9, 1), (9, -1), "RIGHT"),
    ]
    table.setStyle(TableStyle(commands))
    return table


def register_cells(number: int, line: IncidentRow, lang: str) -> list[str]:
    """What one register line says."""
    yes, no = tr("yes", lang), ""
    place = joined([line.grid_name, line.place], lang)
    return [
        str(number),
        line.occurred_at.replace("T", " "),
        place or BLANK,
        joined(list(line.officers), lang),
        tr(INCIDENT_ACTIVITIES[line.activity], lang),
        tr(INCIDENT_CAUSES[line.cause], lang),
        tr(INJURY_OUTCOMES[line.worst_outcome], lang),
        str(line.days_away),
        line.case_number or BLANK,
        yuan_text(line.compensation_fen) if line.compensation_fen else BLANK,
        yes if line.clarified else no,
        tr(INCIDENT_STATUSES[line.status], lang),
    ]


def figure_value(figures: InjuryFigures, key: str) -> str:
    """One figure as text (money in yuan)."""
    if key in figures.by_cause:
        return str(figures.by_cause[key])
    value = getattr(figures, key)
    return yuan_text(value) if key == "compensation_fen" else str(value)


def figures_table(years: Sequence[InjuryFigures], lang: str) -> Table:
    """The bureau's figures, one column per year."""
    heads = [tr("Figure", lang)] + [str(f.first.year) for f in years]
    rows: list[list[Any]] = [heads]
    for key, title in INJURY_FIGURES.items():
        indent = "　" if key in INCIDENT_CAUSES else ""
        rows.append([indent + tr(title, lang), *(figure_value(f, key) for f in years)])
    widths = [90 * mm] + [40 * mm] * len(years)
    table = _table(rows, widths, numeric=tuple(range(1, len(years) + 1)))
    table.hAlign = "LEFT"
    return table
