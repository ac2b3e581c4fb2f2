"""Making a large import searchable on a worker, while another write may hold the file."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from messy_files import HEADINGS, household_rows, write_xlsx
from pytestqt.qtbot import QtBot

from stationdesk.domain.search import SearchService
from stationdesk.spreadsheets.households import KIND
from stationdesk.spreadsheets.importing import import_file
from stationdesk.store import database, search_index
from stationdesk.ui import search_catch_up
from stationdesk.ui.search_catch_up import SearchCatchUp


@pytest.fixture(scope="session")
def demo_template(demo_template_without_households):
    """Registers are imported into a station that has no households yet."""
    return demo_template_without_households


def test_indexing_waits_while_another_write_holds_the_file_then_finishes(
    qtbot: QtBot, demo_store, demo_path, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "DEFER_AT", 2)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(search_catch_up, "BUSY_RETRY_S", 0.05)
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows())
    assert import_file(demo_store, KIND, path, skip_bad=True, today=date(2026, 11, 25)).committed
    waiting = demo_store.search_index.pending()
    other = sqlite3.connect(demo_path)  # a long import elsewhere, say
    other.execute("BEGIN IMMEDIATE")
    indexing = SearchCatchUp(demo_store)
    failures: list[str] = []
    indexing.failed.connect(failures.append)
    indexing.start()
    qtbot.wait(400)
    assert demo_store.search_index.pending() == waiting and failures == []
    other.rollback()
    other.close()
    qtbot.waitUntil(lambda: demo_store.search_index.pending() == 0)
    indexing.stop()
    assert failures == []
    assert SearchService(demo_store).hits("李秀英", "people")
