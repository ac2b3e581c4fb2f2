"""Time the print preview on a long document: opening it, paging, zooming, printing to PDF.

    python benchmarks/preview.py [--runs 15]

Writes the demo station's two-year dispute ledger (the longest printout), then times opening the
preview (first page shown), each Page Down, each zoom step and printing every page to a PDF
printer. The raw baseline, in the same run, is PDFium rendering one page at the same size with
nothing around it. Median and 95th percentile over the runs; runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from stationdesk.domain.demo import build_demo
from stationdesk.reports.dispute_ledger_report import write_ledger
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.print_preview import PrintPreviewDialog
from stationdesk.ui.pdf_pages import PdfPages, prepare_printer, print_pages

AS_OF = date(2026, 11, 25)


def timings(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds each of `runs` calls of `action` took."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - start)
    return seconds


def report(label: str, seconds: list[float]) -> None:
    """Median and 95th percentile, in milliseconds."""
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{label:<44} median {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"
    )


def main() -> None:
    """Build the ledger, then time the preview against the raw render."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="preview-bench-") as folder:
        store = build_demo(Path(folder) / "demo.sqlite", as_of=AS_OF)
        ledger = Path(folder) / "ledger.pdf"
        write_ledger(store, date(2024, 11, 25), AS_OF, ledger, lang="zh")
        ctx = AppContext(store, QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        dialogs: list[PrintPreviewDialog] = []

        def open_preview() -> None:
            dialog = PrintPreviewDialog(ctx, ledger, "Dispute ledger", "ledger.pdf")
            dialog.show()
            app.processEvents()
            dialogs.append(dialog)

        opened = timings(open_preview, args.runs)
        dialog = dialogs[-1]
        print(f"dispute ledger: {dialog.page_count} pages, shown at {round(dialog.zoom * 100)} %")
        width = dialog.page_view.pixmap().width()
        dpi = width / dialog.pages.size_points(0).width() * 72
        pages = PdfPages(ledger)
        report(
            "raw PDFium render of one page (baseline)",
            timings(lambda: pages.render(1, dpi), args.runs),
        )
        report("open the preview, first page shown", opened)
        report("Page Down", timings(dialog.next_page, min(args.runs, dialog.page_count - 1)))
        zoomed = []
        for index in range(dialog.page_count - 1, dialog.page_count - 1 - args.runs, -1):
            dialog.fit_to_width()
            dialog.show_page(index)
            zoomed += timings(dialog.zoom_in, 1)
        report("zoom in one step on a page just shown", zoomed)

        def print_all() -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
            prepare_printer(printer, pages)
            print_pages(pages, printer)

        report(f"print all {dialog.page_count} pages to a PDF printer", timings(print_all, 3))
        for opened_dialog in dialogs:
            opened_dialog.close()
        pages.close()
        store.close()


if __name__ == "__main__":
    main()
