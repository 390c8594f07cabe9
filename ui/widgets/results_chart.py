"""Grouped bars of early / on time / late / overdue per field, painted with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

COLOURS = ("#2e7d32", "#4d8cd9", "#d98c1a", "#cc2626")


class ResultsChart(QWidget):
    """``set_data([(field name, (early, on time, late, overdue)), ...], legend)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, tuple[int, int, int, int]]] = []
        self.legend: tuple[str, ...] = ()
        self.setMinimumHeight(190)

    def set_data(
        self, rows: list[tuple[str, tuple[int, int, int, int]]], legend: tuple[str, ...]
    ) -> None:
        self.rows, self.legend = rows, legend
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(40, 10, -150, -36)
        peak = max((max(values) for _, values in self.rows), default=0) or 1
        painter.setPen(QColor("#888888"))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawText(QRectF(0, area.top() - 6, 36, 14), Qt.AlignmentFlag.AlignRight, str(peak))
        painter.drawText(QRectF(0, area.bottom() - 8, 36, 14), Qt.AlignmentFlag.AlignRight, "0")
        if self.rows:
            group = area.width() / len(self.rows)
            bar = max(2.0, min(22.0, group / 5))
            for index, (name, values) in enumerate(self.rows):
                left = area.left() + index * group + (group - 4 * bar) / 2
                for series, value in enumerate(values):
                    height = area.height() * value / peak
                    rect = QRectF(left + series * bar, area.bottom() - height, bar - 1, height)
                    painter.fillRect(rect, QColor(COLOURS[series]))
                label = QRectF(area.left() + index * group, area.bottom() + 4, group, 30)
                painter.setPen(QColor("#222222"))
                painter.drawText(
                    label, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, name
                )
        for series, text in enumerate(self.legend):
            top = area.top() + series * 20
            painter.fillRect(QRectF(area.right() + 16, top + 3, 12, 12), QColor(COLOURS[series]))
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(area.right() + 34, top, 140, 18), text)
        painter.end()
