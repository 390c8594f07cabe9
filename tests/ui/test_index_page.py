"""The Chỉ số phục vụ page: reached with Ctrl+8, a month's index off the GUI thread (the same
figures as the desk's), the chosen indicator's twelve months in the chart, exports."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.dossiers.context import desk_context
from desktop.profile import Profile
from tests.integration.report_fixture import build_october
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.pages.index_page import IndexPage
from ui.tasks import TaskRunner


@pytest.fixture
def october_desk(ui_profile: Profile, clock: list[datetime]) -> Desk:
    with ui_profile.db.read_session() as session:
        ctx = desk_context(session, ui_profile.office(), ui_profile.settings)
    build_october(ui_profile, ctx)
    return Desk(ui_profile, now=lambda: clock[0])


def open_page(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> IndexPage:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "index"
    page = window.pages["index"]
    assert isinstance(page, IndexPage)
    return page


def test_month_table_formula_and_chart(qtbot: QtBot, october_desk: Desk, tasks: TaskRunner) -> None:
    page = open_page(qtbot, october_desk, tasks)
    page.month.clear()
    type_text(page.month, "10/2026")
    qtbot.keyClick(page.month, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.index is not None and page.index.month == 10)
    expected = october_desk.index.month(2026, 10)
    assert page.table.rowCount() == len(expected.indicators) == 11
    shown = [
        [page.table.item(r, c).text() for c in (0, 2, 3, 4)] for r in range(page.table.rowCount())
    ]
    on_time = expected.indicator("2.1")
    assert ["2.1", str(on_time.numerator), str(on_time.denominator), on_time.value_text] in shown
    assert "Tháng 10/2026" in page.heading.text()
    # the chart starts on 2.1's twelve months, with its full-marks line
    assert page.chart.title.startswith("2.1 Giải quyết đúng hạn")
    assert [m for m, _ in page.chart.points][::11] == ["11/2025", "10/2026"]
    assert page.chart.points[-1][1] == on_time.value and page.chart.full_marks == 100.0
    assert "Cách tính" in page.formula.text()
    # the arrow keys choose another indicator: its formula and its months
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.chart.title.startswith("2.2")
    assert page.table.item(9, 4).text() == "không tính được"  # 4.5
    assert all(b.isEnabled() for b in page.export_buttons.values())


def test_exports_write_files(
    qtbot: QtBot, october_desk: Desk, tasks: TaskRunner, tmp_path: Path
) -> None:
    page = open_page(qtbot, october_desk, tasks)
    page.month.clear()
    type_text(page.month, "10/2026")
    page.show_button.click()
    qtbot.waitUntil(lambda: page.index is not None and page.index.month == 10)
    target = tmp_path / "chi-so.json"
    page.choose_path = lambda _suggested, _fmt: str(target)
    page.export_buttons["json"].click()
    qtbot.waitUntil(target.exists)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["period"]["month"] == "2026-10" and len(data["months"]) == 12
    pdf = tmp_path / "chi-so.pdf"
    page.choose_path = lambda _suggested, _fmt: str(pdf)
    page.export_buttons["pdf"].click()
    qtbot.waitUntil(pdf.exists)
    assert pdf.read_bytes().startswith(b"%PDF")
