"""Making the records of a large import searchable while the window goes on.

A large import commits its records first and leaves their search indexing for afterwards (see
`store.search_index`). Here that indexing runs on a worker thread with a connection of its own,
a short transaction at a time, so a save from the window waits a moment at most; `left` tells
the window how many records are still to be indexed. A station held in memory (tests) has no
second connection: it is indexed at once, on the window's thread.
"""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QObject, Signal

from stationdesk.store import Store, open_store
from stationdesk.ui.start_check import ThreadCall

BUSY_RETRY_S = 1.0  # how long the worker waits before trying again while another write runs


class SearchCatchUp(QObject):
    """Indexes what large imports left for later; one worker at a time."""

    left = Signal(int)  # records still to be indexed; 0 when all are searchable
    failed = Signal(str)  # the worker stopped on an error; the next start goes on

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self._worker: ThreadCall[None] | None = None

    def start(self) -> None:
        """Index what waits, unless nothing does; a worker already running takes it on."""
        waiting = self.store.search_index.pending()
        if not waiting:
            return
        self.left.emit(waiting)
        if self.store.path is None:
            self.store.search_index.catch_up(told=self.left.emit)
            return
        with self._lock:
            if self._running:
                self._again = True  # it may have looked for the last time already
                return
            self._running = True
        self._stop.clear()
        self._worker = ThreadCall(self._work)

    def stop(self) -> None:
        """End between two transactions, and wait for the worker (before the station closes).
        What is left waits for the next start."""
        self._stop.set()
        if self._worker is not None:
            self._worker.join()

    def _work(self) -> None:
        assert self.store.path is not None
        try:
            with open_store(self.store.path, self.store.actor) as store:
                while self._index(store):
                    if not self._asked_again():
                        return
        except Exception as exc:  # told to the window; the records wait for the next start
            self.failed.emit(str(exc))
        with self._lock:  # stopped, or failed
            self._running = False

    def _index(self, store: Store) -> bool:
        """Index all that waits; False when stopped first. While another write holds the file
        (another import), the worker waits for it."""
        while not self._stop.is_set():
            try:
                store.search_index.catch_up(stopped=self._stop.is_set, told=self.left.emit)
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc):
                    raise
                self._stop.wait(BUSY_RETRY_S)
            else:
                return True
        return False

    def _asked_again(self) -> bool:
        """Whether start() came while the worker was indexing (it may have looked for the last
        time already); if not, the worker is done, decided under the lock start() takes."""
        with self._lock:
            again, self._again = self._again, False
            self._running = again and not self._stop.is_set()
            return self._running
