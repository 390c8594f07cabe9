"""The office's accounts on the Settings page: list, add, new password, disable, enable (admin)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.admin import AccountRow, DeskAccounts
from desktop.errors import DeskError
from ui.dialogs.account_dialog import AccountDialog
from ui.tasks import TaskRunner
from ui.widgets.plain import plain


def _when(moment: datetime | None) -> str:
    return f"{moment:%H:%M %d/%m/%Y}" if moment else "—"


class AccountsPanel(QGroupBox):
    def __init__(
        self,
        accounts: DeskAccounts,
        tasks: TaskRunner,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts, self.tasks, self.now = accounts, tasks, now
        self.setTitle(self.tr("Officers' accounts"))
        self.setObjectName("accountsPanel")
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last sign-in"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(220)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add an account…"))
        self.add_button.setObjectName("addAccount")
        self.add_button.clicked.connect(self.add)
        self.password_button = QPushButton(self.tr("New pass&word…"))
        self.password_button.setObjectName("accountPassword")
        self.password_button.clicked.connect(self.new_password)
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.disable_button.setObjectName("disableAccount")
        self.disable_button.clicked.connect(self.disable)
        self.enable_button = QPushButton(self.tr("&Enable again"))
        self.enable_button.setObjectName("enableAccount")
        self.enable_button.clicked.connect(self.enable)
        buttons = (self.add_button, self.password_button, self.disable_button, self.enable_button)
        for button in buttons:
            row.addWidget(button)
        self.message = plain(QLabel())
        self.message.setObjectName("accountsMessage")
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        rows = self.accounts.rows()
        self.table.setRowCount(len(rows))
        for n, account in enumerate(rows):
            values = (
                account.username,
                account.full_name,
                account.role_label,
                self._state(account),
                _when(account.last_login_at),
            )
            for column, value in enumerate(values):
                self.table.setItem(n, column, QTableWidgetItem(value))

    def _state(self, account: AccountRow) -> str:
        if not account.active:
            return self.tr("disabled")
        if account.locked_until and account.locked_until > self.now():
            return self.tr("locked until {time}").format(time=f"{account.locked_until:%H:%M}")
        return self.tr("active")

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose an account in the list first."))
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text() if item else None

    def add(self) -> None:
        if AccountDialog(self.accounts, self.tasks, None, self).exec() == 1:
            self.message.setText(self.tr("Account added."))
            self.reload()

    def new_password(self) -> None:
        username = self.selected()
        if username and AccountDialog(self.accounts, self.tasks, username, self).exec() == 1:
            self.message.setText(self.tr("Password changed for {name}.").format(name=username))

    def disable(self) -> None:
        username = self.selected()
        if username is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Disable the account"),
            self.tr("Disable {name}? It can no longer sign in.").format(name=username),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self._change(self.accounts.disable, username, self.tr("{name} is disabled."))

    def enable(self) -> None:
        username = self.selected()
        if username is not None:
            self._change(self.accounts.enable, username, self.tr("{name} may sign in again."))

    def _change(self, action: Callable[[str], None], username: str, done: str) -> None:
        try:
            action(username)
        except DeskError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(done.format(name=username))
        self.reload()
