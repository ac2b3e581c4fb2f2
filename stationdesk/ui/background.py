"""Reading off the window's thread: slow reads run on a worker with a read-only connection of
their own, and their results come back to the window's thread.

Each read has a key (such as "dispute counts"); when the same key is asked for again before the
last answer came, only the newest answer is delivered, so a view never shows a stale figure.
A station held in memory (tests, a fresh in-memory store) has no second connection: its reads
run at once on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from stationdesk.store import Store, open_read_only

T = TypeVar("T")
Read = Callable[[Store], Any]
Deliver = Callable[[Any], None]
Failed = Callable[[Exception], None]


def _alive(deliver: Deliver) -> bool:
    """False once `deliver` is a method of a widget (or other QObject) already deleted."""
    owner = getattr(deliver, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Answer(QObject):
    ready = Signal(str, int, object)
    failed = Signal(str, int, object)


class _ReadJob(QRunnable):
    def __init__(self, store: Store, key: str, serial: int, read: Read, answer: _Answer) -> None:
        super().__init__()
        self.path, self.actor, self.session = store.path, store.actor, store.session
        self.key, self.serial, self.read, self.answer = key, serial, read, answer

    def run(self) -> None:
        assert self.path is not None
        try:
            with open_read_only(self.path, self.actor) as store:
                store.session = self.session
                result = self.read(store)
        except Exception as exc:
            self.answer.failed.emit(self.key, self.serial, exc)
        else:
            self.answer.ready.emit(self.key, self.serial, result)


class BackgroundReads(QObject):
    """Runs reads of one store on a worker thread and delivers the newest answer of each key."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._serials: dict[str, int] = {}
        self._deliver: dict[str, tuple[Deliver, Failed | None]] = {}
        self._answer = _Answer(self)
        self._answer.ready.connect(self._on_ready)
        self._answer.failed.connect(self._on_failed)

    def read(
        self,
        key: str,
        read: Callable[[Store], T],
        deliver: Callable[[T], None],
        failed: Failed | None = None,
    ) -> None:
        """Run `read(store)` on a worker; `deliver(result)` on this thread, unless a newer
        read of the same key was asked for meanwhile. An error goes to `failed` on this
        thread (raised there without it)."""
        serial = self._serials.get(key, 0) + 1
        self._serials[key] = serial
        if self.store.path is None:
            self._deliver.pop(key, None)
            try:
                result = read(self.store)
            except Exception as exc:
                if failed is None:
                    raise
                failed(exc)
            else:
                deliver(result)
            return
        self._deliver[key] = (deliver, failed)
        self.pool.start(_ReadJob(self.store, key, serial, read, self._answer))

    def busy(self, key: str) -> bool:
        """Whether an answer for `key` is still to come."""
        return key in self._deliver

    def wait(self) -> None:
        """Wait for every read started, and deliver their answers."""
        self.pool.waitForDone()
        QCoreApplication.sendPostedEvents(self)

    def _current(self, key: str, serial: int) -> tuple[Deliver, Failed | None] | None:
        if self._serials.get(key) != serial:
            return None
        current = self._deliver.pop(key, None)
        if current is None or not _alive(current[0]):
            return None  # the view that asked was deleted meanwhile (a page rebuilt)
        return current

    def _on_ready(self, key: str, serial: int, result: object) -> None:
        current = self._current(key, serial)
        if current is not None:
            current[0](result)

    def _on_failed(self, key: str, serial: int, error: object) -> None:
        current = self._current(key, serial)
        if current is None or not isinstance(error, Exception):
            return
        if current[1] is None:
            raise error
        current[1](error)
