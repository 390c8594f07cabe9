"""The one way the window runs work off the GUI thread.

``TaskRunner.run(fn, on_done=..., on_error=...)`` calls ``fn(report)`` on a worker thread of a
``QThreadPool`` and delivers its result, its failure and its progress back on the GUI thread
as signals. Expected failures (:class:`DeskError`) arrive with their Vietnamese message; any
other exception goes to ``on_error`` too, with a generic message, and is logged. Database
writes from tasks are serialised by one lock. In tests, ``TaskRunner(inline=True)`` runs
everything at once on the calling thread, so flows stay deterministic.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.errors import DeskError

log = logging.getLogger(__name__)
Report = Callable[[int, str], None]  # percent 0–100, a short note
UNEXPECTED = (
    "Đã xảy ra lỗi không mong muốn; thao tác chưa được thực hiện. Chi tiết đã được ghi vào nhật ký."
)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Report], Any], signals: _Signals, lock: threading.Lock | None):
        super().__init__()
        self.fn, self.signals, self.lock = fn, signals, lock
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self.lock is None:
                result = self.fn(self.signals.progress.emit)
            else:
                with self.lock:
                    result = self.fn(self.signals.progress.emit)
        except DeskError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:
            log.exception("background task failed")
            self.signals.failed.emit(UNEXPECTED)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs jobs on a thread pool (or inline for tests) and reports back on the GUI thread."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self.pool = QThreadPool(self)
        self.write_lock = threading.Lock()
        self._running: set[_Signals] = set()
        self._quiet: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[Report], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        writes: bool = False,
        quiet: bool = False,
    ) -> None:
        """Run ``fn(report)``; ``writes=True`` serialises it with the other writing jobs;
        ``quiet=True`` (background work such as sync) does not show the busy indicator."""
        signals = _Signals()
        if on_done:
            signals.done.connect(on_done)
        if on_error:
            signals.failed.connect(on_error)
        if on_progress:
            signals.progress.connect(on_progress)
        if not quiet:
            signals.done.connect(lambda _r: self._finish(signals))
            signals.failed.connect(lambda _m: self._finish(signals))
            self._running.add(signals)
            self.busy_changed.emit(len(self._running))
        else:  # keep the signals object alive until the job reports
            self._quiet.add(signals)
            signals.done.connect(lambda _r: self._quiet.discard(signals))
            signals.failed.connect(lambda _m: self._quiet.discard(signals))
        job = _Job(fn, signals, self.write_lock if writes else None)
        if self.inline:
            job.run()
        else:
            self.pool.start(job)

    def _finish(self, signals: _Signals) -> None:
        self._running.discard(signals)
        self.busy_changed.emit(len(self._running))

    @property
    def busy(self) -> int:
        return len(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
