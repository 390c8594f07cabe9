"""The Settings page's accounts panel: an admin adds officers, sets passwords, disables, enables."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.accounts import store
from desktop.desk import Desk
from desktop.errors import InputError, PermissionDenied
from desktop.profile import Profile
from tests.ui.conftest import type_text
from ui.dialogs.account_dialog import AccountDialog
from ui.pages.settings_page import SettingsPage
from ui.tasks import TaskRunner

PASSWORD = "mat-khau-dai-du"
NOW = datetime(2026, 11, 20, 8, 0)


def signed_desk(profile: Profile, clock: list[datetime], role: str) -> Desk:
    with profile.db.session() as session, session.begin():
        if not store.has_accounts(session):
            store.create(session, "quantri", PASSWORD, "admin", NOW, key=profile.audit_key)
        store.create(session, f"nguoi-{role}", PASSWORD, role, NOW, key=profile.audit_key)
    desk = Desk(profile, now=lambda: clock[0])
    desk.sign_in(f"nguoi-{role}", PASSWORD)
    return desk


def settings_page(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> SettingsPage:
    page = SettingsPage(desk, tasks)
    qtbot.addWidget(page)
    return page


def test_an_admin_manages_accounts(
    qtbot: QtBot,
    ui_profile: Profile,
    clock: list[datetime],
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = signed_desk(ui_profile, clock, "admin")
    page = settings_page(qtbot, desk, tasks)
    panel = page.accounts
    assert panel is not None and panel.table.rowCount() == 2

    dialog = AccountDialog(desk.accounts, tasks)
    qtbot.addWidget(dialog)
    type_text(dialog.user, "an.nguyen")
    type_text(dialog.full_name, "Nguyễn Thị An")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.repeated, PASSWORD + "x")
    dialog.save()
    assert "không khớp" in dialog.error.text() and dialog.password.text() == ""
    type_text(dialog.password, PASSWORD)
    type_text(dialog.repeated, PASSWORD)
    dialog.save()
    assert dialog.result() == 1
    panel.reload()
    names = [panel.table.item(n, 0).text() for n in range(panel.table.rowCount())]  # type: ignore[union-attr]
    assert "an.nguyen" in names
    assert desk.accounts.rows()[0].role_label == "Cán bộ tiếp nhận"

    renew = AccountDialog(desk.accounts, tasks, "an.nguyen")
    qtbot.addWidget(renew)
    type_text(renew.password, "mat-khau-moi-1")
    type_text(renew.repeated, "mat-khau-moi-1")
    renew.save()
    assert renew.result() == 1
    assert store.sign_in(ui_profile.db, "an.nguyen", "mat-khau-moi-1", NOW, ui_profile.audit_key)

    panel.reload()
    panel.table.selectRow(names.index("an.nguyen"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.disable()
    assert "Đã khóa" in panel.message.text() or "disabled" in panel.message.text()
    states = {r.username: r.active for r in desk.accounts.rows()}
    assert states["an.nguyen"] is False
    with pytest.raises(InputError, match="tự khóa"):
        desk.accounts.disable("nguoi-admin")


def test_an_officer_sees_no_panel_and_may_not_manage(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], tasks: TaskRunner
) -> None:
    desk = signed_desk(ui_profile, clock, "officer")
    page = settings_page(qtbot, desk, tasks)
    assert page.accounts is None
    with pytest.raises(PermissionDenied):
        desk.accounts.add("x.y", "", "officer", PASSWORD, PASSWORD)
    with pytest.raises(PermissionDenied):
        desk.accounts.set_password("quantri", PASSWORD, PASSWORD)
    desk.accounts.set_password("nguoi-officer", "mat-khau-rieng", "mat-khau-rieng")  # one's own


def test_the_first_account_of_an_office_is_an_admin(ui_profile: Profile) -> None:
    desk = Desk(ui_profile, now=lambda: NOW)
    with pytest.raises(InputError, match="quản trị viên"):
        desk.accounts.add("an", "", "officer", PASSWORD, PASSWORD)
    assert desk.accounts.add("quantri", "", "admin", PASSWORD, PASSWORD).role == "admin"


def test_the_panel_follows_who_is_signed_in_and_reenables(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], tasks: TaskRunner
) -> None:
    desk = signed_desk(ui_profile, clock, "officer")
    page = settings_page(qtbot, desk, tasks)
    assert page.accounts is None
    desk.sign_in("quantri", PASSWORD)  # F12: the admin takes the counter
    page.refresh_accounts()
    assert page.accounts is not None
    desk.accounts.disable("nguoi-officer")
    with pytest.raises(PermissionDenied):
        store.sign_in(ui_profile.db, "nguoi-officer", PASSWORD, NOW, ui_profile.audit_key)
    page.accounts.reload()
    row = [page.accounts.table.item(n, 0).text() for n in range(2)].index("nguoi-officer")  # type: ignore[union-attr]
    page.accounts.table.selectRow(row)
    page.accounts.enable()
    assert {r.username: r.active for r in desk.accounts.rows()}["nguoi-officer"] is True
    assert store.sign_in(ui_profile.db, "nguoi-officer", PASSWORD, NOW, ui_profile.audit_key)
    desk.sign_in("nguoi-officer", PASSWORD)  # and back to the officer
    page.refresh_accounts()
    assert page.accounts is None


def test_an_office_without_accounts_can_make_its_first_admin_in_the_window(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], tasks: TaskRunner
) -> None:
    desk = Desk(ui_profile, now=lambda: clock[0])
    page = settings_page(qtbot, desk, tasks)
    assert page.accounts is not None and page.accounts.table.rowCount() == 0
