"""'Due this week': the follow-ups each officer must make in an ISO week, grouped by officer."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.disputes import DueFollowup
from stationdesk.domain.labels import FOLLOWUP_KINDS, FOLLOWUP_REASONS
from stationdesk.domain.weeks import IsoWeek
from stationdesk.ui.context import AppContext
from stationdesk.ui.widgets.dispute_panel import label

DUE, DISPUTE, PARTIES, GRADE, KIND, WHAT = range(6)
WATCHED = frozenset({"disputes", "followups", "officers"})
LATE_COLOUR = "#b00020"
HIGH_GRADE_COLOUR = "#c62828"
MAX_COLUMN_WIDTH = 300


class DueThisWeekView(QWidget):
    """Follow-ups due in the chosen week (and late ones), by officer; double-click opens one."""

    open_dispute = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueFollowups")
        self.ctx = ctx
        self.week = IsoWeek.of(ctx.disputes.today())
        self._build()
        ctx.events.records_changed.connect(self._on_records_changed)
        self.refresh_officers()
        self.refresh()

    # -- construction --------------------------------------------------------
    def _build(self) -> None:
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("The week before"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("The week after"))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.week_label.setMinimumWidth(self.week_label.fontMetrics().horizontalAdvance("0") * 28)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.officer_filter = QComboBox()
        self.officer_filter.setMinimumContentsLength(8)
        self.late = QCheckBox(self.tr("With late ones"))
        self.late.setToolTip(self.tr("Also the follow-ups of earlier weeks still not done"))
        self.late.setChecked(True)
        self.tree = self._build_tree()
        self.count = QLabel()
        top = QHBoxLayout()
        for widget in (self.previous_button, self.week_label, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.this_week_button)
        top.addStretch(1)
        choices = QHBoxLayout()  # a row of its own: the dashboard's side panel is narrow
        choices.addWidget(QLabel(self.tr("Officer")))
        choices.addWidget(self.officer_filter)
        choices.addWidget(self.late)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        self.previous_button.clicked.connect(lambda: self.set_week(self.week.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.set_week(self.week.shifted(1)))
        self.this_week_button.clicked.connect(
            lambda: self.set_week(IsoWeek.of(self.ctx.disputes.today()))
        )
        self.officer_filter.currentIndexChanged.connect(self.refresh)
        self.late.toggled.connect(self.refresh)

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("dueList")
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setHeaderLabels(
            [
                self.tr("Officer / due"),
                self.tr("Dispute"),
                self.tr("Parties"),
                self.tr("Grade"),
                self.tr("How"),
                self.tr("What to check"),
            ]
        )
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        tree.setSortingEnabled(True)
        tree.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        tree.itemDoubleClicked.connect(self._on_double_click)
        return tree

    # -- showing -------------------------------------------------------------
    def set_week(self, week: IsoWeek) -> None:
        """Show another ISO week."""
        self.week = week
        self.refresh()

    def set_officer(self, officer_id: int | None) -> None:
        """Show one officer's follow-ups (None: everyone's)."""
        self.officer_filter.setCurrentIndex(max(0, self.officer_filter.findData(officer_id)))

    def refresh_officers(self) -> None:
        """The officers the filter offers, keeping the choice."""
        chosen = self.officer_filter.currentData()
        self.officer_filter.blockSignals(True)
        self.officer_filter.clear()
        self.officer_filter.addItem(self.tr("All officers"), None)
        for officer in self.ctx.roster.officers(include_left=False):
            self.officer_filter.addItem(officer.name, officer.id)
        self.officer_filter.setCurrentIndex(max(0, self.officer_filter.findData(chosen)))
        self.officer_filter.blockSignals(False)

    def refresh(self) -> None:
        """Re-read the week's follow-ups."""
        officer = self.officer_filter.currentData()
        due = self.ctx.disputes.due_followups(
            self.week, officer, include_late=self.late.isChecked()
        )
        monday, sunday = self.week.monday, self.week.sunday
        this_week = IsoWeek.of(self.ctx.disputes.today()) == self.week
        self.week_label.setText(
            f"<b>{self.week}</b>  {monday:%m-%d} – {sunday:%m-%d}"
            + ("  " + self.tr("(this week)") if this_week else "")
        )
        self._fill(due)
        late = sum(1 for d in due if d.late)
        self.count.setText(
            self.tr("%1 follow-ups to make, %2 of them late")
            .replace("%1", str(len(due)))
            .replace("%2", str(late))
        )

    def _fill(self, due: list[DueFollowup]) -> None:
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        by_officer: dict[str, list[DueFollowup]] = defaultdict(list)
        for item in due:
            by_officer[item.officer_name].append(item)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for name, items in by_officer.items():
            group = QTreeWidgetItem(self.tree, [f"{name}  ({len(items)})"])
            group.setFirstColumnSpanned(True)
            group.setFont(DUE, bold)
            group.setData(DUE, Qt.ItemDataRole.UserRole, None)
            for followup in items:
                group.addChild(self._item(followup))
            group.setExpanded(True)
        self.tree.setSortingEnabled(True)
        for column in (DUE, DISPUTE, PARTIES, GRADE, KIND):
            self.tree.resizeColumnToContents(column)
            width = min(self.tree.columnWidth(column), MAX_COLUMN_WIDTH)
            self.tree.setColumnWidth(column, width)

    def _item(self, due: DueFollowup) -> QTreeWidgetItem:
        reason = label(FOLLOWUP_REASONS.get(due.reason, due.reason))
        if due.obligation:
            reason += f": {due.obligor} — {due.obligation}"
        item = QTreeWidgetItem(
            [
                due.due_on + ("  " + self.tr("late") if due.late else ""),
                f"#{due.dispute_id}  {due.summary}",
                "、".join(due.parties),
                due.risk_grade,
                label(FOLLOWUP_KINDS.get(due.kind, due.kind)),
                reason,
            ]
        )
        item.setData(DUE, Qt.ItemDataRole.UserRole, due.dispute_id)
        item.setToolTip(DISPUTE, due.summary)
        item.setToolTip(WHAT, reason)
        if due.late:
            item.setForeground(DUE, QBrush(QColor(LATE_COLOUR)))
        if due.risk_grade in ("A", "B"):
            item.setForeground(GRADE, QBrush(QColor(HIGH_GRADE_COLOUR)))
        return item

    def dispute_ids(self) -> list[int]:
        """The disputes listed, in list order (for tests and the page)."""
        found = []
        for row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(row)
            children = [group.child(i) for i in range(group.childCount())] if group else []
            found += [int(c.data(DUE, Qt.ItemDataRole.UserRole)) for c in children if c]
        return found

    # -- events --------------------------------------------------------------
    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        dispute_id = item.data(DUE, Qt.ItemDataRole.UserRole)
        if dispute_id is not None:
            self.open_dispute.emit(int(dispute_id))

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind == "officers":
            self.refresh_officers()
        if kind in WATCHED:
            self.refresh()
