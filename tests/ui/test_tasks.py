"""The background task API: results, failures and progress arrive on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.errors import InputError
from tests.ui.conftest import type_text
from ui.tasks import UNEXPECTED, Report, TaskRunner


def test_results_and_progress_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[Any] = []
    gui = threading.get_ident()

    def job(report: Report) -> int:
        report(50, "nửa chừng")
        assert threading.get_ident() != gui
        return 42

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda n: n == 0, timeout=5000):
        runner.run(
            job,
            on_done=lambda r: seen.append(("done", r, threading.get_ident() == gui)),
            on_progress=lambda p, note: seen.append(("progress", p, note)),
        )
    qtbot.waitUntil(lambda: any(s[0] == "done" for s in seen))
    assert ("done", 42, True) in seen and ("progress", 50, "nửa chừng") in seen


def test_failures_carry_the_officers_message(qtbot: QtBot) -> None:
    runner = TaskRunner(inline=True)
    errors: list[str] = []

    def bad(_report: Report) -> None:
        raise InputError("Số định danh cá nhân phải gồm đúng 12 chữ số.")

    def bug(_report: Report) -> None:
        raise ZeroDivisionError

    runner.run(bad, on_error=errors.append)
    runner.run(bug, on_error=errors.append)
    assert errors == ["Số định danh cá nhân phải gồm đúng 12 chữ số.", UNEXPECTED]
    assert runner.busy == 0


def test_typing_helper_types_vietnamese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, "Đặng Văn Ưng – ễ ặ")
    assert edit.text() == "Đặng Văn Ưng – ễ ặ"
