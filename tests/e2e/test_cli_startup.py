"""A fast start: a command imports only what it uses (issue 14, item 8).

Each probe runs `desktop.cli.main` in a fresh interpreter and reports which top-level packages
were imported by then; no time is measured (that is tests/perf/floors.py's job).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.cli_runner import NOW, TIMEOUT, Cli, clean_env

ROOT = Path(__file__).resolve().parents[2]
MARK = "IMPORTED:"
PROBE = f"""
import sys
from desktop.cli import main as cli
code = cli.main(sys.argv[1:])
print("\\n{MARK}", " ".join(sorted({{name.split(".")[0] for name in sys.modules}})))
raise SystemExit(code)
"""
# The same, naming every module, with the collector's state after the command.
MODULES_PROBE = f"""
import gc, sys
from desktop.cli import main as cli
code = cli.main(sys.argv[1:])
print("\\n{MARK}", gc.get_threshold()[0], gc.get_freeze_count(), " ".join(sorted(sys.modules)))
raise SystemExit(code)
"""
# What `dossier list`, `search` and `dossier show` never need: the other commands' modules,
# the desk's other parts, and SQLAlchemy's PostgreSQL dialect on a SQLite desk.
NOT_FOR_READING = {
    "desktop.cli.safety_cmds",
    "desktop.cli.sync_cmds",
    "desktop.cli.report_cmds",
    "desktop.cli.user_cmds",
    "desktop.cli.attach_cmds",
    "desktop.cli.print_cmd",
    "desktop.sync.desk_sync",
    "desktop.reports.desk_reports",
    "desktop.safety.desk_safety",
    "desktop.attachments.desk_scanning",
    "desktop.index.desk_index",
    "sqlalchemy.dialects.postgresql",
}
HEAVY_FOR_LIST = {"reportlab", "openpyxl", "PySide6", "alembic", "httpx", "keyring", "mako"}


def imported(*args: str, probe: str = PROBE) -> set[str]:
    return set(probe_words(*args, probe=probe))


def probe_words(*args: str, probe: str = PROBE) -> list[str]:
    """The words the probe printed after its mark, once the command ran in a fresh process."""
    env = clean_env(NOW)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    last = done.stdout.rstrip().splitlines()[-1]
    assert last.startswith(MARK), done.stdout
    return last.removeprefix(MARK).split()


def test_version_imports_neither_the_database_nor_the_window_nor_the_printer() -> None:
    loaded = imported("--version")
    assert not loaded & {"sqlalchemy", "PySide6", "reportlab", "db", "ui"}, loaded


def test_dossier_list_imports_no_printing_spreadsheet_window_migration_or_network(
    sqlite_office: Cli,
) -> None:
    loaded = imported("--data-dir", str(sqlite_office.data_dir), "dossier", "list")
    assert "sqlalchemy" in loaded  # the probe did reach the database
    assert not loaded & HEAVY_FOR_LIST, loaded & HEAVY_FOR_LIST


def test_search_and_show_import_no_printing_window_or_migration(sqlite_office: Cli) -> None:
    folder = ["--data-dir", str(sqlite_office.data_dir)]
    assert not imported(*folder, "search", "nguyen") & HEAVY_FOR_LIST


def test_the_window_modules_import_no_printing_spreadsheet_migration_or_network() -> None:
    """What `motcua` loads before the window is shown (ui.app, the pages, the desk service)."""
    probe = PROBE.replace(
        "code = cli.main(sys.argv[1:])", "import ui.app, ui.main_window\ncode = 0"
    )
    loaded = imported(probe=probe)
    assert "PySide6" in loaded
    assert not loaded & (HEAVY_FOR_LIST - {"PySide6"}), loaded & HEAVY_FOR_LIST


def test_the_window_imports_no_page_but_the_first_nor_a_dialog_it_may_not_show() -> None:
    """The pages are imported when first shown; the first-run wizard and the damaged-database
    dialog only when needed."""
    probe = (
        "import sys\nimport ui.app, ui.main_window\n"
        f"print('{MARK}', ' '.join(sorted(n for n in sys.modules if n.startswith('ui.'))))"
    )
    loaded = imported(probe=probe)
    later = {f"ui.pages.{page}_page" for page in ("intake", "dossier_list", "board", "return")} | {
        "ui.pages.report_page",
        "ui.pages.sync_page",
        "ui.pages.settings_page",
    }
    dialogs = {
        "ui.dialogs.first_run_wizard",
        "ui.dialogs.damaged_dialog",
        "ui.dialogs.login_dialog",
    }
    assert not loaded & (later | dialogs), loaded & (later | dialogs)


def test_the_first_pages_load_the_print_preview_only_when_printing() -> None:
    probe = (
        "import sys\nimport ui.pages.intake_page, ui.pages.dossier_list_page\n"
        f"print('{MARK}', ' '.join(sorted(sys.modules)))"
    )
    loaded = imported(probe=probe)
    assert not loaded & {"ui.dialogs.print_preview", "PySide6.QtPdf", "PySide6.QtPrintSupport"}
    # Nor ReportLab: the QR code of a transfer loads it when a dialog first shows one.
    assert not {name for name in loaded if name.startswith("reportlab")}


def test_a_reading_command_loads_only_its_part_of_the_tree_and_the_desk(
    sqlite_office: Cli,
) -> None:
    """`motcua dossier list` builds the argument tree of `dossier` alone and the `Desk` builds
    its sub-facades when first used: the backup, sync and report commands, the desk's sync and
    report parts and PostgreSQL's dialect are never imported."""
    folder = ["--data-dir", str(sqlite_office.data_dir)]
    for command in (["dossier", "list"], ["search", "nguyen"]):
        words = probe_words(*folder, *command, probe=MODULES_PROBE)
        threshold, frozen, *modules = words
        assert not set(modules) & NOT_FOR_READING, (command, set(modules) & NOT_FOR_READING)
        assert "desktop.cli.dossier_cmds" in modules
        # Collected as usual once the command's modules were loaded, what they made frozen.
        assert int(threshold) > 0 and int(frozen) > 10_000, (threshold, frozen)


def test_a_word_that_is_no_command_is_told_every_command(sqlite_office: Cli) -> None:
    wrong = sqlite_office("dosier", "list")
    wrong.refused(code=2)
    for command in ("dossier", "search", "backup", "sync", "gui"):
        assert command in wrong.err, wrong.err


def test_the_window_started_by_motcua_builds_no_command_of_the_tree() -> None:
    """`motcua` (or `motcua --demo`) opens the window: parsing it imports no command module."""
    probe = (
        "import sys\nfrom desktop.cli import main as cli\n"
        "args = cli.build_parser(['--demo']).parse_args(['--demo'])\n"
        "assert args.demo and args.command is None\n"
        f"print('{MARK}', ' '.join(sorted(n for n in sys.modules if n.startswith('desktop.cli.'))))"
    )
    loaded = imported(probe=probe)
    assert not {name for name in loaded if name.endswith(("_cmds", "_cmd"))}, loaded


def test_the_dossier_list_loads_neither_intake_nor_the_catalogue_store() -> None:
    """The window's usual first page (the list with its detail pane) needs neither the
    intake's validation and numbering nor the catalogue's import code."""
    probe = (
        "import sys\nimport ui.app, ui.main_window, ui.pages.dossier_list_page\n"
        f"print('{MARK}', ' '.join(sorted(sys.modules)))"
    )
    loaded = imported(probe=probe)
    later = {"desktop.dossiers.intake", "desktop.catalogue.store", "desktop.catalogue.choices"}
    assert not loaded & later, loaded & later
