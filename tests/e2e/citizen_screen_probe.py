"""Run under a real X server with two screens (see test_citizen_two_screens.py): opens the
window on a fresh office profile, types an applicant as an officer would, and prints as JSON
where the citizen's screen went and what it shows."""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop.desk import Desk
from desktop.profile import open_profile
from tests.conftest import init_office
from ui.app import application, settle
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

PATIENCE = 60.0  # seconds for the window manager to map the windows (never asserted)


def main(data_dir: Path) -> int:
    app = application()
    profile = open_profile(data_dir)
    init_office(profile, datetime(2025, 1, 2, 8, 0))
    tasks = TaskRunner(app)
    window = MainWindow(Desk(profile), tasks, first_page="intake")
    window.show()
    screen = window.citizen.screen
    deadline = time.monotonic() + PATIENCE
    while not (window.isVisible() and screen.isVisible()) and time.monotonic() < deadline:
        settle(app, tasks)
    intake = window.intake
    intake.picker.select_code("1.004873")
    intake.applicant.full_name.setText("Nguyễn Thị Ánh")
    settle(app, tasks)
    screens = QGuiApplication.screens()
    handle, home = screen.windowHandle(), window.windowHandle()
    found = {
        "screens": len(screens),
        "citizen_visible": screen.isVisible(),
        "citizen_screen": screens.index(handle.screen()) if handle else None,
        "window_screen": screens.index(home.screen()) if home else None,
        "name": screen.values["name"].text(),
    }
    print(json.dumps(found, ensure_ascii=False))
    window.close()
    profile.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
