"""Đồng bộ: the engine's state, the outbox by state with the province's reasons, and the
officer's controls: sync now, retry, inspect an item, reconcile a period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import OUTBOX, Changes
from desktop.desk import Desk
from desktop.errors import DeskError
from desktop.outbox.listing import ItemView
from desktop.outbox.queue import ItemState
from desktop.sync.reconcile import ReconcileReport
from ui.dialogs.sync_item_dialog import SyncItemDialog
from ui.pages.page import Page
from ui.sync_scheduler import SyncScheduler, SyncView
from ui.tasks import TaskRunner
from ui.widgets.plain import plain
from ui.widgets.table_cells import cell, grouped

STATES = ("pending", "sending", "failed", "needs_attention", "acked")
ITEM_LIMIT = 500
ALL = ""


class SyncPage(Page):
    """Outbox counts and items, the engine's state, and the sync controls."""

    def __init__(
        self, desk: Desk, tasks: TaskRunner, engine: SyncScheduler, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.tasks, self.engine = desk, tasks, engine
        self.counts: dict[str, int] = {}
        self.shown: list[ItemView] = []
        self.names = {
            "pending": self.tr("Waiting to be sent"),
            "sending": self.tr("Being sent"),
            "failed": self.tr("Failed, will be retried"),
            "needs_attention": self.tr("Refused, needs attention"),
            "acked": self.tr("Accepted by the province"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        title = QLabel(self.tr("Synchronisation with the provincial system"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.server = plain(QLabel())
        self.server.setObjectName("syncServer")
        self.server.setWordWrap(True)
        layout.addWidget(self.server)
        self.state_label = plain(QLabel())
        self.state_label.setObjectName("syncState")
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.files_label = plain(QLabel())  # files kept at the desk (no sync.files_url)
        self.files_label.setObjectName("syncFiles")
        self.files_label.setWordWrap(True)
        self.files_label.hide()
        layout.addWidget(self.files_label)

        top = QHBoxLayout()
        top.addWidget(self._counts_table())
        controls = QVBoxLayout()
        self.sync_button = QPushButton(self.tr("Synchronise now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        controls.addWidget(self.sync_button)
        controls.addWidget(self.refresh_button)
        controls.addSpacing(8)
        controls.addWidget(QLabel(self.tr("Reconcile dossiers received")))
        period = QHBoxLayout()
        today = QDate.currentDate()
        self.reconcile_from = self._date(QDate(today.year(), today.month(), 1))
        self.reconcile_to = self._date(today)
        period.addWidget(self.reconcile_from)
        period.addWidget(QLabel("→"))
        period.addWidget(self.reconcile_to)
        controls.addLayout(period)
        self.reconcile_button = QPushButton(self.tr("Reconcile with the province"))
        self.reconcile_button.setObjectName("reconcile")
        self.reconcile_button.clicked.connect(self.reconcile)
        controls.addWidget(self.reconcile_button)
        controls.addStretch(1)
        top.addLayout(controls)
        top.addStretch(1)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("itemState")
        self.state_combo.addItem(self.tr("Everything not yet accepted"), ALL)
        for state in STATES:
            self.state_combo.addItem(self.names[state], state)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.load_items())
        filters.addWidget(self.state_combo)
        self.items_count = QLabel()
        filters.addWidget(self.items_count)
        filters.addStretch(1)
        self.inspect_button = QPushButton(self.tr("Inspect…"))
        self.inspect_button.setObjectName("inspect")
        self.inspect_button.clicked.connect(self.inspect)
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.setObjectName("retry")
        self.retry_button.setToolTip(
            self.tr("Put the selected failed or refused items back in the queue")
        )
        self.retry_button.clicked.connect(self.retry)
        filters.addWidget(self.inspect_button)
        filters.addWidget(self.retry_button)
        layout.addLayout(filters)

        self.items = QTableWidget(0, 7)
        self.items.setObjectName("syncItems")
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Kind"),
                self.tr("Dossier"),
                self.tr("State"),
                self.tr("Attempts"),
                self.tr("Next attempt"),
                self.tr("Reason"),
            ]
        )
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.items.doubleClicked.connect(lambda _i: self.inspect())
        self.items.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.items, 1)
        self.reconcile_result = QPlainTextEdit()
        self.reconcile_result.setObjectName("reconcileResult")
        self.reconcile_result.setReadOnly(True)
        self.reconcile_result.setMaximumHeight(110)
        self.reconcile_result.hide()
        layout.addWidget(self.reconcile_result)
        self.message = plain(QLabel())
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        engine.changed.connect(self.show_view)
        self.show_view(engine.view)
        self._selection_changed()

    # ---- building ------------------------------------------------------------------------
    def _counts_table(self) -> QTableWidget:
        self.table = QTableWidget(len(STATES), 2)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Items")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 110)
        for row, state in enumerate(STATES):
            self.table.setItem(row, 0, cell(self.names[state]))
            self.table.setItem(row, 1, cell("…", right=True))
            self.table.setRowHeight(row, 28)
        self.table.setFixedWidth(460)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4 + 28 * len(STATES))
        return self.table

    def _date(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # ---- engine state --------------------------------------------------------------------
    def show_view(self, view: SyncView) -> None:
        url = self.desk.sync.url
        self.server.setText(
            self.tr("Provincial server: {url}").format(url=url) + self.offer()
            if url
            else self.tr("Sync is not configured: set it on the Settings page, Sync tab.")
        )
        self.sync_button.setEnabled(view.phase not in ("running", "unconfigured"))
        self.reconcile_button.setEnabled(view.phase != "unconfigured")
        self.state_label.setText(self.describe(view))
        if view.phase != "running" and self.isVisibleTo(self.window()):
            self.refresh()

    def offer(self) -> str:
        """One line: the dialect and extensions the server offered at the last login."""
        server = self.desk.sync.server()
        extensions = ", ".join(str(e) for e in server.get("extensions", []))
        if not server:
            return ""
        if server.get("dialect") == "extended":
            return "\n" + self.tr("Server: extended: {extensions}").format(extensions=extensions)
        if extensions:
            text = self.tr("Server: national baseline, extensions: {extensions}")
            return "\n" + text.format(extensions=extensions)
        return "\n" + self.tr("Server: national baseline (no extension)")

    def describe(self, view: SyncView) -> str:
        texts = {
            "idle": self.tr("Waiting for the first run."),
            "running": self.tr("Synchronising…"),
            "ok": self.tr("Last run {time}: everything went through."),
            "unreachable": self.tr("Last run {time}: the province did not answer; will retry."),
            "throttled": self.tr("Last run {time}: the province asked to wait; will retry."),
            "credentials": self.tr(
                "Last run {time}: the province refused the account; check the password."
            ),
            "forbidden": self.tr(
                "Last run {time}: this account may not send for this office (403)."
            ),
            "malformed": self.tr("Last run {time}: the province refused the request (400)."),
            "unconfigured": self.tr("Sync is not configured."),
        }
        text = texts.get(view.phase, view.phase).format(time=view.finished_at[11:16] or "—")
        if view.phase == "ok" and view.left:
            text = self.tr("Last run {time}: {n} items still waiting.").format(
                time=view.finished_at[11:16], n=grouped(view.left)
            )
        if view.message:
            text += f"\n{view.message}"
        return text

    # ---- actions -------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def sync_now(self) -> None:
        self.engine.sync_now()

    def follow(self, changes: Changes) -> None:
        """Something was queued for the province: count again if the page is on screen."""
        if changes.concerns(OUTBOX) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.tasks.run(lambda _r: self.desk.sync.counts(), on_done=self.show_counts)
        self.tasks.run(lambda _r: self.desk.sync.files_notice(), on_done=self.show_files)
        self.load_items()

    def show_files(self, notice: str) -> None:
        self.files_label.setText(notice)
        self.files_label.setVisible(bool(notice))

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for row, state in enumerate(STATES):
            item = self.table.item(row, 1)
            if item is not None:
                item.setText(grouped(counts.get(state, 0)))

    def selected_state(self) -> tuple[ItemState, ...]:
        value = self.state_combo.currentData()
        if value == ALL:
            return tuple(s for s in ItemState if s != ItemState.ACKED)
        return (ItemState(value),)

    def load_items(self) -> None:
        states = self.selected_state()
        self.tasks.run(
            lambda _r: self.desk.sync.items(states, ITEM_LIMIT),
            on_done=self.show_items,
            on_error=self._say_failure,
        )

    def show_items(self, result: tuple[list[ItemView], int]) -> None:
        shown, total = result
        self.shown = shown
        self.items.setRowCount(len(shown))
        for row, item in enumerate(shown):
            code = item.code + (f" (v{item.version})" if item.version else "")
            when = item.next_attempt_at.strftime("%H:%M:%S %d/%m") if item.next_attempt_at else ""
            cells = (
                cell(str(item.id), right=True),
                cell(item.kind_label),
                cell(code),
                cell(item.state_label),
                cell(str(item.attempts), right=True),
                cell(when),
                cell(item.reason),
            )
            for column, made in enumerate(cells):
                self.items.setItem(row, column, made)
        self.items.resizeColumnsToContents()
        self.items.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        more = self.tr(" (the newest {n} shown)").format(n=grouped(len(shown)))
        self.items_count.setText(
            self.tr("{n} items").format(n=grouped(total)) + (more if total > len(shown) else "")
        )
        self._selection_changed()

    def selected_items(self) -> list[ItemView]:
        rows = sorted({index.row() for index in self.items.selectionModel().selectedRows()})
        return [self.shown[r] for r in rows if r < len(self.shown)]

    def _selection_changed(self) -> None:
        chosen = self.selected_items()
        retryable = {ItemState.FAILED.value, ItemState.NEEDS_ATTENTION.value}
        self.inspect_button.setEnabled(len(chosen) == 1)
        self.retry_button.setEnabled(any(i.state in retryable for i in chosen))

    def retry(self) -> None:
        ids = [i.id for i in self.selected_items()]
        if not ids:
            return
        self.tasks.run(
            lambda _r: self.desk.sync.retry(ids),
            on_done=self._retried,
            on_error=self._say_failure,
            writes=True,
        )

    def _retried(self, count: int) -> None:
        self.message.setText(self.tr("{n} items put back in the queue.").format(n=count))
        self.refresh()
        self.engine.sync_now()

    def inspect(self) -> None:
        chosen = self.selected_items()
        if len(chosen) != 1:
            return
        item = chosen[0]
        self.tasks.run(
            lambda _r: self.desk.sync.inspect(item.id),
            on_done=lambda record: self._show_record(item, record),
            on_error=self._say_failure,
        )

    def _show_record(self, item: ItemView, record: dict[str, object]) -> None:
        self.dialog = SyncItemDialog(item, record, self)
        self.dialog.open()

    def reconcile(self) -> None:
        start = self.reconcile_from.date().toPython()
        end = self.reconcile_to.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        self.reconcile_button.setEnabled(False)
        self.message.setText(self.tr("Reconciling with the province…"))
        self.tasks.run(
            lambda report: self.desk.sync.reconcile(
                start, end, progress=lambda n, total: report(100 * n // total, f"{n}/{total}")
            ),
            on_done=self._reconciled,
            on_error=self._reconcile_failed,
            on_progress=self._reconcile_progress,
        )

    def _reconcile_progress(self, _percent: int, done: str) -> None:
        text = self.tr("Reconciling with the province: {n} dossiers looked up…").format(n=done)
        self.message.setText(text)

    def _say_failure(self, error: DeskError) -> None:
        self.message.setText(error.message)

    def _reconcile_failed(self, error: DeskError) -> None:
        self.reconcile_button.setEnabled(True)
        self.message.setText(error.message)

    def _reconciled(self, report: ReconcileReport) -> None:
        self.reconcile_button.setEnabled(True)
        self.message.setText("")
        lines = [
            self.tr("{start} → {end}: {local} dossiers here, {province} at the province.").format(
                start=report.period_from,
                end=report.period_to,
                local=report.local,
                province=report.province,
            ),
            self.tr(
                "Missing at the province: {missing}; older there: {stale}; "
                "unknown here: {unknown}; newer there: {newer}; queued again: {requeued}."
            ).format(
                missing=len(report.missing),
                stale=len(report.stale),
                unknown=len(report.unknown),
                newer=len(report.newer),
                requeued=len(report.requeued),
            ),
        ]
        lines += [self.tr("Missing: {code}").format(code=code) for code in report.missing]
        lines += [self.tr("Older there: {code}").format(code=s["MaHoSo"]) for s in report.stale]
        lines += [self.tr("Unknown here: {code}").format(code=u["MaHoSo"]) for u in report.unknown]
        self.reconcile_result.setPlainText("\n".join(lines))
        self.reconcile_result.show()
        self.refresh()
        if report.requeued:
            self.engine.sync_now()
