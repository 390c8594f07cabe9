"""The deadline board: its counts are the desk's, and each tile opens the list it counts."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.demo import seed_demo
from desktop.desk import Desk
from desktop.dossiers.context import desk_context
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Action
from desktop.dossiers.step_input import ActionInput
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json
from ui.main_window import MainWindow
from ui.pages.board_page import BoardPage
from ui.tasks import TaskRunner

TILES = ("due_today", "due_soon", "overdue", "waiting_supplement", "results_ready")


@pytest.fixture
def seeded(ui_profile: Profile, clock: list[datetime]) -> Profile:
    with ui_profile.db.session() as session, session.begin():
        ctx = desk_context(session, ui_profile.office(), ui_profile.settings)
        seed_demo(session, ctx, 3000, clock[0])
    return ui_profile


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> MainWindow:
    win = MainWindow(desk, tasks)
    qtbot.addWidget(win)
    win.show()
    win.show_page("board")
    return win


def test_counts_match_the_desk(seeded: Profile, desk: Desk, window: MainWindow) -> None:
    board = desk.board()
    page = window.board
    for key in TILES:
        assert page.count_of(key) == getattr(board, key)
        assert page.numbers[key].text() == f"{getattr(board, key):,}".replace(",", ".")
    assert board.overdue > 0 and board.results_ready > 0 and board.waiting_supplement > 0
    assert board.month_on_time_share is not None
    on_time = f"{board.month_on_time_share * 100:.1f}".replace(".", ",")
    assert on_time in page.on_time_label.text() and "99,5" in page.on_time_label.text()
    assert "5 %" in page.overdue_label.text()


@pytest.mark.parametrize("key", TILES)
def test_a_tile_opens_the_list_filtered_alike(
    qtbot: QtBot, seeded: Profile, desk: Desk, window: MainWindow, key: str
) -> None:
    expected = getattr(desk.board(), key)
    qtbot.mouseClick(window.board.tiles[key], Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "dossiers"
    page = window.dossiers
    assert page.total == expected
    rows = [page.model.summary(r) for r in range(page.model.rowCount())]
    assert len(rows) == expected  # the model spans every row; pages load as they are seen
    if key == "overdue":
        assert {r.deadline_state for r in rows} == {"overdue"}
    elif key == "due_soon":
        assert {r.deadline_state for r in rows} <= {"due_soon"}
    elif key == "waiting_supplement":
        assert {r.status for r in rows} == {5}
    elif key == "results_ready":
        assert {r.status for r in rows} == {9}
    else:
        now = desk.now()
        assert all(r.appointment and r.appointment.date() == now.date() for r in rows)
        assert [r.code for r in rows] == [
            d.code for d in desk.due_today(DossierFilter(limit=page.model.page_size))
        ]


def test_due_today_on_a_working_day(
    qtbot: QtBot, desk: Desk, clock: list[datetime], window: MainWindow
) -> None:
    from tests.integration.dossier_factory import intake_json

    # Same-day procedures received in the morning are due this afternoon.
    same_day = [c.code for c in desk.procedures() if c.time_unit == "same_day"]
    assert same_day, "the shipped catalogue has same-day procedures"
    code = desk.receive(intake_json(procedure=same_day[0])).code
    window.board.refresh()
    assert window.board.count_of("due_today") == 1
    qtbot.mouseClick(window.board.tiles["due_today"], Qt.MouseButton.LeftButton)
    assert [window.dossiers.model.summary(r).code for r in range(1)] == [code]


def test_targets_are_settings(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> None:
    desk.profile.settings.target_on_time, desk.profile.settings.target_overdue = 98.0, 3.5
    page = BoardPage(desk, tasks)
    qtbot.addWidget(page)
    page.activate()
    assert "98 %" in page.on_time_label.text() and "3,5 %" in page.overdue_label.text()
    assert page.count_of("overdue") == 0 and "—" in page.on_time_label.text()


def test_the_cashless_share_counts_fee_payments(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    for method in ("cash", "cash", "bank_transfer", "online"):
        code = desk.receive(intake_json(procedure="2.000635")).code
        desk.act(code, Action.REQUEST_FEE, ActionInput())
        paid = ActionInput(fee_amount=8000 if method == "cash" else 1000, fee_method=method)
        desk.act(code, Action.PAY_FEE, paid)
    assert desk.board().month_cashless_share == pytest.approx(2 / 4)
    page = BoardPage(desk, tasks)
    qtbot.addWidget(page)
    page.activate()
    text = page.cashless_label.text()
    assert "50,0 %" in text and "30 %" in text
