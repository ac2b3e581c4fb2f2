"""Reading a printed form back: its text (pypdf) and the glyphs of its embedded font (fontTools)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont
from pypdf import PdfReader

BFCHAR_SECTION = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
CODE_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
SUBSET_NAME = re.compile(r"/[A-Z]{6}\+WenQuanYiMicroHei")


def page_texts(path: Path) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(path).pages]


def text_of(path: Path) -> str:
    """All text of the PDF, as pypdf extracts it."""
    return "\n".join(page_texts(path))


def page_fonts(path: Path) -> Iterator[Any]:
    """Every font dictionary used on the pages (pypdf objects, read as the PDF nests them)."""
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            yield font.get_object()


def font_program(font: Any) -> bytes:
    """The TrueType font embedded for a font dictionary."""
    return bytes(font["/FontDescriptor"]["/FontFile2"].get_object().get_data())


def drawn_characters(font: Any) -> set[str]:
    """Characters whose glyph in the embedded subset has outlines (per ToUnicode and cmap)."""
    cmap = font["/ToUnicode"].get_object().get_data()
    to_unicode = [
        pair for section in BFCHAR_SECTION.findall(cmap) for pair in CODE_PAIR.findall(section)
    ]
    assert to_unicode, "the font has no ToUnicode map"
    subset = TTFont(io.BytesIO(font_program(font)))
    codes = subset["cmap"].tables[0].cmap
    glyphs = subset["glyf"]
    drawn = set()
    for code, unicode in to_unicode:
        char = bytes.fromhex(unicode.decode()).decode("utf-16-be")
        glyph = codes.get(int(code, 16))
        if glyph is not None and (char.isspace() or glyphs[glyph].numberOfContours != 0):
            drawn.add(char)
    return drawn


def missing_glyphs(path: Path) -> set[str]:
    """Characters of the text that have no glyph in the embedded WenQuanYi subsets."""
    fonts = list(page_fonts(path))
    assert fonts, "no font on the pages"
    drawn: set[str] = set()
    for font in fonts:
        assert SUBSET_NAME.fullmatch(str(font["/BaseFont"])), font["/BaseFont"]
        drawn |= drawn_characters(font)
    return {char for char in text_of(path) if not char.isspace()} - drawn
