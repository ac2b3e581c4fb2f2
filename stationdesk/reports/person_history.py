"""A person's whole history on paper: their details, then every event across the ledgers."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from stationdesk.domain import idnumbers
from stationdesk.domain.labels import SEXES
from stationdesk.domain.person_timeline import Event, Timeline, TimelineService
from stationdesk.domain.rules import mask_phone
from stationdesk.reports.form_parts import (
    BLANK,
    LABEL_FILL,
    SMALL,
    day_text,
    field_grid,
    grid_style,
    para,
    section,
)
from stationdesk.reports.page import CONTENT_WIDTH, PageInfo, write_pdf
from stationdesk.reports.strings import tr
from stationdesk.store import Store

DAY_WIDTH = 28 * mm
EVENT_WIDTH = 26 * mm


def write_person_history(
    store: Store, person_id: int, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write a person's history to `path` (NotFoundError for an unknown id)."""
    timeline = TimelineService(store).timeline(person_id)
    story: list[Flowable] = [
        field_grid(person_fields(timeline, lang), lang),
        *section("History across the ledgers", lang),
        events_table(timeline.events, lang),
    ]
    info = PageInfo.of(store, tr("A person's whole history", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant)


def person_fields(timeline: Timeline, lang: str) -> list[tuple[str, str]]:
    """Who the history is about, ID and phone numbers masked."""
    person = timeline.person
    return [
        ("Name", person.name),
        ("Person no.", str(person.id)),
        ("Sex", tr(SEXES[person.sex], lang) if person.sex else ""),
        ("Birth date", day_text(person.birth_date, lang) if person.birth_date else ""),
        ("ID number", idnumbers.mask(person.id_number) if person.id_number else ""),
        ("Phone", mask_phone(person.phone)),
        ("Address*", person.address),
    ]


def events_table(events: list[Event], lang: str) -> Flowable:
    """Date | event | what | details, one row per event, oldest first."""
    if not events:
        return para(tr("Nothing recorded about this person yet.", lang))
    header = [para(tr(text, lang), SMALL) for text in ("Date", "Event", "What", "Details")]
    rows = [header]
    for event in events:
        details = ("；" if lang == "zh" else "; ").join(tr(part, lang) for part in event.details)
        rows.append(
            [
                para(day_text(event.day, lang), SMALL),
                para(tr(event.label, lang), SMALL),
                para(event.title or BLANK, SMALL),
                para(details or BLANK, SMALL),
            ]
        )
    rest = CONTENT_WIDTH - DAY_WIDTH - EVENT_WIDTH
    table = Table(rows, colWidths=[DAY_WIDTH, EVENT_WIDTH, rest * 0.55, rest * 0.45], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *grid_style(()),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
