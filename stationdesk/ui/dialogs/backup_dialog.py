"""Backups in the window: the list of copies, what each holds, back up now, and restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.errors import StationDeskError
from stationdesk.store import backup
from stationdesk.store.backup import CopyReport
from stationdesk.ui.auto_backup import AutoBackup, backup_folder, run_backup
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text

COUNT_LABELS = {
    "disputes": QT_TRANSLATE_NOOP("BackupDialog", "disputes"),
    "people": QT_TRANSLATE_NOOP("BackupDialog", "people"),
    "households": QT_TRANSLATE_NOOP("BackupDialog", "households"),
    "visits": QT_TRANSLATE_NOOP("BackupDialog", "visits"),
    "incidents": QT_TRANSLATE_NOOP("BackupDialog", "incidents on duty"),
    "officers": QT_TRANSLATE_NOOP("BackupDialog", "officers"),
    "shifts": QT_TRANSLATE_NOOP("BackupDialog", "shifts"),
    "grids": QT_TRANSLATE_NOOP("BackupDialog", "grids"),
    "audit entries": QT_TRANSLATE_NOOP("BackupDialog", "history entries"),
}


def count_text(counts: dict[str, int]) -> str:
    """'disputes: 20, people: 40, ...' in the window's language (kinds with none left out)."""
    return QCoreApplication.translate("BackupDialog", ", ").join(
        QCoreApplication.translate("BackupDialog", "%1: %2")
        .replace(
            "%1", QCoreApplication.translate("BackupDialog", str(COUNT_LABELS.get(label, label)))
        )
        .replace("%2", str(number))
        for label, number in counts.items()
        if number
    )


def copy_summary(report: CopyReport) -> str:
    """When a copy was taken and what it holds, as the dialog and the start-up offer say it."""
    taken = report.taken_at.strftime("%Y-%m-%d %H:%M") if report.taken_at else "?"
    return (
        QCoreApplication.translate(
            "BackupDialog", "Taken on %1. It holds the records as they were on %2:\n%3."
        )
        .replace("%1", taken)
        .replace("%2", backup.local_time(report.last_change) or taken)
        .replace("%3", count_text(report.counts))
    )


class BackupDialog(QDialog):
    """The station's backups: take one now, see what each holds, restore one."""

    restored = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, auto: AutoBackup | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(60)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore this backup..."))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a &file..."))
        self.file_button.clicked.connect(self.restore_from_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.resize(640, 460)
        self.reload()
        if auto is not None:  # an automatic backup (and its rotation) changes the list
            auto.finished.connect(self.reload)

    # -- the list ----------------------------------------------------------------
    def copies(self) -> list[tuple[datetime, Path]]:
        """The backups listed, newest first."""
        if self.ctx.store.path is None:
            return []
        return backup.list_backups(self.folder, self.ctx.store.path)

    @property
    def folder(self) -> Path:
        """The folder the list shows."""
        return backup_folder(self.ctx)

    def reload(self) -> None:
        """Read the folder again; the newest copy is chosen."""
        self.folder_label.setText(
            self.tr(
                "Backups are kept in %1 (choose another folder, such as a USB drive,"
                " in File > Settings)."
            ).replace("%1", str(self.folder))
        )
        copies = self.copies()
        self.table.setRowCount(len(copies))
        for row, (stamp, path) in enumerate(copies):
            taken = QTableWidgetItem(stamp.strftime("%Y-%m-%d %H:%M:%S"))
            taken.setData(Qt.ItemDataRole.UserRole, str(path))
            size = QTableWidgetItem(self.tr("%1 MB").replace("%1", f"{_megabytes(path):.1f}"))
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, size)
        if copies:
            self.table.selectRow(0)
        else:
            self.details.setText(self.tr("There is no backup in this folder yet."))
        self.restore_button.setEnabled(bool(copies))

    def selected(self) -> Path | None:
        """The chosen copy."""
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return None if item is None else Path(item.data(Qt.ItemDataRole.UserRole))

    def _show_details(self) -> None:
        path = self.selected()
        if path is None:
            return
        report = backup.inspect(path)
        if report.ok:
            self.details.setText(copy_summary(report))
        else:
            self.details.setText(
                self.tr("This copy is damaged and cannot be restored: %1").replace(
                    "%1", report.problems[0]
                )
            )

    # -- actions -----------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        """Take a verified copy now; the new copy's path, or None with a message."""
        if self.ctx.store.path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = run_backup(self.ctx.store.path, self.folder)
        except (StationDeskError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("No backup made"),
                self.tr("No backup was made; the records are untouched.\n%1").replace(
                    "%1", user_text(exc)
                ),
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        self.reload()
        return path

    def restore_selected(self) -> bool:
        """Restore the chosen copy after confirmation."""
        path = self.selected()
        return path is not None and self.restore(path)

    def restore_from_file(self) -> bool:
        """Restore a copy chosen from anywhere (a USB drive, another folder)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(self.folder),
            self.tr("StationDesk databases (*.sqlite)"),
        )
        return bool(chosen) and self.restore(Path(chosen))

    def restore(self, path: Path) -> bool:
        """Show what the copy holds, ask, then restore it; True when restored."""
        report = backup.inspect(path)
        if not report.ok:
            QMessageBox.warning(
                self,
                self.tr("Backup damaged"),
                self.tr("%1 is damaged and cannot be restored:\n%2")
                .replace("%1", path.name)
                .replace("%2", report.problems[0]),
            )
            return False
        question = self.tr(
            "Replace the station's records with this backup?\n\n%1\n\n"
            "Everything entered after that is set aside: the records as they are now are "
            "first kept in a safety copy next to the database, and the restore is written "
            "in the history. Unsaved edits in open forms are discarded."
        ).replace("%1", copy_summary(report))
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            safety = backup.restore_into(self.ctx.store, path)
        except (StationDeskError, OSError) as exc:
            self.reload()  # the copy may have gone meanwhile (rotation, an unplugged drive)
            QMessageBox.warning(
                self,
                self.tr("Not restored"),
                self.tr("Nothing was restored; the records are untouched.\n%1").replace(
                    "%1", user_text(exc)
                ),
            )
            return False
        self.restored.emit()
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr("The backup is restored. The records as they were are kept in\n%1").replace(
                "%1", str(safety)
            ),
        )
        return True

    @classmethod
    def show_for(
        cls, ctx: AppContext, parent: QWidget | None = None, auto: AutoBackup | None = None
    ) -> bool:
        """Show the dialog; True when a backup was restored."""
        dialog = cls(ctx, parent, auto)
        restored: list[bool] = []
        dialog.restored.connect(lambda: restored.append(True))
        dialog.exec()
        return bool(restored)


def _megabytes(path: Path) -> float:
    try:
        return path.stat().st_size / 1_048_576
    except OSError:
        return 0.0
