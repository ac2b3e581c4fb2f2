"""The import wizard and File > Export list..., driven through their real widgets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from keyboard_input import retype
from messy_files import HEADINGS, household_rows, person_id, write_xlsx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWizard
from python_calamine import CalamineWorkbook
from window_helpers import press, shown_window

from stationdesk.spreadsheets import households, importing
from stationdesk.spreadsheets.importing import saved_headings
from stationdesk.store import database
from stationdesk.ui import search_catch_up
from stationdesk.ui.dialogs.import_wizard import CHECK, DONE, MAP, ImportProgress, ImportWizard
from stationdesk.ui.main_window import PAGE_ROWS, MainWindow
from stationdesk.ui.search_catch_up import SearchCatchUp


@pytest.fixture(scope="session")
def demo_template(demo_template_without_households: Path) -> Path:
    """Registers are imported into a station that has no households yet."""
    return demo_template_without_households


def count(ctx, table):
    return ctx.store.scalar(f"SELECT count(*) FROM {table}")


@pytest.fixture
def wizard(qtbot, ctx, no_unexpected_dialogs):
    shown = ImportWizard(ctx)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def choose(wizard, qtbot, kind, path):
    wizard.choose.kinds.setCurrentIndex(wizard.choose.kinds.findData(kind))
    retype(qtbot, wizard.choose.file, str(path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def next_page(wizard, qtbot):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def skip_bad_rows(wizard, qtbot):
    """Choose 'Import the good rows and leave the bad ones out' on the check page."""
    skip = wizard.check.skip
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton, pos=QPoint(8, skip.height() // 2))


def test_bad_rows_shown_then_skipped_and_good_rows_imported(wizard, qtbot, ctx, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    choose(wizard, qtbot, "households", path)
    assert wizard.currentId() == MAP
    next_page(wizard, qtbot)
    assert wizard.currentId() == CHECK
    table = wizard.check.problems
    rows = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows == {"9", "10", "11"}
    assert "would add 2 households" in wizard.check.summary.text()
    import_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not import_button.isEnabled()  # bad rows block until the user chooses to skip them
    assert count(ctx, "households") == 0
    skip_bad_rows(wizard, qtbot)
    assert import_button.isEnabled()
    qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == DONE
    assert "added 2 households" in wizard.done_page.summary.text()
    assert count(ctx, "households") == 2 and count(ctx, "residents") == 5


def test_the_bad_rows_are_saved_to_a_spreadsheet_to_correct(
    wizard, qtbot, ctx, tmp_path, monkeypatch
):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    choose(wizard, qtbot, "households", path)
    next_page(wizard, qtbot)
    save = wizard.check.save_bad_button
    assert save.isVisible()
    target = tmp_path / "错误行.xlsx"
    offered: list[str] = []

    def save_as(_parent, _title, suggested, _filters):
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert offered == [str(tmp_path / "户籍登记-bad rows.xlsx")]  # beside the file imported
    assert wizard.check.saved_note.text() == f"3 bad rows saved to {target}."
    [headings, *rows] = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert headings[: len(HEADINGS)] == HEADINGS and len(rows) == 3
    assert "the day registered cannot be in the future" in rows[-1][-1]
    assert count(ctx, "households") == 0  # saving the bad rows imports nothing


def test_stop_while_the_rows_are_written_imports_nothing(wizard, qtbot, ctx, tmp_path, monkeypatch):
    rows = [
        ["", "户主", f"居民{n}", "男", person_id(n), "", f"幸福路{n}号", "姚电社区第一网格", ""]
        for n in range(1, 61)
    ]
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS[:9], rows)
    entries = count(ctx, "audit_log")
    shown = ImportProgress.rows_checked

    def stop_when_saving(dialog, done, total):
        if dialog.saving and done == total and not dialog.wasCanceled():
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        shown(dialog, done, total)

    choose(wizard, qtbot, "households", path)
    next_page(wizard, qtbot)
    assert wizard.check.isComplete()
    monkeypatch.setattr(ImportProgress, "rows_checked", stop_when_saving)
    next_page(wizard, qtbot)
    assert wizard.currentId() == CHECK  # the wizard stays on its check page
    assert wizard.check.summary.text() == "The import was stopped; nothing was imported."
    assert count(ctx, "households") == 0 and count(ctx, "audit_log") == entries


def test_unknown_heading_mapped_once_and_remembered(wizard, qtbot, ctx, tmp_path):
    headings = ["姓名", "人员类别", "警员编码", "所属队室", "手机号码"]
    row = ["周明", "民警", "411999", "办案队", "13800001111"]
    path = write_xlsx(tmp_path / "名册.xlsx", headings, [row])
    choose(wizard, qtbot, "officers", path)
    assert wizard.currentId() == MAP
    assert "警号 (Badge number)" in wizard.mapping.missing.text()
    table = wizard.mapping.table
    combos = {table.item(r, 0).text(): table.cellWidget(r, 1) for r in range(table.rowCount())}
    assert set(combos) == {"警员编码", "手机号码"}
    next_page(wizard, qtbot)
    assert wizard.currentId() == MAP  # the badge number is still missing
    combos["警员编码"].setCurrentIndex(combos["警员编码"].findData("badge_no"))
    combos["手机号码"].setCurrentIndex(combos["手机号码"].findData("phone"))
    next_page(wizard, qtbot)
    assert wizard.currentId() == CHECK
    assert saved_headings(ctx.store, "officers") == {"手机号码": "phone", "警员编码": "badge_no"}
    next_page(wizard, qtbot)
    officer = ctx.store.rows("SELECT phone FROM officers WHERE badge_no = '411999'")[0]
    assert officer["phone"] == "13800001111"


def test_export_list_writes_the_officers_shown(
    qtbot, ctx, tmp_path, monkeypatch, no_unexpected_dialogs
):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    target = tmp_path / "officers.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.navigation.setCurrentRow(PAGE_ROWS["roster"])
    tab = window.roster_page.officers
    shown = tab.proxy.rowCount()
    export = next(a for a in window.actions() if a.text() == "&Export list...")
    export.trigger()
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert len(rows) == shown + 1 and rows[0][0] == "Name"
    assert "exported" in window.statusBar().currentMessage()


def test_a_big_register_shows_its_rows_counting_up_while_importing(
    wizard, qtbot, ctx, tmp_path, monkeypatch
):
    rows = [
        ["", "户主", f"居民{n}", "男", person_id(n), "", f"幸福路{n}号", "姚电社区第一网格", ""]
        for n in range(1, 61)
    ]
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS[:9], rows)
    monkeypatch.setattr(importing, "PROGRESS_EVERY", 20)
    seen: list[tuple[str, int, int, bool]] = []
    shown = ImportProgress.rows_checked

    def watch(dialog, done, total):
        shown(dialog, done, total)
        seen.append((dialog.labelText(), dialog.value(), dialog.maximum(), dialog.isVisible()))

    monkeypatch.setattr(ImportProgress, "rows_checked", watch)
    choose(wizard, qtbot, "households", path)
    next_page(wizard, qtbot)
    assert [value for _, value, _, _ in seen] == [0, 20, 40, 60]
    assert seen[1][0] == "Checking row 21 of 60..." and seen[-1][0] == "Checked 60 rows."
    assert all(visible and maximum == 60 for _, _, maximum, visible in seen)
    seen.clear()
    next_page(wizard, qtbot)
    saving = [(value, maximum) for label, value, maximum, _ in seen if label.startswith("Saving")]
    # after the checks, the dialog stays alive while the rows are written: a busy bar, repainted
    # between each table's rows, the search index and the audit entries
    assert len(saving) > 4 and set(saving) == {(0, 0)}
    assert seen[-1][0] == "Saving 60 rows..."
    assert wizard.currentId() == DONE and count(ctx, "households") == 60
    assert not any(isinstance(w, ImportProgress) and w.isVisible() for w in wizard.children())


def import_register(qtbot, window, tmp_path):
    """File > Import spreadsheet... of the messy register, its bad rows left out; the wizard on
    its last page."""
    wizard = ImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    choose(wizard, qtbot, "households", path)
    next_page(wizard, qtbot)
    skip_bad_rows(wizard, qtbot)
    next_page(wizard, qtbot)
    return wizard


def search_for(qtbot, window, text):
    """The Search page's results and status line for `text` typed into its box."""
    press(window, "Ctrl+6")
    page = window.search_page
    retype(qtbot, page.box, text)
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    return [item.text(0) for item in page.hit_items()], page.status.text()


@pytest.mark.usefixtures("large_imports", "no_unexpected_dialogs")
def test_a_large_import_becomes_searchable_while_the_window_goes_on(qtbot, ctx, tmp_path):
    window = shown_window(qtbot, ctx)
    left: list[int] = []
    ctx.indexing.left.connect(left.append)
    wizard = import_register(qtbot, window, tmp_path)
    assert wizard.currentId() == DONE and count(ctx, "households") == 2
    qtbot.waitUntil(lambda: ctx.store.search_index.pending() == 0 and left[-1:] == [0])
    assert left[0] >= 4  # the status bar counted the new people and households down
    assert not window.indexing_label.isVisible()
    assert window.statusBar().currentMessage() == "The new records are searchable."
    wizard.close()
    names, status = search_for(qtbot, window, "李秀英")
    assert "李秀英" in names and "not searchable yet" not in status


@pytest.mark.usefixtures("large_imports", "no_unexpected_dialogs")
def test_the_done_page_and_the_search_page_say_when_new_records_are_not_searchable_yet(
    qtbot, ctx, tmp_path, monkeypatch
):
    window = shown_window(qtbot, ctx)
    indexing = ctx.indexing.start
    monkeypatch.setattr(ctx.indexing, "start", lambda: None)  # the worker has not begun yet
    wizard = import_register(qtbot, window, tmp_path)
    assert "the status bar counts them down" in wizard.done_page.summary.text()
    wizard.close()
    names, status = search_for(qtbot, window, "李秀英")
    waiting = ctx.store.search_index.pending()
    assert "李秀英" not in names
    assert f"{waiting} newly imported records are not searchable yet." in status
    indexing()
    qtbot.waitUntil(lambda: ctx.store.search_index.pending() == 0)
    names, status = search_for(qtbot, window, "李秀英")
    assert "李秀英" in names and "not searchable yet" not in status


@pytest.mark.usefixtures("no_unexpected_dialogs")
def test_the_file_is_read_once_and_its_rows_checked_once_from_choosing_to_importing(
    wizard, qtbot, ctx, tmp_path, monkeypatch
):
    seen: list[int] = []
    check = households.RowChecks.resident
    monkeypatch.setattr(
        households.RowChecks, "resident", lambda self, record: seen.append(1) or check(self, record)
    )
    reads: list[str] = []
    read = importing.read_sheet
    monkeypatch.setattr(importing, "read_sheet", lambda path: reads.append(path.name) or read(path))
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    choose(wizard, qtbot, "households", path)
    next_page(wizard, qtbot)
    checked = len(seen)
    assert checked and "would add 2 households" in wizard.check.summary.text()
    skip_bad_rows(wizard, qtbot)
    next_page(wizard, qtbot)
    assert wizard.currentId() == DONE and "added 2 households" in wizard.done_page.summary.text()
    assert len(seen) == checked
    assert reads == ["户籍登记.xlsx"]  # for the headings, the mapping, the check and the import
    assert count(ctx, "households") == 2
    assert wizard.prepared.records == []  # the rows read are let go once imported


@pytest.mark.usefixtures("no_unexpected_dialogs")
def test_cancel_after_the_check_page_lets_go_of_the_rows_read(wizard, qtbot, ctx, tmp_path):
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    choose(wizard, qtbot, "households", path)
    next_page(wizard, qtbot)
    assert wizard.currentId() == CHECK and wizard.prepared.records
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and wizard.prepared.records == []
    assert count(ctx, "households") == 0


@pytest.mark.usefixtures("large_imports")
def test_indexing_waits_while_another_write_holds_the_file_then_finishes(
    qtbot, ctx, demo_path, tmp_path, monkeypatch
):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(search_catch_up, "BUSY_RETRY_S", 0.05)
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    assert importing.import_file(ctx.store, households.KIND, path, skip_bad=True).committed
    waiting = ctx.store.search_index.pending()
    other = sqlite3.connect(demo_path)  # a long import elsewhere, say
    other.execute("BEGIN IMMEDIATE")
    indexing = SearchCatchUp(ctx.store)
    failures: list[str] = []
    indexing.failed.connect(failures.append)
    indexing.start()
    qtbot.wait(400)
    assert ctx.store.search_index.pending() == waiting and failures == []
    other.rollback()
    other.close()
    qtbot.waitUntil(lambda: ctx.store.search_index.pending() == 0)
    indexing.stop()
    assert failures == []
    assert ctx.search.hits("李秀英", "people")
