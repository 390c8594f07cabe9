"""Pictures of the citizen's screen at 1366×768 for the README, on an existing profile.

    .venv/bin/python packaging/citizen_screenshot.py DATA_DIR OUT_DIR

The desk's window opens on the intake page and an applicant is entered as an officer would;
the citizen's screen (on a second monitor at a real counter) is then grabbed as it shows the
entry to check, and as it asks the satisfaction question at the return.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.desk import Desk
from desktop.profile import open_profile
from ui.app import application, settle
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.style import apply_style
from ui.tasks import TaskRunner

SIZE = (1366, 768)


def main(data_dir: Path, out: Path) -> int:
    app = application()
    apply_style(app)
    profile = open_profile(data_dir)
    install_translators(profile.settings.language or "vi")
    tasks = TaskRunner(app)
    window = MainWindow(Desk(profile), tasks, first_page="intake")
    window.show()
    intake = window.intake
    settle(app, tasks)
    intake.picker.select_code("1.004873")
    intake.applicant.full_name.setText("Nguyễn Thị Ánh")
    intake.applicant.id_number.setText("001203004567")
    intake.applicant.phone.setText("0912345678")
    for row in range(min(2, len(intake.checklist.names()))):
        intake.checklist.set_received(row, True)
    settle(app, tasks)
    screen = window.citizen.screen
    screen.resize(*SIZE)
    out.mkdir(parents=True, exist_ok=True)
    ok = screen.grab().save(str(out / "citizen-screen.png"), "PNG")
    screen.ask_satisfaction()
    ok = screen.grab().save(str(out / "citizen-screen-rating.png"), "PNG") and ok
    window.close()
    profile.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
