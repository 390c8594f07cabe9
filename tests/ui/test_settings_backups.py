"""The Sao lưu tab on real widgets: backups listed and made, the database checked, a restore
asked for and, once confirmed, the desk's data is the backup's and the desk starts again; a
file that is not a backup is refused with nothing replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.profile import Profile, open_profile
from tests.integration.dossier_factory import intake_json
from ui.pages.settings.backups_tab import BackupsTab
from ui.pages.settings_page import SettingsPage
from ui.tasks import TaskRunner


def backups_tab(page: SettingsPage) -> BackupsTab:
    [tab] = [t for t in page.office_tabs if isinstance(t, BackupsTab)]
    return tab


def codes(data_dir: Path) -> list[str]:
    profile = open_profile(data_dir)
    try:
        desk = Desk(profile)
        return [row.code for row in desk.dossiers(DossierFilter())]
    finally:
        profile.close()


def test_back_up_check_and_restore_after_confirmation(
    qtbot: QtBot,
    desk: Desk,
    tasks: TaskRunner,
    ui_profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = SettingsPage(desk, tasks)
    qtbot.addWidget(page)
    tab = backups_tab(page)
    tab.reload()
    before = tab.table.rowCount()
    first = desk.receive(intake_json()).code
    tab.backup_now()
    assert tab.table.rowCount() == before + 1 and "motcua-" in tab.message.text()
    assert tab.table.item(0, 1).text() == "by hand"
    tab.check()
    assert "toàn vẹn" in tab.message.text()

    later = desk.receive(intake_json()).code  # entered after the backup: lost by a restore
    tab.table.selectRow(0)
    monkeypatch.setattr(tab, "confirm", lambda _backup: False)
    tab.restore()
    assert desk.detail(later).code == later  # refused: nothing changed, the desk still open

    restarts: list[bool] = []
    monkeypatch.setattr(page, "restart", lambda: restarts.append(True) or True)
    monkeypatch.setattr("ui.pages.settings_page.QMessageBox.information", lambda *_a: None)
    monkeypatch.setattr(tab, "confirm", lambda _backup: True)
    tab.restore()
    assert restarts == [True]
    data_dir = ui_profile.data_dir
    assert first in codes(data_dir) and later not in codes(data_dir)


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_replaced(
    qtbot: QtBot,
    desk: Desk,
    tasks: TaskRunner,
    ui_profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = SettingsPage(desk, tasks)
    qtbot.addWidget(page)
    tab = backups_tab(page)
    kept = desk.receive(intake_json()).code
    folder = ui_profile.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "motcua-20261120-085900-manual.db").write_bytes(b"SQLite format 3\x00" + b"x" * 100)
    tab.reload()
    row = next(r for r in range(tab.table.rowCount()) if "085900" in tab.table.item(r, 3).text())
    tab.table.selectRow(row)
    monkeypatch.setattr(tab, "confirm", lambda _backup: True)
    monkeypatch.setattr(page, "restart", lambda: pytest.fail("restarted"))
    tab.restore()
    assert "không phải bản sao lưu dùng được" in tab.message.text()
    assert desk.detail(kept).code == kept  # the database in use is untouched


def test_a_read_only_desk_restores_but_does_not_back_up(
    qtbot: QtBot, ui_profile: Profile, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged database opens read-only (through a read-only URI): the backup button is
    off, and a restore must replace the file itself, not that URI."""
    writer = Desk(ui_profile)
    writer.safety.backup_now()
    lost = writer.receive(intake_json()).code
    ui_profile.close()
    looking = open_profile(ui_profile.data_dir, read_only=True)
    try:
        page = SettingsPage(Desk(looking), tasks)
        qtbot.addWidget(page)
        tab = backups_tab(page)
        tab.reload()
        assert not tab.backup_button.isEnabled() and tab.restore_button.isEnabled()
        restarts: list[bool] = []
        monkeypatch.setattr(page, "restart", lambda: restarts.append(True) or True)
        monkeypatch.setattr("ui.pages.settings_page.QMessageBox.information", lambda *_a: None)
        monkeypatch.setattr(tab, "confirm", lambda _backup: True)
        tab.table.selectRow(0)
        tab.restore()
        assert restarts == [True], tab.message.text()
    finally:
        looking.close()
    assert lost not in codes(ui_profile.data_dir)
