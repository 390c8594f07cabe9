"""A storage failure met by the window (a task, or an error no one caught) shows its
Vietnamese message, not a crash report."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json
from tests.integration.storage_helpers import on_connect
from ui.crash import CrashHandler
from ui.tasks import Report, TaskRunner

READ_ONLY = "chỉ cho phép đọc"


def test_a_task_meeting_a_read_only_database_tells_why(
    qtbot: QtBot, ui_profile: Profile, desk: Desk
) -> None:
    on_connect(ui_profile, "PRAGMA query_only=1")
    runner = TaskRunner()
    errors: list[str] = []

    def take_in(_report: Report) -> None:
        desk.receive(intake_json())

    runner.run(take_in, on_error=lambda error: errors.append(error.message), writes=True)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert READ_ONLY in errors[0] and "quyền ghi" in errors[0]


def test_an_uncaught_storage_error_shows_its_message_not_a_crash_report(
    qtbot: QtBot, tmp_path: Path, ui_profile: Profile, desk: Desk
) -> None:
    on_connect(ui_profile, "PRAGMA query_only=1")
    handler = CrashHandler(tmp_path / "logs", lambda: datetime(2026, 11, 20, 9, 0))
    handler.install()
    try:
        thread = threading.Thread(target=lambda: desk.receive(intake_json()))
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        assert handler.dialog is not None
        assert READ_ONLY in handler.dialog.text()
        assert not list((tmp_path / "logs").glob("crash-*.log"))
        handler.dialog.close()
    finally:
        handler.uninstall()
