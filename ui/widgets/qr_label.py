"""A QR code shown on screen: the same modules as the printed forms, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

QUIET = 4  # modules of white around the code, as the standard asks
MODULE_PX = 5


def qr_pixmap(value: str, module: int = MODULE_PX) -> QPixmap:
    """``value`` as a black-on-white QR code, ``module`` pixels a module."""
    # The printed forms' encoder, with ReportLab: loaded when a code is first shown (a transfer
    # to pay), not with the dossier list that can open the dialog showing one.
    from desktop.printing.form01_receipt import qr_matrix

    rows = qr_matrix(value)
    side = (len(rows) + 2 * QUIET) * module
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    try:
        for r, row in enumerate(rows):
            for c, dark in enumerate(row):
                if dark:
                    x, y = (c + QUIET) * module, (r + QUIET) * module
                    painter.fillRect(QRect(x, y, module, module), Qt.GlobalColor.black)
    finally:
        painter.end()
    return pixmap


class QrLabel(QLabel):
    """A label showing ``value`` as a QR code (the value is kept for tests and copying)."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setPixmap(qr_pixmap(value))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
