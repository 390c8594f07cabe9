"""Signing in at the counter: the dialog, the quick switch and the idle lock."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from desktop.accounts import store
from desktop.desk import Desk
from desktop.dossiers.status import Action
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json
from tests.ui.conftest import type_text
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import PAGES, MainWindow
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


def test_sign_in_dialog(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], tasks: TaskRunner
) -> None:
    accounts(ui_profile)
    desk = Desk(ui_profile, now=lambda: clock[0])
    assert desk.needs_sign_in
    dialog = LoginDialog(desk, tasks)
    qtbot.addWidget(dialog)
    type_text(dialog.username, "an")
    type_text(dialog.password, "sai-mat-khau")
    dialog.try_sign_in()
    assert "Sai" in dialog.error.text() and dialog.password.text() == ""
    type_text(dialog.password, PASSWORD)
    dialog.try_sign_in()
    assert dialog.result() == 1 and desk.officer == "an" and not desk.needs_sign_in


def test_sign_in_checks_the_password_off_the_gui_thread(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts(ui_profile)
    desk = Desk(ui_profile, now=lambda: clock[0])
    checked_on: list[threading.Thread] = []
    release = threading.Event()
    matches = store._matches  # the Argon2 verify

    def recording_verify(stored: str, password: str) -> bool:
        checked_on.append(threading.current_thread())
        release.wait()
        return matches(stored, password)

    monkeypatch.setattr(store, "_matches", recording_verify)
    tasks = TaskRunner()
    dialog = LoginDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username, "an")
    type_text(dialog.password, PASSWORD)
    try:
        dialog.try_sign_in()
        qtbot.waitUntil(lambda: bool(checked_on))
        # The check is under way: the dialog says so, waits for it and still answers events.
        assert not dialog.ok_button.isEnabled() and dialog.error.text()
        assert dialog.isVisible() and dialog.result() == 0
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert checked_on[0] is not threading.main_thread()
    assert desk.officer == "an"
    tasks.wait()


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


def sign_in_as(window: MainWindow, username: str) -> None:
    """F12, then the account's name and password."""
    assert window.idle is not None
    window.f12.activated.emit()
    dialog = window.idle.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.username, username)
    type_text(dialog.password, PASSWORD)
    dialog.try_sign_in()
    assert dialog.result() == 1


def shown_pages(window: MainWindow) -> list[str]:
    return [name for n, name in enumerate(PAGES) if not window.navigation.isRowHidden(n)]


def test_each_role_lands_on_a_page_it_may_use_and_sees_only_its_actions(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], tasks: TaskRunner
) -> None:
    accounts(ui_profile)
    with ui_profile.db.session() as session, session.begin():
        store.create(session, "quantri", PASSWORD, "admin", clock[0], key=ui_profile.audit_key)
    desk = Desk(ui_profile, now=lambda: clock[0])
    desk.sign_in("an", PASSWORD)
    code = desk.receive(intake_json()).code
    desk.sign_in("quantri", PASSWORD)
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    window.show()
    assert window.current_page_name() == "board"
    assert shown_pages(window) == ["dossiers", "board", "report", "sync", "settings", "index"]
    window.show_page("intake")  # Ctrl+1 too: the admin may not receive dossiers
    assert window.current_page_name() == "board"
    assert "không được tiếp nhận hồ sơ" in window.status.currentMessage()
    window.show_page("dossiers")
    pane = window.dossiers.detail
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.code == code)
    assert pane.action_buttons == {} and pane.reveal_button.isHidden()
    assert pane.print_button.isHidden()

    window.intake.message.setText("Tài khoản vai trò 'Quản trị' không được tiếp nhận hồ sơ.")
    sign_in_as(window, "an")
    assert shown_pages(window) == ["intake", "dossiers", "board", "return", "sync", "settings"]
    assert window.intake.message.text() == ""
    assert Action.RESOLVE in pane.action_buttons and Action.EXTEND not in pane.action_buttons
    assert not pane.reveal_button.isHidden() and not pane.print_button.isHidden()
    window.show_page("report")
    assert window.current_page_name() == "dossiers"
    sign_in_as(window, "quantri")
    window.show_page("intake")
    assert window.current_page_name() == "dossiers" and pane.action_buttons == {}
    window.show_page("return")
    assert window.current_page_name() == "dossiers"
    window.close()


def test_an_officer_lands_on_intake(
    qtbot: QtBot, ui_profile: Profile, clock: list[datetime], tasks: TaskRunner
) -> None:
    accounts(ui_profile)
    desk = Desk(ui_profile, now=lambda: clock[0])
    desk.sign_in("binh", PASSWORD)
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    assert window.current_page_name() == "intake"
    assert "report" not in shown_pages(window)
    window.close()
