"""Automatic backups while the window is open, and the background check of a large database.

Shortly after start-up: a ``quick_check`` when the database was too large to check before the
window opened, then a start-up backup. Every ten minutes: an hourly backup when an hour has
passed since the last one and the desk changed something since. All on the task runner's
threads, quietly; a failure is shown in the status bar and the next tick tries again.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.desk import Desk
from desktop.errors import DeskError
from desktop.safety.integrity import OK
from ui.tasks import TaskRunner

FIRST_MS = 15_000
TICK_MS = 10 * 60_000
HOUR_S = 3600.0


class SafetyKeeper(QObject):
    backed_up = Signal(object)  # Path
    failed = Signal(str)
    damaged = Signal(str)

    def __init__(
        self, desk: Desk, tasks: TaskRunner, *, check_first: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.check_first = check_first
        self.last_backup = 0.0
        self.marker: int | None = None
        self.running = False
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_MS)
        self.first.timeout.connect(self.start_up)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.hourly)

    def start(self) -> None:
        if self.desk.profile.read_only:
            return
        self.first.start()
        self.tick.start()

    def stop(self) -> None:
        self.first.stop()
        self.tick.stop()

    def start_up(self) -> None:
        if self.check_first:
            self.tasks.run(
                lambda _r: self.desk.safety.quick_check(), on_done=self._checked, quiet=True
            )
        else:
            self._backup("startup")

    def _checked(self, result: str) -> None:
        if result == OK:
            self._backup("startup")
        else:
            self.stop()
            self.damaged.emit(result)

    def hourly(self) -> None:
        if self.running or time.monotonic() - self.last_backup < HOUR_S:
            return
        self.tasks.run(
            lambda _r: self.desk.safety.change_marker(), on_done=self._marker_read, quiet=True
        )

    def _marker_read(self, marker: int) -> None:
        if marker != self.marker:
            self._backup("hourly")

    def _backup(self, reason: str) -> None:
        if self.running:
            return
        self.running = True

        def job(_report: object) -> tuple[Path | None, int]:
            marker = self.desk.safety.change_marker()
            return self.desk.safety.backup(reason), marker

        self.tasks.run(job, on_done=self._done, on_error=self._error, quiet=True)

    def _done(self, result: tuple[Path | None, int]) -> None:
        path, marker = result
        self.running = False
        self.last_backup = time.monotonic()
        self.marker = marker
        if path is not None:
            self.backed_up.emit(path)

    def _error(self, error: DeskError) -> None:
        self.running = False
        self.failed.emit(error.message)
