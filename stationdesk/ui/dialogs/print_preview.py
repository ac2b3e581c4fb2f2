"""Print preview: the pages as they will print, zoom, paging, Print and Save as PDF."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stationdesk.ui.context import AppContext
from stationdesk.ui.pdf_pages import PdfPages, PrintError, prepare_printer, print_pages

FOLDER_KEY = "print/folder"
PRINTER_KEY = "print/printer"
ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
PAGE_GAP = 24  # grey around the page, in pixels
CACHE_SIZE = 6
PREFERRED_SIZE = (1000, 1100)
VIEW_STYLE = "QLabel#previewPage { background: #6b6b6b; }"
FIT_WIDTH, FIT_PAGE = "width", "page"


def ask_pdf_path(parent: QWidget, ctx: AppContext, title: str, file_name: str) -> Path | None:
    """Ask where to save a PDF, starting in the folder used last; None when cancelled."""
    folder = str(ctx.settings.value(FOLDER_KEY, str(Path.home())))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(folder) / file_name),
        QCoreApplication.translate("PrintPreviewDialog", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    ctx.settings.setValue(FOLDER_KEY, str(path.parent))
    return path


class PrintPreviewDialog(QDialog):
    """One written PDF shown page by page; printed or saved exactly as written."""

    def __init__(
        self,
        ctx: AppContext,
        pdf: Path,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf = pdf
        self.title = title
        self.file_name = file_name
        self.pages = PdfPages(pdf)
        self.page_count = len(self.pages)
        self.page_index = 0
        self.zoom = 1.0
        self.fit: str | None = FIT_WIDTH
        self.saved_to: Path | None = None
        self.printed_pages = 0
        self._cache: dict[tuple[int, int], QPixmap] = {}
        self.setWindowTitle(self.tr("Print preview - %1").replace("%1", title))
        self._build()
        self._bind_keys()
        self._fit_to_screen()
        self.show_page(0)

    # -- construction --------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self._build_view(), 1)
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        layout.addWidget(self.note)

    def _build_toolbar(self) -> QHBoxLayout:
        """Paging and zoom on the left; Save as PDF, Print and Close on the right."""
        self.previous_button = self._button(self.tr("< Previous"), self.previous_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPageNumber")
        self.next_button = self._button(self.tr("Next >"), self.next_page)
        self.zoom_out_button = self._button(self.tr("Zoom out"), self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_in_button = self._button(self.tr("Zoom in"), self.zoom_in)
        self.fit_width_button = self._button(self.tr("Fit width"), self.fit_to_width)
        self.fit_page_button = self._button(self.tr("Whole page"), self.fit_to_page)
        self.save_button = self._button(self.tr("Save as PDF..."), self.save_as_pdf)
        self.print_button = self._button(self.tr("Print..."), self.print_document)
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.print_button.setDefault(True)
        bar = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            bar.addWidget(button)
        return bar

    def _build_view(self) -> QScrollArea:
        """The page on grey, scrolled when larger than the window."""
        self.page_view = QLabel()
        self.page_view.setObjectName("previewPage")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setMargin(PAGE_GAP)
        self.area = QScrollArea()
        self.area.setObjectName("previewArea")
        self.area.setWidget(self.page_view)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setStyleSheet(VIEW_STYLE)
        return self.area

    def _fit_to_screen(self) -> None:
        """Tall enough for a whole A4 page at a readable size, never taller than the screen."""
        available = self.screen().availableGeometry()
        self.resize(
            min(PREFERRED_SIZE[0], available.width()),
            min(PREFERRED_SIZE[1], available.height() - 60),
        )

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _bind_keys(self) -> None:
        keys = (
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as_pdf),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)

    # -- showing -------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        """Show page `index` (kept within the document) at the current zoom."""
        index = max(0, min(index, self.page_count - 1))
        if index != self.page_index:
            self.area.verticalScrollBar().setValue(0)
        self.page_index = index
        if self.fit is not None:
            self.zoom = self._fitting_zoom(self.fit)
        self.page_view.setPixmap(self._pixmap(self.page_index))
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.page_index + 1))
            .replace("%2", str(self.page_count))
        )
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.previous_button.setEnabled(self.page_index > 0)
        self.next_button.setEnabled(self.page_index < self.page_count - 1)
        self.zoom_out_button.setEnabled(self.zoom > ZOOM_STEPS[0])
        self.zoom_in_button.setEnabled(self.zoom < ZOOM_STEPS[-1])

    def _screen_dpi(self) -> float:
        return float(self.logicalDpiX())

    def _fitting_zoom(self, fit: str) -> float:
        """The zoom at which the page fills the view's width, or shows whole."""
        size = self.pages.size_points(self.page_index) * (self._screen_dpi() / 72)
        view = self.area.maximumViewportSize()
        scroll_bar = self.area.verticalScrollBar().sizeHint().width()
        zoom = (view.width() - scroll_bar - 2 * PAGE_GAP) / size.width()
        if fit == FIT_PAGE:
            zoom = min(zoom, (view.height() - 2 * PAGE_GAP) / size.height())
        return max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))

    def _pixmap(self, index: int) -> QPixmap:
        """Page `index` at the current zoom, rendered once and kept for a while."""
        ratio = self.devicePixelRatioF()
        dpi = math.floor(self._screen_dpi() * self.zoom * ratio)  # never wider than fitted
        key = (index, dpi)
        if key not in self._cache:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            pixmap = self.pages.render_pixmap(index, dpi)
            pixmap.setDevicePixelRatio(ratio)
            self._cache[key] = pixmap
        return self._cache[key]

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A fitting zoom follows the window's size."""
        super().resizeEvent(event)
        if self.fit is not None and self.isVisible():
            self.show_page(self.page_index)

    # -- paging and zoom -------------------------------------------------------------
    def previous_page(self) -> None:
        """Page Up: the page before."""
        self.show_page(self.page_index - 1)

    def next_page(self) -> None:
        """Page Down: the page after."""
        self.show_page(self.page_index + 1)

    def zoom_in(self) -> None:
        """The next larger zoom step."""
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        """The next smaller zoom step."""
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 0.01]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_to_width(self) -> None:
        """The page as wide as the view, following the window's size."""
        self.fit = FIT_WIDTH
        self.show_page(self.page_index)

    def fit_to_page(self) -> None:
        """The whole page in the view, following the window's size."""
        self.fit = FIT_PAGE
        self.show_page(self.page_index)

    def _set_zoom(self, zoom: float) -> None:
        self.fit = None
        self.zoom = zoom
        self.show_page(self.page_index)

    # -- saving and printing --------------------------------------------------------------
    def save_as_pdf(self) -> Path | None:
        """Copy the document as written to a file the user chooses; the path, or None."""
        path = ask_pdf_path(
            self, self.ctx, self.tr("Save %1 as PDF").replace("%1", self.title), self.file_name
        )
        if path is None:
            return None
        try:
            shutil.copyfile(self.pdf, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The PDF could not be written:\n%1").replace("%1", str(exc)),
            )
            return None
        self.saved_to = path
        self.note.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def print_document(self) -> int:
        """Choose a printer in the system's print dialog and print; how many pages went."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)  # the job's name in the printer's queue
        last_printer = str(self.ctx.settings.value(PRINTER_KEY, ""))
        if last_printer:
            printer.setPrinterName(last_printer)
        prepare_printer(printer, self.pages)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        if printer.printerName():
            self.ctx.settings.setValue(PRINTER_KEY, printer.printerName())
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on a printer already set up; how many pages went (0 after a failure)."""
        try:
            self.printed_pages = print_pages(self.pages, printer)
        except PrintError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not printed"),
                self.tr("The printer %1 could not be started.").replace("%1", str(exc)),
            )
            return 0
        self.accept()
        return self.printed_pages

    def done(self, result: int) -> None:
        """Let go of the document once the dialog is closed."""
        super().done(result)
        self.pages.close()

    @classmethod
    def preview(
        cls, ctx: AppContext, pdf: Path, title: str, file_name: str, parent: QWidget | None = None
    ) -> tuple[Path | None, int]:
        """Show the preview; where the user saved it (or None) and how many pages were printed."""
        dialog = cls(ctx, pdf, title, file_name, parent)
        dialog.exec()
        return dialog.saved_to, dialog.printed_pages
