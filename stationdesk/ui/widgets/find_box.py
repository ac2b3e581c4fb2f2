"""The window's one find box: results as one types, grouped by kind, in a panel under the box;
after a pause the same text filters the list of the page on show (a chip there says so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from stationdesk.domain.labels import CONTEXT
from stationdesk.domain.search import Group, Hit, SearchService

DELAY_MS = 150  # typing settles this long before searching
POPUP_PER_KIND = 5
POPUP_WIDTH = 640
BOX_WIDTH = 300
ITEM_ROLE = Qt.ItemDataRole.UserRole
ALL_RESULTS = "all"  # the data of the last row, which opens the search page
POPUP_STYLE = """
QTreeWidget#findPopup { border: 1px solid palette(mid); background: palette(base); }
QTreeWidget#findPopup::item { padding: 3px 2px; }
"""
CHIP_STYLE = """
QFrame#findChip { background: #e8f0fe; border: 1px solid #a8c7fa; border-radius: 10px; }
QFrame#findChip QLabel { color: #0b3d91; padding: 1px 2px 1px 6px; }
QFrame#findChip QToolButton { border: none; padding: 0 6px; color: #0b3d91; }
"""


def label(text: str) -> str:
    """A fixed label in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def details(parts: tuple[str, ...]) -> str:
    """Short texts in one line, fixed labels among them translated."""
    return " · ".join(label(part) for part in parts)


class FindPopup(QTreeWidget):
    """The results under the find box: a heading per kind, hits best first, then 'All results'.

    It never takes the keyboard: the box keeps the cursor and moves the selection here.
    """

    chosen = Signal(object)  # a Hit, or ALL_RESULTS

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("findPopup")
        self.setStyleSheet(POPUP_STYLE)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(lambda item, _column: self._choose(item))
        self.query = ""  # what the results shown were found for
        self.hide()

    def show_groups(self, query: str, groups: list[Group]) -> None:
        """The groups found for `query` (or a line saying nothing was), the first hit selected."""
        self.clear()
        self.query = query
        bold = QFont(self.font())
        bold.setBold(True)
        for group in groups:
            heading = QTreeWidgetItem(self, [label(group.label)])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(True)
            for hit in group.hits:
                item = QTreeWidgetItem(heading, [hit.title, details(hit.details)])
                item.setData(0, ITEM_ROLE, hit)
                item.setToolTip(0, hit.title)
                item.setForeground(1, self.palette().placeholderText())
            heading.setExpanded(True)
        if not groups:
            nothing = QTreeWidgetItem(self, [self.tr("Nothing found for %1").replace("%1", query)])
            nothing.setFlags(Qt.ItemFlag.ItemIsEnabled)
            nothing.setFirstColumnSpanned(True)
        every = QTreeWidgetItem(self, [self.tr("All results for %1…").replace("%1", query)])
        every.setData(0, ITEM_ROLE, ALL_RESULTS)
        every.setFirstColumnSpanned(True)
        every.setForeground(0, self.palette().link())
        self.setCurrentItem(self.rows()[0])

    def rows(self) -> list[QTreeWidgetItem]:
        """The rows one can choose (hits, then 'All results'), top to bottom."""
        chosen: list[QTreeWidgetItem] = []
        for row in range(self.topLevelItemCount()):
            top = self.topLevelItem(row)
            if top is None:
                continue
            if top.data(0, ITEM_ROLE) is not None:
                chosen.append(top)
            children = (top.child(c) for c in range(top.childCount()))
            chosen.extend(child for child in children if child is not None)
        return chosen

    def hits(self) -> list[Hit]:
        """The hits shown, top to bottom."""
        found = (item.data(0, ITEM_ROLE) for item in self.rows())
        return [hit for hit in found if isinstance(hit, Hit)]

    def current_choice(self) -> Hit | str | None:
        """The hit selected, ALL_RESULTS, or None."""
        item = self.currentItem()
        return None if item is None else item.data(0, ITEM_ROLE)

    def step(self, offset: int) -> None:
        """Move the selection down (1) or up (-1), staying on choosable rows."""
        rows = self.rows()
        current = self.currentItem()
        index = rows.index(current) + offset if current in rows else 0
        self.setCurrentItem(rows[max(0, min(index, len(rows) - 1))])

    def choose_current(self) -> None:
        """Enter: the selected row is chosen."""
        item = self.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QTreeWidgetItem) -> None:
        choice = item.data(0, ITEM_ROLE)
        if choice is not None:
            self.chosen.emit(choice)

    def place_under(self, box: QWidget) -> None:
        """Right-aligned under the box, as wide as the results need, as tall as its rows."""
        host = self.parentWidget()
        if host is None:
            return
        width = min(max(POPUP_WIDTH, box.width()), host.width() - 16)
        bottom_right = box.mapTo(host, QPoint(box.width(), box.height()))
        left = max(8, bottom_right.x() - width)
        rows = sum(1 + (top.childCount() if top else 0) for top in self._tops())
        wanted = rows * (self.sizeHintForRow(0) or 24) + 2 * self.frameWidth() + 4
        height = min(wanted, host.height() - bottom_right.y() - 40)
        self.setGeometry(left, bottom_right.y() + 2, width, height)
        self.setColumnWidth(0, width * 3 // 5)
        self.raise_()

    def _tops(self) -> list[QTreeWidgetItem | None]:
        return [self.topLevelItem(row) for row in range(self.topLevelItemCount())]


class FindBox(QLineEdit):
    """Ctrl+F's box: Down and Up choose among the results, Enter opens one, Esc closes the
    results (a second Esc empties the box); `settled` gives the text once typing pauses."""

    open_hit = Signal(str, int)  # kind, record id
    show_all = Signal(str)  # the query, for the search page
    settled = Signal(str)  # the text after a pause in typing ('' once emptied)

    def __init__(self, search: SearchService, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("findBox")
        self.search = search
        self.setPlaceholderText(self.tr("Find anything (Ctrl+F)"))
        self.setToolTip(
            self.tr(
                "Names, addresses, summaries, pinyin (zw), or 4+ digits of an ID or phone number."
                " The list of the page on show keeps the records that match."
            )
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(BOX_WIDTH)
        self._host = host
        self._popup: FindPopup | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.settle)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._on_text_changed)

    @property
    def popup(self) -> FindPopup:
        """The results under the box, made when first needed (the window opens sooner)."""
        if self._popup is None:
            self._popup = FindPopup(self._host)
            self._popup.chosen.connect(self._chosen)
        return self._popup

    def keep_results_placed(self) -> None:
        """Keep the results under the box, when shown (the window was resized)."""
        if self._popup is not None and self._popup.isVisible():
            self._popup.place_under(self)

    def query(self) -> str:
        """What the box holds, trimmed."""
        return self.text().strip()

    def settle(self) -> None:
        """Search now for what is typed (the pause after typing ends here)."""
        self._timer.stop()
        query = self.query()
        if query and self.window().focusWidget() is self:
            self.popup.show_groups(query, self.search.search(query, limit=POPUP_PER_KIND))
            self.popup.place_under(self)
            self.popup.show()
        else:
            self.popup.hide()
        self.settled.emit(query)

    def clear_query(self) -> None:
        """Empty the box and show every list whole again at once."""
        self.clear()
        self.settle()

    def _on_text_changed(self, text: str) -> None:
        if not text:  # the clear button, or clear_query
            self.settle()

    def _chosen(self, choice: object) -> None:
        self.popup.hide()
        if isinstance(choice, Hit):
            self.open_hit.emit(choice.kind, choice.record_id)
        elif choice == ALL_RESULTS:
            self.show_all.emit(self.query())

    # -- keys ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """Esc closes the results or empties the box (instead of cancelling the page's edits)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and (self.popup.isVisible() or self.text())
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Move through, open or close the results."""
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if self.popup.isVisible():
                self.popup.step(1 if key == Qt.Key.Key_Down else -1)
            else:
                self.settle()  # the results again, the best one chosen
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.popup.isVisible():
                self.settle()
            if self.popup.isVisible():
                self.popup.choose_current()
        elif key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.clear_query()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """The results close when the cursor leaves the box."""
        super().focusOutEvent(event)
        self.popup.hide()


class FindChip(QFrame):
    """On a list page: 'Filtered by “张伟” ×' while the find box narrows its list."""

    cleared = Signal()

    def __init__(self, search: SearchService, kinds: tuple[str, ...]) -> None:
        super().__init__()
        self.setObjectName("findChip")
        self.setStyleSheet(CHIP_STYLE)
        self.search = search
        self.kinds = kinds
        self.query = ""
        self.text = QLabel()
        self.text.setObjectName("findChipText")
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Show the whole list (empties the find box)"))
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text)
        layout.addWidget(self.close_button)
        wrapper = QHBoxLayout()
        wrapper.addWidget(self)
        wrapper.addStretch(1)
        self.row = wrapper  # a page adds this row above its list
        self.hide()

    def narrow(self, query: str) -> str:
        """Say how the find box's `query` narrows the list; what to filter by ('' for all).

        A query matching too many records (one surname on a large station) leaves the list
        whole and asks for more letters, since listing that many would stall the window.
        """
        query = query.strip()
        self.query = query
        broad = bool(query) and self.search.too_broad(query, self.kinds)
        if broad:
            text = self.tr("“%1” matches too many records to narrow this list: type more")
        else:
            text = self.tr("Filtered by “%1”")
        self.text.setText(text.replace("%1", query))
        self.setVisible(bool(query))
        return "" if broad else query
