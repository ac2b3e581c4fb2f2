"""Signing in: the dialog at start-up (and after signing out), and the first-run wizard that
names the station and creates its administrator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.accounts import AccountService, SignInRefused
from stationdesk.errors import ValidationError
from stationdesk.store import Store
from stationdesk.ui.messages import user_text

ERROR_STYLE = "color: #b00020"


def password_field(name: str) -> QLineEdit:
    """A line edit that shows dots, never the password."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


def error_label() -> QLabel:
    """The red line under a form that says what went wrong."""
    label = QLabel()
    label.setObjectName("formError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def refusal_text(exc: SignInRefused) -> str:
    """What a refused sign-in tells the user, in the window's language."""
    if exc.locked_until:
        return QCoreApplication.translate(
            "SignInDialog",
            "This account is locked after 5 failed sign-ins. Try again after %1, or ask"
            " an administrator to reset the password.",
        ).replace("%1", exc.locked_until[11:16])
    return QCoreApplication.translate("SignInDialog", "Wrong user name or password.")


class SignInDialog(QDialog):
    """User name and password; signs in to the store on success.

    `before`, when given, is asked once before the first sign-in writes anything (at start, it
    waits for the check of the station file); False closes the dialog without signing in.
    """

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        before: Callable[[QWidget], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = AccountService(store)
        self.before = before
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to StationDesk"))
        title = QLabel(store.setting("station_name") or "StationDesk")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user = QLineEdit()
        self.user.setObjectName("signInUser")
        self.password = password_field("signInPassword")
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if any(account.demo for account in self.service.accounts()):
            note = QLabel(
                self.tr(
                    "Demo station: sign in as admin, chief, clerk, instructor or auditor,"
                    " each with the password demo."
                )
            )
            note.setObjectName("demoNote")
            note.setWordWrap(True)
            note.setStyleSheet("color: #555")
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        """Sign in, or say why not and stay open with the password cleared."""
        if self.before is not None:
            allowed, self.before = self.before(self), None
            if not allowed:
                self.reject()
                return
        try:
            self.service.sign_in(self.user.text(), self.password.text())
        except SignInRefused as exc:
            self.error.setText(refusal_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()

    @classmethod
    def sign_in(
        cls,
        store: Store,
        parent: QWidget | None = None,
        before: Callable[[QWidget], bool] | None = None,
    ) -> bool:
        """Show the dialog; True once someone has signed in."""
        return cls(store, parent, before).exec() == QDialog.DialogCode.Accepted


class FirstRunDialog(QDialog):
    """A new station: its name and its administrator's account, then signed in as them."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.service = AccountService(store)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Set up StationDesk"))
        intro = QLabel(
            self.tr(
                "A new station file. Name the station and create the administrator's"
                " account; the administrator then adds an account for everyone else."
            )
        )
        intro.setWordWrap(True)
        self.station_name = QLineEdit()
        self.station_name.setObjectName("setupStation")
        self.user = QLineEdit("admin")
        self.user.setObjectName("setupUser")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("setupFullName")
        self.password = password_field("setupPassword")
        self.repeated = password_field("setupRepeated")
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Station name"), self.station_name)
        form.addRow(self.tr("Administrator's user name"), self.user)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Password again"), self.repeated)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        """Create the station's administrator and sign in, or say what is wrong."""
        name = self.station_name.text().strip()
        if not name:
            self.error.setText(self.tr("The station needs a name."))
            return
        if self.password.text() != self.repeated.text():
            self.error.setText(self.tr("The two passwords are not the same."))
            return
        try:
            with self.store.transaction():
                self.store.set_setting("station_name", name)
                self.service.create(
                    self.user.text(), self.full_name.text(), "admin", self.password.text()
                )
        except ValidationError as exc:
            self.error.setText(user_text(exc))
            return
        self.service.sign_in(self.user.text(), self.password.text())
        super().accept()

    @classmethod
    def set_up(cls, store: Store, parent: QWidget | None = None) -> bool:
        """Show the wizard; True once the administrator exists and is signed in."""
        return cls(store, parent).exec() == QDialog.DialogCode.Accepted
