"""The return desk: scan the receipt, hand the result over, one key for satisfaction."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import Dossier
from desktop.desk import Desk
from desktop.dossiers.status import Action, Status
from desktop.dossiers.step_input import ActionInput
from tests.integration.dossier_factory import intake_json
from tests.ui.conftest import type_text
from ui.pages.return_page import ReturnPage, code_from_scan
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> ReturnPage:
    widget = ReturnPage(desk, tasks)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.activate()
    return widget


def resolved(desk: Desk, clock: list[datetime]) -> str:
    code = desk.receive(intake_json()).code
    clock[0] += timedelta(hours=1)
    desk.act(code, Action.RESOLVE, ActionInput())
    clock[0] += timedelta(hours=1)
    return code


def satisfaction_of(desk: Desk, code: str) -> int | None:
    with desk.profile.db.read_session() as session:
        return session.scalar(select(Dossier.satisfaction).where(Dossier.code == code))


def test_scan_return_and_one_key_for_satisfaction(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: ReturnPage
) -> None:
    code = resolved(desk, clock)
    page.refresh_waiting()
    assert page.waiting.rowCount() == 1 and page.waiting.summary(0).code == code
    changed: list[int] = []
    page.changed.connect(lambda d: changed.append(d.status))

    type_text(page.code_edit, code)  # a scanner types the QR's text, then Enter
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert page.detail is not None and page.detail.code == code
    assert not page.return_box.isHidden()
    assert page.recipient_edit.text() == "Đặng Văn Ưng"  # the applicant, by default
    page.recipient_edit.clear()
    type_text(page.recipient_edit, "Đặng Thị Ưng Hoa")
    qtbot.keyClick(page.recipient_edit, Qt.Key.Key_Return)

    detail = desk.detail(code)
    assert detail.status == int(Status.RETURNED) and detail.returned_to == "Đặng Thị Ưng Hoa"
    assert page.satisfaction.isVisible() and page.satisfaction.hasFocus()
    assert page.waiting.rowCount() == 0
    qtbot.keyClick(page.satisfaction, Qt.Key.Key_2)
    assert satisfaction_of(desk, code) == 2
    assert page.satisfaction.isHidden() and page.code_edit.hasFocus()
    assert page.code_edit.text() == "" and code in page.message.text()
    assert changed == [int(Status.RETURNED), int(Status.RETURNED)]


def test_escape_skips_satisfaction(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: ReturnPage
) -> None:
    code = resolved(desk, clock)
    type_text(page.code_edit, f"https://dichvucong.example/tra-cuu?ma={code}&x=1")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Enter)
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert page.satisfaction.isVisible()
    qtbot.keyClick(page.satisfaction, Qt.Key.Key_Escape)
    assert page.satisfaction.isHidden() and satisfaction_of(desk, code) is None
    assert desk.detail(code).status == int(Status.RETURNED)


def test_a_result_not_ready_or_already_returned_or_unknown(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: ReturnPage
) -> None:
    pending = desk.receive(intake_json()).code
    type_text(page.code_edit, pending)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert page.return_box.isHidden() and Status.ACCEPTED.label in page.message.text()

    page.code_edit.clear()
    type_text(page.code_edit, "000.00.00.H56-261120-9999")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert page.panel.isHidden() and "Không tìm thấy" in page.message.text()

    done = resolved(desk, clock)
    desk.act(done, Action.RETURN, ActionInput(recipient="Đặng Văn Ưng"))
    page.code_edit.clear()
    type_text(page.code_edit, done)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert page.return_box.isHidden() and "Đặng Văn Ưng" in page.message.text()


def test_an_empty_recipient_is_refused_beside_the_field(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: ReturnPage
) -> None:
    code = resolved(desk, clock)
    type_text(page.code_edit, code)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    page.recipient_edit.clear()
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert not page.recipient_error.isHidden() and page.recipient_error.text()
    assert desk.detail(code).status == int(Status.RESOLVED) and page.satisfaction.isHidden()


def test_click_a_waiting_result_to_open_it(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: ReturnPage
) -> None:
    code = resolved(desk, clock)
    page.refresh_waiting()
    index = page.waiting.index(0, 0)
    qtbot.waitUntil(lambda: page.waiting_table.visualRect(index).height() > 0)
    viewport, where = page.waiting_table.viewport(), page.waiting_table.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # a double click's press
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert page.detail is not None and page.detail.code == code
    assert page.code_edit.text() == code


def test_codes_inside_scanned_text() -> None:
    assert code_from_scan(" 000.00.00.h56-261120-0001\n") == "000.00.00.H56-261120-0001"
    assert code_from_scan("ma=000.00.00.H56-261120-0042;") == "000.00.00.H56-261120-0042"
    assert code_from_scan("abc") == "ABC"
