"""Đồng bộ: the province's addresses and account, the password into the operating system's
keyring, and "test the connection", which logs in with what is typed (nothing saved) and
shows the dialect and the extensions the province offers (SYNC.md §1)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from desktop.desk import Desk
from desktop.settings import Settings
from desktop.sync.desk_sync import ServerOffer
from ui.pages.settings.keyed_tab import FIELD_WIDTH, KeyedTab
from ui.tasks import TaskRunner
from ui.widgets.plain import plain

URL_ROWS = ("sync.url", "sync.auth_url", "sync.integration_url", "sync.files_url")


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class SyncTab(KeyedTab):
    """The province's addresses, account, password and how often the desk sends."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.intro(
            self.tr(
                "The province gives each office its address and account. The other "
                "addresses are needed only when the province names them separately."
            )
        )
        self.add("sync.url", self.tr("Province's &address"), _line("https://…"))
        self.add("sync.auth_url", self.tr("&Login address (separate)"), _line())
        self.add("sync.integration_url", self.tr("Ser&vices address (separate)"), _line())
        self.add("sync.files_url", self.tr("&Files address"), _line())
        self.add("sync.user", self.tr("Acco&unt"), _line())
        self.password = _line(self.tr("unchanged when left empty"))
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(FIELD_WIDTH)
        self.form.addRow(self.tr("Pass&word"), self.password)
        interval = QSpinBox()
        interval.setRange(5, 86400)
        interval.setSuffix(self.tr(" seconds"))
        self.add("sync.interval", self.tr("Send &every"), interval)
        self.offer = plain(QLabel())
        self.offer.setObjectName("offer")
        self.offer.setWordWrap(True)
        line = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        line.addWidget(self.test_button)
        line.addWidget(self.offer, 1)
        self.box.addLayout(line)
        self.finish()

    def reload(self) -> None:
        super().reload()
        self.password.clear()

    def test_connection(self) -> None:
        values, password, sync = self.values(), self.password.text(), self.desk.sync
        self.offer.setText(self.tr("Logging in…"))
        self.tasks.run(
            lambda _report: sync.try_connection(values, password),
            on_done=self.show_offer,
            on_error=lambda e: self.offer.setText(e.message),
        )

    def show_offer(self, offer: ServerOffer) -> None:
        extensions = ", ".join(offer.extensions) or self.tr("none")
        text = self.tr(
            "Logged in. Dialect: {dialect}; extensions offered: {extensions}; up to {batch} "
            "records a call."
        ).format(dialect=offer.dialect, extensions=extensions, batch=offer.max_batch)
        if not offer.files:
            text += " " + self.tr("No files address: the scanned papers stay at the desk.")
        self.offer.setText(text)

    def save(self) -> None:
        """The addresses and account, then a typed password into the keyring (kept for
        the address and account just saved)."""
        values, password = self.values(), self.password.text()
        office, sync = self.desk.office, self.desk.sync

        def save(_report: object) -> Settings:
            settings = office.change_settings(values)
            if password:
                sync.keep_password(password)
            return settings

        self.tasks.run(save, on_done=self._saved, on_error=self._refused, writes=True)
