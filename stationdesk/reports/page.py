"""The A4 page every printed form shares: station and title on top, who printed it and
"page x of y" at the bottom, one font, and repeatable output for tests."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from stationdesk import __version__
from stationdesk.reports.fonts import register_fonts
from stationdesk.reports.strings import date_time, tr
from stationdesk.store import Store, safefile

MARGIN = 10 * mm
HEADER_HEIGHT = 17 * mm
FOOTER_HEIGHT = 9 * mm
INK = colors.black
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#888888")
CONTENT_WIDTH = A4[0] - 2 * MARGIN
NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer of each page say."""

    station: str
    title: str
    actor: str
    lang: str
    printed_at: datetime | None = None

    @classmethod
    def of(cls, store: Store, title: str, lang: str, *, invariant: bool = False) -> PageInfo:
        """The store's station and user; repeatable (invariant) output carries no time."""
        return cls(
            station=store.setting("station_name") or "StationDesk",
            title=title,
            actor=store.actor,
            lang=lang,
            printed_at=None if invariant else datetime.now().replace(second=0, microsecond=0),
        )

    def printed_line(self) -> str:
        """Printed by whom (and when)."""
        if self.printed_at is None:
            return tr("Printed by {actor}", self.lang, actor=self.actor)
        when = date_time(self.printed_at, self.lang)
        return tr("Printed by {actor} on {time}", self.lang, actor=self.actor, time=when)


def paragraph_style(name: str, size: float, **options: Any) -> ParagraphStyle:
    """A paragraph style in the forms' font (CJK line breaking on)."""
    return ParagraphStyle(
        name,
        fontName=register_fonts(),
        fontSize=size,
        leading=size * 1.3,
        wordWrap="CJK",
        textColor=INK,
        **options,
    )


class NumberedCanvas(Canvas):
    """A canvas that holds its pages until the end, so each can say "page x of y"."""

    def __init__(self, *args: Any, info: PageInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.info = info
        self.held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Hold the page; it is drawn in `save`."""
        self.held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Put header and footer on every held page, then write the file."""
        total = len(self.held_pages)
        for state in self.held_pages:
            self.__dict__.update(state)
            self.draw_header()
            self.draw_footer(total)
            super().showPage()
        super().save()

    def draw_header(self) -> None:
        """Station name and form title, centred, over a rule."""
        width, height = self._pagesize
        font = register_fonts()
        top = height - MARGIN
        self.setFillColor(MUTED)
        self.setFont(font, 10)
        self.drawCentredString(width / 2, top - 9, self.info.station)
        self.setFillColor(INK)
        self.setFont(font, 16)
        self.drawCentredString(width / 2, top - 29, self.info.title)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        rule = top - HEADER_HEIGHT + 3 * mm
        self.line(MARGIN, rule, width - MARGIN, rule)

    def draw_footer(self, total: int) -> None:
        """Who printed it on the left, "page x of y" on the right."""
        width, _ = self._pagesize
        baseline = MARGIN
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, baseline + 10, width - MARGIN, baseline + 10)
        self.setFillColor(MUTED)
        self.setFont(register_fonts(), 7.5)
        self.drawString(MARGIN, baseline, self.info.printed_line())
        page = tr("Page {page} of {pages}", self.info.lang, page=self._pageNumber, pages=total)
        self.drawRightString(width - MARGIN, baseline, page)


def write_pdf(
    path: Path,
    story: Sequence[Flowable],
    info: PageInfo,
    *,
    invariant: bool = False,
    pagesize: tuple[float, float] = A4,
) -> None:
    """Lay out `story` on the shared page (A4 portrait unless `pagesize` says otherwise)
    and write it to `path` (whole, or not at all)."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=f"{info.station} {info.title}",
        author=info.actor,
        subject=info.title,
        creator=f"StationDesk {__version__}",
        lang="zh-CN" if info.lang == "zh" else "en",
        invariant=int(invariant),
        initialFontName=register_fonts(),
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", **NO_PADDING)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=partial(NumberedCanvas, info=info))
    safefile.write_bytes(path, buffer.getvalue())
