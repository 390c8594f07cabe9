"""When the window syncs: the background schedule of sync passes and "Đồng bộ ngay".

A timer starts a run every ``sync.interval`` seconds (when the province is configured) and
"Đồng bộ ngay" starts one at once; a run never blocks the window (it goes to the task
runner's thread pool, quietly) and two runs never overlap: a request during a run is kept
and served when it ends. Every state change is announced with :class:`SyncView`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.errors import DeskError
from desktop.sync.desk_sync import DeskSync
from desktop.sync.push_pull import SyncOutcome, SyncReport
from ui.tasks import TaskRunner

FIRST_RUN_MS = 3_000


@dataclass(frozen=True)
class SyncView:
    """What the status bar and the sync page show: a phase, a message, items left."""

    phase: str  # "unconfigured", "running", one of SyncOutcome's values
    message: str = ""
    left: int = 0
    needs_attention: int = 0
    finished_at: str = ""
    online_stored: tuple[str, ...] = ()


class SyncScheduler(QObject):
    changed = Signal(object)  # SyncView
    online_arrived = Signal(object)  # tuple[str, ...] of new dossier codes

    def __init__(self, sync: DeskSync, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync, self.tasks = sync, tasks
        self.running = False
        self._queued: bool | None = None  # a forced (True) or background (False) run asked for
        self.view = self._last_view()
        self.timer = QTimer(self)
        self.timer.setInterval(max(5, sync.interval_seconds) * 1000)
        self.timer.timeout.connect(lambda: self.request(force=False))
        self.first_run = QTimer(self)  # owned, so it dies with the engine
        self.first_run.setSingleShot(True)
        self.first_run.setInterval(FIRST_RUN_MS)
        self.first_run.timeout.connect(lambda: self.request(force=False))

    def start(self) -> None:
        """Begin background runs (the first one shortly after the window shows)."""
        if not self.sync.configured():
            self._announce(SyncView("unconfigured", self._unconfigured_message()))
            return
        self.timer.start()
        self.first_run.start()

    def stop(self) -> None:
        self.timer.stop()
        self.first_run.stop()

    def reconfigure(self) -> None:
        """The settings changed: the new interval, and background runs begin once the
        province is configured (or stop when it no longer is)."""
        self.timer.setInterval(max(5, self.sync.interval_seconds) * 1000)
        if not self.sync.configured():
            self.stop()
            self._announce(SyncView("unconfigured", self._unconfigured_message()))
        elif not self.timer.isActive():
            self.start()

    def sync_now(self) -> None:
        """ "Đồng bộ ngay": a run at once that ignores the backoff of failed items."""
        self.request(force=True)

    def request(self, *, force: bool) -> None:
        if not self.sync.configured():
            self._announce(SyncView("unconfigured", self._unconfigured_message()))
            return
        if self.running:
            self._queued = bool(self._queued) or force
            return
        self.running = True
        self._announce(SyncView("running", left=self.view.left))
        self.tasks.run(
            lambda _report: self.sync.push_and_pull(force=force),
            on_done=self._finished,
            on_error=self._failed,
            quiet=True,
        )

    def _finished(self, report: SyncReport) -> None:
        self.running = False
        view = SyncView(
            phase=report.outcome,
            message=report.message,
            left=report.left,
            needs_attention=report.counts.get("needs_attention", 0),
            finished_at=report.finished_at,
            online_stored=tuple(report.online_stored),
        )
        self._announce(view)
        if report.online_stored:
            self.online_arrived.emit(tuple(report.online_stored))
        self._next()

    def _failed(self, error: DeskError) -> None:
        self.running = False
        self._announce(SyncView(SyncOutcome.UNREACHABLE, error.message, left=self.view.left))
        self._next()

    def _next(self) -> None:
        if self._queued is not None:
            force, self._queued = self._queued, None
            self.request(force=force)

    def _announce(self, view: SyncView) -> None:
        self.view = view
        self.changed.emit(view)

    def _last_view(self) -> SyncView:
        """What the last run (kept in the database) said, until this window's first run."""
        if not self.sync.configured():
            return SyncView("unconfigured")
        last = self.sync.last()
        if not last:
            return SyncView("idle")
        counts = last.get("counts")
        counts = counts if isinstance(counts, dict) else {}
        return SyncView(
            phase=str(last.get("outcome", "idle")),
            message=str(last.get("message", "")),
            left=int(last.get("left", 0) or 0),
            needs_attention=int(counts.get("needs_attention", 0) or 0),
            finished_at=str(last.get("finished_at", "")),
        )

    def _unconfigured_message(self) -> str:
        return self.tr(
            "Sync is not configured: set the province's address, the account and the password "
            "on the Settings page, Sync tab."
        )
