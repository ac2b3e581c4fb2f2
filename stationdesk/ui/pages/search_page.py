"""Search: results as one types, grouped by kind; a person's timeline; likely duplicates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.labels import SEARCH_KINDS
from stationdesk.domain.people_merge import DuplicatePair, MergeService
from stationdesk.domain.person_timeline import Event, TimelineService
from stationdesk.domain.search import Hit, SearchService
from stationdesk.errors import StationDeskError
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import Editing, offer
from stationdesk.ui.printing import preview_pdf
from stationdesk.ui.widgets.find_box import details as _details
from stationdesk.ui.widgets.find_box import label as _label
from stationdesk.ui.widgets.history_view import HistoryView

HIT_ROLE = Qt.ItemDataRole.UserRole
PAIR_ROLE = Qt.ItemDataRole.UserRole
OPENED_ELSEWHERE = frozenset(SEARCH_KINDS) - {"people"}  # kinds whose own page opens them
HISTORY_KINDS = {
    "people": "people",
    "households": "households",
    "disputes": "disputes",
    "visits": "visits",
    "injuries": "incidents",
    "officers": "officers",
}


class SearchPage(Page):
    """Type to find anything; Enter opens the record; a person shows their whole history."""

    open_record = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = SearchService(ctx.store)
        self.timelines = TimelineService(ctx.store)
        self.merges = MergeService(ctx.store)
        self._shown: Hit | None = None
        self._build()
        self._connect()

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(
            self.tr("Name, address, summary, pinyin (zw), or 4+ digits of an ID or phone number")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("searchKind")
        self.kind.addItem(self.tr("Everything"), "")
        for code, text in SEARCH_KINDS.items():
            self.kind.addItem(_label(text), code)
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.kind)
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setHeaderLabels([self.tr("Found"), self.tr("Details")])
        self.results.setColumnWidth(0, 300)
        self.results.setUniformRowHeights(True)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("searchTabs")
        self.history = HistoryView(self.ctx.store)
        self.tabs.addTab(self._build_record_tab(), self.tr("Record"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self._build_duplicates_tab(), self.tr("Likely duplicates"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([560, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_record_tab(self) -> QWidget:
        self.heading = QLabel(self.tr("Type in the box to search every ledger."))
        self.heading.setObjectName("searchHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("personTimeline")
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("Event"), self.tr("What"), self.tr("Details")]
        )
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setUniformRowHeights(True)
        for column, width in enumerate((84, 124, 230)):
            self.timeline.setColumnWidth(column, width)
        self.open_button = QPushButton(self.tr("Open in its ledger"))
        self.open_button.setObjectName("openRecord")
        self.print_button = QPushButton(self.tr("Print history..."))
        self.print_button.setObjectName("printHistory")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.heading)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(buttons)
        self._show_hit(None)
        return tab

    def _build_duplicates_tab(self) -> QWidget:
        explanation = QLabel(
            self.tr(
                "People recorded twice: the same name with the same phone number or birth date, "
                "and no different ID numbers. Merging keeps the first record, moves every link of "
                "the second to it and notes the merge in both histories."
            )
        )
        explanation.setWordWrap(True)
        self.duplicates = QTreeWidget()
        self.duplicates.setObjectName("duplicateList")
        self.duplicates.setRootIsDecorated(False)
        self.duplicates.setHeaderLabels(
            [self.tr("Name"), self.tr("Kept record"), self.tr("Merged record"), self.tr("Why")]
        )
        self.duplicates.setColumnWidth(1, 190)
        self.duplicates.setColumnWidth(2, 190)
        self.merge_button = QPushButton(self.tr("Merge..."))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        refresh = QPushButton(self.tr("Look again"))
        refresh.clicked.connect(self.refresh_duplicates)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(self.merge_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explanation)
        layout.addWidget(self.duplicates, 1)
        layout.addLayout(buttons)
        return tab

    def _connect(self) -> None:
        self.box.textChanged.connect(self.run_search)
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.kind.currentIndexChanged.connect(self.run_search)
        self.results.currentItemChanged.connect(self._on_current_changed)
        self.results.itemActivated.connect(lambda _item, _column: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.print_button.clicked.connect(self.print_current)
        self.duplicates.currentItemChanged.connect(
            lambda item, _old: offer(self.merge_button, self._merging(), item is not None)
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.ctx.events.records_changed.connect(self._on_records_changed)

    # -- page protocol -------------------------------------------------------------
    def focus_filter(self) -> None:
        """The cursor in the search box, what was typed selected."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def show_found(self, query: str) -> None:
        """What the window's find box holds is searched here too (an empty box changes nothing)."""
        if query and query != self.box.text().strip():
            self.box.setText(query)

    def print_current(self) -> None:
        """The shown person's whole history as a PDF."""
        hit = self._shown
        if hit is None or hit.kind != "people":
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Choose a person among the results first.")
            )
            return
        from stationdesk.reports.person_history import write_person_history

        def write(path: Path) -> None:
            write_person_history(self.ctx.store, hit.record_id, path, lang=self.ctx.language)

        preview_pdf(
            self,
            self.ctx,
            self.tr("Save the person's history as"),
            f"person-{hit.record_id}.pdf",
            write,
            record=("people", hit.record_id, "person history"),
        )

    # -- searching -----------------------------------------------------------------
    def run_search(self) -> None:
        """Show the groups found for what is typed, the first hit selected."""
        query = self.box.text()
        groups = self.search.search(query, self.kind.currentData() or None)
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for group in groups:
            top = QTreeWidgetItem(self.results, [f"{_label(group.label)} ({len(group.hits)})"])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFirstColumnSpanned(True)
            for hit in group.hits:
                item = QTreeWidgetItem(top, [hit.title, _details(hit.details)])
                item.setData(0, HIT_ROLE, hit)
                item.setToolTip(0, hit.title)
                item.setToolTip(1, item.text(1))
                first = first or item
            top.setExpanded(True)
        if first is not None:
            self.results.setCurrentItem(first)
        count = sum(len(group.hits) for group in groups)
        if not query.strip():
            self.status.setText("")
        elif count:
            self.status.setText(
                self.tr("%1 found; Enter opens the one selected").replace("%1", str(count))
            )
        else:
            self.status.setText(self.tr("Nothing found for %1").replace("%1", query.strip()))
        waiting = self.ctx.store.search_index.pending() if query.strip() else 0
        if waiting:
            note = self.tr("%1 newly imported records are not searchable yet.")
            shown = note.replace("%1", f"{waiting:,}")
            self.status.setText(f"{self.status.text()}\n{shown}")  # a line of its own

    def current_hit(self) -> Hit | None:
        """The hit selected in the results, if any."""
        item = self.results.currentItem()
        hit = item.data(0, HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, Hit) else None

    def open_current(self) -> None:
        """Enter: open the selected record (disputes and officers in their page, the rest here)."""
        hit = self.current_hit()
        if hit is None:
            return
        self._show_hit(hit)
        self.tabs.setCurrentIndex(0)
        self.open_record.emit(hit.kind, hit.record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the box move through the results."""
        key = event.key() if isinstance(event, QKeyEvent) else None
        pressed = event.type() == QEvent.Type.KeyPress and watched is self.box
        if pressed and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step(1 if key == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)

    def hit_items(self) -> list[QTreeWidgetItem]:
        """The result rows (not the group headings), top to bottom."""
        items: list[QTreeWidgetItem] = []
        for row in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(row)
            if group is not None:
                children = (group.child(c) for c in range(group.childCount()))
                items.extend(child for child in children if child is not None)
        return items

    def _step(self, offset: int) -> None:
        items = self.hit_items()
        if not items:
            return
        current = self.results.currentItem()
        index = items.index(current) + offset if current in items else 0
        self.results.setCurrentItem(items[max(0, min(index, len(items) - 1))])

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        hit = current.data(0, HIT_ROLE) if current is not None else None
        if isinstance(hit, Hit):
            self._show_hit(hit)

    # -- the record shown ------------------------------------------------------------
    def show_record(self, kind: str, record_id: int) -> None:
        """Show one record (a person's timeline, or a record's summary)."""
        hit = self.search.describe(kind, record_id)
        if hit is not None:
            self._show_hit(hit)

    def _show_hit(self, hit: Hit | None) -> None:
        self._shown = hit
        self.timeline.clear()
        self.print_button.setEnabled(hit is not None and hit.kind == "people")
        self.open_button.setEnabled(hit is not None and hit.kind in OPENED_ELSEWHERE)
        if hit is None:
            self.history.clear()
            return
        self.history.show_record(HISTORY_KINDS[hit.kind], hit.record_id)
        kind = _label(SEARCH_KINDS[hit.kind])
        self.heading.setText(
            f"<b>{hit.title}</b><br>{kind} #{hit.record_id}  {_details(hit.details)}"
        )
        self.timeline.setVisible(hit.kind in ("people", "households"))
        if hit.kind == "people":
            self._fill_timeline(self._person_events(hit.record_id))
        elif hit.kind == "households":
            self._fill_timeline(self.timelines.household_events(hit.record_id))

    def _person_events(self, person_id: int) -> list[Event]:
        try:
            return self.timelines.timeline(person_id).events
        except StationDeskError:
            return []

    def _fill_timeline(self, events: list[Event]) -> None:
        for event in events:
            item = QTreeWidgetItem(
                self.timeline,
                [event.day, _label(event.label), event.title, _details(event.details)],
            )
            item.setToolTip(2, event.title)
            item.setToolTip(3, item.text(3))
        if not events:
            QTreeWidgetItem(self.timeline, ["", self.tr("Nothing recorded yet.")])

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in HISTORY_KINDS.values() and self.isVisible():
            shown = self._shown
            self.run_search()
            if shown is not None:
                self.show_record(shown.kind, shown.record_id)

    # -- duplicates ----------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.duplicates.parentWidget():
            self.refresh_duplicates()

    def refresh_duplicates(self) -> None:
        """List the likely duplicates again."""
        self.duplicates.clear()
        reasons = {"phone": self.tr("same phone"), "birth_date": self.tr("same birth date")}
        for pair in self.merges.duplicates():
            item = QTreeWidgetItem(
                self.duplicates,
                [
                    pair.first.name,
                    self._person_text(pair.first.id, pair.first.phone, pair.first.id_number),
                    self._person_text(pair.second.id, pair.second.phone, pair.second.id_number),
                    reasons[pair.reason],
                ],
            )
            item.setData(0, PAIR_ROLE, pair)
        offer(self.merge_button, self._merging(), False)

    def _merging(self) -> Editing:
        """Whether the signed-in account may merge (and unmerge) people."""
        return self.ctx.permissions.records("people")

    @staticmethod
    def _person_text(person_id: int, phone: str, id_number: str | None) -> str:
        return " · ".join(part for part in (f"#{person_id}", id_number or "", phone) if part)

    def merge_selected(self) -> None:
        """Merge the selected pair (after asking), then show the kept person's history."""
        item = self.duplicates.currentItem()
        pair = item.data(0, PAIR_ROLE) if item is not None else None
        if not isinstance(pair, DuplicatePair):
            return
        question = self.tr(
            "Merge record #%2 into #%1 (%3)? Every dispute, statement, obligation and household "
            "of #%2 moves to #%1; #%2 is voided. Both histories keep the merge."
        )
        text = question.replace("%1", str(pair.first.id)).replace("%2", str(pair.second.id))
        answer = QMessageBox.question(self, self.tr("Merge"), text.replace("%3", pair.first.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.merges.merge(pair.first.id, pair.second.id, self.tr("likely duplicate"))
        except StationDeskError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), user_text(exc))
            return
        self.refresh_duplicates()
        self.show_record("people", pair.first.id)
        self.tabs.setCurrentIndex(0)
