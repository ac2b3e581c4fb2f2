"""Building blocks of the per-record forms: labelled field grids, section headings, party
tables, signature lines and text that must fit a cell."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from stationdesk.domain import idnumbers
from stationdesk.domain.dispute_records import Party
from stationdesk.domain.labels import PARTY_ROLES, SEXES
from stationdesk.domain.roster import RosterService
from stationdesk.domain.rules import mask_phone
from stationdesk.reports.fonts import register_fonts
from stationdesk.reports.page import CONTENT_WIDTH, INK, RULE, paragraph_style
from stationdesk.reports.strings import full_date, tr
from stationdesk.store import Store

SIZE = 9.5
SMALL = 8.5
PAD = 3
LABEL_FILL = colors.HexColor("#EFEFEF")
ELLIPSIS = "…"
BLANK = "—"
_TOKENS = re.compile(r"[A-Za-z0-9@.,:;!?'()/+*#%&_-]+\s*|\s+|.", re.DOTALL)

Command = tuple[Any, ...]


def body(size: float = SIZE, **options: Any) -> ParagraphStyle:
    """The forms' running-text style, with `options` (leading too) overriding its defaults."""
    style = paragraph_style(f"body{size}", size)
    for name, value in options.items():
        setattr(style, name, value)
    return style


def para(text: str, size: float = SIZE, **options: Any) -> Paragraph:
    """A paragraph of stored text (markup characters escaped, line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), body(size, **options))


def colon(lang: str) -> str:
    """The colon after a label."""
    return "：" if lang == "zh" else ": "


def joined(items: Sequence[str], lang: str) -> str:
    """Names in a list: 张三、李四 / Zhang, Li."""
    return ("、" if lang == "zh" else ", ").join(item for item in items if item)


def day_text(iso: str | None, lang: str) -> str:
    """An ISO date (or date-time) as 2026年11月25日 / 25 Nov 2026; a dash when missing."""
    return full_date(date.fromisoformat(iso[:10]), lang) if iso else BLANK


def moment_text(iso: str, lang: str) -> str:
    """An ISO date-time as 2026年11月25日 09:30."""
    time = iso[11:16]
    return f"{day_text(iso, lang)} {time}".strip()


def section(title: str, lang: str) -> list[Flowable]:
    """A section heading with a little space above it."""
    style = body(11, spaceBefore=4 * mm, spaceAfter=1.5 * mm)
    return [Paragraph(escape(tr(title, lang)), style)]


def grid_style(label_columns: Sequence[int] = (0,)) -> list[Command]:
    """A bordered grid in the forms' font, label columns shaded."""
    commands: list[Command] = [
        ("FONT", (0, 0), (-1, -1), register_fonts(), SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
    ]
    for column in label_columns:
        commands.append(("BACKGROUND", (column, 0), (column, -1), LABEL_FILL))
    return commands


def field_grid(pairs: Sequence[tuple[str, str]], lang: str) -> Table:
    """Label | value | label | value rows; a pair whose label ends with '*' takes a whole row."""
    label_width = 24 * mm if lang == "zh" else 30 * mm
    value_width = CONTENT_WIDTH / 2 - label_width
    rows: list[list[Any]] = []
    commands = grid_style(())
    for index, line in enumerate(field_lines(pairs)):
        cells = [
            cell
            for name, value in line
            for cell in (para(tr(name.rstrip("*"), lang)), para(value or BLANK))
        ]
        rows.append(cells + [""] * (4 - len(cells)))
        commands += _field_row(index, whole=len(line) == 1)
    table = Table(rows, colWidths=[label_width, value_width] * 2)
    table.setStyle(TableStyle(commands))
    return table


def field_lines(pairs: Sequence[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Pairs two to a line, except those marked '*' (and a pair left alone), one to a line."""
    lines: list[list[tuple[str, str]]] = []
    for pair in pairs:
        last = lines[-1] if lines else []
        if len(last) == 1 and not (last[0][0] + pair[0]).count("*"):
            last.append(pair)
        else:
            lines.append([pair])
    return lines


def _field_row(row: int, *, whole: bool) -> list[Command]:
    """Shade the label cells of a field row; a whole-row value spans the other columns."""
    if whole:
        return [("SPAN", (1, row), (3, row)), ("BACKGROUND", (0, row), (0, row), LABEL_FILL)]
    return [("BACKGROUND", (c, row), (c, row), LABEL_FILL) for c in (0, 2)]


def officer_name(store: Store, officer_id: int) -> str:
    """名字（警号 123456） for an officer."""
    officer = RosterService(store).get(officer_id)
    return f"{officer.name}（{officer.badge_no}）"


def party_cells(party: Party, lang: str, *, full_id: bool = False) -> list[str]:
    """Role, name, sex, ID number (masked unless full_id), phone (masked), address."""
    person = party.person
    number = person.id_number or ""
    return [
        tr(PARTY_ROLES.get(party.role, party.role), lang),
        person.name,
        tr(SEXES[person.sex], lang) if person.sex in SEXES else BLANK,
        (number if full_id else idnumbers.mask(number)) or BLANK,
        mask_phone(person.phone) or BLANK,
        person.address or BLANK,
    ]


def party_table(parties: Sequence[Party], lang: str) -> Table:
    """The parties with masked ID and phone numbers, one row each."""
    titles = ["Role", "Name", "Sex", "ID number", "Phone", "Address"]
    widths = [20 * mm, 22 * mm, 11 * mm, 42 * mm, 27 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows: list[list[Any]] = [[tr(title, lang) for title in titles]]
    for party in parties:
        cells = party_cells(party, lang)
        rows.append([*cells[:5], para(cells[5], SMALL)])
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = grid_style(())
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("FONTSIZE", (0, 1), (-1, -1), SMALL),
    ]
    table.setStyle(TableStyle(commands))
    return table


def signature_rows(labels: Sequence[str], lang: str) -> Table:
    """One line to sign per label, each with a place for the date."""
    date_label = tr("Date", lang) + colon(lang)
    rows = [[label + colon(lang), "", date_label, ""] for label in labels]
    label_width = max(stringWidth(label, register_fonts(), SIZE) for label in labels) + 12
    date_width = stringWidth(date_label, register_fonts(), SIZE) + 8 * mm
    line = (CONTENT_WIDTH - label_width - date_width) * 0.62
    widths = [label_width, line, date_width, CONTENT_WIDTH - label_width - line - date_width]
    table = Table(rows, colWidths=widths, rowHeights=10 * mm)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts(), SIZE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (2, 0), (2, -1), 8 * mm),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, INK),
            ]
        )
    )
    return table


def gap(height: float = 3 * mm) -> Spacer:
    """Vertical space."""
    return Spacer(1, height)


def text_width(text: str, size: float) -> float:
    """Width of one line of text in points."""
    return stringWidth(text, register_fonts(), size)


def clip_lines(text: str, width: float, size: float, lines: int) -> str:
    """`text` broken into at most `lines` lines of `width` points; cut with … if longer.

    Chinese breaks between any two characters, Latin words stay whole where they fit.
    """
    out: list[str] = []
    current = ""
    tokens = _TOKENS.findall(" ".join(text.split()))
    while tokens:
        token = tokens.pop(0)
        if text_width((current + token).rstrip(), size) <= width:
            current += token
        elif len(token.strip()) > 1 and text_width(token.rstrip(), size) > width:
            tokens[:0] = list(token)
        else:
            out.append(current.rstrip())
            current = token.lstrip()
            if len(out) == lines:
                return "\n".join([*out[:-1], _ellipsis(out[-1], width, size)])
    return "\n".join([*out, current.rstrip()])


def _ellipsis(line: str, width: float, size: float) -> str:
    while line and text_width(line + ELLIPSIS, size) > width:
        line = line[:-1]
    return line.rstrip(" ,;，、。") + ELLIPSIS
