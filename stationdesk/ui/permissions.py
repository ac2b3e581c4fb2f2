"""What the signed-in account may change, asked by every form, panel and action before it
offers an edit: the one place the window turns the role matrix (`domain.access`) and the
instructor's grids into read-only fields, hidden Save buttons and tooltips saying why.

The store refuses again whatever slips past the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from stationdesk.domain import access
from stationdesk.domain.labels import ROLE_NAMES
from stationdesk.store import Store

CONTEXT = "Permissions"
OWN_TOOLTIP = "ownToolTip"
NOTE_STYLE = (
    "QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 4px;"
    " padding: 4px 6px; color: #174ea6; }"
)

# Why a role may not, for each permission a form asks about ("%1": the role's name).
WHY_NOT: dict[str, object] = {
    access.WRITE_RECORDS: QT_TRANSLATE_NOOP(
        "Permissions", "Read only: your role (%1) may read records but not change them."
    ),
    access.MANAGE_ROSTER: QT_TRANSLATE_NOOP(
        "Permissions", "Read only: your role (%1) may not change the roster and grids."
    ),
    access.PRINT_RECORDS: QT_TRANSLATE_NOOP(
        "Permissions", "Your role (%1) may not print or export records."
    ),
    access.SIGN_OFF: QT_TRANSLATE_NOOP(
        "Permissions", "Your role (%1) may not sign off disputes; the chief does."
    ),
    access.CLOSE_INJURY_CASE: QT_TRANSLATE_NOOP(
        "Permissions", "Your role (%1) may not close or reopen a case; the chief does."
    ),
}
OTHERWISE = QT_TRANSLATE_NOOP("Permissions", "Your role (%1) may not do this.")
OUTSIDE_GRIDS = QT_TRANSLATE_NOOP("Permissions", "Outside your grids — read only")
NO_GRIDS = QT_TRANSLATE_NOOP(
    "Permissions",
    "Read only: your account is linked to no officer's grids; ask the chief to link it.",
)


def role_name(role: str) -> str:
    """A role as the window shows it."""
    return QCoreApplication.translate("Label", ROLE_NAMES.get(role, role))


@dataclass(frozen=True)
class Editing:
    """Whether a form may change what it shows; `why_not` (translated) says why not."""

    allowed: bool
    why_not: str = ""


ALLOWED = Editing(True)


class Permissions:
    """The signed-in account's rights over the store, as the window asks them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def may(self, permission: str) -> Editing:
        """A named permission of the role matrix."""
        if self.store.may(permission):
            return ALLOWED
        session = self.store.session
        role = role_name(session.role) if session is not None else ""
        why = QCoreApplication.translate(CONTEXT, str(WHY_NOT.get(permission, OTHERWISE)))
        return Editing(False, why.replace("%1", role))

    def records(self, table: str, record_id: int | None = None) -> Editing:
        """Changing a record of `table` (None: adding one), its grid considered."""
        editing = self.may(access.write_permission(table))
        if not editing.allowed or record_id is None:
            return editing
        refused = self.store.outside_own_grids(table, record_id)
        if refused is None:
            return ALLOWED
        why = NO_GRIDS if refused == access.NO_OFFICER else OUTSIDE_GRIDS
        return Editing(False, QCoreApplication.translate(CONTEXT, str(why)))

    def roster(self) -> Editing:
        """Changing the roster, the grids and the shifts."""
        return self.may(access.MANAGE_ROSTER)

    def own_grids(self) -> tuple[int, ...]:
        """The grids of an account bound to them (an instructor's), for "My grids"; () else."""
        return tuple(sorted(self.store.own_grids() or ()))

    def writable_grids(
        self, options: list[tuple[int, str]], keep: int | None = None
    ) -> list[tuple[int, str]]:
        """The grid choices a form offers for a record: for an account bound to grids, only
        its own (and `keep`, the grid the record shown is in); for others, all of them."""
        own = self.store.own_grids()
        if own is None:
            return options
        return [(grid_id, path) for grid_id, path in options if grid_id in own or grid_id == keep]


def offer(target: QAbstractButton | QAction, editing: Editing, available: bool = True) -> None:
    """Enable a button or action that changes something only when allowed (and `available`:
    something is chosen for it); when not allowed, its tooltip says why (its own tooltip
    comes back when allowed again)."""
    own = target.property(OWN_TOOLTIP)
    if own is None:
        own = target.toolTip()
        target.setProperty(OWN_TOOLTIP, own)
    target.setEnabled(editing.allowed and available)
    target.setToolTip(str(own) if editing.allowed else editing.why_not)


def show_if(widgets: tuple[QWidget, ...], editing: Editing) -> None:
    """Show Save-like buttons only when the form may be saved at all."""
    for widget in widgets:
        widget.setVisible(editing.allowed)


def read_only_note(editing: Editing) -> QLabel:
    """The note above a form saying why it is read only (hidden when it is not)."""
    note = QLabel(editing.why_not)
    note.setObjectName("readOnlyNote")
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    note.setVisible(not editing.allowed)
    return note


def hold_read_only(
    form: QWidget,
    editing: Editing,
    buttons: tuple[QWidget, ...] = (),
    *,
    keep: tuple[QWidget, ...] = (),
) -> None:
    """When `editing` is not allowed, make every field of a loaded form read only (text stays
    selectable, choices are greyed) and hide its Save-like `buttons`; else leave it be.
    Widgets in `keep` (a list to browse) and what they hold are left as they are."""
    if editing.allowed:
        return
    for widget in form.findChildren(QWidget):
        if any(kept is widget or kept.isAncestorOf(widget) for kept in keep):
            continue
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)
        if isinstance(widget, QComboBox | QCheckBox | QRadioButton | QAbstractItemView):
            widget.setEnabled(False)
    for button in buttons:
        button.hide()
