"""User text is shown as it was typed: never interpreted as HTML by a label or a tooltip."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b3261e;"


def plain(label: QLabel) -> QLabel:
    """``label`` set to show its text literally (a name such as ``<b>x</b>`` stays as typed)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label(name: str = "") -> QLabel:
    """A red, word-wrapped label for a reason shown to the officer, literal like :func:`plain`."""
    label = plain(QLabel())
    if name:
        label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
