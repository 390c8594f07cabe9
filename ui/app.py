"""Starting the desk window on an office profile (the CLI's composition root calls this)."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from desktop import clock, collector
from desktop.desk import Desk
from desktop.logs import configure as configure_logging
from desktop.profile import DamagedDatabaseError, Profile
from desktop.version import VERSION
from ui.crash import CrashHandler
from ui.i18n import DEFAULT_LANGUAGE, install_translators, remove_translators
from ui.main_window import PAGES, MainWindow
from ui.style import apply_style
from ui.tasks import TaskRunner

SETTLE_TIMEOUT_S = 30.0
log = logging.getLogger("motcua")
ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "motcua.svg"


def seconds_since_start() -> float | None:
    """How long this process has run (Linux: from ``/proc``; elsewhere unknown)."""
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: start time since boot
        uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
        return max(0.0, uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def application() -> QApplication:
    """The running application, or a new one."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Motcua Desk")
    app.setApplicationVersion(VERSION)
    app.setOrganizationName("motcua")
    app.setDesktopFileName("motcua")  # the launcher entry (packaging/linux/motcua.desktop)
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def settle(app: QApplication, tasks: TaskRunner, timeout: float = SETTLE_TIMEOUT_S) -> None:
    """Process events until the background tasks are done and the window has laid out."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 10:
        app.processEvents()
        quiet = quiet + 1 if tasks.busy == 0 else 0
        QThread.msleep(20)


def run_desk(profile: Profile, *, page: str | None = None, screenshot: Path | None = None) -> int:
    """Open the desk on ``profile``; with ``screenshot``, save the page as a PNG and return.

    A profile without an office starts with the first-run wizard (its picture is the
    screenshot); an office with accounts asks who is signing in."""
    if page is not None and page not in PAGES:
        print(f"Lỗi: không có trang '{page}'; các trang: {', '.join(PAGES)}.", file=sys.stderr)
        return 2
    app = application()
    apply_style(app)
    translators = install_translators(profile.settings.language or DEFAULT_LANGUAGE)
    tasks = TaskRunner(app)
    log_dir = profile.data_dir / "logs"
    configure_logging(log_dir)
    crashes = CrashHandler(log_dir, clock.now, app)
    crashes.install()
    try:
        signed = None
        if profile.needs_first_run():
            from ui.dialogs.first_run_wizard import FirstRunWizard  # once per office

            wizard = FirstRunWizard(profile, clock.now)
            if screenshot is not None:
                wizard.show()
                return _capture(app, tasks, wizard, screenshot)
            collector.started()  # the wizard waits for the officer: start-up is over
            if wizard.exec() != 1 or wizard.signed is None:
                return 0
            signed = wizard.signed
        desk = Desk(profile, signed=signed)
        if desk.needs_sign_in and screenshot is None and not _signed_in(desk, tasks):
            return 0
        return _open_window(app, tasks, crashes, desk, page, screenshot)
    finally:
        remove_translators(translators)
        crashes.uninstall()


def _signed_in(desk: Desk, tasks: TaskRunner) -> bool:
    from ui.dialogs.login_dialog import LoginDialog  # offices with accounts only

    collector.started()  # the dialog waits for the officer: start-up is over
    return LoginDialog(desk, tasks).exec() == 1


def _open_window(
    app: QApplication,
    tasks: TaskRunner,
    crashes: CrashHandler,
    desk: Desk,
    page: str | None,
    screenshot: Path | None,
) -> int:
    window = MainWindow(desk, tasks, first_page=page)
    crashes.window = window
    if screenshot is None:
        show_window(window)
    else:
        window.show()  # a picture of the window at its own size (1366×768)
    if page is not None:
        window.show_page(page)
    app.processEvents()
    collector.started()  # the window may stay open all day: collect as usual from now on
    age = seconds_since_start()
    if age is not None:
        log.info("window shown %.0f ms after the process started", age * 1000)
    try:
        if screenshot is not None:
            return _capture(app, tasks, window, screenshot)
        return int(app.exec())
    finally:
        tasks.wait()
        window.close()
        window.deleteLater()
        app.processEvents()


def show_window(window: QMainWindow) -> None:
    """Show the window maximised, its normal size within the screen's free area: opened at
    1366×768 on a 1366×768 screen, its title bar and the taskbar pushed the status bar off."""
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
    window.showMaximized()


def _capture(app: QApplication, tasks: TaskRunner, widget: QWidget, screenshot: Path) -> int:
    """Save a PNG of ``widget`` once the background tasks are done and it has laid out."""
    settle(app, tasks)
    widget.repaint()
    app.processEvents()
    if not widget.grab().save(str(screenshot), "PNG"):
        print(f"Lỗi: không ghi được ảnh {screenshot}.", file=sys.stderr)
        return 1
    return 0


def tell_error(message: str, language: str = DEFAULT_LANGUAGE) -> None:
    """A start-up problem (a database from a newer desk, a data folder in the cloud …) in a
    message box: the desk started from the Start menu has no terminal to show it in."""
    app = application()
    apply_style(app)
    translators = install_translators(language)
    try:
        QMessageBox.critical(None, "Motcua Desk", message)
    finally:
        remove_translators(translators)


def ask_damaged(error: DamagedDatabaseError, language: str = DEFAULT_LANGUAGE) -> str:
    """The officer's choice for a database that failed its start-up check."""
    from ui.dialogs.damaged_dialog import DamagedDialog  # a damaged database only

    app = application()
    apply_style(app)
    translators = install_translators(language)
    try:
        dialog = DamagedDialog(error)
        dialog.exec()
        return dialog.choice()
    finally:
        remove_translators(translators)
