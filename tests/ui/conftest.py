"""GUI test fixtures: an office profile on SQLite, the desk facade, inline tasks, typing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.desk import Desk
from desktop.profile import Profile, open_profile
from tests.conftest import init_office
from ui.tasks import TaskRunner

# A Friday morning in office hours: intake appointments are deterministic.
UI_NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def ui_profile(tmp_path: Path) -> Iterator[Profile]:
    profile = open_profile(tmp_path / "profile")
    init_office(profile, datetime(2025, 1, 2, 8, 0))
    yield profile
    profile.close()


@pytest.fixture
def clock() -> list[datetime]:
    """The desk's clock, as a one-item list a test may move forward."""
    return [UI_NOW]


@pytest.fixture
def desk(ui_profile: Profile, clock: list[datetime]) -> Desk:
    return Desk(ui_profile, now=lambda: clock[0])


@pytest.fixture
def tasks(qapp: QApplication) -> TaskRunner:
    return TaskRunner(inline=True)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (Vietnamese included) as key events carrying the text.

    ``qtbot.keyClicks`` aborts the process on non-ASCII text in PySide6 6.12.
    """
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
