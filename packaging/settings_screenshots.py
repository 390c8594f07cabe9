"""Pictures of each tab of the Cài đặt page at 1366×768 for the README, on an existing profile.

    .venv/bin/python packaging/settings_screenshots.py DATA_DIR OUT_DIR

The window opens on the settings page and each tab is shown in turn and grabbed as
``settings-<name>.png``: ``counter`` for the first tab, else the tab's class without "Tab"
(``settings-hours.png``, ``settings-sync.png`` …).
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
    translators = install_translators(profile.settings.language or "vi")  # kept alive
    tasks = TaskRunner(app)
    window = MainWindow(Desk(profile), tasks, first_page="settings")
    window.resize(*SIZE)
    window.show()
    settle(app, tasks)
    tabs = window.settings.tabs
    out.mkdir(parents=True, exist_ok=True)
    ok = True
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(app, tasks)
        kind = type(tabs.widget(index)).__name__
        name = "counter" if kind == "QWidget" else kind.removesuffix("Tab").lower()
        path = out / f"settings-{name}.png"
        ok = window.grab().save(str(path), "PNG") and ok
        print(path)
    window.close()
    del translators
    profile.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
