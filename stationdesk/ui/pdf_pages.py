"""A written PDF as page images: for the print preview and for the printer (PDFium renders)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

POINTS_PER_INCH = 72
PRINT_DPI_CAP = 300  # printer pixels beyond this add time and memory, not sharpness on a form
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
        page = self._document[index]
        bitmap = page.render(scale=dpi / POINTS_PER_INCH)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
        )
        copy = image.copy()  # the bitmap's memory goes when it is closed
        bitmap.close()
        page.close()
        return copy

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
            target = QRectF(0, 0, sheet.width(), sheet.height())
            painter.drawImage(target, pages.render(index, dpi))
    finally:
        painter.end()
    return len(indexes)
