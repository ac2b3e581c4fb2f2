"""Making the records of a large import searchable while the window goes on.

A large import commits its records first and leaves their search indexing for afterwards (see
`store.search_index`). Here that indexing runs on a worker thread with a connection of its own,
a short transaction at a time, so a save from the window waits a moment at most; `left` tells
the window how many records are still to be indexed. A station held in memory (tests) has no
second connection: it is indexed at once, on the window's thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from stationdesk.store import Store, open_store
from stationdesk.ui.start_check import ThreadCall


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
                while True:
                    store.search_index.catch_up(stopped=self._stop.is_set, told=self.left.emit)
                    with self._lock:
                        if self._stop.is_set() or not self._again:
                            self._running = False
                            return
                        self._again = False
        except Exception as exc:  # told to the window; the records wait for the next start
            with self._lock:
                self._running = False
            self.failed.emit(str(exc))
