"""The first-run wizard on real widgets: each page checks its answers, the last stores them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.first_run import FirstRunResult, complete_first_run
from desktop.profile import Profile, open_profile
from desktop.settings import load_settings
from tests.ui.conftest import type_text
from ui import i18n
from ui.dialogs import first_run_wizard
from ui.dialogs.first_run_wizard import FirstRunWizard

NOW = datetime(2026, 11, 21, 8, 0)
PASSWORD = "mot-cua-2026"


@pytest.fixture
def vietnamese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translators = i18n.install_translators("vi", cache=tmp_path / "i18n-cache")
    yield
    i18n.remove_translators(translators)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Profile]:
    profile = open_profile(tmp_path / "new-office")
    yield profile
    profile.close()


@pytest.fixture
def wizard(qtbot: QtBot, vietnamese: None, fresh: Profile) -> FirstRunWizard:
    shown = FirstRunWizard(fresh, lambda: NOW)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def error_of(wizard: FirstRunWizard) -> str:
    return wizard.currentPage().error.text()  # type: ignore[attr-defined]


def test_each_page_checks_its_answers_then_the_office_is_stored(
    qtbot: QtBot, wizard: FirstRunWizard, fresh: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []

    def storing(*args: Any) -> FirstRunResult:
        threads.append(threading.current_thread())
        return complete_first_run(*args)

    monkeypatch.setattr(first_run_wizard, "complete_first_run", storing)
    assert wizard.currentPage().title() == "1. Cơ quan"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Tiế&p >"
    type_text(wizard.code, "000.00.00")
    wizard.next()
    assert wizard.currentId() == 0 and "mã" in error_of(wizard).lower()
    wizard.code.clear()
    type_text(wizard.code, "000.00.00.H56")
    type_text(wizard.name, "x" * 300)
    wizard.next()
    assert wizard.currentId() == 0 and "Tên cơ quan" in error_of(wizard)
    wizard.name.clear()
    type_text(wizard.name, "UBND xã Hòa Bình")
    wizard.next()
    assert wizard.currentPage().title() == "2. Giờ làm việc"

    wizard.afternoon_from.setTime(QTime(11, 0))  # overlaps the morning
    wizard.next()
    assert wizard.currentId() == 1 and "chồng nhau" in error_of(wizard)
    wizard.afternoon_from.setTime(QTime(13, 30))
    wizard.saturday.setChecked(True)
    assert wizard.hours_text.text() == "T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:30"
    wizard.next()
    assert wizard.currentPage().title() == "3. Hệ thống của tỉnh (không bắt buộc)"

    type_text(wizard.sync_url, "http://tinh.example.vn/api")
    wizard.next()
    assert wizard.currentId() == 2 and "HTTPS" in error_of(wizard)
    wizard.sync_url.clear()
    type_text(wizard.sync_url, "https://tinh.example.vn/api")
    type_text(wizard.sync_user, "ubnd-hoabinh")
    wizard.next()
    assert wizard.currentPage().title() == "4. Quản trị viên đầu tiên"

    type_text(wizard.admin_user, "admin")
    type_text(wizard.admin_password, PASSWORD)
    type_text(wizard.admin_repeat, PASSWORD + "!")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.storing, timeout=60_000)
    assert wizard.result() == 0 and "không khớp" in error_of(wizard)
    assert wizard.admin_password.text() == wizard.admin_repeat.text() == ""  # typed again
    assert fresh.needs_first_run()  # nothing stored while an answer is wrong

    type_text(wizard.admin_password, PASSWORD)
    type_text(wizard.admin_repeat, PASSWORD)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == 1 or not wizard.storing, timeout=60_000)
    assert wizard.result() == 1, error_of(wizard)
    # the Argon2 hash and the transaction ran on a worker, never on the GUI thread
    assert threads and threading.main_thread() not in threads
    assert wizard.signed is not None and wizard.signed.role == "admin"
    assert wizard.admin_password.text() == ""  # not left in the widget
    office = fresh.office()
    assert (office.code, office.name) == ("000.00.00.H56", "UBND xã Hòa Bình")
    assert "T7=07:30-11:30" in office.office_hours
    settings = load_settings(fresh.data_dir)
    assert (settings.sync_url, settings.sync_user) == (
        "https://tinh.example.vn/api",
        "ubnd-hoabinh",
    )
    desk = Desk(fresh, now=lambda: NOW, signed=wizard.signed)
    assert not desk.needs_sign_in and desk.officer == "admin"


def test_cancel_stores_nothing(wizard: FirstRunWizard, fresh: Profile) -> None:
    type_text(wizard.code, "000.00.00.H56")
    type_text(wizard.name, "UBND xã Hòa Bình")
    wizard.next()
    wizard.reject()
    assert wizard.signed is None and fresh.needs_first_run()
    assert load_settings(fresh.data_dir).office_code == ""


def test_a_start_up_problem_is_shown_in_a_message_box(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started from the launcher (no terminal), a refused data folder is said in a box."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.cli.main import main

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    code = main(["gui", "--data-dir", str(tmp_path / "OneDrive - UBND" / "motcua")])
    assert code == 3 and len(shown) == 1 and "đám mây" in shown[0]
