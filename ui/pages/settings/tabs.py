"""The office's tabs of the Cài đặt page, in the order they show (after "This counter")."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.desk import Desk
from ui.tasks import TaskRunner


def office_tabs(desk: Desk, tasks: TaskRunner, host: QTabWidget) -> list[QWidget]:
    """Each office tab, added to ``host``; shown only to whoever may change the settings."""
    made: list[tuple[QWidget, str]] = []
    for tab, title in made:
        host.addTab(tab, title)
    return [tab for tab, _ in made]
