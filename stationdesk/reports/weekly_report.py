"""The weekly report (工作周报) on A4: headline figures, three small charts, every count against
last week (环比), the same week last year (同比) and year to date, the per-grid table, the
definitions a reader needs, and lines to sign. Figures come from `domain.weekly_report`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from stationdesk.domain.figures import figure_keys, figure_label
from stationdesk.domain.labels import label
from stationdesk.domain.weekly_report import (
    DASH,
    Figure,
    GridLine,
    WeeklyReport,
    change_text,
    percent_text,
    ratio_percent,
    signed,
    value_text,
)
from stationdesk.domain.weeks import IsoWeek
from stationdesk.reports.fonts import register_fonts
from stationdesk.reports.form_parts import LABEL_FILL, gap, grid_style, section, signature_rows
from stationdesk.reports.page import CONTENT_WIDTH, INK, MUTED, PageInfo, paragraph_style, write_pdf
from stationdesk.reports.strings import (
    CHANGE_NOTE,
    COVERAGE_NOTE,
    RATE_NOTE,
    WEEK_NOTE,
    date_range,
    date_time,
    tr,
)
from stationdesk.store import Store

SIZE = 7.8
SMALL = 7
PAD = 2
RECEIVED_COLOUR = colors.HexColor("#1F5FA8")
SETTLED_COLOUR = colors.HexColor("#E08A1E")
LAST_YEAR_COLOUR = colors.HexColor("#B8C4D6")
SECTION_FILL = colors.HexColor("#DDE3EC")
HIGHLIGHT = colors.HexColor("#B00020")
CHART_HEIGHT = 47 * mm
COLUMNS = (
    "Item",
    "This week",
    "Last week",
    "vs last week",
    "Same week last year",
    "vs last year",
    "Year to date",
    "Last year to date",
    "Year-to-date change",
)
# (heading, figure keys shown under it); sub-headings start with "·".
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Disputes",
        (
            "disputes.received",
            "disputes.settled",
            "rate",
            "disputes.confirmed",
            "disputes.referred",
            "disputes.escalated",
            "disputes.withdrawn",
            "disputes.open",
            "disputes.overdue_open",
            "disputes.open_grade_A",
            "disputes.open_grade_B",
            "disputes.open_grade_C",
            "disputes.open_grade_D",
        ),
    ),
    ("· By category", tuple(k for k in figure_keys() if k.startswith("disputes.category."))),
    ("· By how received", tuple(k for k in figure_keys() if k.startswith("disputes.how."))),
    (
        "Mediation and follow-up",
        (
            "mediation.sessions",
            "mediation.agreements",
            "followups.due",
            "followups.done",
            "followups.broken",
        ),
    ),
    (
        "Household visits",
        (
            "visits.visits",
            "visits.households",
            "visits.households_total",
            "visits.anti_fraud",
            "visits.disputes_found",
        ),
    ),
    (
        "Roster",
        ("roster.duty_days", "roster.patrols", "roster.leave_days", "roster.sick_days"),
    ),
    (
        "Injuries on duty",
        (
            "injuries.incidents",
            "injuries.officers_hurt",
            "injuries.days_lost",
            "injuries.compensation_fen",
            "injuries.legal_aid",
        ),
    ),
)
HEADLINES = (
    "disputes.received",
    "disputes.settled",
    "rate",
    "disputes.overdue_open",
    "visits.visits",
    "injuries.incidents",
)
NOTES = (WEEK_NOTE, CHANGE_NOTE, RATE_NOTE, COVERAGE_NOTE)


def write_weekly_report(
    store: Store, report: WeeklyReport, path: Path, *, lang: str = "zh", invariant: bool = False
) -> None:
    """Write `report` to `path` as an A4 PDF in `lang`."""
    info = PageInfo.of(store, tr("Weekly report", lang), lang, invariant=invariant)
    write_pdf(path, story(report, info, lang), info, invariant=invariant)


def story(report: WeeklyReport, info: PageInfo, lang: str) -> list[Flowable]:
    """The report's flowables, in reading order."""
    return [
        _heading(report, info, lang),
        gap(2 * mm),
        _headlines(report, lang),
        gap(3 * mm),
        _charts(report, lang),
        *section("Figures of the week", lang),
        _figure_table(report, lang),
        KeepTogether([*section("By grid", lang), _grid_table(report, lang)]),
        *_definitions(lang),
    ]


def _definitions(lang: str) -> list[Flowable]:
    """What the figures mean, then lines for the clerk and the chief to sign."""
    notes = [Paragraph(tr(note, lang), _style(SMALL, MUTED)) for note in NOTES]
    signatures = signature_rows([tr("Prepared by", lang), tr("Approved by (chief)", lang)], lang)
    return [
        KeepTogether([*section("Definitions", lang), notes[0]]),
        *notes[1:-1],
        KeepTogether([notes[-1], gap(6 * mm), signatures]),
    ]


def _style(size: float, colour: Any = INK, **options: Any) -> Any:
    style = paragraph_style(f"weekly{size}", size, **options)
    style.textColor = colour
    return style


def _week_title(week: IsoWeek, lang: str) -> str:
    return tr("Week {week}", lang, week=week, year=week.year, number=week.week)


def _heading(report: WeeklyReport, info: PageInfo, lang: str) -> Flowable:
    """Which week, which area, when and by whom it was generated."""
    span = report.periods.week
    when = date_range(span.first, span.last, lang)
    if not report.complete:
        when += tr(" (so far)", lang)
    lines = [
        f"{_week_title(report.week, lang)}　{when}",
        tr("Area: {scope}", lang, scope=report.scope_name),
        tr(
            "Generated {time} by {actor}",
            lang,
            time=date_time(report.generated_at, lang),
            actor=info.actor,
        ),
    ]
    styles = [_style(11.5), _style(SIZE, MUTED), _style(SIZE, MUTED)]
    return KeepTogether([Paragraph(text, style) for text, style in zip(lines, styles, strict=True)])


def _headline_value(report: WeeklyReport, key: str, lang: str) -> tuple[str, str, str]:
    """(value, 环比 text, 同比 text) of a headline."""
    if key == "rate":
        now, before, year_ago = (report.rate_of(p) for p in ("week", "last_week", "year_ago"))
        return (
            percent_text(now),
            _points(now, before),
            _points(now, year_ago),
        )
    figure = report[key]
    return (
        value_text(key, figure.week),
        change_text(figure.week, figure.last_week, lang),
        change_text(figure.week, figure.year_ago, lang),
    )


def _points(now: float | None, base: float | None) -> str:
    """A change of a rate, in percentage points."""
    if now is None or base is None:
        return DASH
    return signed(now - base, " pp")


def _headline_title(key: str, lang: str) -> str:
    return tr("Settlement rate", lang) if key == "rate" else label(figure_label(key), lang)


def _headlines(report: WeeklyReport, lang: str) -> Table:
    """Six boxes: the number large, its changes small."""
    width = CONTENT_WIDTH / len(HEADLINES)
    titles, values, changes = [], [], []
    for key in HEADLINES:
        value, week_change, year_change = _headline_value(report, key, lang)
        titles.append(Paragraph(_headline_title(key, lang), _style(SMALL, MUTED, alignment=1)))
        colour = HIGHLIGHT if key == "disputes.overdue_open" and value not in ("0", DASH) else INK
        values.append(Paragraph(value, _style(17, colour, alignment=1)))
        text = tr("vs last week {a}<br/>vs last year {b}", lang, a=week_change, b=year_change)
        changes.append(Paragraph(text, _style(6.3, MUTED, alignment=1)))
    table = Table([titles, values, changes], colWidths=[width] * len(HEADLINES))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts(), SIZE),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.HexColor("#BBBBBB")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3F5F8")),
            ]
        )
    )
    return table


# -- charts -------------------------------------------------------------------------------
def _charts(report: WeeklyReport, lang: str) -> Table:
    """Trend, categories and visits per grid side by side."""
    widths = (CONTENT_WIDTH * 0.38, CONTENT_WIDTH * 0.32, CONTENT_WIDTH * 0.30)
    drawings = [
        _trend_chart(report, lang, widths[0]),
        _category_chart(report, lang, widths[1]),
        _visits_chart(report, lang, widths[2]),
    ]
    table = Table([drawings], colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts(), SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _drawing(width: float) -> Drawing:
    """A chart's canvas whose text starts in the forms' font (not reportlab's Helvetica)."""
    drawing = Drawing(width, CHART_HEIGHT)
    drawing.initialFontName = register_fonts()
    return drawing


def _chart_title(drawing: Drawing, text: str) -> None:
    drawing.add(String(2, drawing.height - 9, text, fontName=register_fonts(), fontSize=8))


def _axis_fonts(chart: Any, size: float = 6) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = register_fonts()
        axis.labels.fontSize = size
        axis.strokeWidth = 0.4
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True


def _legend(drawing: Drawing, x: float, items: Sequence[tuple[Any, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = x, drawing.height - 15
    legend.fontName = register_fonts()
    legend.fontSize = 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 48
    legend.dx = legend.dy = 5
    legend.colorNamePairs = list(items)
    drawing.add(legend)


def _scale(chart: Any, values: Sequence[float]) -> None:
    """A value axis from 0 in four whole, round steps."""
    top = max([*values, 1])
    round_steps = (n for n in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500) if top <= n * 4)
    step = next(round_steps, -(-top // 4))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * 4


def _trend_chart(report: WeeklyReport, lang: str, width: float) -> Drawing:
    """Disputes received and settled in each of the last 12 weeks."""
    drawing = _drawing(width)
    _chart_title(drawing, tr("Disputes received and settled, 12 weeks", lang))
    chart = HorizontalLineChart()
    chart.x, chart.y = 20, 14
    chart.width, chart.height = width - 28, CHART_HEIGHT - 40
    received = [t.received for t in report.trend]
    settled = [t.settled for t in report.trend]
    chart.data = [received, settled]
    chart.categoryAxis.categoryNames = [f"W{t.week.week:02d}" for t in report.trend]
    chart.categoryAxis.labels.angle = 0
    _axis_fonts(chart, 5.5)
    _scale(chart, received + settled)
    for index, colour in enumerate((RECEIVED_COLOUR, SETTLED_COLOUR)):
        chart.lines[index].strokeColor = colour
        chart.lines[index].strokeWidth = 1.4
    chart.joinedLines = 1
    drawing.add(chart)
    _legend(
        drawing,
        width - 100,
        [
            (RECEIVED_COLOUR, tr("Received", lang)),
            (SETTLED_COLOUR, label(figure_label("disputes.settled"), lang)),
        ],
    )
    return drawing


def _category_chart(report: WeeklyReport, lang: str, width: float) -> Drawing:
    """Disputes by category, this year to date against last year to date."""
    keys = [k for k in figure_keys() if k.startswith("disputes.category.")]
    drawing = _drawing(width)
    _chart_title(drawing, tr("Disputes by category, year to date", lang))
    chart = HorizontalBarChart()
    label_room = 44 if lang == "zh" else 62
    chart.x, chart.y = label_room, 6
    chart.width, chart.height = width - label_room - 8, CHART_HEIGHT - 32
    this_year = [report[k].ytd or 0 for k in keys]
    last_year = [report[k].ytd_last_year or 0 for k in keys]
    chart.data = [list(reversed(last_year)), list(reversed(this_year))]
    chart.categoryAxis.categoryNames = [label(figure_label(k), lang) for k in reversed(keys)]
    _axis_fonts(chart)
    _scale(chart, this_year + last_year)
    chart.bars[0].fillColor = LAST_YEAR_COLOUR
    chart.bars[1].fillColor = RECEIVED_COLOUR
    chart.bars.strokeWidth = 0
    chart.barSpacing = 0.5
    chart.groupSpacing = 2.5
    drawing.add(chart)
    _legend(
        drawing,
        width - 100,
        [(RECEIVED_COLOUR, tr("This year", lang)), (LAST_YEAR_COLOUR, tr("Last year", lang))],
    )
    return drawing


def _visits_chart(report: WeeklyReport, lang: str, width: float) -> Drawing:
    """Household visits in the week per line of the grid table."""
    drawing = _drawing(width)
    _chart_title(drawing, tr("Household visits per grid, this week", lang))
    lines = report.grids
    if not any(line.visits for line in lines):
        drawing.add(
            String(
                width / 2,
                CHART_HEIGHT / 2,
                tr("No visits recorded this week", lang),
                fontName=register_fonts(),
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 18, 26
    chart.width, chart.height = width - 24, CHART_HEIGHT - 44
    chart.data = [[line.visits for line in lines]]
    chart.categoryAxis.categoryNames = [line.name for line in lines]
    _axis_fonts(chart, 5.5)
    chart.categoryAxis.labels.angle = 60
    chart.categoryAxis.labels.boxAnchor = "ne"
    _scale(chart, [line.visits for line in lines])
    chart.bars[0].fillColor = RECEIVED_COLOUR
    chart.bars.strokeWidth = 0
    drawing.add(chart)
    return drawing


# -- tables -------------------------------------------------------------------------------
def _figure_cells(figure: Figure, lang: str) -> list[str]:
    key = figure.key
    return [
        value_text(key, figure.week),
        value_text(key, figure.last_week),
        change_text(figure.week, figure.last_week, lang),
        value_text(key, figure.year_ago),
        change_text(figure.week, figure.year_ago, lang),
        value_text(key, figure.ytd),
        value_text(key, figure.ytd_last_year),
        DASH
        if figure.ytd is None or figure.ytd_last_year is None
        else change_text(figure.ytd, figure.ytd_last_year, lang),
    ]


def _rate_cells(report: WeeklyReport) -> list[str]:
    week, last, year_ago, ytd, ytd_last = (
        report.rate_of(p) for p in ("week", "last_week", "year_ago", "ytd", "ytd_last_year")
    )
    return [
        percent_text(week),
        percent_text(last),
        _points(week, last),
        percent_text(year_ago),
        _points(week, year_ago),
        percent_text(ytd),
        percent_text(ytd_last),
        _points(ytd, ytd_last),
    ]


def _figure_table(report: WeeklyReport, lang: str) -> Table:
    """Every count with its three comparisons, grouped by ledger."""
    head = [tr(title, lang) for title in COLUMNS]
    rows: list[list[Any]] = [[Paragraph(text, _style(SMALL, alignment=1)) for text in head]]
    commands = grid_style(())
    commands += [
        ("FONTSIZE", (0, 0), (-1, -1), SIZE),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("TEXTCOLOR", (3, 1), (3, -1), MUTED),
        ("TEXTCOLOR", (5, 1), (5, -1), MUTED),
        ("TEXTCOLOR", (8, 1), (8, -1), MUTED),
    ]
    for heading, keys in SECTIONS:
        sub = heading.startswith("·")
        rows.append([tr(heading, lang) if not sub else "  " + tr(heading[2:], lang)] + [""] * 8)
        row = len(rows) - 1
        commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), LABEL_FILL if sub else SECTION_FILL),
        ]
        for key in keys:
            if key == "rate":
                rows.append(["  " + tr("Settlement rate", lang), *_rate_cells(report)])
                continue
            indent = "      " if sub else "  "
            rows.append(
                [indent + label(figure_label(key), lang), *_figure_cells(report[key], lang)]
            )
            if key == "disputes.overdue_open" and report[key].week:
                commands.append(("TEXTCOLOR", (1, len(rows) - 1), (1, len(rows) - 1), HIGHLIGHT))
    first = 50 * mm if lang == "en" else 38 * mm
    rest = (CONTENT_WIDTH - first) / 8
    table = Table(rows, colWidths=[first] + [rest] * 8, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _grid_cells(line: GridLine, lang: str) -> list[str]:
    names = ("、" if lang == "zh" else ", ").join(line.officers) or DASH
    return [
        line.name,
        names,
        f"{line.received:,}",
        f"{line.settled:,}",
        f"{line.overdue_open:,}",
        f"{line.visits:,}",
        f"{line.households:,} / {line.households_total:,}",
        percent_text(line.coverage),
    ]


def _grid_table(report: WeeklyReport, lang: str) -> Table:
    """Grid, responsible officer, disputes received/settled/overdue, visits, coverage."""
    titles = (
        "Grid / community",
        "Responsible officer",
        "Received",
        "Settled by agreement",
        "Overdue, still open",
        "Visits",
        "Households reached / registered",
        "Coverage",
    )
    rows: list[list[Any]] = [[Paragraph(tr(t, lang), _style(SMALL, alignment=1)) for t in titles]]
    rows += [_grid_cells(line, lang) for line in report.grids]
    totals = [
        sum(getattr(line, name) for line in report.grids)
        for name in (
            "received",
            "settled",
            "overdue_open",
            "visits",
            "households",
            "households_total",
        )
    ]
    coverage = percent_text(ratio_percent(totals[4], totals[5]))
    rows.append(
        [
            tr("Totals", lang),
            "",
            *(f"{n:,}" for n in totals[:4]),
            f"{totals[4]:,} / {totals[5]:,}",
            coverage,
        ]
    )
    widths = [34 * mm, 34 * mm, 16 * mm, 16 * mm, 20 * mm, 16 * mm]
    widths += [CONTENT_WIDTH - sum(widths) - 18 * mm, 18 * mm]
    commands = grid_style(())
    commands += [
        ("FONTSIZE", (0, 0), (-1, -1), SIZE),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL),
        ("SPAN", (0, -1), (1, -1)),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]
    for row, line in enumerate(report.grids, start=1):
        if line.overdue_open:
            commands.append(("TEXTCOLOR", (4, row), (4, row), HIGHLIGHT))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table
