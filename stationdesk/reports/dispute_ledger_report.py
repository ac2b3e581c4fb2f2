"""The dispute ledger (矛盾纠纷排查化解台账) for a date range: landscape A4, one line per dispute
received in the range, header repeated on every page, totals at the end.

Disputes are read in keyset blocks through the ledger service; each line is plain text cut to
fixed-height cells, so thousands of lines lay out quickly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from stationdesk.domain.dispute_ledger import DisputeFilter, LedgerRow
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridService
from stationdesk.domain.labels import (
    DISPUTE_CATEGORIES,
    DISPUTE_OUTCOMES,
    DISPUTE_STATUSES,
    RECEIVED_HOW,
    RISK_GRADES,
)
from stationdesk.errors import ValidationError
from stationdesk.reports.form_parts import BLANK, LABEL_FILL, clip_lines, gap, grid_style, joined
from stationdesk.reports.page import (
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    MARGIN,
    RULE,
    PageInfo,
    paragraph_style,
    write_pdf,
)
from stationdesk.reports.strings import date_range, tr
from stationdesk.store import Store

BLOCK = 500
SIZE = 6.8
LEADING = SIZE * 1.2
PAD = 2
ROW_HEIGHT = 2 * LEADING + 2 * PAD + 1
PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN
BODY_HEIGHT = PAGE[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT - 1
TITLE_GAP = 2 * mm
HIGH_FILL = colors.HexColor("#FBE3E3")
OVERDUE_FILL = colors.HexColor("#FFF1C9")
SETTLED_OUTCOME = "agreement"

# (title, width in mm, lines the cell may take); the summary takes what is left.
COLUMNS: tuple[tuple[str, float, int], ...] = (
    ("No.", 11, 1),
    ("Received on", 17, 1),
    ("Received how", 17, 2),
    ("Category", 15, 2),
    ("Grid", 24, 2),
    ("Parties", 26, 2),
    ("Summary", 0, 2),
    ("Grade", 9, 1),
    ("Officer", 14, 2),
    ("Sessions", 11, 1),
    ("Outcome", 24, 2),
    ("Status", 19, 2),
    ("Follow-up", 20, 2),
)
GRADE_COLUMN = 7


@dataclass(frozen=True)
class Followups:
    """Where a dispute's follow-ups stand."""

    pending: int = 0
    late: int = 0
    done: int = 0
    broken: int = 0


@dataclass
class Totals:
    """What the last lines of the ledger add up."""

    received: int = 0
    settled: int = 0
    overdue_open: int = 0
    by_grade: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)

    def add(self, row: LedgerRow) -> None:
        """Count one dispute."""
        self.received += 1
        self.settled += row.outcome == SETTLED_OUTCOME
        self.overdue_open += row.overdue
        self.by_grade[row.risk_grade] += 1
        self.by_status[row.status] += 1

    @property
    def rate(self) -> float:
        """Settled as a share of received (0 when none was received)."""
        return self.settled / self.received if self.received else 0.0


def write_ledger(
    store: Store,
    date_from: date,
    date_to: date,
    path: Path,
    *,
    lang: str = "zh",
    invariant: bool = False,
    grid_ids: Sequence[int] | None = None,
) -> None:
    """Write the ledger of disputes received from `date_from` to `date_to` (inclusive).

    With `grid_ids`, only disputes of those grids and the grids below them.
    """
    if date_from > date_to:
        raise ValidationError({"dates": f"{date_from} is after {date_to}"})
    service = DisputeService(store)
    totals = Totals()
    lines = LedgerLines(store, lang)
    for block in ledger_blocks(service, date_from, date_to, grid_filter(store, grid_ids)):
        for row in block:
            totals.add(row)
        lines.add_block(block)
    title = heading(date_from, date_to, lang)
    title_height = title.wrap(WIDTH, BODY_HEIGHT)[1] + TITLE_GAP
    story: list[Flowable] = [
        title,
        gap(TITLE_GAP),
        *lines.tables(BODY_HEIGHT - title_height, BODY_HEIGHT),
        gap(4 * mm),
        KeepTogether(totals_table(totals, lang)),
    ]
    info = PageInfo.of(store, tr("Dispute ledger", lang), lang, invariant=invariant)
    write_pdf(path, story, info, invariant=invariant, pagesize=PAGE)


def grid_filter(store: Store, grid_ids: Sequence[int] | None) -> set[int] | None:
    """Every grid id at or below the chosen ones (None: all grids)."""
    if grid_ids is None:
        return None
    grids = GridService(store)
    return {node for grid_id in grid_ids for node in grids.subtree_ids(grid_id)}


def ledger_blocks(
    service: DisputeService, first: date, last: date, grids: set[int] | None
) -> Iterator[list[LedgerRow]]:
    """Ledger lines received in the range, oldest first, a block at a time (keyset paging)."""
    flt = DisputeFilter(received_from=first, received_to=last)
    after: tuple[Any, int] | None = None
    while True:
        ids = service.ids(flt, "received_on", descending=False, limit=BLOCK, after=after)
        if not ids:
            return
        rows = service.rows(ids)
        after = (rows[-1].received_on, rows[-1].id)
        yield [row for row in rows if grids is None or row.grid_id in grids]


def heading(first: date, last: date, lang: str) -> Paragraph:
    """The date range the ledger covers."""
    text = tr("Disputes received {range}", lang, range=date_range(first, last, lang))
    return Paragraph(text, paragraph_style("range", 10, alignment=1))


class LedgerLines:
    """The ledger's lines, filled a block at a time and laid out a page at a time."""

    def __init__(self, store: Store, lang: str) -> None:
        self.store = store
        self.lang = lang
        self.widths = column_widths()
        self.header = [tr(title, lang) for title, _, _ in COLUMNS]
        self.lines: list[list[str]] = []
        self.marks: list[tuple[bool, bool]] = []

    def add_block(self, rows: list[LedgerRow]) -> None:
        """Add a block of disputes with their session counts and follow-up states."""
        ids = [row.id for row in rows]
        sessions = session_counts(self.store, ids)
        followups = followup_states(self.store, ids)
        for row in rows:
            cells = self.cells(row, sessions.get(row.id, 0), followups.get(row.id))
            self.lines.append(
                [
                    clip_lines(text, width - 2 * PAD, SIZE, lines)
                    for text, width, (_, _, lines) in zip(cells, self.widths, COLUMNS, strict=True)
                ]
            )
            self.marks.append((row.overdue, row.high_grade))

    def cells(self, row: LedgerRow, sessions: int, followups: Followups | None) -> list[str]:
        """One dispute's cells, as text."""
        lang = self.lang
        outcome = BLANK
        if row.outcome is not None:
            outcome = f"{tr(DISPUTE_OUTCOMES[row.outcome], lang)} {row.outcome_on}"
        status = tr(DISPUTE_STATUSES[row.status], lang)
        if row.overdue:
            status += tr(" (overdue)", lang)
        return [
            str(row.id),
            row.received_on,
            tr(RECEIVED_HOW[row.received_how], lang),
            tr(DISPUTE_CATEGORIES[row.category], lang),
            row.grid_name,
            joined(row.parties, lang),
            row.summary,
            row.risk_grade,
            row.officer_name,
            str(sessions),
            outcome,
            status,
            followup_text(followups, lang),
        ]

    def tables(self, first_page: float, page: float) -> list[Flowable]:
        """One table per page, each with the header: `first_page` and `page` are the heights
        free for it. Tables that fill a page exactly keep the layout linear in the lines."""
        if not self.lines:
            empty = tr("No disputes received in this period", self.lang)
            return [self.table([[empty] + [""] * (len(COLUMNS) - 1)], [], span=True)]
        found: list[Flowable] = []
        start, room = 0, first_page
        while start < len(self.lines):
            count = max(1, int(room // ROW_HEIGHT) - 1)
            stop = start + count
            found.append(self.table(self.lines[start:stop], self.marks[start:stop]))
            start, room = stop, page
        return found

    def table(
        self, lines: list[list[str]], marks: list[tuple[bool, bool]], *, span: bool = False
    ) -> Table:
        """The header and `lines` as one table."""
        commands = [*line_style(), *(("SPAN", (0, 1), (-1, 1)),) * span]
        for index, (overdue, high) in enumerate(marks, 1):
            commands += row_marks(overdue, high, index)
        table = Table(
            [self.header, *lines],
            colWidths=self.widths,
            rowHeights=[ROW_HEIGHT] * (len(lines) + 1),
            repeatRows=1,
        )
        table.setStyle(TableStyle(commands))
        return table


def line_style() -> list[tuple[Any, ...]]:
    """Small type, tight padding, a shaded header."""
    return [
        *grid_style(()),
        ("FONTSIZE", (0, 0), (-1, -1), SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (GRADE_COLUMN, 1), (GRADE_COLUMN + 2, -1), "CENTER"),
    ]


def column_widths() -> list[float]:
    """Fixed widths; the summary takes the rest of the landscape page."""
    fixed = sum(width for _, width, _ in COLUMNS) * mm
    return [width * mm if width else WIDTH - fixed for _, width, _ in COLUMNS]


def row_marks(overdue: bool, high: bool, index: int) -> list[tuple[Any, ...]]:
    """Overdue lines shaded; grade A/B marked in the grade cell."""
    marks: list[tuple[Any, ...]] = []
    if overdue:
        marks.append(("BACKGROUND", (0, index), (-1, index), OVERDUE_FILL))
    if high:
        cell = (GRADE_COLUMN, index)
        marks.append(("BACKGROUND", cell, cell, HIGH_FILL))
    return marks


def session_counts(store: Store, ids: list[int]) -> dict[int, int]:
    """How many mediation sessions each dispute of a block has had."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = store.conn.execute(
        "SELECT dispute_id, count(*) FROM mediation_sessions"
        f" WHERE voided_at IS NULL AND dispute_id IN ({marks}) GROUP BY dispute_id",
        ids,
    )
    return dict(rows.fetchall())


def followup_states(store: Store, ids: list[int]) -> dict[int, Followups]:
    """Pending, late, done and broken follow-ups of each dispute of a block."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = store.conn.execute(
        "SELECT dispute_id,"
        " sum(done_on IS NULL AND cancelled_on IS NULL),"
        " sum(done_on IS NULL AND cancelled_on IS NULL AND due_on < ?),"
        " sum(done_on IS NOT NULL), sum(kept = 0)"
        f" FROM followups WHERE voided_at IS NULL AND dispute_id IN ({marks})"
        " GROUP BY dispute_id",
        [date.today().isoformat(), *ids],
    )
    return {row[0]: Followups(*row[1:]) for row in rows}


def followup_text(state: Followups | None, lang: str) -> str:
    """Broken / late / pending / kept, most urgent first."""
    if state is None:
        return BLANK
    if state.broken:
        return tr("Agreement broken", lang)
    if state.late:
        return tr("{count} late", lang, count=state.late)
    if state.pending:
        return tr("{count} pending", lang, count=state.pending)
    return tr("Kept", lang) if state.done else BLANK


def totals_table(totals: Totals, lang: str) -> list[Flowable]:
    """Received, settled, settlement rate, overdue open, and counts by grade and status."""
    figures = [
        ("Received", str(totals.received)),
        ("Agreements reached", str(totals.settled)),
        ("Settlement rate", f"{totals.rate:.1%}"),
        ("Overdue, still open", str(totals.overdue_open)),
    ]
    figures += [(RISK_GRADES[g], str(totals.by_grade.get(g, 0))) for g in RISK_GRADES]
    figures += [(DISPUTE_STATUSES[s], str(totals.by_status.get(s, 0))) for s in DISPUTE_STATUSES]
    style = paragraph_style("figure", SIZE + 0.5, alignment=1)
    header = [Paragraph(tr(name, lang), style) for name, _ in figures]
    width = WIDTH / len(figures)
    values = [value for _, value in figures]
    table = Table([header, values], colWidths=[width] * len(figures))
    commands = grid_style(())
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("FONTSIZE", (0, 1), (-1, 1), 10),
        ("LEADING", (0, 1), (-1, 1), 12),
    ]
    table.setStyle(TableStyle(commands))
    title = Paragraph(tr("Totals", lang), paragraph_style("totals", 10, spaceAfter=1.5 * mm))
    return [title, table]
