"""Settings: the window's language and the station's name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from stationdesk.errors import ValidationError
from stationdesk.ui.context import AppContext

LANGUAGE_CHOICES = (("auto", "Automatic (system language)"), ("zh", "简体中文"), ("en", "English"))


class SettingsDialog(QDialog):
    """Language (applied at the next start) and station name (applied at once)."""

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
        self.station_name = QLineEdit(ctx.station_name)
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
        form.addRow(self.tr("Station name"), self.station_name)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        """Apply the settings, or mark the bad field and stay open."""
        name = self.station_name.text().strip()
        if not name:
            self.error.setText(self.tr("The station needs a name."))
            self.station_name.setProperty("invalid", True)
            self.station_name.setFocus()
            return
        try:
            self.ctx.store.set_setting("station_name", name)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.settings.setValue("ui/language", self.language.currentData())
        super().accept()

    @classmethod
    def edit(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the user saved."""
        return cls(ctx, parent).exec() == QDialog.DialogCode.Accepted
