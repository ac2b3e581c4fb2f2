"""The week grid's cell editor: a shift kind and the day's patrols."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from stationdesk.domain.labels import CONTEXT, ON_DUTY_SHIFTS, SHIFT_KINDS
from stationdesk.domain.roster import MAX_PATROLS
from stationdesk.ui.models.week_model import KIND_ROLE, PATROLS_ROLE, ShiftEdit

Index = QModelIndex | QPersistentModelIndex
MIN_EDITOR_WIDTH = 210
EDITOR_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
IGNORED_FOCUS_REASONS = (
    Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
)


class ShiftEditor(QWidget):
    """A combo of shift kinds (with '(none)') and a patrols spin box; Enter keeps, Esc drops."""

    accepted = Signal()
    rejected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self._finished = False
        self.kind = QComboBox()
        self.kind.setObjectName("shiftKind")
        self.kind.addItem(self.tr("(none)"), "")
        for key, text in SHIFT_KINDS.items():
            self.kind.addItem(QCoreApplication.translate(CONTEXT, text), key)
        self.patrols = QSpinBox()
        self.patrols.setObjectName("shiftPatrols")
        self.patrols.setRange(0, MAX_PATROLS)
        self.patrols.setToolTip(self.tr("Patrols that day (0 when off duty)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.kind, 1)
        layout.addWidget(QLabel(self.tr("Patrols")))
        layout.addWidget(self.patrols)
        self.setFocusProxy(self.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for child in (self.kind, self.patrols):
            child.installEventFilter(self)

    def set_value(self, kind: str, patrols: int) -> None:
        """Show a shift."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.patrols.setValue(patrols)
        self._kind_changed()

    def value(self) -> ShiftEdit:
        """The shift chosen."""
        return ShiftEdit(str(self.kind.currentData() or ""), self.patrols.value())

    def _kind_changed(self) -> None:
        on_duty = self.kind.currentData() in ON_DUTY_SHIFTS
        if not on_duty:
            self.patrols.setValue(0)
        self.patrols.setEnabled(on_duty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter keeps the shift, Esc drops the edit, leaving the editor keeps it."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in EDITOR_KEYS:
                event.accept()  # the window's Esc shortcut must not take the editor's key
                return True
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup_open = watched is self.kind and self.kind.view().isVisible()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not popup_open:
                self._finish(self.accepted)
                return True
            if event.key() == Qt.Key.Key_Escape and not popup_open:
                self._finish(self.rejected)
                return True
        elif isinstance(event, QFocusEvent) and self._focus_left(event):
            self._finish(self.accepted)
        return super().eventFilter(watched, event)

    def _focus_left(self, event: QFocusEvent) -> bool:
        if event.type() != QEvent.Type.FocusOut or event.reason() in IGNORED_FOCUS_REASONS:
            return False
        focus = QApplication.focusWidget()
        return focus is None or not (focus is self or self.isAncestorOf(focus))

    def _finish(self, signal: SignalInstance) -> None:
        if not self._finished:
            self._finished = True
            signal.emit()


class ShiftDelegate(QStyledItemDelegate):
    """Opens a ShiftEditor on day cells and writes its value through the model's setData."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A ShiftEditor wired to commit on Enter and close on Esc."""
        del option, index
        editor = ShiftEditor(parent)
        editor.accepted.connect(lambda: self._finish(editor, commit=True))
        editor.rejected.connect(lambda: self._finish(editor, commit=False))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the cell's shift in the editor."""
        if isinstance(editor, ShiftEditor):
            editor.set_value(str(index.data(KIND_ROLE) or ""), int(index.data(PATROLS_ROLE) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the chosen shift to the model (which asks the roster service)."""
        if isinstance(editor, ShiftEditor):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Cover the cell and as many whole cells to its right as the combo and spin box need."""
        del index
        rect = option.rect
        needed = max(MIN_EDITOR_WIDTH, editor.sizeHint().width())
        width = rect.width() * max(1, math.ceil(needed / max(1, rect.width())))
        height = max(rect.height(), editor.sizeHint().height())
        parent = editor.parentWidget()
        left = rect.left()
        if parent is not None:
            left = max(0, min(left, parent.width() - width))
        editor.setGeometry(left, rect.top(), width, height)

    def _finish(self, editor: ShiftEditor, *, commit: bool) -> None:
        if commit:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        else:
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
