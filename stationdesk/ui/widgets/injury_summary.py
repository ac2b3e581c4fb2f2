"""The figures a bureau asks for: a year next to the year before, with the change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.injury_ledger import InjuryFigures
from stationdesk.domain.labels import INCIDENT_CAUSES, INJURY_FIGURES
from stationdesk.domain.money import yuan_text
from stationdesk.reports.injury_forms import figure_value
from stationdesk.ui.context import AppContext
from stationdesk.ui.widgets.dispute_panel import label, make_label

WATCHED = frozenset({"incidents", "injuries", "compensation_payments", "legal_aid"})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class InjurySummary(QWidget):
    """Incidents by kind, officers hurt, days lost, compensation, legal aid, clarifications and
    green-channel treatments for a year and the year before."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox()
        self.year.setObjectName("summaryYear")
        self.year.setRange(2000, date.today().year + 1)
        self.year.setValue(date.today().year)
        self.print_button = QPushButton(self.tr("Print the register..."))
        self.print_button.setToolTip(self.tr("The year's register with these figures, as a PDF"))
        self.table = QTableWidget(len(INJURY_FIGURES), 3)
        self.table.setObjectName("summaryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(110)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = make_label("panelNote")
        self.note.setText(
            self.tr(
                "Incidents, officers and injuries count by the day of the incident; payments, "
                "legal aid and clarifications by the day they were made."
            )
        )
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.year.valueChanged.connect(self.refresh)
        ctx.events.records_changed.connect(self._on_records_changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the figures of the year chosen and the year before."""
        year = self.year.value()
        this, last = self.ctx.injuries.year_figures(year), self.ctx.injuries.year_figures(year - 1)
        self.table.setHorizontalHeaderLabels([str(year), str(year - 1), self.tr("Change")])
        titles = [
            ("    " if key in INCIDENT_CAUSES else "") + label(text)
            for key, text in INJURY_FIGURES.items()
        ]
        self.table.setVerticalHeaderLabels(titles)
        for row, key in enumerate(INJURY_FIGURES):
            cells = (figure_value(this, key), figure_value(last, key), _change(this, last, key))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)

    def figure(self, key: str, column: int = 0) -> str:
        """The text shown for a figure (tests and screen readers)."""
        item = self.table.item(list(INJURY_FIGURES).index(key), column)
        return item.text() if item is not None else ""

    def _on_records_changed(self, kind: str, _ids: frozenset[int]) -> None:
        if kind in WATCHED:
            self.refresh()


def _value(figures: InjuryFigures, key: str) -> int:
    return figures.by_cause[key] if key in figures.by_cause else int(getattr(figures, key))


def _change(this: InjuryFigures, last: InjuryFigures, key: str) -> str:
    """+3 / −2 / 0 (money in yuan)."""
    difference = _value(this, key) - _value(last, key)
    text = yuan_text(abs(difference)) if key == "compensation_fen" else str(abs(difference))
    return ("+" if difference > 0 else "−" if difference < 0 else "") + text
