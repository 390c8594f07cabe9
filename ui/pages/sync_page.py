"""Đồng bộ: what waits in the outbox for the provincial system, per state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from ui.tasks import TaskRunner

STATES = ("pending", "sending", "failed", "needs_attention", "acked")


class SyncPage(QWidget):
    """Outbox counts per state, the sync address, and (later) the sync controls."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.counts: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        title = QLabel(self.tr("Synchronisation with the provincial system"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.server = QLabel()
        self.server.setWordWrap(True)
        layout.addWidget(self.server)
        explain = QLabel(
            self.tr(
                "Every change is queued here in the same transaction as the change itself, "
                "so nothing is lost while the desk works offline."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        layout.addWidget(explain)

        names = {
            "pending": self.tr("Waiting to be sent"),
            "sending": self.tr("Being sent"),
            "failed": self.tr("Failed, will be retried"),
            "needs_attention": self.tr("Refused, needs attention"),
            "acked": self.tr("Accepted by the province"),
        }
        self.table = QTableWidget(len(STATES), 2)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Items")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 140)
        for row, state in enumerate(STATES):
            self.table.setItem(row, 0, QTableWidgetItem(names[state]))
            item = QTableWidgetItem("…")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)
        self.table.setMaximumWidth(620)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4 + 30 * len(STATES))
        for row in range(len(STATES)):
            self.table.setRowHeight(row, 30)
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.refresh_button)
        self.sync_button = QPushButton(self.tr("Synchronise now"))
        self.sync_button.setEnabled(False)
        self.sync_button.setToolTip(self.tr("The sync engine arrives with the sync module."))
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._show_server()

    def _show_server(self) -> None:
        url = self.desk.profile.settings.sync_url
        if url:
            text = self.tr(
                "Provincial server: {url} — offline (the sync engine is not installed yet)."
            )
            self.server.setText(text.format(url=url))
        else:
            self.server.setText(
                self.tr("Sync is not configured: set it with `motcua config set sync.url URL`.")
            )

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.tasks.run(lambda _r: self.desk.outbox_counts(), on_done=self.show_counts)

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for row, state in enumerate(STATES):
            item = self.table.item(row, 1)
            if item is not None:
                item.setText(f"{counts.get(state, 0):,}".replace(",", "."))
