"""Qt item models over the desk's dataclasses, and the display helpers the pages share."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

DUE_SOON_BACKGROUND = QColor("#fff1c2")  # amber
DUE_SOON_FOREGROUND = QColor("#6b4e00")
OVERDUE_BACKGROUND = QColor("#f8d3d3")  # red
OVERDUE_FOREGROUND = QColor("#8a1010")


def fmt_time(value: datetime | None) -> str:
    """``dd/mm/yyyy HH:MM`` as Vietnamese offices write it; a dash when there is none."""
    return value.strftime("%d/%m/%Y %H:%M") if value is not None else "—"


def deadline_label(state: str | None) -> str:
    """The deadline state of a dossier as the officer reads it."""
    if state == "overdue":
        return QCoreApplication.translate("Deadline", "Overdue")
    if state == "due_soon":
        return QCoreApplication.translate("Deadline", "Due soon")
    if state == "on_time":
        return QCoreApplication.translate("Deadline", "On time")
    return ""


def deadline_colours(state: str | None) -> tuple[QColor, QColor] | None:
    """(background, text) of a row in that deadline state, or None for the plain colours."""
    if state == "overdue":
        return OVERDUE_BACKGROUND, OVERDUE_FOREGROUND
    if state == "due_soon":
        return DUE_SOON_BACKGROUND, DUE_SOON_FOREGROUND
    return None


def channel_label(channel: int) -> str:
    labels = {
        1: QCoreApplication.translate("Channel", "At the counter"),
        2: QCoreApplication.translate("Channel", "Online"),
        3: QCoreApplication.translate("Channel", "By post"),
    }
    return labels.get(channel, str(channel))
