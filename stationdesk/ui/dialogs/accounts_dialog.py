"""Accounts: the list for an administrator or the chief (add, reset a password, change a
role and the officer an account is linked to, disable), and "Change my password" for everyone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.access import ROLES
from stationdesk.domain.accounts import Account, AccountService
from stationdesk.domain.roster import RosterService
from stationdesk.errors import StationDeskError
from stationdesk.ui.dialogs.sign_in_dialog import error_label, password_field
from stationdesk.ui.messages import user_text
from stationdesk.ui.permissions import role_name

USER, NAME, ROLE, OFFICER, STATE, LAST = range(6)


def officer_combo(service: AccountService, chosen: int | None) -> QComboBox:
    """The officers on the roster an account may be linked to, first "none"."""
    combo = QComboBox()
    combo.setObjectName("accountOfficer")
    combo.addItem(QCoreApplication.translate("AccountForm", "— no officer —"), None)
    for officer in RosterService(service.store).officers(include_left=False):
        combo.addItem(f"{officer.name} · {officer.badge_no} · {officer.post}", officer.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.setToolTip(
        QCoreApplication.translate(
            "AccountForm", "An instructor changes records only in this officer's grids"
        )
    )
    return combo


def role_combo(chosen: str) -> QComboBox:
    """The roles, as the window names them, `chosen` selected."""
    combo = QComboBox()
    combo.setObjectName("accountRole")
    for role in ROLES:
        combo.addItem(role_name(role), role)
    combo.setCurrentIndex(ROLES.index(chosen))
    return combo


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, accepting and rejecting `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AccountForm(QDialog):
    """A new account: user name, full name, role and a first password."""

    def __init__(self, service: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.account_id: int | None = None
        self.setWindowTitle(self.tr("New account"))
        self.user = QLineEdit()
        self.user.setObjectName("accountUser")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("accountFullName")
        self.role = role_combo(ROLES[0])
        self.officer = officer_combo(service, None)
        self.password = password_field("accountPassword")
        self.repeated = password_field("accountRepeated")
        self.error = error_label()
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Officer on the roster"), self.officer)
        form.addRow(self.tr("Password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Password again"), self.repeated)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        """Create the account, or say what is wrong and stay open."""
        if self.password.text() != self.repeated.text():
            self.error.setText(self.tr("The two passwords are not the same."))
            return
        first = not self.service.store.enforced
        try:
            self.account_id = self.service.create(
                self.user.text(),
                self.full_name.text(),
                self.role.currentData(),
                self.password.text(),
                officer_id=self.officer.currentData(),
            )
        except StationDeskError as exc:
            self.error.setText(user_text(exc))
            return
        if first:  # from now on the station needs someone signed in: its new administrator
            self.service.sign_in(self.user.text(), self.password.text())
        super().accept()


class RoleDialog(QDialog):
    """An account's role and the officer on the roster it is linked to."""

    def __init__(
        self, service: AccountService, account: Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.account = account
        self.setWindowTitle(self.tr("Role and officer of %1").replace("%1", account.username))
        self.role = role_combo(account.role)
        self.officer = officer_combo(service, account.officer_id)
        self.error = error_label()
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Officer on the roster"), self.officer)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        """Change the role and officer, or say what is wrong and stay open."""
        try:
            self.service.change_role(
                self.account.id, self.role.currentData(), self.officer.currentData()
            )
        except StationDeskError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class PasswordDialog(QDialog):
    """A new password twice, and the current one first when it is one's own."""

    def __init__(self, title: str, *, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.old = password_field("oldPassword")
        self.new = password_field("newPassword")
        self.repeated = password_field("repeatedPassword")
        self.error = error_label()
        self.apply: Callable[[], None] = lambda: None
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        if own:
            form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password (at least 8 characters)"), self.new)
        form.addRow(self.tr("New password again"), self.repeated)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        """Apply the change, or say what is wrong and stay open."""
        if self.new.text() != self.repeated.text():
            self.error.setText(self.tr("The two new passwords are not the same."))
            return
        try:
            self.apply()
        except StationDeskError as exc:
            self.error.setText(user_text(exc))
            return
        super().accept()

    @classmethod
    def change_own(cls, service: AccountService, parent: QWidget | None = None) -> bool:
        """The signed-in user changes their password; True when changed."""
        title = QCoreApplication.translate("PasswordDialog", "Change my password")
        dialog = cls(title, own=True, parent=parent)
        dialog.apply = lambda: service.change_own_password(
            dialog.old.text(), dialog.new.text(), dialog.repeated.text()
        )
        return dialog.exec() == QDialog.DialogCode.Accepted


class AccountsDialog(QDialog):
    """Every account of the station, and what may be done with them."""

    def __init__(self, service: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.accounts: list[Account] = []
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Officer"),
                self.tr("State"),
                self.tr("Last sign-in"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The role in full ("Instructor / community officer"); the other columns share the rest.
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.error = error_label()
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("&Add..."), "addAccount", self.add),
            (self.tr("&Reset password..."), "resetPassword", self.reset_password),
            (self.tr("&Role and officer..."), "changeRole", self.change_role),
            (self.tr("&Disable / enable"), "toggleDisabled", self.toggle_disabled),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(760, 360)
        self.load()

    def load(self) -> None:
        """Fill the table from the store."""
        self.accounts = self.service.accounts()
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            cells = (
                account.username,
                account.full_name,
                role_name(account.role),
                account.officer_name,
                self._state(account),
                (account.last_sign_in or "").replace("T", " ")[:16],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _state(self, account: Account) -> str:
        if account.disabled:
            return self.tr("disabled")
        now = self.service.now().isoformat()
        if account.locked_until and account.locked_until > now:
            return self.tr("locked until %1").replace("%1", account.locked_until[11:16])
        return self.tr("demo only") if account.demo else self.tr("active")

    def selected(self) -> Account | None:
        """The account of the selected row, or None (and a word to pick one)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(self.tr("Pick an account in the list first."))
            return None
        return self.accounts[rows[0].row()]

    def _run(self, action: Callable[[], None]) -> None:
        """Do a change and show the list again, or say why it was refused."""
        try:
            action()
        except StationDeskError as exc:
            self.error.setText(user_text(exc))
            return
        self.error.clear()
        self.load()

    def add(self) -> None:
        """A new account."""
        if AccountForm(self.service, self).exec() == QDialog.DialogCode.Accepted:
            self.load()

    def reset_password(self) -> None:
        """Set a new password for the selected account (lifting a lockout)."""
        account = self.selected()
        if account is None:
            return
        dialog = PasswordDialog(
            self.tr("New password for %1").replace("%1", account.username), own=False, parent=self
        )
        dialog.apply = lambda: self.service.reset_password(account.id, dialog.new.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load()

    def change_role(self) -> None:
        """Give the selected account another role, or link it to another officer."""
        account = self.selected()
        if account is None:
            return
        if RoleDialog(self.service, account, self).exec() == QDialog.DialogCode.Accepted:
            self.error.clear()
            self.load()

    def toggle_disabled(self) -> None:
        """Disable the selected account, or enable it again."""
        account = self.selected()
        if account is not None:
            self._run(lambda: self.service.set_disabled(account.id, not account.disabled))

    @classmethod
    def manage(cls, service: AccountService, parent: QWidget | None = None) -> None:
        """Show the accounts."""
        cls(service, parent).exec()
