"""Bars of one percentage per month (twelve months of an indicator), painted with QPainter,
with the full-marks line; a month with nothing to divide shows "N/A" instead of a bar."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop.index.texts import percent_text

BAR = QColor("#2e7d32")
LINE = QColor("#cc2626")
TEXT = QColor("#222222")
AXIS = QColor("#888888")


class MonthsChart(QWidget):
    """``set_data(title, [(label "10/2026", percent or None), ...], full marks or None)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.points: list[tuple[str, float | None]] = []
        self.full_marks: float | None = None
        self.setMinimumHeight(150)

    def set_data(
        self, title: str, points: list[tuple[str, float | None]], full_marks: float | None
    ) -> None:
        self.title, self.points, self.full_marks = title, points, full_marks
        self.setAccessibleDescription(
            title + ": " + "; ".join(f"{m} {percent_text(v)}" for m, v in points)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(TEXT)
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignHCenter, self.title)
        area = QRectF(self.rect()).adjusted(44, 26, -12, -22)
        painter.setPen(AXIS)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for percent in (0, 50, 100):
            y = area.bottom() - area.height() * percent / 100
            painter.drawText(QRectF(0, y - 7, 40, 14), Qt.AlignmentFlag.AlignRight, f"{percent} %")
        if self.points:
            group = area.width() / len(self.points)
            bar = max(4.0, min(36.0, group * 0.6))
            for index, (label, value) in enumerate(self.points):
                left = area.left() + index * group
                painter.setPen(TEXT)
                below = QRectF(left, area.bottom() + 3, group, 16)
                painter.drawText(below, Qt.AlignmentFlag.AlignHCenter, label)
                if value is None:
                    painter.setPen(AXIS)
                    above = QRectF(left, area.bottom() - 18, group, 16)
                    painter.drawText(above, Qt.AlignmentFlag.AlignHCenter, "N/A")
                    continue
                height = area.height() * max(0.0, min(value, 100.0)) / 100
                rect = QRectF(left + (group - bar) / 2, area.bottom() - height, bar, height)
                painter.fillRect(rect, BAR)
                painter.setPen(TEXT)
                tag = QRectF(left, rect.top() - 16, group, 16)
                painter.drawText(
                    tag, Qt.AlignmentFlag.AlignHCenter, f"{value:.1f}".replace(".", ",")
                )
        if self.full_marks is not None:
            y = area.bottom() - area.height() * self.full_marks / 100
            painter.setPen(QPen(LINE, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.end()
