"""The weekly roster sheet (值班备勤表): each active officer's shifts and patrols for one ISO week,
grouped by team, with daily totals, a legend and lines to sign."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from stationdesk.domain.grids import Grid, GridService
from stationdesk.domain.labels import OFFICER_KINDS, SHIFT_KINDS, TEAMS
from stationdesk.domain.roster import RosterService, Shift, WeekRoster, WeekRow
from stationdesk.domain.rules import mask_phone
from stationdesk.domain.weeks import IsoWeek
from stationdesk.reports.fonts import register_fonts
from stationdesk.reports.page import CONTENT_WIDTH, INK, RULE, PageInfo, paragraph_style, write_pdf
from stationdesk.reports.strings import date_range, day_month, tr, weekday
from stationdesk.store import Store

FONT_SIZE = 7.5
PAD = 2.5
MAX_TEXT_COLUMN = 56.0
MIN_GRIDS_COLUMN = 40.0
NO_SHIFT = "–"
ELLIPSIS = "…"
GAP = 8 * mm
MAX_LINE = 38 * mm
ABSENCE_FILLS = {"leave": colors.HexColor("#FFD27A"), "sick": colors.HexColor("#F4A6A6")}
HEAD_FILL = colors.HexColor("#DDDDDD")
GROUP_FILL = colors.HexColor("#EEEEEE")
TOTAL_FILL = colors.HexColor("#F4F4F4")

NO, NAME, KIND, BADGE, PHONE, GRIDS = range(6)
FIRST_DAY = GRIDS + 1
DUTY = FIRST_DAY + 7
PATROLS = DUTY + 1
COLUMNS = PATROLS + 1
CAPPED = (NAME, BADGE, PHONE)
FITTED = (*CAPPED, GRIDS)

Command = tuple[Any, ...]


def write_roster_sheet(
    store: Store,
    week: IsoWeek,
    path: Path,
    *,
    lang: str = "zh",
    grid_ids: list[int] | None = None,
    invariant: bool = False,
) -> None:
    """Write the roster sheet of `week` to `path` (only officers of `grid_ids` when given).

    With `invariant` the same records give a byte-identical file (no print time on it).
    """
    roster = RosterService(store).week(week, grid_ids=grid_ids)
    grids = {grid.id: grid for grid in GridService(store).all(include_void=True)}
    info = PageInfo.of(store, tr("Weekly roster sheet", lang), lang, invariant=invariant)
    story: list[Flowable] = [
        *heading(week, [grids[g].name for g in grid_ids or () if g in grids], lang),
        SheetTable(roster, grids, lang).table(),
        Spacer(1, 3 * mm),
        KeepTogether([legend(lang), Spacer(1, 7 * mm), signatures(lang)]),
    ]
    write_pdf(path, story, info, invariant=invariant)


def heading(week: IsoWeek, grid_names: Sequence[str], lang: str) -> list[Flowable]:
    """The week and its dates (and the grids chosen, if any) under the title."""
    style = paragraph_style("week", 10, alignment=TA_CENTER, spaceAfter=2 * mm)
    number = tr("Week {week}", lang, week=week, year=week.year, number=week.week)
    lines = [f"{number}　{date_range(week.monday, week.sunday, lang)}"]
    if grid_names:
        separator = "、" if lang == "zh" else ", "
        lines.append(tr("Officers of {grids}", lang, grids=separator.join(grid_names)))
    return [Paragraph(line, style) for line in lines]


class SheetTable:
    """The roster grid: a header, a block per team, and the daily totals."""

    def __init__(self, roster: WeekRoster, grids: dict[int, Grid], lang: str) -> None:
        self.roster = roster
        self.grids = grids
        self.lang = lang
        self.days = roster.week.days()
        self.rows: list[list[str]] = [self.header()]
        self.officer_rows: list[int] = []
        self.commands: list[Command] = base_style()
        for team, members in groupby(roster.rows, key=lambda row: row.officer.team):
            self.add_group(team, list(members))
        if not roster.rows:
            self.add_band(tr("No officers on the roster", lang), GROUP_FILL)
        self.add_totals()

    def table(self, width: float = CONTENT_WIDTH) -> Table:
        """The rows laid out: columns as wide as their content, the grids taking what is left."""
        widths = column_widths([self.rows[0]] + [self.rows[r] for r in self.officer_rows], width)
        for r in self.officer_rows:
            for column in FITTED:
                self.rows[r][column] = fit(self.rows[r][column], widths[column] - 2 * PAD)
        table = Table(self.rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(self.commands))
        return table

    def header(self) -> list[str]:
        """Column titles; each day shows its weekday and date."""
        titles = ["No.", "Name", "Kind", "Badge", "Phone", "Grids"]
        days = [f"{weekday(day, self.lang)}\n{day_month(day, self.lang)}" for day in self.days]
        totals = [tr("Duty\ndays", self.lang), tr("Patrols", self.lang)]
        return [tr(title, self.lang) for title in titles] + days + totals

    def add_band(self, text: str, fill: colors.Color) -> int:
        """A row with one cell across the table; returns its index."""
        row = len(self.rows)
        self.rows.append([text] + [""] * (COLUMNS - 1))
        self.commands += [
            ("SPAN", (0, row), (-1, row)),
            ("ALIGN", (0, row), (-1, row), "LEFT"),
            ("BACKGROUND", (0, row), (-1, row), fill),
        ]
        return row

    def add_group(self, team: str, members: list[WeekRow]) -> None:
        """A team's heading and its officers."""
        count = tr("{count} officers", self.lang, count=len(members))
        row = self.add_band(f"{tr(TEAMS.get(team, team), self.lang)}　{count}", GROUP_FILL)
        self.commands.append(("FONTSIZE", (0, row), (0, row), FONT_SIZE + 0.5))
        for member in members:
            self.add_officer(member)

    def add_officer(self, member: WeekRow) -> None:
        """One officer's line, with leave and sick days shaded."""
        row = len(self.rows)
        officer = member.officer
        shifts = [member.shifts.get(day.isoformat()) for day in self.days]
        self.rows.append(
            [
                str(len(self.officer_rows) + 1),
                officer.name,
                tr(OFFICER_KINDS.get(officer.kind, officer.kind), self.lang),
                officer.badge_no,
                mask_phone(officer.phone),
                grids_text(officer.grid_ids, self.grids, self.lang),
                *(shift_text(shift, self.lang) for shift in shifts),
                str(member.duty_days),
                str(member.patrols),
            ]
        )
        self.officer_rows.append(row)
        self.commands += absence_fills(shifts, row)

    def add_totals(self) -> None:
        """Officers on duty and patrols, day by day and for the week."""
        first = len(self.rows)
        duty_days = sum(row.duty_days for row in self.roster.rows)
        patrols = sum(row.patrols for row in self.roster.rows)
        on_duty = [str(self.roster.on_duty(day)) for day in self.days]
        per_day = [str(self.roster.patrols(day)) for day in self.days]
        for label, counts, totals in (
            ("On duty per day", on_duty, [str(duty_days), ""]),
            ("Patrols per day", per_day, ["", str(patrols)]),
        ):
            self.rows.append([tr(label, self.lang)] + [""] * (FIRST_DAY - 1) + counts + totals)
        self.commands += [
            ("SPAN", (0, first), (FIRST_DAY - 1, first)),
            ("SPAN", (0, first + 1), (FIRST_DAY - 1, first + 1)),
            ("ALIGN", (0, first), (0, -1), "RIGHT"),
            ("BACKGROUND", (0, first), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, first), (-1, first), 0.8, INK),
        ]


def base_style() -> list[Command]:
    """Font, padding, rules and alignment of the whole table."""
    return [
        ("FONT", (0, 0), (-1, -1), register_fonts(), FONT_SIZE, FONT_SIZE * 1.2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("ALIGN", (NAME, 1), (GRIDS, -1), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("GRID", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]


def shift_text(shift: Shift | None, lang: str) -> str:
    """白班 2: the shift and, when there were any, the day's patrols."""
    if shift is None:
        return NO_SHIFT
    name = tr(SHIFT_KINDS.get(shift.kind, shift.kind), lang)
    return f"{name} {shift.patrols}" if shift.patrols else name


def absence_fills(shifts: Iterable[Shift | None], row: int) -> list[Command]:
    """Shade the leave and sick days of a row."""
    return [
        ("BACKGROUND", (FIRST_DAY + index, row), (FIRST_DAY + index, row), ABSENCE_FILLS[s.kind])
        for index, s in enumerate(shifts)
        if s is not None and s.kind in ABSENCE_FILLS
    ]


def grids_text(grid_ids: Iterable[int], grids: dict[int, Grid], lang: str) -> str:
    """An officer's grids, several grids of one village shortened to 'village, n grids'."""
    by_place: dict[str, list[str]] = {}
    for grid_id in grid_ids:
        grid = grids.get(grid_id)
        if grid is None:
            continue
        parent = grids.get(grid.parent_id) if grid.parent_id is not None else None
        place = parent.name if parent is not None and grid.level == 3 else grid.name
        by_place.setdefault(place, []).append(grid.name)
    parts = [place_text(place, names, lang) for place, names in by_place.items()]
    return ("、" if lang == "zh" else "; ").join(parts)


def place_text(place: str, grid_names: Sequence[str], lang: str) -> str:
    """A single grid by its name; several grids of one place as 'place, n grids'."""
    if len(grid_names) == 1:
        return grid_names[0]
    return tr("{place}, {count} grids", lang, place=place, count=len(grid_names))


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Width in points of the widest line of `text`."""
    return max(stringWidth(line, register_fonts(), size) for line in text.split("\n"))


def fit(text: str, width: float) -> str:
    """`text`, cut short with an ellipsis if it is wider than `width` points."""
    if text_width(text) <= width:
        return text
    while text and text_width(text + ELLIPSIS) > width:
        text = text[:-1]
    return text.rstrip(" ,;、") + ELLIPSIS


def column_widths(rows: Sequence[Sequence[str]], width: float) -> list[float]:
    """Each column as wide as its content (free text capped), days equal, grids the rest."""
    widths = [max(text_width(row[c]) for row in rows) + 2 * PAD for c in range(COLUMNS)]
    for column in CAPPED:
        widths[column] = min(widths[column], MAX_TEXT_COLUMN)
    widths[FIRST_DAY:DUTY] = [max(widths[FIRST_DAY:DUTY])] * 7
    widths[GRIDS] = max(width - sum(widths) + widths[GRIDS], MIN_GRIDS_COLUMN)
    return widths


def legend(lang: str) -> Table:
    """What the shading, the numbers and the dash mean."""
    notes = "；".join if lang == "zh" else "; ".join
    text = notes(
        tr(note, lang)
        for note in (
            "Day, night and standby count as on duty",
            "a number after a shift is that day's patrols",
            "– no shift entered",
            "phone numbers masked",
        )
    )
    cells = [tr("Legend", lang), tr(SHIFT_KINDS["leave"], lang), tr(SHIFT_KINDS["sick"], lang)]
    style = paragraph_style("legend", FONT_SIZE)
    widths = [text_width(cell) + 4 * PAD for cell in cells]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = Table([[*cells, Paragraph(text, style)]], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts(), FONT_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("ALIGN", (1, 0), (2, 0), "CENTER"),
                ("BACKGROUND", (1, 0), (1, 0), ABSENCE_FILLS["leave"]),
                ("BACKGROUND", (2, 0), (2, 0), ABSENCE_FILLS["sick"]),
                ("BOX", (1, 0), (2, 0), 0.25, RULE),
                ("INNERGRID", (1, 0), (2, 0), 0.25, RULE),
            ]
        )
    )
    return table


def signatures(lang: str) -> Table:
    """Lines for the clerk who prepared the sheet and the chief who approves it."""
    colon = "：" if lang == "zh" else ":"
    labels = [tr(text, lang) + colon for text in ("Prepared by", "Approved by (chief)", "Date")]
    cells = [cell for label in labels for cell in (label, "")]
    label_widths = [
        (GAP if i else 0) + text_width(label, 9) + PAD for i, label in enumerate(labels)
    ]
    line = min(MAX_LINE, (CONTENT_WIDTH - sum(label_widths)) / len(labels))
    widths = [size for label_width in label_widths for size in (label_width, line)]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts(), 9),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), GAP),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                *(("LINEBELOW", (c, 0), (c, 0), 0.6, INK) for c in range(1, len(cells), 2)),
            ]
        )
    )
    return table
