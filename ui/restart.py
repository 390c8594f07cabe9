"""Starting the desk again the way it was started (after a restore replaced its database)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication


def restart_application() -> bool:
    """Start a new desk with this one's command line, then quit this one; False (and nothing
    quit) when the new one cannot be started."""
    arguments = list(sys.orig_argv[1:])  # `-m desktop.cli --demo`, or the entry point's path
    started, _pid = QProcess.startDetached(sys.executable, arguments)
    if started:
        QApplication.quit()
    return bool(started)
