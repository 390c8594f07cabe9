"""Signing in at the counter: the dialog, the quick switch and the idle lock."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from desktop.accounts import store
from desktop.desk import Desk
from desktop.profile import Profile
from tests.ui.conftest import type_text
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

PASSWORD = "mat-khau-dai-du"


def accounts(profile: Profile) -> None:
    with profile.db.session() as session, session.begin():
        store.create(
            session, "an", PASSWORD, "officer", datetime(2026, 11, 20, 8, 0), key=profile.audit_key
        )
        store.create(
            session,
            "binh",
            PASSWORD,
            "officer",
            datetime(2026, 11, 20, 8, 0),
            key=profile.audit_key,
        )


def test_sign_in_dialog(qtbot: QtBot, ui_profile: Profile, clock: list[datetime]) -> None:
    accounts(ui_profile)
    desk = Desk(ui_profile, now=lambda: clock[0])
    assert desk.needs_sign_in
    dialog = LoginDialog(desk)
    qtbot.addWidget(dialog)
    type_text(dialog.username, "an")
    type_text(dialog.password, "sai-mat-khau")
    dialog.try_sign_in()
    assert "Sai" in dialog.error.text() and dialog.password.text() == ""
    type_text(dialog.password, PASSWORD)
    dialog.try_sign_in()
    assert dialog.result() == 1 and desk.officer == "an" and not desk.needs_sign_in


def test_idle_lock_and_quick_switch(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], tasks: TaskRunner
) -> None:
    accounts(ui_profile)
    desk = Desk(ui_profile, now=lambda: clock[0])
    desk.sign_in("an", PASSWORD)
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    window.show()
    assert window.idle is not None
    window.idle.lock()
    assert window.idle.locked and not window.centralWidget().isVisible()
    dialog = window.idle.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # cannot be dismissed
    assert window.idle.locked and dialog.isVisible()
    type_text(dialog.username, "binh")
    type_text(dialog.password, PASSWORD)
    dialog.try_sign_in()
    assert not window.idle.locked and window.centralWidget().isVisible()
    assert desk.officer == "binh" and "binh" in window.status.officer_label.text()
    window.idle.switch()
    switch = window.idle.dialog
    assert switch is not None
    type_text(switch.username, "an")
    type_text(switch.password, PASSWORD)
    switch.try_sign_in()
    assert desk.officer == "an"
    window.close()
