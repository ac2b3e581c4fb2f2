"""Made later, so that the window opens sooner: a tab made when it is first opened, and work
put off until a widget is first on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPanel(QWidget):
    """Stands in a tab for a dispute panel until the tab is first shown, then holds it.

    Until then it only remembers which dispute to show; once made, the panel gets every
    `show_dispute` call, and `save` when it has one.
    """

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._dispute_id: int | None = None
        self.panel: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        """The panel, made now if it was not yet."""
        if self.panel is None:
            self.panel = self._make()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.panel)
            self._forward(self._dispute_id)
        return self.panel

    def show_dispute(self, dispute_id: int | None) -> None:
        """Show this dispute (once the panel is made)."""
        self._dispute_id = dispute_id
        if self.panel is not None:
            self._forward(dispute_id)

    def showEvent(self, event: QShowEvent) -> None:
        """Make the panel the first time its tab is opened."""
        self.built()
        super().showEvent(event)

    def _forward(self, dispute_id: int | None) -> None:
        show = getattr(self.panel, "show_dispute", None)
        if show is not None:
            show(dispute_id)


class AfterFirstPaint(QObject):
    """Run `then` on the turn of the event loop after `watched` first paints."""

    def __init__(self, watched: QWidget, then: Callable[[], object]) -> None:
        super().__init__(watched)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(then)
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Start the timer at the first paint; let every event through."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._timer.start()
        return False
