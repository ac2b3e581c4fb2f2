"""The lock screen: an opaque cover over the whole window that hides every record until the
signed-in user types their password again. Nothing under it is closed, so an unsaved form
is just as it was; and the idle watch that locks the window by itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.accounts import AccountService, SignInRefused
from stationdesk.domain.labels import ROLE_NAMES
from stationdesk.ui.dialogs.sign_in_dialog import error_label, password_field, refusal_text

LOCK_MINUTES_KEY = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 15
MAX_LOCK_MINUTES = 30
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


def lock_minutes(value: object) -> int:
    """The idle minutes before the window locks, from a setting: 1 to 30, 15 by default."""
    try:
        minutes = int(str(value))
    except ValueError:
        minutes = DEFAULT_LOCK_MINUTES
    return max(1, min(MAX_LOCK_MINUTES, minutes))


class LockScreen(QWidget):
    """Covers its parent window, whatever size it is given; `unlocked` fires once the
    password is right."""

    unlocked = Signal()

    def __init__(self, accounts: AccountService, parent: QWidget) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.title = QLabel(self.tr("StationDesk is locked"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel()
        self.who.setObjectName("lockWho")
        self.password = password_field("unlockPassword")
        self.password.setMinimumWidth(260)
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.error = error_label()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        note = QLabel(self.tr("The records are hidden. Your unsaved work is kept as it was."))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.title, self.who, note):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(3)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the covered window's size."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def lock(self) -> None:
        """Cover the window and ask for the password."""
        session = self.accounts.store.session
        if session is not None:
            role = QApplication.translate("Label", ROLE_NAMES.get(session.role, session.role))
            self.who.setText(
                self.tr("Signed in: %1 (%2)").replace("%1", session.username).replace("%2", role)
            )
        self.error.clear()
        self.password.clear()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.password.setFocus()

    def try_unlock(self) -> None:
        """The password again: uncover the window, or say why not."""
        try:
            self.accounts.unlock(self.password.text())
        except SignInRefused as exc:
            self.error.setText(refusal_text(exc))
            self.password.clear()
            return
        self.hide()
        self.unlocked.emit()


class IdleWatch(QObject):
    """Fires `idle` after `minutes` without a key press, click or mouse move in the app, once
    started."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.idle)

    def start(self) -> None:
        """Watch every input of the app from now on (the window starts it once it is on
        screen: watching every event of its first paint would slow that down)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any user input starts the count again."""
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def restart(self) -> None:
        """Count from now (after unlocking)."""
        self.timer.start()
