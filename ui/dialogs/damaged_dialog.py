"""At start: the database failed its check. Restore the newest good backup, look read-only,
or quit. Nothing is changed on the damaged file unless the officer chooses to restore."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.profile import DamagedDatabaseError

RESTORE, READ_ONLY, QUIT = "restore", "read_only", "quit"


class DamagedDialog(QMessageBox):
    def __init__(self, error: DamagedDatabaseError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setText(error.message)
        self.setInformativeText(
            self.tr(
                "Restoring keeps the damaged file aside. Opening read-only lets you look at "
                "what can still be read; nothing can be changed."
            )
        )
        self.restore_button = None
        if error.backup is not None:
            self.restore_button = self.addButton(
                self.tr("Restore {name}").format(name=error.backup.name),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.read_only_button = self.addButton(
            self.tr("Open read-only"), QMessageBox.ButtonRole.ActionRole
        )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if self.restore_button is not None and clicked is self.restore_button:
            return RESTORE
        if clicked is self.read_only_button:
            return READ_ONLY
        return QUIT
