"""The week roster tab: every active officer's duty from Monday to Sunday, edited in place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.labels import CONTEXT, TEAMS
from stationdesk.domain.weeks import IsoWeek
from stationdesk.ui.context import AppContext
from stationdesk.ui.models import week_model as columns
from stationdesk.ui.models.week_model import WeekModel
from stationdesk.ui.pages.base import Page
from stationdesk.ui.permissions import read_only_note
from stationdesk.ui.printing import print_roster_sheet, show_status
from stationdesk.ui.widgets.dispute_panel import shrinkable
from stationdesk.ui.widgets.shift_editor import ShiftDelegate, ShiftEditor

REFRESH_KINDS = frozenset({"shifts", "officers", "grids"})
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
COLUMN_WIDTHS = {
    columns.NAME: 90,
    columns.GRIDS: 170,
    columns.DUTY_DAYS: 56,
    columns.PATROLS: 64,
}
DAY_WIDTH = 82


def week_caption(week: IsoWeek, lang: str) -> str:
    """'2026-W48 · 23 Nov – 29 Nov 2026' (or '2026-W48 · 2026年11月23日 – 11月29日')."""
    first, last = week.monday, week.sunday
    if lang == "zh":
        start = f"{first.year}年{first.month}月{first.day}日"
        end = f"{last.month}月{last.day}日"
        if last.year != first.year:
            end = f"{last.year}年{end}"
        return f"{week} · {start} – {end}"
    start = f"{first.day} {MONTHS[first.month - 1]}"
    if last.year != first.year:
        start += f" {first.year}"
    return f"{week} · {start} – {last.day} {MONTHS[last.month - 1]} {last.year}"


class WeekView(QTableView):
    """The week grid; Enter opens a day's editor as F2 and a double-click do."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return edits the current day cell."""
        index = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not editing
            and index.isValid()
            and index.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            self.edit(index)
            return
        super().keyPressEvent(event)


class WeekTab(Page):
    """Week navigation and filters above, the grid in the middle, a legend below."""

    today = staticmethod(date.today)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = WeekModel(ctx.roster, IsoWeek.of(self.today()), self)
        self.editing = ctx.permissions.records("shifts")
        self.model.editable = self.editing.allowed
        self.delegate = ShiftDelegate(self)
        self._build_widgets()
        self._build_layout()
        self._connect()
        self._show_caption()

    # -- construction ---------------------------------------------------------
    def _build_widgets(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("The week before (Alt+Left)"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("The week after (Alt+Right)"))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekCaption")
        self.week_label.setStyleSheet("font-weight: bold; font-size: 12pt; padding: 0 12px")
        self.team = shrinkable(QComboBox(), 8)
        self.team.setObjectName("teamFilter")
        self.team.addItem(self.tr("All teams"), None)
        for key, text in TEAMS.items():
            self.team.addItem(QCoreApplication.translate(CONTEXT, text), key)
        self.filter = QLineEdit()
        self.filter.setObjectName("weekFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, badge or grid (Ctrl+Shift+F)"))
        self.filter.setClearButtonEnabled(True)
        self.print_button = QPushButton(self.tr("Print roster sheet..."))
        self.print_button.setToolTip(self.tr("Preview and print this week's roster sheet (Ctrl+P)"))
        self.view = WeekView()
        self.view.setObjectName("weekGrid")
        self.view.setModel(self.model)
        self.totals = QTableView()
        self.totals.setObjectName("weekTotals")
        self.totals.setModel(self.model)
        self._set_up_totals()
        self._set_up_view()
        self._split_rows()
        self.legend = QLabel(
            self.tr(
                "Double-click a day, or press F2 or Enter, to change it. Leave and sick days are "
                "shaded, the weekend tinted. The bottom line counts officers on duty · patrols "
                "per day."
            )
        )
        self.legend.setObjectName("weekLegend")
        self.legend.setWordWrap(True)
        self.read_only = read_only_note(self.editing)

    def _set_up_view(self) -> None:
        view = self.view
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        teams = [self.team.itemText(i) for i in range(1, self.team.count())]
        widest = max(view.fontMetrics().horizontalAdvance(text) for text in teams)
        header.resizeSection(columns.TEAM, widest + 16)
        for offset in range(7):
            header.resizeSection(columns.FIRST_DAY + offset, DAY_WIDTH)
            view.setItemDelegateForColumn(columns.FIRST_DAY + offset, self.delegate)
        header.setSectionResizeMode(columns.GRIDS, QHeaderView.ResizeMode.Stretch)

    def _set_up_totals(self) -> None:
        """A one-row table under the grid, always in sight, columns kept in step."""
        totals = self.totals
        totals.horizontalHeader().setVisible(False)
        totals.verticalHeader().setVisible(False)
        totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row_height = totals.verticalHeader().defaultSectionSize()
        totals.setFixedHeight(row_height + 2 * totals.frameWidth())
        self.view.horizontalHeader().sectionResized.connect(
            lambda column, _old, new: totals.setColumnWidth(column, new)
        )
        self.view.horizontalScrollBar().valueChanged.connect(totals.horizontalScrollBar().setValue)
        self.model.modelReset.connect(self._split_rows)

    def _split_rows(self) -> None:
        """Officers in the grid, the totals row only in the footer."""
        last = self.model.rowCount() - 1
        for row in range(self.model.rowCount()):
            self.view.setRowHidden(row, row == last)
            self.totals.setRowHidden(row, row != last)
        self.totals.clearSpans()
        self.totals.setSpan(last, columns.NAME, 1, columns.FIRST_DAY)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.week_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Team")))
        top.addWidget(self.team)
        top.addWidget(self.filter)
        top.addWidget(self.print_button)
        self.filter.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.read_only)
        layout.addWidget(self.legend)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.show_week(self.model.week.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.show_week(self.model.week.shifted(1)))
        self.this_week_button.clicked.connect(lambda: self.show_week(IsoWeek.of(self.today())))
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.show_week(self.model.week.shifted(s)))
        self.team.currentIndexChanged.connect(self._apply_filter)
        self.filter.textChanged.connect(self._apply_filter)
        self.print_button.clicked.connect(self.print_current)
        self.model.edit_refused.connect(self._on_refused)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.model.reload)
        self.ctx.events.records_changed.connect(self._on_records_changed)

    # -- the Page protocol -----------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: keep the day being edited (other changes are saved as they are made)."""
        editor = self._open_editor()
        if editor is not None:
            editor.accepted.emit()

    def cancel(self) -> None:
        """Esc: drop the day being edited."""
        editor = self._open_editor()
        if editor is not None:
            editor.rejected.emit()

    def print_current(self) -> None:
        """Ctrl+P: the roster sheet of the week on show, in the print preview."""
        print_roster_sheet(self, self.ctx, self.model.week)

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: the name filter."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # -- behaviour --------------------------------------------------------------
    def show_week(self, week: IsoWeek) -> None:
        """Show another week, keeping the cursor on the same officer and weekday."""
        current = self.view.currentIndex()
        self.model.set_week(week)
        self._show_caption()
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))

    def _show_caption(self) -> None:
        self.week_label.setText(week_caption(self.model.week, self.ctx.language))
        this_week = IsoWeek.of(self.today())
        self.this_week_button.setEnabled(self.model.week != this_week)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.team.currentData(), self.filter.text())

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in REFRESH_KINDS:
            self._reload_timer.start()  # one reload for a burst of changes (an import)

    def _on_refused(self, reason: str) -> None:
        text = self.tr("The day was not changed:\n%1").replace("%1", reason)
        show_status(self, text.replace("\n", " "))
        # Shown once the editor has closed, never from inside the model's setData.
        QTimer.singleShot(
            0, self, lambda: QMessageBox.warning(self, self.tr("Shift not changed"), text)
        )

    def _open_editor(self) -> ShiftEditor | None:
        editors = [e for e in self.view.findChildren(ShiftEditor) if e.isVisible()]
        return editors[0] if editors else None
