"""The one way the window runs work off the GUI thread.

``TaskRunner.run(fn, on_done=..., on_error=..., writes=...)`` calls ``fn(report)`` on a worker
thread and delivers its result, its failure and its progress back on the GUI thread as
signals. The result keeps its type (``on_done`` takes what ``fn`` returns); a failure arrives
as the :class:`DeskError` itself (its Vietnamese message and the field it is about), and any
other exception arrives as a :class:`DeskError` with a generic message, and is logged.

Two kinds of job: reads run side by side on a pool; writes (``writes=True``) run on a pool of
one thread, so they run one at a time, in the order they were asked for. In tests,
``TaskRunner(inline=True)`` runs everything at once on the calling thread, so flows stay
deterministic.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.errors import DeskError

log = logging.getLogger(__name__)
T = TypeVar("T")
Report = Callable[[int, str], None]  # percent 0–100, a short note
Failure = Callable[[DeskError], None]
UNEXPECTED = (
    "Đã xảy ra lỗi không mong muốn; thao tác chưa được thực hiện. Chi tiết đã được ghi vào nhật ký."
)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # a DeskError
    progress = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Report], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn, self.signals = fn, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except DeskError as exc:
            self.signals.failed.emit(exc)
        except Exception:
            log.exception("background task failed")
            self.signals.failed.emit(DeskError(UNEXPECTED))
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs jobs on thread pools (or inline for tests) and reports back on the GUI thread."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self.pool = QThreadPool(self)
        self.writer = QThreadPool(self)  # one thread: writes one at a time, in order
        self.writer.setMaxThreadCount(1)
        self._running: set[_Signals] = set()
        self._quiet: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[Report], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Failure | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        writes: bool = False,
        quiet: bool = False,
    ) -> None:
        """Run ``fn(report)``; ``writes=True`` queues it behind the other writing jobs;
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
            signals.failed.connect(lambda _e: self._finish(signals))
            self._running.add(signals)
            self.busy_changed.emit(len(self._running))
        else:  # keep the signals object alive until the job reports
            self._quiet.add(signals)
            signals.done.connect(lambda _r: self._quiet.discard(signals))
            signals.failed.connect(lambda _e: self._quiet.discard(signals))
        job = _Job(fn, signals)
        if self.inline:
            job.run()
        else:
            (self.writer if writes else self.pool).start(job)

    def _finish(self, signals: _Signals) -> None:
        self._running.discard(signals)
        self.busy_changed.emit(len(self._running))

    @property
    def busy(self) -> int:
        return len(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.writer.waitForDone(msecs) and self.pool.waitForDone(msecs)
