"""Print preview: real PDFs paged and zoomed, printed on a PDF printer, saved as the CLI writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from stationdesk.__main__ import main
from stationdesk.domain.weeks import IsoWeek
from stationdesk.reports.agreement import write_agreement
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.print_preview import PRINTER_KEY, PrintPreviewDialog
from stationdesk.ui.pages.week_tab import WeekTab

PRINT_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")  # the minute each copy was printed


@pytest.fixture
def agreement_pdf(ctx: AppContext, tmp_path: Path) -> Path:
    """The first demo agreement as the window and the CLI write it: one copy per party + 1."""
    path = tmp_path / "agreement.pdf"
    agreement_id = int(ctx.store.scalar("SELECT min(id) FROM agreements"))
    write_agreement(ctx.store, agreement_id, path, lang="zh")
    return path


@pytest.fixture
def preview(qtbot: QtBot, ctx: AppContext, agreement_pdf: Path) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(ctx, agreement_pdf, "Mediation agreement", "agreement.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def pdf_printer(path: Path) -> QPrinter:
    """A printer writing PDF to `path`, as a 'Print to PDF' printer does."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_shows_every_page_of_the_document(
    preview: PrintPreviewDialog, agreement_pdf: Path
) -> None:
    pages = len(PdfReader(agreement_pdf).pages)
    assert pages >= 3
    assert preview.page_count == pages
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    pixmap = preview.page_view.pixmap()
    assert not pixmap.isNull()
    # A4 portrait as it will print: 210 x 297 mm
    assert pixmap.height() / pixmap.width() == pytest.approx(297 / 210, rel=0.01)


def test_paging_buttons_go_through_the_pages(qtbot: QtBot, preview: PrintPreviewDialog) -> None:
    first = preview.page_view.pixmap().toImage()
    click(qtbot, preview.next_button)
    assert preview.page_label.text() == f"Page 2 of {preview.page_count}"
    assert preview.page_view.pixmap().toImage() != first
    for _ in range(preview.page_count):
        click(qtbot, preview.next_button)
    assert preview.page_index == preview.page_count - 1
    assert not preview.next_button.isEnabled()
    click(qtbot, preview.previous_button)
    assert preview.page_index == preview.page_count - 2
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.page_index == preview.page_count - 3


def test_zoom_buttons_make_the_page_larger_and_smaller(
    qtbot: QtBot, preview: PrintPreviewDialog
) -> None:
    click(qtbot, preview.fit_page_button)
    whole = preview.page_view.pixmap().deviceIndependentSize()
    assert whole.height() <= preview.area.viewport().height()
    click(qtbot, preview.zoom_in_button)
    larger = preview.page_view.pixmap().deviceIndependentSize()
    assert larger.width() > whole.width()
    assert preview.zoom_label.text() == f"{round(preview.zoom * 100)} %"
    click(qtbot, preview.zoom_out_button)
    click(qtbot, preview.zoom_out_button)
    assert preview.page_view.pixmap().deviceIndependentSize().width() < larger.width()
    click(qtbot, preview.fit_width_button)
    fitted = preview.page_view.pixmap().deviceIndependentSize()
    assert fitted.width() <= preview.area.viewport().width()
    assert fitted.width() > preview.area.viewport().width() * 0.8


def test_printing_to_a_pdf_printer_prints_every_page(
    preview: PrintPreviewDialog, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(printed)) == preview.page_count
    pages = PdfReader(printed).pages
    assert len(pages) == preview.page_count
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (width, height) == pytest.approx((595.3, 841.9), abs=1)


def test_the_print_button_prints_the_chosen_pages_on_the_chosen_printer(
    qtbot: QtBot,
    preview: PrintPreviewDialog,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "two-pages.pdf"

    def choose(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrinterName("Station printer")
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose)
    click(qtbot, preview.print_button)
    assert len(PdfReader(printed).pages) == 2
    assert preview.printed_pages == 2 and preview.result() == QDialog.DialogCode.Accepted


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, preview: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    click(qtbot, preview.print_button)
    assert preview.printed_pages == 0 and preview.isVisible()
    assert preview.ctx.settings.value(PRINTER_KEY) is None


def page_texts(path: Path) -> list[str]:
    """Each page's text, without the print time."""
    return [PRINT_TIME.sub("", page.extract_text()) for page in PdfReader(path).pages]


def test_save_as_pdf_writes_the_file_the_command_line_writes(
    qtbot: QtBot,
    ctx: AppContext,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    preview_saves: list[int],
) -> None:
    week = IsoWeek.parse("2026-W47")
    saved = tmp_path / "from-window"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(saved), "PDF"))
    )
    tab = WeekTab(ctx)
    qtbot.addWidget(tab)
    tab.show_week(week)
    tab.print_current()
    from_cli = tmp_path / "from-cli.pdf"
    monkeypatch.setenv("LOGNAME", ctx.store.actor)  # the CLI prints as the signed-in user
    command = ["print", "roster", str(week), "--db", str(demo_path), "-o", str(from_cli)]
    assert main([*command, "--lang", ctx.language]) == 0
    saved = saved.with_suffix(".pdf")
    assert preview_saves == [len(PdfReader(from_cli).pages)]
    assert page_texts(saved) == page_texts(from_cli)


def test_save_as_pdf_keeps_the_preview_open_to_print(
    qtbot: QtBot, preview: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "PDF"))
    )
    click(qtbot, preview.save_button)
    assert target.read_bytes() == preview.pdf.read_bytes()
    assert preview.saved_to == target and preview.isVisible()
    assert str(target) in preview.note.text()


def test_copies_are_printed_when_the_printer_cannot_make_them(
    preview: PrintPreviewDialog, tmp_path: Path
) -> None:
    printed = tmp_path / "copies.pdf"
    printer = pdf_printer(printed)
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()
    assert preview.print_to(printer) == 2 * preview.page_count
    assert len(PdfReader(printed).pages) == 2 * preview.page_count
