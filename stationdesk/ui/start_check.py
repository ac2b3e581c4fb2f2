"""The station file's checks on worker threads: the start-up check runs while the clerk signs
in, and the daily full check while the window is open. Also the helpers other long file work
uses: a call on a worker thread, and a busy bar while the window waits for one.

hashlib and sqlite3 release the GIL, so the window stays responsive while they read the file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from stationdesk.store.health import CheckStoppedError, Health, StartupReport

POLL_MS = 50
T = TypeVar("T")


class ThreadCall(Generic[T]):
    """One call on a daemon thread; its result (or exception) kept for the window's thread."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self.done = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to the window's thread
            self.error = exc
        finally:
            self.done.set()

    def join(self) -> None:
        self._thread.join()


class StartCheck(QObject):
    """The start-up check of `health`, begun at once on a worker thread."""

    def __init__(self, health: Health) -> None:
        super().__init__()
        self.health = health
        self._worker = ThreadCall(health.check)

    @property
    def running(self) -> bool:
        """True while the check has not ended."""
        return not self._worker.done.is_set()

    def report(self, parent: QWidget | None = None) -> StartupReport:
        """The check's report; while it runs, a busy bar without cancel says why we wait."""
        wait_with_busy_bar(self._worker.done, self.tr("Checking the station file…"), parent)
        if self._worker.error is not None:
            raise self._worker.error
        assert self._worker.result is not None
        return self._worker.result

    def abandon(self) -> None:
        """Nothing will be opened: end the check and wait for its thread."""
        self.health.stop()
        self._worker.join()


def wait_with_busy_bar(
    done: threading.Event, text: str, parent: QWidget | None = None, after_s: float = 0.0
) -> None:
    """Wait for `done`; if it is not set within `after_s` seconds, a busy bar without cancel
    shows `text` meanwhile, the window's events flowing."""
    if done.wait(after_s):
        return
    progress = QProgressDialog(parent)
    progress.setWindowTitle("StationDesk")
    progress.setLabelText(text)
    progress.setCancelButton(None)
    progress.setRange(0, 0)
    progress.setMinimumDuration(0)
    progress.setMinimumWidth(320)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()
    wait_for(done)
    progress.close()


def wait_for(done: threading.Event) -> None:
    """Keep the window's events flowing until `done` is set."""
    loop = QEventLoop()
    timer = QTimer()

    def poll() -> None:
        if done.is_set():
            loop.quit()

    timer.timeout.connect(poll)
    timer.start(POLL_MS)
    if not done.is_set():
        loop.exec()
    timer.stop()


class DailyCheck(QObject):
    """The daily full check on a worker thread; `found` carries its problems, if any."""

    found = Signal(list)

    def __init__(self, health: Health, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.health = health
        self._worker = ThreadCall(health.daily_check)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._poll)
        self._timer.start(POLL_MS * 4)

    def _poll(self) -> None:
        if not self._worker.done.is_set():
            return
        self._timer.stop()
        if isinstance(self._worker.error, CheckStoppedError):
            return
        if self._worker.error is not None:
            raise self._worker.error
        if self._worker.result:
            self.found.emit(self._worker.result)

    def stop(self) -> None:
        """The window closes: end the check, with no verdict, before the file is closed."""
        self._timer.stop()
        self.health.stop()
        self._worker.join()
