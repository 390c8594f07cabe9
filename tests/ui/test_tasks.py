"""The background task API: results, failures and progress arrive on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.errors import DeskError, InputError
from tests.ui.conftest import type_text
from ui.tasks import UNEXPECTED, Report, TaskRunner

MAIN = threading.main_thread()


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
    errors: list[DeskError] = []
    refusal = InputError("Số định danh cá nhân phải gồm đúng 12 chữ số.", field="id_number")

    def bad(_report: Report) -> None:
        raise refusal

    def bug(_report: Report) -> None:
        raise ZeroDivisionError

    runner.run(bad, on_error=errors.append)
    runner.run(bug, on_error=errors.append)
    assert errors[0] is refusal and errors[0].field == "id_number"
    assert type(errors[1]) is DeskError and errors[1].message == UNEXPECTED
    assert runner.busy == 0


def test_the_failure_callback_gets_the_typed_error_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[tuple[DeskError, bool]] = []
    refusal = InputError("Người nhận không được để trống.", field="recipient")

    def bad(_report: Report) -> None:
        raise refusal

    runner.run(bad, on_error=lambda e: errors.append((e, threading.current_thread() is MAIN)))
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [(refusal, True)]


def test_writes_run_one_at_a_time_in_order_while_reads_go_on(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release, first_running = threading.Event(), threading.Event()
    started: list[str] = []
    done: list[object] = []

    def first(_report: Report) -> str:
        started.append("first")
        first_running.set()
        release.wait()
        return "first"

    def write(name: str) -> Callable[[Report], str]:
        def job(_report: Report) -> str:
            started.append(name)
            return name

        return job

    runner.run(first, on_done=done.append, writes=True)
    for name in ("second", "third", "fourth"):
        runner.run(write(name), on_done=done.append, writes=True)
    try:
        qtbot.waitUntil(first_running.is_set)
        runner.run(lambda _r: "a read", on_done=done.append)
        qtbot.waitUntil(lambda: "a read" in done)  # reads are not held up by a write...
        assert started == ["first"]  # ...but the other writes wait for it
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(done) == 5)
    assert started == ["first", "second", "third", "fourth"]
    assert done[1:] == ["first", "second", "third", "fourth"]


def test_typing_helper_types_vietnamese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, "Đặng Văn Ưng – ễ ặ")
    assert edit.text() == "Đặng Văn Ưng – ễ ặ"
