"""The Báo cáo page: a month's form II.06a off the GUI thread, chart, indicators, exports."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.dossiers.context import desk_context
from desktop.errors import DeskError
from desktop.profile import Profile
from desktop.reports.spreadsheets import FIRST_TABLE_ROW
from tests.integration.report_fixture import build_october
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.pages.report_page import ReportPage
from ui.tasks import TaskRunner


@pytest.fixture
def october_desk(ui_profile: Profile, clock: list[datetime]) -> Desk:
    with ui_profile.db.read_session() as session:
        ctx = desk_context(session, ui_profile.office(), ui_profile.settings)
    build_october(ui_profile, ctx)
    return Desk(ui_profile, now=lambda: clock[0])


def open_page(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> MainWindow:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    page = window.report
    page.month.setDate(QDate(2026, 10, 1))
    window.show_page("report")
    return window


def test_month_report_table_chart_and_indicators(
    qtbot: QtBot, october_desk: Desk, tasks: TaskRunner
) -> None:
    page = open_page(qtbot, october_desk, tasks).report
    page.show_button.click()
    assert "01/10/2026 đến ngày 31/10/2026" in page.heading.text()
    rows = page.table.rowCount()
    assert rows == 4  # three fields and the total
    total = [page.table.item(rows - 1, c).text() for c in range(2, 13)]
    assert total == ["11", "1", "7", "3", "7", "3", "3", "1", "4", "2", "2"]
    assert [name for name, _ in page.chart.rows] == [
        "Bảo trợ xã hội",
        "Hoạt động xây dựng",
        "Hộ tịch",
    ]
    assert "85,7 %" in page.indicators.text()
    assert all(b.isEnabled() for b in page.export_buttons.values())
    page.by.setCurrentIndex(1)
    page.show_button.click()
    assert page.table.rowCount() == 6 and "1.004873" in page.table.item(3, 1).text()


def test_exports_write_files(
    qtbot: QtBot, october_desk: Desk, tasks: TaskRunner, tmp_path: Path
) -> None:
    page = open_page(qtbot, october_desk, tasks).report
    page.show_button.click()
    target = tmp_path / "bao-cao.xlsx"
    page.choose_path = lambda _suggested, _fmt: str(target)
    page.export_buttons["xlsx"].click()
    assert "Saved" in page.message.text() or "Đã lưu" in page.message.text()
    sheet = openpyxl.load_workbook(io.BytesIO(target.read_bytes()))["II.06a"]
    assert sheet.cell(FIRST_TABLE_ROW + 3, 13).value == "(13)"  # the column numbers
    assert sheet.cell(1, 1).value == "Biểu số II.06a/VPCP/KSTT"
    register = tmp_path / "so.pdf"
    page.choose_path = lambda _suggested, _fmt: str(register)
    page.register_button.click()
    assert register.read_bytes().startswith(b"%PDF")
    page.choose_path = lambda _suggested, _fmt: None  # the officer cancels: nothing written
    page.export_buttons["csv"].click()
    assert not list(tmp_path.glob("*.csv"))


def test_mid_month_and_range_periods(qtbot: QtBot, october_desk: Desk, tasks: TaskRunner) -> None:
    page = open_page(qtbot, october_desk, tasks).report
    page.kind.setCurrentIndex(1)
    page.show_button.click()
    assert "15/09/2026 đến ngày 14/10/2026" in page.heading.text()
    page.kind.setCurrentIndex(2)
    assert page.date_from.isVisibleTo(page) and not page.month.isVisibleTo(page)
    page.date_from.setDate(QDate(2026, 10, 31))
    page.date_to.setDate(QDate(2026, 10, 1))
    page.show_button.click()
    assert "sau ngày bắt đầu" in page.message.text()


def test_a_typed_month_is_taken_as_typed(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> None:
    page = ReportPage(desk, tasks)
    qtbot.addWidget(page)
    page.month.setDate(QDate(2026, 10, 31))
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for typed, first in (("12/2026", date(2026, 12, 1)), ("3/2025", date(2025, 3, 1))):
        qtbot.mouseClick(page.month, Qt.MouseButton.LeftButton)
        type_text(page.month, typed)
        qtbot.keyClick(page.month, Qt.Key.Key_Tab)
        assert page.period().first == first, typed
    page.month.setFocus()
    type_text(page.month, "13/2026")  # the 3 is refused: no thirteenth month
    assert page.period().first == date(2026, 1, 1)
    page.month.selectAll()
    type_text(page.month, "4/")
    with pytest.raises(DeskError, match="Tháng báo cáo"):
        page.period()
