"""Add an officer's account, or set a new password (Settings page, for an admin)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.admin import DeskAccounts
from desktop.accounts.roles import ROLE_LABELS, Role
from desktop.errors import DeskError
from ui.tasks import TaskRunner
from ui.widgets.plain import error_label


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountDialog(QDialog):
    """New account (``username`` None) or a new password for ``username``.

    The password is hashed (Argon2, a deliberate half second) and stored by a writing job,
    off the GUI thread: the dialog waits with its fields disabled, Cancel still works."""

    def __init__(
        self,
        accounts: DeskAccounts,
        tasks: TaskRunner,
        username: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts, self.tasks, self.username = accounts, tasks, username
        self.saving = False
        adding = username is None
        self.setWindowTitle(self.tr("New account") if adding else self.tr("New password"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user = QLineEdit(username or "")
        self.user.setObjectName("accountUser")
        self.user.setReadOnly(not adding)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("accountName")
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        for role in Role:
            self.role.addItem(ROLE_LABELS[role], role.value)
        self.password = _secret("accountPassword")
        self.repeated = _secret("accountRepeat")
        form.addRow(self.tr("&User name"), self.user)
        if adding:
            form.addRow(self.tr("&Full name"), self.full_name)
            form.addRow(self.tr("R&ole"), self.role)
        form.addRow(self.tr("&Password (8+ characters)"), self.password)
        form.addRow(self.tr("&Repeat the password"), self.repeated)
        layout.addLayout(form)
        self.error = error_label("accountError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.saving:
            return
        accounts, username = self.accounts, self.username
        user, full_name = self.user.text(), self.full_name.text()
        role, password, repeated = (
            str(self.role.currentData()),
            self.password.text(),
            self.repeated.text(),
        )
        self.password.clear()  # the secret leaves the widgets at once
        self.repeated.clear()

        def store(_report: object) -> None:
            if username is None:
                accounts.add(user, full_name, role, password, repeated)
            else:
                accounts.set_password(username, password, repeated)

        self._set_saving(True)
        self.error.setText(self.tr("Saving…"))
        self.tasks.run(store, on_done=self._saved, on_error=self._refused, writes=True)

    def _saved(self, _result: None) -> None:
        self._set_saving(False)
        self.error.clear()
        self.accept()

    def _refused(self, error: DeskError) -> None:
        self._set_saving(False)
        self.error.setText(error.message)
        self.password.setFocus()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        for widget in (self.user, self.full_name, self.role, self.password, self.repeated):
            widget.setEnabled(not saving)
        self.ok_button.setEnabled(not saving)
