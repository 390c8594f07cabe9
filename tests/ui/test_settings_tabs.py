"""The office's tabs of the Cài đặt page on real widgets: each saves what it shows, and a
wrong value is refused in Vietnamese with nothing saved (the settings file and the database
as they were)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.profile import Profile
from desktop.settings import SETTINGS_FILE
from tests.integration.sync_helpers import PASSWORD, USER, Province1
from tests.ui.conftest import type_text
from ui.pages.settings.days_tab import DaysTab
from ui.pages.settings.hours_tab import HoursTab
from ui.pages.settings.keyed_tab import KeyedTab
from ui.pages.settings.payment_tab import PaymentTab
from ui.pages.settings.printing_tab import PrintingTab
from ui.pages.settings.sync_tab import SyncTab
from ui.pages.settings_page import SettingsPage
from ui.tasks import TaskRunner


class MemoryKeyring(KeyringBackend):
    """The OS keyring, in memory for the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


def settings_file(profile: Profile) -> bytes:
    path = profile.data_dir / SETTINGS_FILE
    return path.read_bytes() if path.exists() else b""


def edit(tab: KeyedTab, key: str) -> QLineEdit:
    widget = tab.findChild(QLineEdit, key.replace(".", "_"))
    assert widget is not None, key
    return widget


def retype(widget: QLineEdit, text: str) -> None:
    widget.clear()
    type_text(widget, text)


def test_the_office_tabs_are_for_whoever_may_change_settings(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    page = SettingsPage(desk, tasks)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["This counter", "Office hours", "Days off", "Catalogue", "Sync",
                      "Printing", "Payments", "Backups", "Other"]  # fmt: skip
    assert all(page.tabs.isTabVisible(i) for i in range(page.tabs.count()))


def test_hours_with_saturday_morning_saved_and_counted(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    tab = HoursTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.text.text() == "07:30-11:30,13:30-17:00"
    tab.saturday.setChecked(True)
    tab.saturday_hours[0].setTime(QTime(7, 30))
    tab.saturday_hours[1].setTime(QTime(11, 0))
    assert tab.text.text() == "T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:00"
    tab.save_button.click()
    assert "Đã lưu" in tab.message.text() or "Saved" in tab.message.text()
    saturday = desk.calendar.hours.weekly[5]
    assert [(f"{a:%H:%M}", f"{b:%H:%M}") for a, b in saturday] == [("07:30", "11:00")]


def test_hours_that_overlap_are_refused_and_nothing_saved(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    tab = HoursTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    tab.morning[1].setTime(QTime(14, 0))  # the morning runs into the afternoon
    tab.save_button.click()
    assert "chồng nhau" in tab.message.text()
    assert desk.calendar.hours.to_text() == "07:30-11:30,13:30-17:00"
    retype(tab.text, "T2-T6=07:30-11:30; T8=08:00-09:00")
    tab.save_button.click()
    assert "không phải thứ trong tuần" in tab.message.text()
    many = ",".join(f"{h:02d}:00-{h:02d}:30" for h in range(24))
    tab.text.setText("; ".join(f"{d}={many}" for d in ("T2", "T4", "T6")))
    tab.save_button.click()
    assert "quá nhiều buổi" in tab.message.text()
    assert desk.calendar.hours.to_text() == "07:30-11:30,13:30-17:00"


def test_days_off_listed_and_the_office_own_day_set_and_dropped(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    tab = DaysTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    tab.reload()
    shown = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert "02/09/2026 (thứ Tư)" in shown and tab.provisional.text() == ""
    tab.day.setDate(date(2026, 12, 18))
    tab.kind.setCurrentIndex(0)  # a day off
    type_text(tab.note, "Hội nghị xã")
    tab.mark_button.click()
    assert not desk.calendar.is_working_day(date(2026, 12, 18))
    row = next(r for r in range(tab.table.rowCount()) if "Hội nghị" in tab.table.item(r, 2).text())
    tab.table.selectRow(row)
    tab.clear_button.click()
    assert desk.calendar.is_working_day(date(2026, 12, 18))
    tab.year.setValue(2028)
    assert "Dự kiến" in tab.provisional.text() or "Provisional" in tab.provisional.text()


def test_a_day_out_of_range_is_refused(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> None:
    tab = DaysTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.day.setDate(date(2101, 1, 3))
    tab.mark_button.click()
    assert "2000–2100" in tab.message.text()
    assert desk.office_days.of_year(2101) == []


def test_payment_account_with_letters_refused_nothing_saved(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, ui_profile: Profile
) -> None:
    tab = PaymentTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    before = settings_file(ui_profile)
    retype(edit(tab, "payment.bank_bin"), "970415")
    retype(edit(tab, "payment.account_number"), "11300ABC")
    tab.save_button.click()
    assert "tài khoản" in tab.message.text().lower()
    assert settings_file(ui_profile) == before and desk.profile.settings.payment_bank_bin == ""
    assert edit(tab, "payment.account_number").hasFocus() or not tab.isVisible()
    retype(edit(tab, "payment.account_number"), "113000006100")
    retype(edit(tab, "payment.account_name"), "UBND XA HOA BINH")
    retype(edit(tab, "receipt.lookup_url"), "tra cuu")  # not an address
    tab.save_button.click()
    assert "địa chỉ" in tab.message.text().lower() and settings_file(ui_profile) == before
    retype(edit(tab, "receipt.lookup_url"), "https://dichvucong.example.vn/tra-cuu?ma={code}")
    tab.save_button.click()
    account = desk.profile.settings.payment_account()
    assert account is not None and account.number == "113000006100"
    assert settings_file(ui_profile) != before


def test_printing_defaults_saved(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, ui_profile: Profile
) -> None:
    tab = PrintingTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    copies = tab.findChild(QSpinBox, "print_form01_copies")
    assert copies is not None and copies.maximum() == 5
    copies.setValue(2)
    printer = tab.rows[0].widget
    assert printer.objectName() == "print_printer"
    printer.setEditText("Máy in " * 50)  # type: ignore[attr-defined]
    tab.save_button.click()
    assert "Tên máy in" in tab.message.text() and desk.profile.settings.print_form01_copies == 1
    printer.setEditText("HP LaserJet quầy 1")  # type: ignore[attr-defined]
    tab.save_button.click()
    assert desk.profile.settings.print_form01_copies == 2
    assert desk.profile.settings.print_printer == "HP LaserJet quầy 1"


def test_sync_test_login_shows_the_offer_then_saves_with_the_password(
    qtbot: QtBot,
    desk: Desk,
    tasks: TaskRunner,
    ui_profile: Profile,
    province: Province1,
    memory_keyring: MemoryKeyring,
) -> None:
    tab = SyncTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    retype(edit(tab, "sync.url"), "không phải địa chỉ")
    tab.test_button.click()
    assert "sync.url" in tab.offer.text() or "địa chỉ" in tab.offer.text().lower()
    retype(edit(tab, "sync.url"), province.url)
    retype(edit(tab, "sync.user"), USER)
    type_text(tab.password, "sai-mat-khau")
    tab.test_button.click()
    assert "không đúng" in tab.offer.text()
    retype(tab.password, PASSWORD)
    tab.test_button.click()
    assert "extended" in tab.offer.text() and "reconcile" in tab.offer.text()
    assert desk.profile.settings.sync_url == ""  # a test saves nothing
    tab.save_button.click()
    assert desk.profile.settings.sync_url == province.url
    assert list(memory_keyring.kept.values()) == [PASSWORD]
    assert tab.password.text() == ""  # never shown again


def test_sync_settings_refused_whole(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, ui_profile: Profile, tmp_path: Path
) -> None:
    tab = SyncTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    before = settings_file(ui_profile)
    retype(edit(tab, "sync.user"), "motcua-xa")
    retype(edit(tab, "sync.files_url"), "ftp://tinh/tep")
    tab.save_button.click()
    assert tab.message.text() and settings_file(ui_profile) == before
    assert desk.profile.settings.sync_user == ""


def test_a_setting_changed_is_audited(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> None:
    tab = PrintingTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    tab.save_button.click()
    lines = desk.audit_trail.latest(10)
    changed = {line.record for line in lines if line.action == "settings.change"}
    assert {"print.printer", "print.form01_copies"} <= changed


def test_printing_settings_reach_the_slips(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.dossiers.outcome import OutcomeKind
    from tests.integration.dossier_factory import intake_json
    from ui.dialogs.print_preview import PrintJob
    from ui.pages.intake_printing import SlipPrinter

    desk.office.change_settings({"print.form01_copies": "2", "print.printer": "Quầy 1"})
    host = QWidget()
    qtbot.addWidget(host)
    slips = SlipPrinter(desk, tasks, host, lambda text: pytest.fail(text))
    shown: list[list[PrintJob]] = []
    monkeypatch.setattr(slips, "show_preview", shown.append)
    code = desk.receive(intake_json()).code
    slips.after(OutcomeKind.ACCEPT, code)
    assert [(job.file_name[:6], job.copies) for job in shown[0]] == [("mau-01", 2), ("mau-06", 1)]


def test_the_counter_tab_shows_the_hours_saved_on_their_tab(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    from desktop.calendar.office_hours import OfficeHours

    page = SettingsPage(desk, tasks)
    qtbot.addWidget(page)
    seen = []
    desk.subscribe(lambda changed: (seen.append(changed), page.follow(changed)))
    desk.office_days.set_hours(OfficeHours.parse("T2-T6=07:00-11:00,13:00-16:30; T7=07:00-11:00"))
    assert seen and "07:00–11:00" in page.hours.text().splitlines()[5]


def test_a_form_template_back_to_the_default_from_the_window(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from desktop.printing import templates

    folder = desk.forms.folder()
    folder.mkdir(parents=True, exist_ok=True)
    document = templates.default_document("02")
    path = templates.path_of(folder, "02")
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    broken = templates.path_of(folder, "04")
    broken.write_text("{không phải JSON", encoding="utf-8")
    tab = PrintingTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    rows = {tab.table.item(r, 0).text(): r for r in range(tab.table.rowCount())}
    assert tab.table.item(rows["02"], 1).text() == "the office's file"
    assert tab.table.item(rows["04"], 2).text()  # why the office's file is refused
    tab.table.selectRow(rows["02"])
    monkeypatch.setattr(tab, "confirm_reset", lambda _form: False)
    tab.reset_button.click()
    assert path.exists()  # refused: nothing moved
    monkeypatch.setattr(tab, "confirm_reset", lambda _form: True)
    tab.reset_button.click()
    assert not path.exists() and path.with_name(path.name + ".bak").exists()
    assert tab.table.item(rows["02"], 1).text() == "default"
    assert any(line.action == "forms.reset" for line in desk.audit_trail.latest(5))


def test_other_settings_saved_and_a_contradiction_refused(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, ui_profile: Profile
) -> None:
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

    from ui.pages.settings.other_tab import OtherTab

    tab = OtherTab(desk, tasks)
    qtbot.addWidget(tab)
    tab.reload()
    before = settings_file(ui_profile)
    one_file = tab.findChild(QSpinBox, "attachments_max_file_mb")
    assert one_file is not None
    one_file.setValue(500)  # more than the dossier's 100 MB
    tab.save_button.click()
    assert "attachments.max_file_mb" in tab.message.text() and settings_file(ui_profile) == before
    one_file.setValue(10)
    rule = tab.findChild(QComboBox, "report_supplement_rule")
    target = tab.findChild(QDoubleSpinBox, "board_target_on_time")
    assert rule is not None and target is not None
    rule.setCurrentIndex(rule.findData("first_request"))
    target.setValue(98.5)
    tab.save_button.click()
    settings = desk.profile.settings
    assert settings.attachments_max_file_mb == 10 and settings.target_on_time == 98.5
    assert settings.report_supplement_rule == "first_request"


def test_the_window_starts_syncing_once_the_province_is_set(
    qtbot: QtBot,
    desk: Desk,
    tasks: TaskRunner,
    province: Province1,
    memory_keyring: MemoryKeyring,
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    assert not window.engine.timer.isActive()  # nothing configured yet
    [tab] = [t for t in window.settings.office_tabs if isinstance(t, SyncTab)]
    tab.reload()
    retype(edit(tab, "sync.url"), province.url)
    retype(edit(tab, "sync.user"), USER)
    retype(tab.password, PASSWORD)
    tab.save_button.click()
    qtbot.waitUntil(window.engine.timer.isActive)
    window.engine.stop()
