"""The whole counter flow in the main window, with real forms and the keyboard where a person
would use it: intake → slips → transfer → resolve → return with satisfaction; and a dossier
sent back for a supplement, then resumed with its appointment moved later."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.dossiers.status import Action, Status
from tests.ui.conftest import type_text
from ui.main_window import PAGES, MainWindow
from ui.tasks import TaskRunner


def ctrl(qtbot: QtBot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def take_in_by_keyboard(qtbot: QtBot, window: MainWindow) -> str:
    page = window.show_page("intake")
    page.picker.search.setFocus()  # type: ignore[attr-defined]
    type_text(page.picker.search, "xac nhan tinh trang hon nhan")  # type: ignore[attr-defined]
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    block = page.applicant  # type: ignore[attr-defined]
    type_text(block.full_name, "Nguyễn Thị Ánh Tuyết")
    type_text(block.id_number, "079195001234")
    type_text(block.birth_date, "02/03/1995")
    type_text(block.phone, "0987654321")
    type_text(block.address, "Ấp Phú Lợi, xã Hòa Bình")
    page.checklist.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(page.checklist.table, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.received, timeout=10_000) as stored:  # type: ignore[attr-defined]
        ctrl(qtbot, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: page.preview is not None)  # type: ignore[attr-defined]
    preview = page.preview  # type: ignore[attr-defined]
    assert preview.page_count() >= 2  # form 01 (two copies) and form 06, real PDFs
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    return str(stored.args[0].code)


def step(qtbot: QtBot, window: MainWindow, code: str, action: Action, **typed: str) -> None:
    page = window.show_page("dossiers")
    assert page.select_code(code) or True  # type: ignore[attr-defined]
    page.detail.show_code(code)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.code == code)  # type: ignore[attr-defined]
    dialog = page.detail.open_action(action)  # type: ignore[attr-defined]
    for name, text in typed.items():
        type_text(dialog.inputs[name], text)
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_intake_print_transfer_resolve_return(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, clock: list[datetime]
) -> None:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    code = take_in_by_keyboard(qtbot, window)
    assert desk.detail(code).status == int(Status.ACCEPTED)

    clock[0] += timedelta(hours=1)
    step(qtbot, window, code, Action.TRANSFER, to_unit="Công chức Tư pháp - Hộ tịch")
    clock[0] += timedelta(days=1)
    step(qtbot, window, code, Action.RESOLVE)
    assert desk.detail(code).status == int(Status.RESOLVED)

    clock[0] += timedelta(hours=2)
    desk_page = window.show_page("return")
    type_text(desk_page.code_edit, code)  # type: ignore[attr-defined]
    qtbot.keyClick(desk_page.code_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.keyClick(desk_page.recipient_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.keyClick(desk_page.satisfaction, Qt.Key.Key_1)  # type: ignore[attr-defined]
    done = desk.detail(code)
    assert done.status == int(Status.RETURNED) and done.returned_to == "Nguyễn Thị Ánh Tuyết"
    assert [h.action for h in done.history] == ["receive", "transfer", "resolve", "return"]


def test_supplement_then_resume_moves_the_appointment(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, clock: list[datetime]
) -> None:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    code = take_in_by_keyboard(qtbot, window)
    first = desk.detail(code).appointment
    assert first == datetime(2026, 11, 26, 9, 0)  # Fri 09:00 + 3 working days, 24/11 off
    step(qtbot, window, code, Action.SUPPLEMENT, items="Bản sao giấy khai sinh")
    clock[0] = datetime(2026, 11, 23, 9, 0)  # back one working day later (Mon 09:00)
    step(qtbot, window, code, Action.RESUME)
    after = desk.detail(code)
    assert after.status == int(Status.ACCEPTED)
    assert after.appointment == datetime(2026, 11, 27, 9, 0)  # moved by the office time waited


# -- the counter loop: one citizen after another, keyboard only ------------------------------


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key where the officer's keyboard sends it: to the widget that has the focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_here(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    type_text(widget, text)


def window_active_again(qtbot: QtBot, window: MainWindow) -> None:
    """What the window manager does when a dialog closes: the main window is active again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_three_intakes_in_a_row_with_keys_only(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> None:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window_active_again(qtbot, window)
    page = window.intake
    # The officer clicks "Tiếp nhận" in the sidebar first.
    item = window.navigation.item(0)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    applicants = [
        ("Nguyễn Thị Ánh Tuyết", "079195001234"),
        ("Lê Văn Bình", "079095001235"),
        ("Phạm Thị Cúc", "079195001236"),
    ]
    codes: list[str] = []
    for name, id_number in applicants:
        press(qtbot, Qt.Key.Key_F2)
        assert window.current_page_name() == "intake"
        assert QApplication.focusWidget() is page.picker.search  # type: ignore[attr-defined]
        type_here("xac nhan tinh trang hon nhan")
        press(qtbot, Qt.Key.Key_Return)  # takes the procedure, goes on to the scan field
        for text in ("", name, id_number, "02/03/1995", "0987654321", "", "Ấp Phú Lợi"):
            if text:
                type_here(text)
            press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.checklist.table  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_Space)
        with qtbot.waitSignal(page.received, timeout=10_000) as stored:  # type: ignore[attr-defined]
            press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        codes.append(stored.args[0].code)
        preview = page.preview  # type: ignore[attr-defined]
        assert preview is not None
        qtbot.waitUntil(lambda preview=preview: QApplication.activeWindow() is preview)
        press(qtbot, Qt.Key.Key_Escape)
        assert not preview.isVisible()
        window_active_again(qtbot, window)
        # Ready for the next citizen: a blank form, the focus in its first field.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.picker.search)  # type: ignore[attr-defined]
        assert page.picker.current() is None and page.applicant.is_empty()  # type: ignore[attr-defined]
        assert page.accept_button.isEnabled()  # type: ignore[attr-defined]
        assert codes[-1] in page.code_label.text()  # type: ignore[attr-defined]
    assert len(set(codes)) == 3
    assert [desk.detail(code).applicant_name for code in codes] == [a[0] for a in applicants]


def test_the_sidebar_never_takes_the_typing(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> None:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window_active_again(qtbot, window)
    item = window.navigation.item(PAGES.index("intake"))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QApplication.focusWidget() is window.intake.picker.search  # type: ignore[attr-defined]
    type_here("chung thuc")  # "c" would have jumped to Cài đặt from the sidebar's type-ahead
    assert window.current_page_name() == "intake"
    assert window.intake.picker.search.text() == "chung thuc"  # type: ignore[attr-defined]
    window.show_page("settings")
    press(qtbot, Qt.Key.Key_F3)  # a chip card to scan: from any page
    assert window.current_page_name() == "intake"
    assert QApplication.focusWidget() is window.intake.applicant.scan  # type: ignore[attr-defined]
