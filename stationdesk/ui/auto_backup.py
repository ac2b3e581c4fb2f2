"""Automatic backups: every 30 minutes while records changed, and when the window closes.

The copy is taken on a worker thread with its own connection, so typing and saving go on.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from stationdesk import paths
from stationdesk.errors import StationDeskError
from stationdesk.store import backup
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text
from stationdesk.ui.start_check import ThreadCall, wait_with_busy_bar

CHECK_EVERY_MS = 60_000
BUSY_AFTER_S = 0.5
LAST_FOLDER_KEY = "backup/last_folder"


def backup_folder(ctx: AppContext) -> Path:
    """The station's backup folder (the per-user one until the station chooses another)."""
    return backup.default_folder(ctx.store, paths.backup_dir())


class _Outcome(QObject):
    done = Signal(str)
    failed = Signal(str)


class _BackupJob(QRunnable):
    def __init__(self, db_path: Path, folder: Path, outcome: _Outcome) -> None:
        super().__init__()
        self.db_path, self.folder, self.outcome = db_path, folder, outcome

    def run(self) -> None:
        try:
            path = run_backup(self.db_path, self.folder)
        except (StationDeskError, OSError) as exc:
            self.outcome.failed.emit(user_text(exc))
        else:
            self.outcome.done.emit(str(path))


def run_backup(db_path: Path, folder: Path) -> Path:
    """Make the folder if it is the default one, take a verified copy and rotate."""
    if folder == paths.backup_dir():
        folder.mkdir(parents=True, exist_ok=True)
    return backup.backup_and_rotate(db_path, folder)


class AutoBackup(QObject):
    """Takes a backup when records changed and the last one is 30 minutes old or more."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.running = False
        self.last_backup = self._newest_existing()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._outcome = _Outcome(self)
        self._outcome.done.connect(self._on_done)
        self._outcome.failed.connect(self._on_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.events.records_changed.connect(self._on_records_changed)
        ctx.settings.setValue(LAST_FOLDER_KEY, str(backup_folder(ctx)))

    def _newest_existing(self) -> datetime | None:
        path = self.ctx.store.path
        copies = backup.list_backups(backup_folder(self.ctx), path) if path else []
        return copies[0][0] if copies else None

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        self.changed = True

    def due(self, now: datetime | None = None) -> bool:
        """True when records changed and the last backup is old enough."""
        if not self.changed or self.running or self.ctx.store.path is None:
            return False
        now = now or datetime.now()
        return self.last_backup is None or now - self.last_backup >= backup.AUTO_INTERVAL

    def tick(self) -> None:
        """Start a backup on the worker thread when one is due."""
        if self.due():
            self.start()

    def start(self) -> None:
        """Take a backup now on the worker thread."""
        assert self.ctx.store.path is not None
        self.running = True
        self.changed = False
        self.pool.start(_BackupJob(self.ctx.store.path, backup_folder(self.ctx), self._outcome))

    def wait(self) -> None:
        """Wait for a running backup to finish."""
        self.pool.waitForDone()

    def at_close(self) -> str | None:
        """The backup taken when the window closes; the error, if any. It runs on a worker
        thread: when it takes a while (a large station's copy is checked page by page), a busy
        bar says what StationDesk is still doing."""
        self.timer.stop()
        path, folder = self.ctx.store.path, backup_folder(self.ctx)
        call = ThreadCall(lambda: self._closing_backup(path, folder))
        text = self.tr(
            "Making the closing backup of the station file…\n"
            "StationDesk closes by itself when it is done."
        )
        wait_with_busy_bar(call.done, text, None, BUSY_AFTER_S)
        if isinstance(call.error, StationDeskError | OSError):
            return user_text(call.error)
        if call.error is not None:
            raise call.error
        return None

    def _closing_backup(self, path: Path | None, folder: Path) -> None:
        """On the worker thread: wait for a backup under way, then take one if records changed
        since (or none was taken today)."""
        self.wait()
        if path is not None and (self.changed or self._none_today()):
            run_backup(path, folder)

    def _none_today(self) -> bool:
        return self.last_backup is None or self.last_backup.date() != datetime.now().date()

    def _on_done(self, path: str) -> None:
        self.running = False
        self.last_backup = datetime.now()
        self.finished.emit(path)

    def _on_failed(self, message: str) -> None:
        self.running = False
        self.changed = True  # try again at the next tick after the interval
        self.last_backup = datetime.now()
        self.failed.emit(message)
