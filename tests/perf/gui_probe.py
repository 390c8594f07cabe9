"""Child process of the GUI benchmark: open the desk window once, as ``motcua gui`` does.

    python tests/perf/gui_probe.py DATA_DIR [--page dossiers] [--profile FILE]

Imports what the ``motcua`` entry point imports, opens the profile, builds the main window
the way :func:`ui.app.run_desk` does, shows it on the dossier list and waits until the first
page of rows is in the model and painted. Prints one JSON line: ``time.monotonic()`` stamps
of each milestone (the parent subtracts the instant it started this process; the clock is
the system-wide ``CLOCK_MONOTONIC``), the resident memory, and the row counts.
Set ``MOTCUA_NOW`` to fix the desk's clock (the parent does).
"""

from __future__ import annotations

import time

STAMPS: dict[str, float] = {"script": time.monotonic()}  # before any heavy import

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TIMEOUT_S = 120.0


def memory() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in KiB (Linux; empty elsewhere)."""
    out: dict[str, int] = {}
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return out
    for line in lines:
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def open_window(data_dir: Path, page: str) -> dict[str, object]:
    from desktop import collector

    collector.starting()  # as `motcua` does first
    # The entry point's imports and parsing (`motcua --data-dir DIR`, which builds no command's
    # part of the argument tree), then the window's (lazy in the CLI).
    from desktop.cli.main import build_parser

    build_parser(["--data-dir", str(data_dir)]).parse_args(["--data-dir", str(data_dir)])
    from desktop.profile import open_profile

    STAMPS["cli_imported"] = time.monotonic()
    from PySide6.QtCore import QEvent, QObject, QTimer

    from desktop.desk import Desk
    from ui.app import application
    from ui.i18n import DEFAULT_LANGUAGE, install_translators, remove_translators
    from ui.main_window import MainWindow
    from ui.style import apply_style
    from ui.tasks import TaskRunner

    STAMPS["imported"] = time.monotonic()

    class PaintWatch(QObject):
        """Stamps ``name`` once the first paint of a widget (with a condition) is done."""

        def __init__(self, name: str, ready: object = None) -> None:
            super().__init__()
            self.name, self.ready = name, ready

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and self.name not in STAMPS
                and (self.ready is None or self.ready())  # type: ignore[operator]
            ):
                STAMPS.setdefault(self.name + "_paint_started", time.monotonic())
                QTimer.singleShot(0, lambda: STAMPS.setdefault(self.name, time.monotonic()))
            return False

    profile = open_profile(data_dir)
    STAMPS["profile_opened"] = time.monotonic()
    # ui.app.run_desk, step by step (it ends in app.exec(), which a probe cannot time).
    app = application()
    apply_style(app)
    language = profile.settings.language or DEFAULT_LANGUAGE
    translators = install_translators(language)
    tasks = TaskRunner(app)
    STAMPS["app_ready"] = time.monotonic()
    desk = Desk(profile)
    STAMPS["desk_ready"] = time.monotonic()
    window = MainWindow(desk, tasks, first_page=page)
    STAMPS["window_built"] = time.monotonic()
    model = window.dossiers.model
    window_paint = PaintWatch("window_painted")
    rows_paint = PaintWatch("rows_painted", lambda: model.rowCount() > 0)
    window.installEventFilter(window_paint)
    window.dossiers.table.viewport().installEventFilter(rows_paint)
    model.page_loaded.connect(lambda _n: STAMPS.setdefault("first_page", time.monotonic()))
    window.show()
    window.show_page(page)
    STAMPS["show_returned"] = time.monotonic()

    deadline = time.monotonic() + TIMEOUT_S
    wanted = ("window_painted", "rows_painted") if page == "dossiers" else ("window_painted",)
    while time.monotonic() < deadline and not all(k in STAMPS for k in wanted):
        app.processEvents()
        if not all(k in STAMPS for k in wanted):
            time.sleep(0.0005)
    collector.started()  # as ui.app does once the window is shown
    mem_first = memory()
    rows_first = model.rowCount()
    # Everything the window started at opening (the total count, the status bar's counts).
    while time.monotonic() < deadline and tasks.busy:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    STAMPS["idle"] = time.monotonic()
    mem_idle = memory()
    count_text = window.dossiers.count_label.text()
    tasks.wait()
    window.close()
    window.deleteLater()
    app.processEvents()
    remove_translators(translators)
    profile.close()
    return {
        "stamps": STAMPS,
        "memory_first_page_kib": mem_first,
        "memory_idle_kib": mem_idle,
        "rows_first_page": rows_first,
        "count_label": count_text,
        "timed_out": not all(k in STAMPS for k in wanted),
    }


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0])
    page = argv[argv.index("--page") + 1] if "--page" in argv else "dossiers"
    if "--profile" in argv:
        import cProfile

        out = argv[argv.index("--profile") + 1]
        profiler = cProfile.Profile()
        result = profiler.runcall(open_window, data_dir, page)
        profiler.dump_stats(out)
    else:
        result = open_window(data_dir, page)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
