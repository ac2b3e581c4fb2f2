"""The printed forms of the dispute ledger.

Here: the registration form (矛盾纠纷登记表) and the mediation session record (调解笔录), with ID
and phone numbers masked. The agreement and the ledger have modules of their own and are
re-exported, so every dispute form can be had from this module.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from stationdesk.domain.dispute_records import Dispute, MediationSession, Party
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridService
from stationdesk.domain.households import HouseholdService
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_OUTCOMES,
    DISPUTE_STATUSES,
    PARTY_ROLES,
    RECEIVED_HOW,
    REFERRED_TO,
    RISK_GRADE_HINTS,
    RISK_GRADES,
    SESSION_PLACES,
    SESSION_RESULTS,
)
from stationdesk.domain.roster import RosterService
from stationdesk.reports.agreement import write_agreement
from stationdesk.reports.dispute_ledger_report import write_ledger
from stationdesk.reports.form_parts import (
    BLANK,
    LABEL_FILL,
    SMALL,
    colon,
    day_text,
    field_grid,
    gap,
    grid_style,
    joined,
    moment_text,
    officer_name,
    para,
    party_table,
    section,
    signature_rows,
)
from stationdesk.reports.page import CONTENT_WIDTH, PageInfo, write_pdf
from stationdesk.reports.strings import tr
from stationdesk.store import Store

__all__ = ["write_agreement", "write_ledger", "write_registration_form", "write_session_record"]


def write_registration_form(
    store: Store, dispute_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write the registration form of a dispute to `path` (NotFoundError for an unknown id)."""
    service = DisputeService(store)
    dispute = service.get(dispute_id)
    story: list[Flowable] = [
        field_grid(registration_fields(store, dispute, lang), lang),
        *section("Parties", lang),
        party_table(dispute.parties, lang),
        *section("Summary of the dispute", lang),
        para(dispute.summary),
        *section("Mediation so far", lang),
        sessions_table(service.sessions(dispute_id), lang),
        gap(8 * mm),
        KeepTogether(signature_rows([tr("Registered by (officer)", lang)], lang)),
    ]
    info = PageInfo.of(store, tr("Dispute registration form", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def registration_fields(store: Store, dispute: Dispute, lang: str) -> list[tuple[str, str]]:
    """The intake details, in the order an officer fills them in (`*`: a whole row)."""
    hint = tr(RISK_GRADE_HINTS[dispute.risk_grade], lang)
    grade = tr(RISK_GRADES[dispute.risk_grade], lang)
    grade += f"（{hint}）" if lang == "zh" else f" ({hint})"
    return [
        ("Dispute no.", str(dispute.id)),
        ("Status", tr(DISPUTE_STATUSES[dispute.status], lang)),
        ("Received on", day_text(dispute.received_on, lang)),
        ("Received how", tr(RECEIVED_HOW[dispute.received_how], lang)),
        ("Category", tr(DISPUTE_CATEGORIES[dispute.category], lang)),
        ("Risk grade", grade),
        ("Grid*", GridService(store).path_name(dispute.grid_id)),
        ("Place*", dispute.place),
        ("Grade reason*", dispute.risk_reason),
        ("Officer", officer_name(store, dispute.officer_id)),
        ("Deadline", deadline_text(dispute, lang)),
        ("Outcome*", outcome_text(dispute, lang)),
        *source_visit_fields(store, dispute, lang),
    ]


def source_visit_fields(store: Store, dispute: Dispute, lang: str) -> list[tuple[str, str]]:
    """The household visit a dispute was found on (none for other disputes)."""
    if dispute.source_visit_id is None:
        return []
    households = HouseholdService(store)
    visit = households.visit(dispute.source_visit_id)
    address = households.get(visit.household_id).address.text(lang)
    text = tr(
        "Visit no. {visit} on {date}, household {household}, {address}",
        lang,
        visit=visit.id,
        date=day_text(visit.visited_on, lang),
        household=visit.household_id,
        address=address,
    )
    return [("Found on visit*", text)]


def deadline_text(dispute: Dispute, lang: str, today: date | None = None) -> str:
    """The deadline, and for an open dispute how many days are left or overdue."""
    text = day_text(dispute.deadline, lang)
    if not dispute.is_open:
        return text
    days = dispute.days_left(today or date.today())
    if days < 0:
        return text + tr(" (overdue by {days} days)", lang, days=-days)
    return text + tr(" ({days} days left)", lang, days=days)


def outcome_text(dispute: Dispute, lang: str) -> str:
    """What came of the dispute: the outcome, its date, where it went and why."""
    if dispute.outcome is None:
        return tr("Being mediated", lang)
    parts = [tr(DISPUTE_OUTCOMES[dispute.outcome], lang), day_text(dispute.outcome_on, lang)]
    if dispute.referred_to:
        parts.append(tr(REFERRED_TO[dispute.referred_to], lang) + " " + dispute.referred_where)
    if dispute.outcome_reason:
        parts.append(dispute.outcome_reason)
    if dispute.confirmed_on:
        when = day_text(dispute.confirmed_on, lang)
        parts.append(tr("signed off {date} by {who}", lang, date=when, who=dispute.confirmed_by))
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


def sessions_table(sessions: list[MediationSession], lang: str) -> Flowable:
    """Each session so far in one line: when, where, result."""
    if not sessions:
        return para(tr("No mediation session yet.", lang))
    titles = ["No.", "Held at", "Place", "Result", "Notes"]
    widths = [12 * mm, 36 * mm, 30 * mm, 28 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows: list[list[Any]] = [[tr(title, lang) for title in titles]]
    for number, session in enumerate(sessions, 1):
        rows.append(
            [
                str(number),
                moment_text(session.held_at, lang),
                tr(SESSION_PLACES[session.place], lang),
                tr(SESSION_RESULTS[session.result], lang),
                para(session.result_text or BLANK, SMALL),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = grid_style(())
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("FONTSIZE", (0, 1), (-1, -1), SMALL),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ]
    table.setStyle(TableStyle(commands))
    return table


def write_session_record(
    store: Store, session_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write the record of one mediation session to `path` (NotFoundError for an unknown id)."""
    service = DisputeService(store)
    session = service.session(session_id)
    dispute = service.get(session.dispute_id)
    story: list[Flowable] = [
        field_grid(session_fields(store, service, session, dispute, lang), lang),
        *section("Parties", lang),
        party_table(dispute.parties, lang),
        *section("Statements of the parties", lang),
        *statements(session, dispute, lang),
        *section("Result of the session", lang),
        para(result_line(session, lang)),
        gap(3 * mm),
        para(tr("The parties have read this record and confirm it is correct.", lang), SMALL),
        gap(6 * mm),
        KeepTogether(signature_rows(signers(store, session, dispute, lang), lang)),
    ]
    info = PageInfo.of(store, tr("Mediation session record", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def session_fields(
    store: Store,
    service: DisputeService,
    session: MediationSession,
    dispute: Dispute,
    lang: str,
) -> list[tuple[str, str]]:
    """When and where the session was held, who mediated and who took part."""
    held = [s.id for s in service.sessions(dispute.id)]
    number = held.index(session.id) + 1 if session.id in held else 0
    place = tr(SESSION_PLACES[session.place], lang)
    mediators = [officer_name(store, officer) for officer in session.mediator_ids]
    return [
        ("Dispute no.", str(dispute.id)),
        ("Category", tr(DISPUTE_CATEGORIES[dispute.category], lang)),
        ("Held at", moment_text(session.held_at, lang)),
        ("Session", tr("Session {number}", lang, number=number) if number else BLANK),
        ("Place*", f"{place}　{session.place_detail}".strip()),
        ("Mediators*", joined([*mediators, session.other_mediators], lang)),
        ("Participants*", session.participants),
        ("Dispute*", dispute.summary),
    ]


def statements(session: MediationSession, dispute: Dispute, lang: str) -> list[Flowable]:
    """What each party said, in the parties' order; a party who said nothing is noted."""
    said = {statement.person_id: statement.text for statement in session.statements}
    found: list[Flowable] = []
    for party in dispute.parties:
        who = f"{role(party, lang)} {party.person.name}{colon(lang)}"
        text = said.get(party.person.id, tr("(no statement)", lang))
        found += [para(who + text, leftIndent=0), gap(1.5 * mm)]
    return found


def result_line(session: MediationSession, lang: str) -> str:
    """The session's result and what the mediator noted about it."""
    result = tr(SESSION_RESULTS[session.result], lang)
    return f"{result}{colon(lang)}{session.result_text}" if session.result_text else result


def signers(store: Store, session: MediationSession, dispute: Dispute, lang: str) -> list[str]:
    """A signature line per party, per mediator, and for the person who took the record."""
    labels = [
        tr("{role} {name} (signature or thumbprint)", lang, role=role(p, lang), name=p.person.name)
        for p in dispute.parties
    ]
    names = [RosterService(store).get(officer).name for officer in session.mediator_ids]
    labels += [tr("Mediator {name}", lang, name=name) for name in names]
    labels.append(tr("Recorded by", lang))
    return labels


def role(party: Party, lang: str) -> str:
    """申请人 / Applicant."""
    return tr(PARTY_ROLES.get(party.role, party.role), lang)
