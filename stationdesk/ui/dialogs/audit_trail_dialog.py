"""The station's audit trail in the window, for the chief, the auditor and the administrator:
every entry newest first, narrowed by user, by what was done and by day; an entry's fields
old and new; a record opened in its page (double-click, which closes the trail); the hash
chain checked on a worker."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.history import HistoryReader
from stationdesk.domain.labels import RECORD_KINDS
from stationdesk.domain.trail import (
    GROUPS,
    PAGE_SIZE,
    TrailEntry,
    TrailFilter,
    TrailService,
)
from stationdesk.errors import StationDeskError
from stationdesk.spreadsheets.export import ExportColumn, export_rows
from stationdesk.store import Store
from stationdesk.store.audit import verify_chain
from stationdesk.ui.context import AppContext
from stationdesk.ui.cursor import wait_cursor
from stationdesk.ui.exporting import ask_export_path
from stationdesk.ui.forms.officer_form import INVALID_STYLE
from stationdesk.ui.messages import user_text
from stationdesk.ui.widgets.choices import label
from stationdesk.ui.widgets.dispute_panel import set_invalid
from stationdesk.ui.widgets.history_view import action_words, field_label

# The kinds of entry whose record has a page of its own, and that page's kind.
OPENS = {
    "disputes": "disputes",
    "households": "households",
    "visits": "visits",
    "incidents": "injuries",
    "officers": "officers",
}
DEFAULT_DAYS = 30  # the span offered when the clerk narrows by day


class AuditTrailDialog(QDialog):
    """Who did what, when: the whole trail, a page at a time."""

    open_record = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = TrailService(ctx.store)
        self.usernames = self.service.usernames()
        self.reader = HistoryReader(ctx.store, label)
        self.shown: list[TrailEntry] = []
        self.setObjectName("auditTrailDialog")
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_fields())
        splitter.setSizes([460, 180])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_footer())
        self.refresh()

    # -- building ------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.actor = _named(QComboBox(), "trailActor")
        self.actor.addItem(self.tr("Anyone"), "")
        for name in self.service.actors():
            self.actor.addItem(name, name)
        self.group = _named(QComboBox(), "trailGroup")
        self.group.addItem(self.tr("Everything"), "")
        for key, words in GROUPS.items():
            self.group.addItem(label(words), key)
        self.between = _named(QCheckBox(self.tr("Only from")), "trailBetween")
        today = QDate.currentDate()
        self.since = self._date_edit("trailSince", today.addDays(-DEFAULT_DAYS))
        self.until = self._date_edit("trailUntil", today)
        for caption, widget in (
            (self.tr("By:"), self.actor),
            (self.tr("What:"), self.group),
        ):
            row.addWidget(QLabel(caption))
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.between)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.until)
        row.addStretch(1)
        self.actor.currentIndexChanged.connect(self.refresh)
        self.group.currentIndexChanged.connect(self.refresh)
        self.between.toggled.connect(self._between_toggled)
        return row

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = _named(QDateEdit(day), name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.dateChanged.connect(self.refresh)
        return edit

    def _build_list(self) -> QTreeWidget:
        self.entries = _named(QTreeWidget(), "trailEntries")
        self.entries.setHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Record"), self.tr("What"), self.tr("Details")]
        )
        self.entries.setRootIsDecorated(False)
        self.entries.setAlternatingRowColors(True)
        self.entries.setUniformRowHeights(True)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.currentItemChanged.connect(self._show_fields)
        self.entries.itemActivated.connect(self._open)
        return self.entries

    def _build_fields(self) -> QTreeWidget:
        self.fields = _named(QTreeWidget(), "trailFields")
        self.fields.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.fields.setRootIsDecorated(False)
        self.fields.setAlternatingRowColors(True)
        return self.fields

    def _build_footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count = _named(QLabel(), "trailCount")
        self.more = _named(QPushButton(self.tr("Show older entries")), "trailMore")
        self.more.clicked.connect(self.show_more)
        self.check = _named(QPushButton(self.tr("Check the trail")), "trailCheck")
        self.check.setToolTip(
            self.tr("Recompute every entry's seal: an entry changed or removed outside StationDesk")
        )
        self.check.clicked.connect(self.check_chain)
        self.export = _named(QPushButton(self.tr("Export...")), "trailExport")
        self.export.setToolTip(self.tr("Every entry that matches, to .xlsx or .csv"))
        self.export.clicked.connect(self.export_entries)
        self.verdict = _named(QLabel(), "trailVerdict")
        self.verdict.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.count)
        row.addWidget(self.more)
        row.addSpacing(16)
        row.addWidget(self.export)
        row.addWidget(self.check)
        row.addWidget(self.verdict, 1)
        row.addWidget(close)
        return row

    # -- behaviour -----------------------------------------------------------------
    def current_filter(self) -> TrailFilter:
        """The filter the choices above the list make."""
        since = until = None
        if self.between.isChecked():
            since, until = _day(self.since.date()), _day(self.until.date())
        return TrailFilter(self.actor.currentData(), self.group.currentData(), since, until)

    def refresh(self) -> None:
        """The newest entries that match, from the top."""
        self.entries.clear()
        self.fields.clear()
        self.shown = []
        self.show_more()

    def show_more(self) -> None:
        """The next page of older entries that match."""
        flt = self.current_filter()
        problem = next(iter(flt.problems().values()), None)
        set_invalid(self.until, problem)
        self.export.setEnabled(problem is None)
        if problem:
            self.count.setText(user_text(problem))
            self.more.setEnabled(False)
            return
        before = self.shown[-1].id if self.shown else None
        page = self.service.entries(flt, before=before)
        for entry in page:
            self._add(entry)
        if not self.shown:
            for column in range(4):
                self.entries.resizeColumnToContents(column)
        self.shown += page
        self.more.setEnabled(len(page) == PAGE_SIZE)
        self._count_shown()

    def _count_shown(self) -> None:
        if not self.shown:
            self.count.setText(self.tr("No entries match."))
            return
        self.count.setText(
            self.tr("%1 entries shown, newest first").replace("%1", f"{len(self.shown):,}")
        )

    def _add(self, entry: TrailEntry) -> None:
        item = QTreeWidgetItem(self.entries, self._cells(entry))
        item.setData(0, Qt.ItemDataRole.UserRole, entry)
        if entry.action in ("sign_in_failed", "lockout"):
            for column in range(item.columnCount()):
                item.setForeground(column, Qt.GlobalColor.darkRed)

    def _cells(self, entry: TrailEntry) -> list[str]:
        """An entry as the list shows it and an export writes it."""
        return [
            entry.local_time(),
            entry.actor,
            entry.record(label(RECORD_KINDS.get(entry.kind, entry.kind)), self.usernames),
            action_words(entry.action),
            self._details(entry),
        ]

    def export_entries(self) -> None:
        """Write every entry that matches (not only those shown) to a spreadsheet; the export
        is itself noted in the trail."""
        path = ask_export_path(self, "audit-trail.xlsx")
        if path is None:
            return
        flt = self.current_filter()
        header = self.entries.headerItem()
        columns = [ExportColumn(header.text(column)) for column in range(header.columnCount())]
        try:
            with wait_cursor():
                rows = [self._cells(entry) for entry in self.service.walk(flt)]
                count = export_rows(self.ctx.store, "audit trail", columns, rows, path)
        except (StationDeskError, OSError) as exc:
            self.count.setText(self.tr("Not exported: %1").replace("%1", user_text(exc)))
            return
        self.count.setText(
            self.tr("%1 entries exported to %2")
            .replace("%1", f"{count:,}")
            .replace("%2", path.name)
        )

    def _details(self, entry: TrailEntry) -> str:
        """The fields changed, or for an event the values it noted, in the window's words."""
        if entry.noted():
            return ", ".join(
                f"{field_label(name)} {self.reader.value(name, pair[1])}"
                for name, pair in entry.changes.items()
            )
        return ", ".join(field_label(name) for name in entry.fields())

    def _entry(self, item: QTreeWidgetItem | None) -> TrailEntry | None:
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _show_fields(self, item: QTreeWidgetItem | None) -> None:
        self.fields.clear()
        entry = self._entry(item)
        if entry is None:
            return
        for name in entry.fields():
            old, new = entry.changes[name]
            line = self.reader.line(name, old, new)
            QTreeWidgetItem(self.fields, [field_label(name), line.old, line.new])
        for table, count in entry.created_counts().items():
            kind = label(RECORD_KINDS.get(table, table))
            QTreeWidgetItem(self.fields, [self.tr("Created with it"), "", f"{kind} × {count}"])
        self.fields.resizeColumnToContents(0)

    def _open(self, item: QTreeWidgetItem) -> None:
        entry = self._entry(item)
        if entry is not None and entry.kind in OPENS:
            self.open_record.emit(OPENS[entry.kind], entry.record_id)
            self.accept()

    def _between_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.refresh()

    def check_chain(self) -> None:
        """Recompute the whole chain on a worker; the verdict shows beside the button."""
        self.check.setEnabled(False)
        self.verdict.setText(self.tr("Checking every entry…"))
        self.ctx.reads.read("audit chain", _chain_verdict, self._show_verdict, self._check_failed)

    def _show_verdict(self, verdict: tuple[int, list[str]]) -> None:
        entries, problems = verdict
        self.check.setEnabled(True)
        if problems:
            self.verdict.setStyleSheet("color: #b00020")
            shown = "; ".join(problems[:3]) + ("…" if len(problems) > 3 else "")
            self.verdict.setText(
                self.tr("The trail is broken (%1 problems): %2")
                .replace("%1", str(len(problems)))
                .replace("%2", shown)
            )
            return
        self.verdict.setStyleSheet("")
        self.verdict.setText(
            self.tr("The trail is sound: %1 entries, none changed or missing.").replace(
                "%1", f"{entries:,}"
            )
        )

    def _check_failed(self, exc: Exception) -> None:
        self.check.setEnabled(True)
        self.verdict.setText(user_text(str(exc)))


def _chain_verdict(store: Store) -> tuple[int, list[str]]:
    """How many entries the trail holds, and what is wrong with its chain."""
    entries = int(store.scalar("SELECT count(*) FROM audit_log"))
    return entries, verify_chain(store.conn)


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """`widget`, named for tests and style sheets."""
    widget.setObjectName(name)
    return widget


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
