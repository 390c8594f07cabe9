"""The window's crash handler: a masked report on disk, a dialog, and the desk keeps running."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.crash import CrashHandler


def test_an_unexpected_error_is_reported_masked(qtbot: QtBot, tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "logs", lambda: datetime(2026, 11, 20, 9, 0))
    handler.install()
    try:
        with qtbot.waitSignal(handler.reported, timeout=5000):
            thread = threading.Thread(
                target=lambda: (_ for _ in ()).throw(RuntimeError("hỏng với 001090012345"))
            )
            thread.start()
            thread.join()
        reports = list((tmp_path / "logs").glob("crash-*.log"))
        assert len(reports) == 1
        text = reports[0].read_text(encoding="utf-8")
        assert "RuntimeError" in text and "001090012345" not in text and "*********345" in text
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        assert str(reports[0]) in handler.dialog.text()  # type: ignore[union-attr]
        handler.dialog.close()  # type: ignore[union-attr]
    finally:
        handler.uninstall()
