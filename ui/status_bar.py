"""The bottom line of the window: office, officer, sync state, work in progress, the time."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from desktop.desk import Desk
from ui.sync_scheduler import SyncScheduler, SyncView
from ui.tasks import TaskRunner
from ui.widgets.plain import plain, plain_tooltip

CLOCK_MS = 1000
PENDING_MS = 30_000


class DeskStatusBar(QStatusBar):
    """Office (name and code), officer, items waiting for sync, a busy indicator, a clock."""

    def __init__(
        self, desk: Desk, tasks: TaskRunner, engine: SyncScheduler, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.tasks, self.engine = desk, tasks, engine
        self.pending: int | None = None
        self.office_label = plain(QLabel(f"{desk.office_name} ({desk.office_code})"))
        self.office_label.setObjectName("office")
        self.officer_label = plain(QLabel())
        self.officer_label.setObjectName("officer")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync")
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # an indefinite "busy" bar
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        for label in (self.office_label, self.officer_label, self.sync_label):
            self.addWidget(label)
        self.addPermanentWidget(self.busy_label)
        self.addPermanentWidget(self.busy_bar)
        self.addPermanentWidget(self.clock_label)
        self.show_officer()
        self._show_sync()
        engine.changed.connect(self._engine_changed)
        self.set_busy(tasks.busy)
        tasks.busy_changed.connect(self.set_busy)

        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self.tick)
        self.clock.start()
        self.pending_timer = QTimer(self)
        self.pending_timer.setInterval(PENDING_MS)
        self.pending_timer.timeout.connect(self.refresh_pending)
        self.pending_timer.start()
        self.tick()
        self.refresh_pending()

    def tick(self) -> None:
        self.clock_label.setText(self.desk.now().strftime("%d/%m/%Y  %H:%M:%S"))

    def show_officer(self) -> None:
        self.officer_label.setText(self.tr("Officer: {name}").format(name=self.desk.officer))

    def refresh_pending(self) -> None:
        self.tasks.run(lambda _r: self.desk.pending_sync(), on_done=self._pending_counted)

    def _pending_counted(self, count: int) -> None:
        self.pending = count
        self._show_sync()

    def _engine_changed(self, view: SyncView) -> None:
        if view.phase != "running":
            self.pending = view.left
        self._show_sync()

    def _show_sync(self) -> None:
        view = self.engine.view
        waiting = "…" if self.pending is None else f"{self.pending:,}".replace(",", ".")
        states = {
            "unconfigured": self.tr("sync not configured"),
            "idle": self.tr("not synchronised yet"),
            "running": self.tr("synchronising…"),
            "ok": self.tr("synchronised at {time}"),
            "unreachable": self.tr("province not answering (tried {time})"),
            "throttled": self.tr("province busy, waiting (since {time})"),
            "credentials": self.tr("province refused the account"),
            "forbidden": self.tr("province refused this office (403)"),
            "malformed": self.tr("province refused the request (400)"),
        }
        state = states.get(view.phase, view.phase).format(time=view.finished_at[11:16])
        text = self.tr("Waiting for sync: {n} · {state}").format(n=waiting, state=state)
        if view.needs_attention:
            text += self.tr(" · {n} need attention").format(n=view.needs_attention)
        self.sync_label.setText(text)
        self.sync_label.setProperty("phase", view.phase)
        self.sync_label.setToolTip(plain_tooltip(view.message) if view.message else "")

    def set_busy(self, running: int) -> None:
        self.busy_label.setVisible(running > 0)
        self.busy_bar.setVisible(running > 0)
