"""Small pictures of a page: the first page of a PDF (QtPdf) or an image, fitted in a square."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap

THUMB_SIZE = 96


def first_page(data: bytes, size: int = THUMB_SIZE) -> QImage:
    """The first page of ``data`` (PDF, JPEG or PNG) at most ``size`` pixels each way; an empty
    image when it cannot be drawn."""
    if data.startswith(b"%PDF"):
        return _pdf_page(data, size)
    image = QImage.fromData(data)
    if image.isNull():
        return QImage()
    return image.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _pdf_page(data: bytes, size: int) -> QImage:
    from PySide6.QtPdf import QPdfDocument  # only once a file is shown: not at start-up

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return QImage()
    page = document.pagePointSize(0)
    scale = size / max(page.width(), page.height(), 1.0)
    target = QSize(max(1, round(page.width() * scale)), max(1, round(page.height() * scale)))
    image = document.render(0, target)
    document.close()
    return image


def thumbnail(data: bytes, size: int = THUMB_SIZE) -> QPixmap:
    image = first_page(data, size)
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()
