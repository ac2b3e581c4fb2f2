"""Reports: the station dashboard (the weekly report's figures for the week so far, or any week),
the 12-week trend, overdue disputes, follow-ups due, the per-grid table, and printing the weekly
report. Each figure opens the records behind it."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.dispute_ledger import DisputeFilter
from stationdesk.domain.figures import figure_label
from stationdesk.domain.grids import grid_paths
from stationdesk.domain.weekly_report import (
    DASH,
    Figure,
    WeeklyReport,
    WeeklyReportService,
    change_text,
    disputes_behind,
    percent_text,
    value_text,
)
from stationdesk.domain.weeks import IsoWeek
from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_text
from stationdesk.ui.pages.base import Page
from stationdesk.ui.printing import preview_pdf, refuse_unless_may_print
from stationdesk.ui.widgets.dispute_panel import label, shrinkable
from stationdesk.ui.widgets.due_followups import DueThisWeekView
from stationdesk.ui.widgets.trend_chart import TrendChart

RATE = "rate"
DASHBOARD_READ = "dashboard"
PRINT_READ = "weekly report"
# (section title, figure keys); the title is translated in _section_title.
TILES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "disputes",
        (
            "disputes.received",
            "disputes.settled",
            RATE,
            "disputes.overdue_open",
            "disputes.open",
            "disputes.open_grade_A",
            "disputes.open_grade_B",
            "disputes.confirmed",
            "disputes.referred",
            "disputes.escalated",
        ),
    ),
    (
        "mediation",
        (
            "mediation.sessions",
            "mediation.agreements",
            "followups.due",
            "followups.done",
            "followups.broken",
        ),
    ),
    (
        "visits",
        ("visits.visits", "visits.households", "visits.anti_fraud", "visits.disputes_found"),
    ),
    ("roster", ("roster.duty_days", "roster.patrols", "roster.leave_days", "roster.sick_days")),
    (
        "injuries",
        (
            "injuries.incidents",
            "injuries.officers_hurt",
            "injuries.days_lost",
            "injuries.compensation_fen",
        ),
    ),
)
TILES_PER_ROW = 3  # the side list of follow-ups due needs its width
# Figures kept on other pages: the page's name in the main window.
OTHER_PAGES = {"visits": "visits", "roster": "roster", "injuries": "injuries"}
WATCHED = frozenset(
    {
        "disputes",
        "mediation_sessions",
        "agreements",
        "followups",
        "visits",
        "households",
        "shifts",
        "officers",
        "grids",
        "incidents",
        "injuries",
        "compensation_payments",
        "legal_aid",
    }
)
OVERDUE_LIMIT = 500
ALERT = "#b00020"
TILE_STYLE = """
QPushButton[figureTile="true"] { text-align: left; padding: 4px; }
QLabel#tileValue { font-size: 16pt; }
QLabel#tileChange { color: #666666; font-size: 7.5pt; }
"""
NUMBER, RECEIVED, GRID, OFFICER, GRADE, DEADLINE, LATE, SUMMARY = range(8)


class FigureTile(QPushButton):
    """One figure: the number large, its name, and its change on last week and last year."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setProperty("figureTile", True)
        self.value = QLabel(DASH)
        self.value.setObjectName("tileValue")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.change = QLabel()
        self.change.setObjectName("tileChange")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        for widget in (self.value, self.title, self.change):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(widget)
        self.setMinimumSize(120, 108)

    def show_values(self, title: str, value: str, change: str, *, alert: bool = False) -> None:
        """Fill the tile."""
        self.title.setText(title)
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {ALERT};" if alert else "")
        self.change.setText(change)


class ReportsPage(Page):
    """The dashboard; signals ask the main window to show the records behind a figure."""

    show_disputes = Signal(object, str)  # a DisputeFilter and what it lists
    open_dispute = Signal(int)
    open_page = Signal(str)  # "visits", "roster" or "injuries"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = WeeklyReportService(ctx.store, today=ctx.disputes.today)
        self.week = IsoWeek.of(ctx.disputes.today())
        self.report: WeeklyReport | None = None
        self.tiles: dict[str, FigureTile] = {}
        self._stale = True
        self._build()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        ctx.events.records_changed.connect(self._on_records_changed)
        self.refresh_scopes()
        self.refresh()

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(TILE_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        heading_row = QHBoxLayout()  # the busy bar beside the heading, never widening the bar
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.busy)
        layout.addLayout(heading_row)
        body = QHBoxLayout()
        body.addWidget(self._build_tiles(), 3)
        body.addWidget(self._build_side(), 2)
        layout.addLayout(body, 1)

    def _build_bar(self) -> QHBoxLayout:
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("The week before"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("The week after"))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        self.week_label = QLabel()
        self.week_label.setObjectName("dashboardWeek")
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_label.setMinimumWidth(self.week_label.fontMetrics().horizontalAdvance("0") * 30)
        self.this_week_button = QPushButton(self.tr("This week"))
        self.last_week_button = QPushButton(self.tr("Last complete week"))
        self.scope = QComboBox()
        self.scope.setObjectName("dashboardScope")
        shrinkable(self.scope, 16)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printWeekly")
        self.busy = QProgressBar()
        self.busy.setObjectName("dashboardBusy")
        self.busy.setRange(0, 0)  # running, with no end to show
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        bar = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.week_label,
            self.next_button,
            self.this_week_button,
            self.last_week_button,
        ):
            bar.addWidget(widget)
        bar.addSpacing(12)
        area = QLabel(self.tr("&Area"))
        area.setBuddy(self.scope)
        bar.addWidget(area)
        bar.addWidget(self.scope, 1)
        bar.addWidget(self.print_button)
        self.previous_button.clicked.connect(lambda: self.set_week(self.week.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.set_week(self.week.shifted(1)))
        self.this_week_button.clicked.connect(
            lambda: self.set_week(IsoWeek.of(self.ctx.disputes.today()))
        )
        self.last_week_button.clicked.connect(lambda: self.set_week(self.service.default_week()))
        self.scope.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.print_current)
        return bar

    def _build_tiles(self) -> QScrollArea:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        for section, keys in TILES:
            box = QGroupBox(self._section_title(section))
            grid = QGridLayout(box)
            grid.setSpacing(6)
            for index, key in enumerate(keys):
                tile = FigureTile(key)
                tile.show_values(self._tile_title(key), DASH, "")  # until the first count
                tile.clicked.connect(lambda _checked=False, k=key: self.open_figure(k))
                self.tiles[key] = tile
                grid.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setMinimumWidth(480)
        return scroll

    def _section_title(self, section: str) -> str:
        return {
            "disputes": self.tr("Disputes"),
            "mediation": self.tr("Mediation and follow-up"),
            "visits": self.tr("Household visits"),
            "roster": self.tr("Roster"),
            "injuries": self.tr("Injuries on duty"),
        }[section]

    def _build_side(self) -> QWidget:
        self.trend = TrendChart()
        self.trend_title = QLabel(self.tr("Disputes received and settled, last 12 weeks"))
        self.overdue = self._build_overdue()
        self.due = DueThisWeekView(self.ctx)
        self.due.open_dispute.connect(self.open_dispute)
        self.grid_table = QTableWidget()
        self.grid_table.setObjectName("gridTable")
        self.grid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self.overdue, self.tr("Overdue"))
        self.tabs.addTab(self.due, self.tr("Due this week"))
        self.tabs.addTab(self.grid_table, self.tr("By grid"))
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.trend_title)
        layout.addWidget(self.trend, 2)
        layout.addWidget(self.tabs, 3)
        return side

    def _build_overdue(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("overdueList")
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Received"),
                self.tr("Grid"),
                self.tr("Officer"),
                self.tr("Grade"),
                self.tr("Deadline"),
                self.tr("Days late"),
                self.tr("Summary"),
            ]
        )
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        tree.itemActivated.connect(self._on_overdue_activated)
        return tree

    # -- showing -------------------------------------------------------------------
    def refresh_scopes(self) -> None:
        """The whole station, then every street and community."""
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Whole station"), None)
        for grid_id, path in grid_paths(self.ctx.grids.all(), levels=(1, 2, 3)):
            self.scope.addItem(path, grid_id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)

    def set_week(self, week: IsoWeek) -> None:
        """Show another week (not one still to come)."""
        self.week = min(week, IsoWeek.of(self.ctx.disputes.today()))
        self.due.set_week(self.week)
        self.refresh()

    def refresh(self) -> None:
        """Count everything again for the week and area shown, on a worker (a large station
        takes a moment); the figures shown stay, with the busy bar running, until then."""
        self._stale = False
        week, grid_id, today = self.week, self.scope.currentData(), self.service.today
        self.report = None  # a click on a figure waits for the week shown
        self.week_label.setText(str(week))
        self.print_button.setText(self.tr("Print weekly report for %1...").replace("%1", str(week)))
        self.ctx.reads.read(
            DASHBOARD_READ,
            lambda store: WeeklyReportService(store, today=today).build(
                week, grid_id, year_to_date=False
            ),
            self._show_report,
        )
        self._show_busy()

    def _show_report(self, report: WeeklyReport) -> None:
        self._show_busy()
        self.report = report
        self._show_heading(report)
        for tile in self.tiles.values():
            self._fill_tile(tile, report)
        self.trend.set_trend(report.trend)
        self._fill_overdue(report)
        self._fill_grids(report)
        self.next_button.setEnabled(not report.periods.week.last >= self.ctx.disputes.today())

    def counting(self) -> bool:
        """Whether figures or a printout are still being worked out."""
        return any(self.ctx.reads.busy(key) for key in (DASHBOARD_READ, PRINT_READ))

    def _show_busy(self) -> None:
        self.busy.setVisible(self.counting())
        self.print_button.setEnabled(not self.ctx.reads.busy(PRINT_READ))

    def _show_heading(self, report: WeeklyReport) -> None:
        span = report.periods.week
        week = self.tr("Week %1: %2 to %3").replace("%1", str(report.week))
        week = week.replace("%2", span.start).replace("%3", span.end)
        self.week_label.setText(str(report.week))
        if not report.complete:
            week += " " + self.tr("(so far)")
        self.heading.setText(
            f"<b>{week}</b> — {report.scope_name}　"
            + self.tr("compared with last week and the same week last year")
        )

    def _fill_tile(self, tile: FigureTile, report: WeeklyReport) -> None:
        lang = self.ctx.language
        if tile.key == RATE:
            now, before, year_ago = (report.rate_of(p) for p in ("week", "last_week", "year_ago"))
            change = self.tr("last week %1\nlast year %2")
            tile.show_values(
                self._tile_title(tile.key),
                percent_text(now),
                change.replace("%1", percent_text(before)).replace("%2", percent_text(year_ago)),
            )
            return
        figure: Figure = report[tile.key]
        change = self.tr("vs last week %1\nvs last year %2")
        tile.show_values(
            self._tile_title(tile.key),
            value_text(tile.key, figure.week),
            change.replace("%1", change_text(figure.week, figure.last_week, lang)).replace(
                "%2", change_text(figure.week, figure.year_ago, lang)
            ),
            alert=tile.key in ("disputes.overdue_open", "disputes.open_grade_A")
            and figure.week > 0,
        )
        tile.setToolTip(self._tile_tip(tile.key))

    def _tile_title(self, key: str) -> str:
        return self.tr("Settlement rate") if key == RATE else label(figure_label(key))

    def _tile_tip(self, key: str) -> str:
        if self._target(key) is None:
            return self.tr("Listed in each dispute's Sessions and Outcome tabs")
        return self.tr("Click to see the records behind this figure")

    def _fill_overdue(self, report: WeeklyReport) -> None:
        flt = disputes_behind("disputes.overdue_open", report.periods.week, report.scope_grid_id)
        assert flt is not None
        ids = self.ctx.disputes.ids(flt, "deadline", descending=False, limit=OVERDUE_LIMIT)
        as_of = report.periods.week.as_of
        self.overdue.clear()
        for row in self.ctx.disputes.rows(ids):
            days = (as_of - date.fromisoformat(row.deadline)).days
            item = QTreeWidgetItem(
                [
                    str(row.id),
                    row.received_on,
                    row.grid_name,
                    row.officer_name,
                    row.risk_grade,
                    row.deadline,
                    str(days),
                    row.summary,
                ]
            )
            item.setData(NUMBER, Qt.ItemDataRole.UserRole, row.id)
            if row.high_grade:
                item.setForeground(GRADE, Qt.GlobalColor.red)
            self.overdue.addTopLevelItem(item)
        for column in range(SUMMARY):
            self.overdue.resizeColumnToContents(column)
        self.tabs.setTabText(0, self.tr("Overdue (%1)").replace("%1", str(len(ids))))

    def _fill_grids(self, report: WeeklyReport) -> None:
        titles = [
            self.tr("Grid / community"),
            self.tr("Responsible officer"),
            self.tr("Received"),
            self.tr("Settled"),
            self.tr("Overdue"),
            self.tr("Visits"),
            self.tr("Households reached"),
            self.tr("Coverage"),
        ]
        table = self.grid_table
        table.clear()
        table.setColumnCount(len(titles))
        table.setHorizontalHeaderLabels(titles)
        table.setRowCount(len(report.grids))
        for row, line in enumerate(report.grids):
            cells = [
                line.name,
                "、".join(line.officers) or DASH,
                str(line.received),
                str(line.settled),
                str(line.overdue_open),
                str(line.visits),
                f"{line.households} / {line.households_total}",
                percent_text(line.coverage),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    # -- going to the records --------------------------------------------------------
    def _target(self, key: str) -> object | None:
        """What a click on a figure opens: a dispute filter, a page name, or this page's list."""
        if self.report is None:
            return None
        if key == RATE:
            key = "disputes.settled"
        flt = disputes_behind(key, self.report.periods.week, self.report.scope_grid_id)
        if flt is not None:
            return flt
        if key.startswith("followups."):
            return self.due
        return OTHER_PAGES.get(key.split(".")[0])

    def open_figure(self, key: str) -> None:
        """Show the records behind a figure."""
        target = self._target(key)
        if isinstance(target, DisputeFilter):
            title = self.tiles[key].title.text() if key in self.tiles else key
            self.show_disputes.emit(target, f"{title} · {self.week_label.text()}")
        elif target is self.due:
            self.tabs.setCurrentWidget(self.due)
            self.due.tree.setFocus()
        elif isinstance(target, str):
            self.open_page.emit(target)

    def _on_overdue_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_dispute.emit(int(item.data(NUMBER, Qt.ItemDataRole.UserRole)))

    # -- page protocol -----------------------------------------------------------------
    def print_current(self) -> None:
        """Ctrl+P: the weekly report of the week shown, written on a worker (a year to date of
        a large station takes a moment), then shown in the print preview."""
        if not refuse_unless_may_print(self, self.ctx):
            return
        week, grid_id, today = self.week, self.scope.currentData(), self.service.today
        language = self.ctx.language
        folder = Path(tempfile.mkdtemp(prefix="stationdesk-weekly-"))

        def write(store: Store) -> Path:
            from stationdesk.reports.weekly_report import write_weekly_report

            path = folder / f"weekly-{week}.pdf"
            report = WeeklyReportService(store, today=today).build(week, grid_id)
            write_weekly_report(store, report, path, lang=language)
            return path

        def not_written(exc: Exception) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._show_busy()
            QMessageBox.warning(
                self,
                self.tr("Weekly report"),
                self.tr("The weekly report could not be written:\n%1").replace(
                    "%1", user_text(exc)
                ),
            )

        self.ctx.reads.read(
            PRINT_READ, write, lambda made: self._preview_weekly(week, made), not_written
        )
        self._show_busy()

    def _preview_weekly(self, week: IsoWeek, made: Path) -> None:
        """The written report in the print preview (noted as printed there)."""
        self._show_busy()
        try:
            preview_pdf(
                self,
                self.ctx,
                self.tr("Weekly report %1").replace("%1", str(week)),
                made.name,
                lambda path: shutil.copyfile(made, path),
                record=("disputes", 0, f"weekly report {week}"),
            )
        finally:
            shutil.rmtree(made.parent, ignore_errors=True)

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: the area chooser."""
        self.scope.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- keeping up to date --------------------------------------------------------------
    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind == "grids":
            self.refresh_scopes()
        if kind in WATCHED:
            self._stale = True
            if self.isVisible():
                self._pending.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Count again if records changed while the page was hidden."""
        super().showEvent(event)
        if self._stale:
            self._pending.start()
