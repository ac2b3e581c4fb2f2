"""Settings: the window's language, the station's name and where backups go."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from stationdesk import paths
from stationdesk.domain import access
from stationdesk.errors import ValidationError
from stationdesk.store import backup
from stationdesk.ui.auto_backup import backup_folder
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text
from stationdesk.ui.widgets.lock_screen import (
    DEFAULT_LOCK_MINUTES,
    LOCK_MINUTES_KEY,
    MAX_LOCK_MINUTES,
    lock_minutes,
)

LANGUAGE_CHOICES = (("auto", "Automatic (system language)"), ("zh", "简体中文"), ("en", "English"))


class SettingsDialog(QDialog):
    """Language (applied at the next start), station name and backup folder (at once)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, text in LANGUAGE_CHOICES:
            shown = self.tr("Automatic (system language)") if code == "auto" else text
            self.language.addItem(shown, code)
        current = str(ctx.settings.value("ui/language", "auto"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(1, MAX_LOCK_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setValue(
            lock_minutes(ctx.settings.value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES))
        )
        self.station_name = QLineEdit(ctx.station_name)
        self.backup_folder = QLineEdit(str(backup_folder(ctx)))
        choose = QPushButton(self.tr("C&hoose..."))
        self.may_change_station = ctx.store.may(access.CHANGE_SETTINGS)
        for widget in (self.station_name, self.backup_folder, choose):
            widget.setEnabled(self.may_change_station)
        choose.clicked.connect(self.choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose)
        backup_note = QLabel(
            self.tr(
                "Keep backups on a second disk or a USB drive: a copy on the same disk is lost"
                " with it."
            )
        )
        backup_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020")
        note = QLabel(self.tr("A new language applies the next time StationDesk starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("Lock the window after idle"), self.lock_minutes)
        form.addRow(self.tr("Station name"), self.station_name)
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow("", backup_note)
        form.addRow(self.error)
        form.addRow(buttons)

    def choose_backup_folder(self) -> None:
        """Pick the backup folder (a second disk or a USB drive)."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text()
        )
        if chosen:
            self.backup_folder.setText(chosen)

    def _mark(self, field: QLineEdit, message: str) -> None:
        self.error.setText(message)
        field.setProperty("invalid", True)
        field.setFocus()

    def _folder_problem(self, folder: Path) -> str | None:
        if folder == paths.backup_dir():
            return None  # made on first use
        if not folder.is_dir():
            return self.tr("The backup folder %1 does not exist (is the drive plugged in?).")
        try:
            tempfile.TemporaryFile(dir=folder).close()
        except OSError:
            return self.tr("StationDesk may not write in the backup folder %1.")
        return None

    def accept(self) -> None:
        """Apply the settings, or mark the bad field and stay open."""
        name = self.station_name.text().strip()
        if not name:
            self._mark(self.station_name, self.tr("The station needs a name."))
            return
        folder = Path(self.backup_folder.text().strip() or paths.backup_dir()).expanduser()
        problem = self._folder_problem(folder)
        if problem:
            self._mark(self.backup_folder, problem.replace("%1", str(folder)))
            return
        chosen = "" if folder == paths.backup_dir() else str(folder)
        if self.may_change_station:
            try:
                self.ctx.store.set_setting("station_name", name)
                self.ctx.store.set_setting(backup.FOLDER_SETTING, chosen)
            except ValidationError as exc:
                self.error.setText(user_text(exc))
                return
        self.ctx.settings.setValue("ui/language", self.language.currentData())
        self.ctx.settings.setValue(LOCK_MINUTES_KEY, self.lock_minutes.value())
        super().accept()

    @classmethod
    def edit(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the user saved."""
        return cls(ctx, parent).exec() == QDialog.DialogCode.Accepted
