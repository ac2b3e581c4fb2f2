"""The mediation agreement (人民调解协议书): one copy per party and the station's copy, each on
its own pages with signature and thumbprint boxes for every party and mediator.

The agreement identifies the parties, so their ID numbers are printed in full; phones are masked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from stationdesk.domain.dispute_records import COURT_CONFIRMATION_DAYS, Agreement, Dispute, Party
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.labels import PARTY_ROLES, SEXES
from stationdesk.domain.roster import RosterService
from stationdesk.domain.rules import mask_phone
from stationdesk.reports.fonts import register_fonts
from stationdesk.reports.form_parts import (
    BLANK,
    LABEL_FILL,
    SIZE,
    SMALL,
    body,
    colon,
    day_text,
    gap,
    grid_style,
    para,
    section,
)
from stationdesk.reports.page import CONTENT_WIDTH, PageInfo, write_pdf
from stationdesk.reports.strings import AGREEMENT_COPIES, AGREEMENT_COURT, AGREEMENT_EFFECT, tr
from stationdesk.store import Store

NUMERALS = "一二三四五六七八九十"
SIGN_ROW = 17 * mm
THUMB = 24 * mm
_SEPARATORS = re.compile(r"[、，,;；]")
_TITLE = re.compile(r"^(人民)?调解员\s*")


@dataclass(frozen=True)
class Copy:
    """Which copy this is and who keeps it."""

    number: int
    total: int
    holder: Party | None


def write_agreement(
    store: Store, agreement_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write every copy of an agreement to `path` (NotFoundError for an unknown id)."""
    service = DisputeService(store)
    agreement = service.agreement(agreement_id)
    dispute = service.get(agreement.dispute_id)
    mediators = mediator_names(store, service, agreement)
    holders: list[Party | None] = [*dispute.parties, None]
    story: list[Flowable] = []
    for number, holder in enumerate(holders, 1):
        if story:
            story.append(PageBreak())
        copy = Copy(number, len(holders), holder)
        story += agreement_copy(store, agreement, dispute, mediators, copy, lang)
    info = PageInfo.of(store, tr("People's mediation agreement", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def mediator_names(store: Store, service: DisputeService, agreement: Agreement) -> list[str]:
    """The mediators of the last session before signing, else the responsible officer."""
    sessions = service.sessions(agreement.dispute_id)
    held = [s for s in sessions if s.held_at[:10] <= agreement.signed_on]
    if not held:
        dispute = service.get(agreement.dispute_id)
        return [RosterService(store).get(dispute.officer_id).name]
    last = held[-1]
    names = [RosterService(store).get(officer).name for officer in last.mediator_ids]
    others = (_TITLE.sub("", name.strip()) for name in _SEPARATORS.split(last.other_mediators))
    return names + [name for name in others if name]


def agreement_copy(
    store: Store,
    agreement: Agreement,
    dispute: Dispute,
    mediators: Sequence[str],
    copy: Copy,
    lang: str,
) -> list[Flowable]:
    """One complete copy: parties, facts, terms, clauses and the signature boxes."""
    return [
        copy_line(agreement, copy, lang),
        gap(2 * mm),
        *section("Parties", lang),
        *[para(party_line(party, lang), spaceAfter=1 * mm) for party in dispute.parties],
        *section("Facts of the dispute", lang),
        para(agreement.facts),
        *responsibility(agreement, lang),
        *section("Terms agreed", lang),
        para(tr("Through mediation the parties freely agree as follows:", lang)),
        gap(1.5 * mm),
        *obligation_lines(agreement, dispute, lang),
        *section("Effect and court confirmation", lang),
        *clauses(agreement, copy, lang),
        gap(4 * mm),
        KeepTogether([signature_boxes(dispute.parties, mediators, lang), gap(6 * mm)]),
        seal_block(store, agreement, lang),
    ]


def copy_line(agreement: Agreement, copy: Copy, lang: str) -> Table:
    """Agreement and dispute numbers on the left, which copy and whose on the right."""
    if copy.holder is None:
        keeper = tr("Station's copy", lang)
    else:
        keeper = tr("for {name}", lang, name=copy.holder.person.name)
    which = tr("Copy {number} of {total} —", lang, number=copy.number, total=copy.total)
    numbers = tr(
        "Agreement no. {agreement}　Dispute no. {dispute}",
        lang,
        agreement=agreement.id,
        dispute=agreement.dispute_id,
    )
    right = Paragraph(escape(f"{which}　{keeper}"), body(10.5, alignment=TA_RIGHT))
    table = Table([[para(numbers), right]], colWidths=[CONTENT_WIDTH * 0.5] * 2)
    commands = [
        ("FONT", (0, 0), (-1, -1), register_fonts(), SIZE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    table.setStyle(TableStyle([*commands, *no_padding()]))
    return table


def party_line(party: Party, lang: str) -> str:
    """申请人：张三，男，1979年6月10日出生，身份证号码：…，住址：…，联系电话：138****5678。"""
    person = party.person
    facts = [person.name]
    if person.sex in SEXES:
        facts.append(tr(SEXES[person.sex], lang))
    if person.birth_date:
        facts.append(tr("born {date}", lang, date=day_text(person.birth_date, lang)))
    for name, value in (
        ("ID number", person.id_number or ""),
        ("Address", person.address),
        ("Phone", mask_phone(person.phone)),
    ):
        if value:
            facts.append(tr(name, lang) + colon(lang) + value)
    comma, stop = ("，", "。") if lang == "zh" else (", ", ".")
    return tr(PARTY_ROLES[party.role], lang) + colon(lang) + comma.join(facts) + stop


def responsibility(agreement: Agreement, lang: str) -> list[Flowable]:
    """Who bears what responsibility, when the agreement says so."""
    if not agreement.responsibility:
        return []
    return [*section("Responsibility", lang), para(agreement.responsibility)]


def obligation_lines(agreement: Agreement, dispute: Dispute, lang: str) -> list[Flowable]:
    """Each obligation numbered, naming who must do it and by when."""
    names = {party.person.id: party.person.name for party in dispute.parties}
    lines: list[Flowable] = []
    for index, item in enumerate(agreement.obligations):
        mark = numeral(index, lang)
        terms = tr(
            " (to be done by {who} by {date})",
            lang,
            who=names.get(item.person_id, BLANK),
            date=day_text(item.due_on, lang),
        )
        lines += [para(f"{mark}{item.what}{terms}", leftIndent=0), gap(1 * mm)]
    return lines


def clauses(agreement: Agreement, copy: Copy, lang: str) -> list[Flowable]:
    """When it takes effect, the 30 days for court confirmation, and how many copies exist."""
    by = day_text(agreement.court_confirmation_by.isoformat(), lang)
    texts = [
        tr(AGREEMENT_EFFECT, lang),
        tr(AGREEMENT_COURT, lang, days=COURT_CONFIRMATION_DAYS, date=by),
    ]
    if agreement.court_confirmation:
        texts.append(tr("The parties have said they will apply for judicial confirmation.", lang))
    texts.append(tr(AGREEMENT_COPIES, lang, total=copy.total))
    return [item for text in texts for item in (para(text), gap(1 * mm))]


def signature_boxes(parties: Sequence[Party], mediators: Sequence[str], lang: str) -> Table:
    """A row per party and mediator: who, a box to sign in, a box for the thumbprint."""
    titles = ["Signed by", "Signature", "Thumbprint", "Date"]
    who_width, date_width = 40 * mm, 32 * mm
    sign_width = CONTENT_WIDTH - who_width - THUMB - date_width
    rows: list[list[Any]] = [[tr(title, lang) for title in titles]]
    for party in parties:
        rows.append([f"{tr(PARTY_ROLES[party.role], lang)}\n{party.person.name}", "", "", ""])
    for name in mediators:
        rows.append([f"{tr('Mediator', lang)}\n{name}", "", "", ""])
    heights = [None] + [SIGN_ROW] * (len(rows) - 1)
    table = Table(rows, colWidths=[who_width, sign_width, THUMB, date_width], rowHeights=heights)
    commands = grid_style((0,))
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("FONTSIZE", (0, 1), (0, -1), SMALL),
        ("LEADING", (0, 1), (0, -1), SMALL * 1.3),
    ]
    table.setStyle(TableStyle(commands))
    return table


def seal_block(store: Store, agreement: Agreement, lang: str) -> Paragraph:
    """The committee's or station's name, the place for its seal, and the date signed."""
    station = store.setting("station_name") or "StationDesk"
    lines = [
        tr("Mediation committee / station (seal)", lang),
        station,
        day_text(agreement.signed_on, lang),
    ]
    size = SIZE + 0.5
    style = body(size, alignment=TA_RIGHT, leading=size * 1.8, rightIndent=8 * mm)
    return Paragraph("<br/>".join(escape(line) for line in lines), style)


def no_padding() -> list[tuple[Any, ...]]:
    """Cells flush with the frame."""
    return [
        (side, (0, 0), (-1, -1), 0)
        for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
    ]


def numeral(index: int, lang: str) -> str:
    """一、 二、 … in Chinese, 1. 2. … in English."""
    if lang == "zh" and index < len(NUMERALS):
        return f"{NUMERALS[index]}、"
    return f"{index + 1}. "
