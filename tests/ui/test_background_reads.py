"""Reads off the window's thread: on a read-only connection of their own, the newest answer
delivered on the window's thread, errors handed back there."""

from __future__ import annotations

import sqlite3
import threading

import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stationdesk.store import Store, open_store
from stationdesk.ui.background import BackgroundReads


def test_only_the_newest_answer_of_a_read_arrives(qtbot: QtBot, demo_store: Store) -> None:
    reads = BackgroundReads(demo_store)
    release = threading.Event()
    answers: list[int] = []

    def slow(store: Store) -> int:
        release.wait(10)
        return int(store.scalar("SELECT count(*) FROM disputes"))

    reads.read("counts", slow, lambda n: answers.append(-n))  # asked first, answers last
    reads.read(
        "counts", lambda store: int(store.scalar("SELECT count(*) FROM grids")), answers.append
    )
    assert reads.busy("counts")
    release.set()
    reads.wait()
    assert answers == [demo_store.scalar("SELECT count(*) FROM grids")]
    assert not reads.busy("counts")


def test_a_read_runs_on_a_connection_that_cannot_write(qtbot: QtBot, demo_store: Store) -> None:
    reads = BackgroundReads(demo_store)
    threads: list[int] = []
    failures: list[Exception] = []

    def write(store: Store) -> None:
        threads.append(threading.get_ident())
        assert store.conn is not demo_store.conn
        store.conn.execute("DELETE FROM disputes")

    reads.read("bad", write, lambda _none: None, failures.append)
    reads.wait()
    assert threads != [threading.get_ident()]
    assert isinstance(failures[0], sqlite3.OperationalError)
    assert "readonly" in str(failures[0])
    assert demo_store.scalar("SELECT count(*) FROM disputes") > 0


def test_a_station_in_memory_reads_at_once() -> None:
    with open_store(None, "tester", create=True) as store:
        reads = BackgroundReads(store)
        answers: list[int] = []
        reads.read("grids", lambda s: int(s.scalar("SELECT count(*) FROM grids")), answers.append)
        assert answers == [0]
        assert not reads.busy("grids")


def test_an_answer_for_a_label_deleted_meanwhile_is_dropped(
    qtbot: QtBot, demo_store: Store
) -> None:
    reads = BackgroundReads(demo_store)
    label = QLabel("Counting…")
    release = threading.Event()

    def slow(store: Store) -> str:
        release.wait(10)
        return str(store.scalar("SELECT count(*) FROM disputes"))

    reads.read("counts", slow, label.setText)
    shiboken6.delete(label)  # the page was rebuilt while the worker counted
    release.set()
    reads.wait()  # no "already deleted" error
    assert not reads.busy("counts")
