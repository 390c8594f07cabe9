"""The office's tabs of the Cài đặt page, in the order they show (after "This counter")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.desk import Desk
from ui.pages.settings.backups_tab import BackupsTab
from ui.pages.settings.catalogue_tab import CatalogueTab
from ui.pages.settings.days_tab import DaysTab
from ui.pages.settings.hours_tab import HoursTab
from ui.pages.settings.other_tab import OtherTab
from ui.pages.settings.payment_tab import PaymentTab
from ui.pages.settings.printing_tab import PrintingTab
from ui.pages.settings.sync_tab import SyncTab
from ui.tasks import TaskRunner


def office_tabs(desk: Desk, tasks: TaskRunner, host: QTabWidget) -> list[QWidget]:
    """Each office tab, added to ``host``; shown only to whoever may change the settings."""
    made: list[tuple[QWidget, str]] = [
        (HoursTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Office hours")),
        (DaysTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Days off")),
        (CatalogueTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Catalogue")),
        (SyncTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Sync")),
        (PrintingTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Printing")),
        (PaymentTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Payments")),
        (BackupsTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Backups")),
        (OtherTab(desk, tasks), QCoreApplication.translate("SettingsTabs", "Other")),
    ]
    for tab, title in made:
        host.addTab(tab, title)
    return [tab for tab, _ in made]
