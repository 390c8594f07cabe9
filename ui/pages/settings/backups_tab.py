"""Sao lưu: the profile's backups (newest first), a backup now, the whole integrity check,
and a restore of the chosen backup after a plain confirmation. A restore closes the desk's
database, so the window then starts again on the restored one (``restart``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.desk import Desk
from desktop.safety.backups import Backup
from desktop.safety.checkup import Checkup, describe
from desktop.safety.desk_safety import BackupMade
from desktop.safety.restore import RestoredProfile
from ui.pages.settings.keyed_tab import SettingsTab
from ui.tasks import TaskRunner
from ui.widgets.plain import plain
from ui.widgets.table_cells import cell, list_table


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


class BackupsTab(SettingsTab):
    """Backups listed, made, checked and restored."""

    restored = Signal(object)  # RestoredProfile: the window starts again on it

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.intro(
            self.tr(
                "The desk backs up its database at start-up and every hour with changes, and "
                "keeps the newest ones. A backup holds the attached files too."
            )
        )
        self.folder = plain(QLabel())
        self.folder.setObjectName("backupFolder")
        self.folder.setWordWrap(True)
        self.box.addWidget(self.folder)
        self.table = list_table(
            "backups", [self.tr("Made at"), self.tr("Why"), self.tr("Size"), self.tr("File")], 3
        )
        self.box.addWidget(self.table, 1)
        line = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.check_button = QPushButton(self.tr("C&heck the database"))
        self.check_button.setObjectName("checkDatabase")
        self.check_button.clicked.connect(self.check)
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore)
        for button in (self.backup_button, self.check_button, self.restore_button):
            line.addWidget(button)
        line.addStretch(1)
        self.box.addLayout(line)
        self.box.addWidget(self.message)
        self.found: list[Backup] = []
        self.confirm: Callable[[Backup], bool] = self._confirm

    def reload(self) -> None:
        safety = self.desk.safety
        self.backup_button.setEnabled(not self.desk.profile.read_only)  # damaged: restore only
        self.folder.setText(self.tr("Folder: {folder}").format(folder=self.desk.profile.backup_dir))
        self.tasks.run(
            lambda _report: safety.backups(),
            on_done=self.show_backups,
            on_error=lambda e: self.say(e.message, error=True),
        )

    def show_backups(self, found: list[Backup]) -> None:
        self.found = found
        self.table.setRowCount(len(found))
        reasons = {
            "manual": self.tr("by hand"),
            "startup": self.tr("at start-up"),
            "hourly": self.tr("hourly"),
            "before-restore": self.tr("before a restore"),
        }
        for row, backup in enumerate(found):
            values = (
                f"{backup.made_at:%d/%m/%Y %H:%M}",
                reasons.get(backup.reason, backup.reason),
                _size(backup.size),
                backup.path.name,
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, cell(text, right=column == 2))
        self.table.resizeColumnsToContents()
        if found:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(found))

    def backup_now(self) -> None:
        safety = self.desk.safety
        self.say(self.tr("Backing up…"))
        self.tasks.run(
            lambda _report: safety.backup_now(),
            on_done=self._backed_up,
            on_error=lambda e: self.say(e.message, error=True),
            writes=True,
        )

    def _backed_up(self, made: BackupMade) -> None:
        self.reload()
        self.say(
            self.tr("Backed up to {file} ({size}), checked.").format(
                file=made.path.name, size=_size(made.size)
            )
        )

    def check(self) -> None:
        safety = self.desk.safety
        self.say(self.tr("Checking…"))
        self.tasks.run(
            lambda _report: safety.check(),
            on_done=self._checked,
            on_error=lambda e: self.say(e.message, error=True),
        )

    def _checked(self, found: Checkup) -> None:
        self.say(describe(found), error=not found.sound)

    def chosen(self) -> Backup | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _confirm(self, backup: Backup) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr(
                "Restore the backup of {made}? Everything entered after it is lost. The "
                "current database is kept aside under its own name, and the desk starts again "
                "on the backup."
            ).format(made=f"{backup.made_at:%d/%m/%Y %H:%M}")
        )
        yes = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            self.say(self.tr("Choose a backup in the list first."), error=True)
            return
        if not self.confirm(backup):
            return
        safety = self.desk.safety
        self.say(self.tr("Restoring…"))
        self.tasks.run(
            lambda _report: safety.restore(backup.path),
            on_done=self._restored,
            on_error=lambda e: self.say(e.message, error=True),
            writes=True,
        )

    def _restored(self, done: RestoredProfile) -> None:
        self.say(self.tr("Restored from {file}.").format(file=done.restored.source.name))
        self.restored.emit(done)
