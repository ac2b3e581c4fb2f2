"""The one font of every printed form: WenQuanYi Micro Hei, bundled, covering Chinese and Latin."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from stationdesk import paths

FONT = "WenQuanYiMicroHei"


@cache
def register_fonts() -> str:
    """Register the bundled font with reportlab once; returns its name.

    reportlab embeds only the glyphs a document uses (subsetting). The font has no bold face,
    so bold and italic map to the regular one: forms show emphasis by size and colour.
    """
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(paths.font_file())))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT
