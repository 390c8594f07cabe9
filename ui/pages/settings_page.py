"""Cài đặt: this workstation's officer and language on the first tab; for whoever may change
the office's settings, a tab each for the hours, the days off, the catalogue, sync, backups,
printing and payments (``ui/pages/settings/``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import OFFICER, WORKSTATION, Changes
from desktop.desk import Desk
from desktop.errors import DeskError
from desktop.safety.restore import RestoredProfile
from ui.pages.accounts_panel import AccountsPanel
from ui.pages.page import Page
from ui.pages.settings.backups_tab import BackupsTab
from ui.pages.settings.tabs import office_tabs
from ui.restart import restart_application
from ui.tasks import TaskRunner
from ui.widgets.plain import error_label, plain


class SettingsPage(Page):
    """Officer name and language (saved to the profile's settings), office hours shown; the
    office's own tabs beside (shown to whoever may change the settings)."""

    saved = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        settings = desk.profile.settings
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 12)
        outer.setSpacing(8)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        outer.addWidget(self.tabs, 1)
        general = QWidget()
        layout = QVBoxLayout(general)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        self.tabs.addTab(general, self.tr("This counter"))

        form = QFormLayout()
        form.setVerticalSpacing(10)
        office = plain(QLabel(f"{desk.office_name} ({desk.office_code})"))
        form.addRow(self.tr("Office"), office)
        self.officer_edit = QLineEdit(settings.officer)
        self.officer_edit.setObjectName("officer")
        self.officer_edit.setMaximumWidth(420)
        self.officer_error = error_label()
        self.officer_edit.textEdited.connect(lambda _t: self.officer_error.hide())
        self.officer_error.hide()
        officer_box = QVBoxLayout()
        officer_box.addWidget(self.officer_edit)
        officer_box.addWidget(self.officer_error)
        form.addRow(self.tr("Officer at this counter"), officer_box)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.addItem("Tiếng Việt", "vi")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.setMaximumWidth(220)
        form.addRow(self.tr("Language"), self.language_combo)
        self.hours = QLabel(self.hours_text())
        self.hours.setObjectName("officeHours")
        form.addRow(self.tr("Office hours"), self.hours)
        form.addRow(self.tr("Profile folder"), plain(QLabel(str(desk.profile.data_dir))))
        sync = settings.sync_url or self.tr("not configured")
        form.addRow(self.tr("Sync server"), QLabel(sync))
        layout.addLayout(form)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.message = QLabel()
        self.message.setObjectName("message")
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.accounts: AccountsPanel | None = None
        self.page_layout = layout
        layout.addStretch(1)
        self.office_tabs = office_tabs(desk, tasks, self.tabs)
        self.restart: Callable[[], bool] = restart_application  # replaced in tests
        for tab in self.office_tabs:
            if isinstance(tab, BackupsTab):
                tab.restored.connect(self.after_restore)
        self.refresh_accounts()

    def follow(self, changes: Changes) -> None:
        """Another officer signed in: the accounts panel is theirs to see, or not."""
        if changes.concerns(OFFICER):
            self.refresh_accounts()
        if changes.concerns(WORKSTATION):  # the hours may have changed on their tab
            self.hours.setText(self.hours_text())

    def refresh_accounts(self) -> None:
        """The accounts panel for whoever is signed in now (the officer may have switched)."""
        for tab in self.office_tabs:  # the office's settings: for an administrator
            self.tabs.setTabVisible(self.tabs.indexOf(tab), self.desk.office.may_change)
        allowed = self.desk.accounts.may_manage
        if allowed and self.accounts is None:
            self.accounts = AccountsPanel(self.desk.accounts, self.tasks, self.desk.now)
            self.page_layout.insertWidget(self.page_layout.count() - 1, self.accounts)
        elif not allowed and self.accounts is not None:
            self.page_layout.removeWidget(self.accounts)
            self.accounts.deleteLater()
            self.accounts = None
        elif self.accounts is not None:
            self.accounts.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh_accounts()
        super().showEvent(event)

    def after_restore(self, done: RestoredProfile) -> None:
        """The database is the backup's now and the desk's connection to it is closed: say
        so and start the desk again on it."""
        QMessageBox.information(
            self,
            self.tr("Restored"),
            self.tr(
                "{office} was restored from {file}. The desk starts again now on the restored "
                "database."
            ).format(office=done.office_name, file=done.restored.source.name),
        )
        if not self.restart():
            QMessageBox.warning(
                self,
                self.tr("Restored"),
                self.tr("The desk could not start again by itself: close it and open it again."),
            )

    def hours_text(self) -> str:
        """One line per weekday: its sessions, or closed."""
        hours = self.desk.calendar.hours
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        lines = []
        for day, name in enumerate(names):
            sessions = hours.weekly[day]
            text = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in sessions) or self.tr("closed")
            lines.append(f"{name}: {text}")
        return "\n".join(lines)

    def save(self) -> None:
        officer = self.officer_edit.text()
        language = str(self.language_combo.currentData())
        before = self.desk.profile.settings.language
        desk = self.desk

        self.tasks.run(
            lambda _report: desk.update_workstation(officer=officer, language=language),
            on_done=lambda _r: self._saved(language != before),
            on_error=self._refused,
            writes=True,
        )

    def _refused(self, error: DeskError) -> None:
        if error.field == "officer":
            self.officer_error.setText(error.message)
            self.officer_error.show()
            self.officer_edit.setFocus()
        else:
            self.message.setText(error.message)

    def _saved(self, language_changed: bool) -> None:
        self.officer_edit.setText(self.desk.officer)
        text = self.tr("Saved.")
        if language_changed:
            text += " " + self.tr("The new language applies when the desk is opened again.")
        self.message.setText(text)
        self.saved.emit()
