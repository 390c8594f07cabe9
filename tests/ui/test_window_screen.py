"""The window on a small screen (1366×768 less a taskbar): opened maximised, so its status bar
is on the screen, and no page asks for more room than such a screen has."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from ui.app import show_window
from ui.main_window import PAGES, MainWindow
from ui.tasks import TaskRunner

# 1366×768 less a 40-pixel taskbar and a 30-pixel title bar
SMALL_SCREEN_ROOM = QSize(1366, 768 - 40 - 30)


def test_the_window_opens_maximised_with_its_status_bar_on_screen(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    show_window(window)
    qtbot.waitExposed(window)
    assert window.isMaximized()
    screen = window.screen().availableGeometry()
    status = window.statusBar()
    bottom = status.mapToGlobal(status.rect().bottomLeft()).y()
    assert status.isVisible() and bottom <= screen.bottom()
    assert window.width() <= screen.width() or window.minimumWidth() > screen.width()


def test_no_page_needs_more_than_a_small_screen(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    window.show()
    for name in PAGES:
        window.show_page(name)
        needed = window.minimumSizeHint()
        assert needed.width() <= SMALL_SCREEN_ROOM.width(), name
        assert needed.height() <= SMALL_SCREEN_ROOM.height(), name
