"""One handler for every unexpected error in the window: a masked crash report on disk and a
dialog saying where it is; the desk keeps running where it can. An expected failure that got
this far (a :class:`DeskError`, such as the database turning busy, full or damaged) is no
crash: its Vietnamese message is shown instead."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import DeskError
from desktop.logs import write_crash_report

log = logging.getLogger("motcua.crash")


class CrashHandler(QObject):
    reported = Signal(str)  # the report's path, delivered on the GUI thread
    told = Signal(str)  # an expected failure's message for the officer

    def __init__(
        self, log_dir: Path, now: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.log_dir, self.now = log_dir, now
        self.window: QWidget | None = None
        self.dialog: QMessageBox | None = None
        self.reported.connect(self._show)
        self.told.connect(self._tell)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, tb)
            return
        if isinstance(error, DeskError):
            log.warning("%s reached the crash handler", kind.__name__)
            self.told.emit(error.message)
            return
        try:
            path = write_crash_report(self.log_dir, kind, error, tb, self.now())
        except OSError:
            path = self.log_dir
        log.error("unexpected error, report in %s", path, exc_info=(kind, error, tb))
        self.reported.emit(str(path))

    def _show(self, path: str) -> None:
        self.dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unexpected error"),
            self.tr(
                "Something went wrong; what was already saved is safe and the desk keeps "
                "running. A report (without personal numbers) was written to:\n{path}\n"
                "Please send it to the district IT officer."
            ).format(path=path),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.dialog.open()

    def _tell(self, message: str) -> None:
        self.dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            "Motcua Desk",
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.dialog.open()
