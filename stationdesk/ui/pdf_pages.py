"""A written PDF as page images: for the print preview and for the printer (PDFium renders)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import pypdfium2
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

POINTS_PER_INCH = 72
PRINT_DPI_CAP = 300  # printer pixels beyond this add time and memory, not sharpness on a form
T = TypeVar("T")
DUPLEX_MODES = (QPrinter.DuplexMode.DuplexAuto, QPrinter.DuplexMode.DuplexLongSide)


class PrintError(Exception):
    """The printer could not be started."""


class PdfPages:
    """The pages of one PDF, rendered one at a time on demand."""

    def __init__(self, path: Path) -> None:
        # From memory, so the file stays free to copy or delete while the preview is open.
        self._document = pypdfium2.PdfDocument(path.read_bytes())

    def __len__(self) -> int:
        return len(self._document)

    def size_points(self, index: int) -> QSizeF:
        """Page `index`'s size in points (1/72 inch)."""
        width, height = self._document[index].get_size()
        return QSizeF(width, height)

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` as an image at `dpi` dots per inch, white paper under it."""
        return self.with_image(index, dpi, QImage.copy)

    def render_pixmap(self, index: int, dpi: float) -> QPixmap:
        """Page `index` as a pixmap for the screen, at `dpi` dots per inch."""
        return self.with_image(index, dpi, QPixmap.fromImage)

    def with_image(self, index: int, dpi: float, use: Callable[[QImage], T]) -> T:
        """Render page `index` and hand it to `use` while PDFium's memory still holds it."""
        page = self._document[index]
        # BGRx is Qt's own RGB32 layout: no conversion on the way to the screen or the printer.
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True)
        try:
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            return use(QImage(bitmap.buffer, width, height, stride, QImage.Format.Format_RGB32))
        finally:
            bitmap.close()
            page.close()

    def close(self) -> None:
        """Let go of the document."""
        self._document.close()


def prepare_printer(printer: QPrinter, pages: PdfPages) -> None:
    """A4 in the orientation of the first page, the whole sheet, both sides when offered."""
    printer.setFullPage(True)
    size = pages.size_points(0) if len(pages) else QSizeF(1, 2)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(orientation)
    offered = QPrinterInfo(printer).supportedDuplexModes()
    duplex = next((mode for mode in DUPLEX_MODES if mode in offered), None)
    if duplex is not None:
        printer.setDuplex(duplex)


def page_range(printer: QPrinter, count: int) -> range:
    """The page indexes the print dialog asked for (all when no range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        return range(count)
    return range(max(first, 1) - 1, min(last, count))


def draw_sheet(painter: QPainter, sheet: QSizeF, image: QImage) -> None:
    """One page image over the whole sheet."""
    painter.drawImage(QRectF(0, 0, sheet.width(), sheet.height()), image)


def print_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Draw the chosen pages on `printer`, each filling the sheet; how many sheets went."""
    # A driver that makes copies itself gets each page once; otherwise every copy is drawn.
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    indexes = list(page_range(printer, len(pages))) * copies
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.printerName() or printer.outputFileName())
    try:
        for number, index in enumerate(indexes):
            if number:
                printer.newPage()
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            pages.with_image(index, dpi, partial(draw_sheet, painter, QSizeF(sheet.size())))
    finally:
        painter.end()
    return len(indexes)
