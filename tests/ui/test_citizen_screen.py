"""The citizen's screen: it mirrors the intake, takes the satisfaction answer at the return,
and goes on a monitor of its own."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.dossiers.status import Status
from tests.ui.conftest import type_text
from tests.ui.test_return_desk import resolved, satisfaction_of
from ui.citizen_display import CitizenDisplay, citizen_screen_index
from ui.citizen_screen import CHECK, IDLE, CitizenScreen, CitizenView
from ui.pages.intake_page import IntakePage
from ui.pages.return_page import ReturnPage
from ui.tasks import TaskRunner


@pytest.fixture
def display(qtbot: QtBot, desk: Desk) -> CitizenDisplay:
    window = QWidget()
    qtbot.addWidget(window)
    return CitizenDisplay(desk.office_name, True, window)


def test_the_screen_mirrors_what_the_officer_types(
    qtbot: QtBot,
    desk: Desk,
    tasks: TaskRunner,
    display: CitizenDisplay,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = IntakePage(desk, tasks)
    qtbot.addWidget(page)
    display.follow_page("intake", page)
    screen = display.screen
    assert screen.pages.currentIndex() == IDLE and screen.welcome.text() == "Xin mời công dân"

    assert page.picker.select_code("1.004873")
    type_text(page.applicant.full_name, "Trần Văn Đức")
    type_text(page.applicant.id_number, "001085012345")
    type_text(page.applicant.phone, "0912345678")
    page.checklist.set_received(0, True)

    assert screen.pages.currentIndex() == CHECK
    values = {key: label.text() for key, label in screen.values.items()}
    assert values["name"] == "Trần Văn Đức"
    assert values["id_number"] == "*********345" and values["phone"] == "*******678"
    assert values["procedure"] == page.picker.current().name  # type: ignore[union-attr]
    assert values["documents"] == f"• {page.checklist.names()[0]}"
    assert values["appointment"] == page.appointment_label.text() != "—"
    assert "ngày" in values["appointment"]

    monkeypatch.setattr(page, "confirm_clear", lambda: True)  # the officer says yes
    page.new_dossier()  # the form cleared: the welcome again
    assert screen.pages.currentIndex() == IDLE


def test_pressing_1_on_the_citizen_screen_records_satisfied(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, clock: list[datetime], display: CitizenDisplay
) -> None:
    code = resolved(desk, clock)
    page = ReturnPage(desk, tasks)
    qtbot.addWidget(page)
    display.follow_page("return", page)
    type_text(page.code_edit, code)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.recipient_edit, Qt.Key.Key_Return)
    assert desk.detail(code).status == int(Status.RETURNED)
    screen = display.screen
    assert screen.is_asking()
    assert [b.text() for b in screen.answers.values()] == [
        "1  Hài lòng",
        "2  Chấp nhận được",
        "3  Không hài lòng",
    ]

    qtbot.keyClick(screen, Qt.Key.Key_1)
    assert satisfaction_of(desk, code) == 1
    assert page.satisfaction.isHidden() and not screen.is_asking()
    qtbot.keyClick(screen, Qt.Key.Key_3)  # a second press records nothing more
    assert satisfaction_of(desk, code) == 1


def test_the_mouse_answers_too_and_the_officer_skipping_clears_the_question(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, clock: list[datetime], display: CitizenDisplay
) -> None:
    code = resolved(desk, clock)
    page = ReturnPage(desk, tasks)
    qtbot.addWidget(page)
    display.follow_page("return", page)
    type_text(page.code_edit, code)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.recipient_edit, Qt.Key.Key_Return)
    page.satisfaction.skipped.emit()  # the officer's Esc
    assert not display.screen.is_asking()
    qtbot.mouseClick(display.screen.answers[3], Qt.MouseButton.LeftButton)
    assert satisfaction_of(desk, code) is None

    page.show_dossier_returned(desk.detail(code))
    qtbot.mouseClick(display.screen.answers[3], Qt.MouseButton.LeftButton)
    assert satisfaction_of(desk, code) == 3


def test_names_show_literally(qtbot: QtBot) -> None:
    screen = CitizenScreen("UBND xã An Bình")
    qtbot.addWidget(screen)
    screen.show_view(CitizenView(name="<b>Lê Văn A</b>"))
    assert screen.values["name"].textFormat() == Qt.TextFormat.PlainText
    assert screen.values["appointment"].text() == "—"


LEFT, RIGHT = QRect(0, 0, 1366, 768), QRect(1366, 0, 1366, 768)


@pytest.mark.parametrize(
    ("screens", "centre", "expected"),
    [
        ([LEFT], QPoint(683, 384), None),  # one monitor: no citizen's screen
        ([LEFT, RIGHT], QPoint(683, 384), 1),
        ([LEFT, RIGHT], QPoint(2000, 384), 0),  # the window on the right one
        ([LEFT, RIGHT], QPoint(-5000, 0), 1),  # a window off every screen counts as the first
        ([LEFT, RIGHT, QRect(2732, 0, 800, 600)], QPoint(2000, 300), 0),
    ],
)
def test_the_citizen_screen_goes_on_a_monitor_the_window_is_not_on(
    screens: list[QRect], centre: QPoint, expected: int | None
) -> None:
    assert citizen_screen_index(screens, centre) == expected


def test_with_one_monitor_the_citizen_screen_stays_hidden(display: CitizenDisplay) -> None:
    display.place()
    assert display.screen.isHidden()
