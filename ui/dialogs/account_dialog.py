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
from ui.widgets.plain import error_label


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountDialog(QDialog):
    """New account (``username`` None) or a new password for ``username``."""

    def __init__(
        self, accounts: DeskAccounts, username: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.accounts, self.username = accounts, username
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            if self.username is None:
                self.accounts.add(
                    self.user.text(),
                    self.full_name.text(),
                    str(self.role.currentData()),
                    self.password.text(),
                    self.repeated.text(),
                )
            else:
                self.accounts.set_password(
                    self.username, self.password.text(), self.repeated.text()
                )
        except DeskError as exc:
            self.error.setText(exc.message)
            return
        finally:
            self.password.clear()
            self.repeated.clear()
        self.accept()
