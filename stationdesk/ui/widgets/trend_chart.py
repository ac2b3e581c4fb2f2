"""A small line chart drawn with QPainter: disputes received and settled, week by week."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stationdesk.domain.weekly_report import TrendWeek

RECEIVED_COLOUR = QColor("#1F5FA8")
SETTLED_COLOUR = QColor("#E08A1E")
GRID_COLOUR = QColor("#DDDDDD")
LEFT, RIGHT, TOP, BOTTOM = 30, 22, 26, 22
STEPS = 4


class TrendChart(QWidget):
    """Two lines over the weeks given to `set_trend`, with a legend and a scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.trend: list[TrendWeek] = []
        self.setMinimumSize(280, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        """Room for twelve weeks."""
        return QSize(420, 220)

    def set_trend(self, trend: list[TrendWeek]) -> None:
        """Show these weeks."""
        self.trend = list(trend)
        self.setToolTip("\n".join(f"{t.week}: {t.received} / {t.settled}" for t in self.trend))
        self.update()

    def series(self) -> dict[str, list[int]]:
        """The numbers drawn, by line (what a test checks)."""
        return {
            "received": [t.received for t in self.trend],
            "settled": [t.settled for t in self.trend],
        }

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Scale, week labels, both lines and the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, self.height() - TOP - BOTTOM)
        top = _scale_top(max([1, *self.series()["received"], *self.series()["settled"]]))
        self._draw_scale(painter, plot, top)
        self._draw_weeks(painter, plot)
        for name, colour in (("received", RECEIVED_COLOUR), ("settled", SETTLED_COLOUR)):
            self._draw_line(painter, plot, self.series()[name], top, colour)
        self._draw_legend(painter)
        painter.end()

    def _draw_scale(self, painter: QPainter, plot: QRectF, top: int) -> None:
        text = self.palette().text().color()
        for step in range(STEPS + 1):
            y = plot.bottom() - plot.height() * step / STEPS
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - 8, LEFT - 4, 16)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(top * step // STEPS),
            )

    def _x(self, plot: QRectF, index: int) -> float:
        count = max(1, len(self.trend) - 1)
        return plot.left() + plot.width() * index / count

    def _draw_weeks(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(self.palette().text().color())
        every = 1 if plot.width() / max(1, len(self.trend)) > 34 else 2
        for index, week in enumerate(self.trend):
            if (len(self.trend) - 1 - index) % every:
                continue
            box = QRectF(self._x(plot, index) - 20, plot.bottom() + 3, 40, BOTTOM - 4)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"W{week.week.week:02d}")

    def _draw_line(
        self, painter: QPainter, plot: QRectF, values: list[int], top: int, colour: QColor
    ) -> None:
        points = [
            QPointF(self._x(plot, i), plot.bottom() - plot.height() * value / top)
            for i, value in enumerate(values)
        ]
        painter.setPen(QPen(colour, 2))
        for start, end in pairwise(points):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, 2.5, 2.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter) -> None:
        x = float(LEFT)
        for text, colour in (
            (self.tr("Received"), RECEIVED_COLOUR),
            (self.tr("Settled by agreement"), SETTLED_COLOUR),
        ):
            painter.setPen(QPen(colour, 3))
            painter.drawLine(QPointF(x, 12), QPointF(x + 16, 12))
            painter.setPen(self.palette().text().color())
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QRectF(x + 20, 2, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, text)
            x += width + 40


def _scale_top(value: int) -> int:
    """A round top for the scale, divisible by the number of steps."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000):
        if value <= step * STEPS:
            return step * STEPS
    return -(-value // STEPS) * STEPS
