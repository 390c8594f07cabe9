"""Sign in at the counter (at start, and to switch officer on a shared PC).

Checking the password (Argon2) and recording the sign-in (a transaction) run as a writing
task, off the GUI thread: the dialog says it is checking and stays responsive meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.store import SignedIn
from desktop.desk import Desk
from desktop.errors import DeskError
from ui.tasks import TaskRunner
from ui.widgets.plain import error_label, plain


class LoginDialog(QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.checking = False
        self.setWindowTitle(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain(QLabel(f"{desk.office_name} ({desk.office_code})")))
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = error_label("loginError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        if self.checking:
            return
        desk, username, password = self.desk, self.username.text(), self.password.text()
        self._set_checking(True)
        self.error.setText(self.tr("Checking…"))
        self.tasks.run(
            lambda _report: desk.sign_in(username, password),
            on_done=self._signed_in,
            on_error=self._refused,
            writes=True,
        )

    def _signed_in(self, _signed: SignedIn) -> None:
        self._set_checking(False)
        self.error.clear()
        self.accept()

    def _refused(self, error: DeskError) -> None:
        self._set_checking(False)
        self.error.setText(error.message)
        self.password.clear()
        self.password.setFocus()

    def _set_checking(self, checking: bool) -> None:
        """While the password is checked the fields and OK wait; Cancel still works."""
        self.checking = checking
        for widget in (self.username, self.password, self.ok_button):
            widget.setEnabled(not checking)
