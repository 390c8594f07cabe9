"""The desk's window: pages, keyboard navigation, the status bar, and the Vietnamese text."""

from __future__ import annotations

import ast
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.changes import DOSSIER, OUTBOX, Changes
from desktop.desk import Desk
from desktop.dossiers.lifecycle import ActionInput
from desktop.dossiers.status import Action
from tests.integration.dossier_factory import intake_json
from tests.ui.conftest import type_text
from tests.ui.test_dossier_list import open_dialog
from ui import i18n
from ui.main_window import PAGES, MainWindow
from ui.pages.page import Page
from ui.pages.return_page import ReturnPage
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
VIETNAMESE_PAGES = [
    "Tiếp nhận",
    "Hồ sơ",
    "Sắp đến hạn & Quá hạn",
    "Trả kết quả",
    "Báo cáo",
    "Đồng bộ",
    "Cài đặt",
    "Chỉ số phục vụ",
]


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> MainWindow:
    win = MainWindow(desk, tasks)
    qtbot.addWidget(win)
    win.show()
    win.show_page("intake")
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def vietnamese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translators = i18n.install_translators("vi", cache=tmp_path / "i18n-cache")
    yield
    i18n.remove_translators(translators)


def test_every_page_by_ctrl_number_and_by_click(qtbot: QtBot, window: MainWindow) -> None:
    assert window.size().width() == 1366 and window.size().height() == 768
    for n, name in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name
        assert window.stack.currentWidget() is window.pages[name]
    item = window.navigation.item(PAGES.index("board"))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_name() == "board"
    assert window.board.count_of("overdue") == 0  # the page loaded its counts on showing
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_page_name() == "intake"
    with pytest.raises(ValueError, match="unknown page"):
        window.show_page("nowhere")


def test_f2_on_the_intake_page_is_the_pages_own(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("settings")
    assert window.f2.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_page_name() == "intake" and not window.f2.isEnabled()
    own = [
        s for s in window.intake.findChildren(QShortcut) if s.key() == QKeySequence(Qt.Key.Key_F2)
    ]
    ambiguous: list[int] = []
    fired: list[int] = []
    for shortcut in own:
        shortcut.activatedAmbiguously.connect(lambda: ambiguous.append(1))
        shortcut.activated.connect(lambda: fired.append(1))
    inside = window.intake.focusWidget() or window.intake
    inside.setFocus()
    qtbot.keyClick(inside, Qt.Key.Key_F2)
    assert ambiguous == [] and window.current_page_name() == "intake"
    assert len(fired) == (1 if own else 0)


def test_status_bar_shows_office_officer_sync_and_time(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, clock: list[datetime], window: MainWindow
) -> None:
    status = window.status
    assert status.office_label.text() == f"{desk.office_name} ({desk.office_code})"
    assert desk.office_name in status.office_label.text() and desk.officer
    assert desk.officer in status.officer_label.text()
    assert "0" in status.sync_label.text() and status.pending == 0
    desk.receive(intake_json())
    status.refresh_pending()
    assert status.pending == desk.pending_sync() > 0
    assert f"{status.pending}" in status.sync_label.text()
    clock[0] += timedelta(seconds=5)
    status.tick()
    assert status.clock_label.text() == clock[0].strftime("%d/%m/%Y  %H:%M:%S")
    assert status.clock.interval() == 1000 and status.clock.isActive()
    assert status.busy_bar.isHidden()
    status.set_busy(1)
    assert not status.busy_bar.isHidden() and not status.busy_label.isHidden()
    status.set_busy(0)
    assert status.busy_bar.isHidden()


def test_busy_indicator_follows_background_tasks(
    qtbot: QtBot, desk: Desk, window: MainWindow
) -> None:
    runner = TaskRunner()
    window.status.tasks = runner
    runner.busy_changed.connect(window.status.set_busy)
    seen: list[bool] = []
    runner.busy_changed.connect(lambda n: seen.append(window.status.busy_bar.isVisible()))
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda n: n == 0, timeout=5000):
        runner.run(lambda _r: desk.board())
    assert seen[0] is True and window.status.busy_bar.isHidden()


def test_sync_without_url_says_not_configured(window: MainWindow) -> None:
    assert window.status.sync_label.text() == "Waiting for sync: 0 · sync not configured"
    window.show_page("sync")
    assert window.sync.counts["pending"] == 0 and set(window.sync.counts) >= {"acked", "failed"}


def test_settings_page_saves_officer_and_language(
    qtbot: QtBot, desk: Desk, window: MainWindow
) -> None:
    from tests.ui.conftest import type_text

    page = window.settings
    window.show_page("settings")
    assert "07:30" in page.hours.text()
    page.officer_edit.clear()
    type_text(page.officer_edit, "Nguyễn Thị Hằng")
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert desk.officer == "Nguyễn Thị Hằng" and desk.profile.settings.language == "en"
    assert "Nguyễn Thị Hằng" in window.status.officer_label.text()
    page.officer_edit.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.officer_error.isHidden() and page.officer_error.text()
    assert desk.officer == "Nguyễn Thị Hằng"


def test_intake_page_is_installed(window: MainWindow) -> None:
    window.show_page("intake")
    assert type(window.pages["intake"]).__name__ == "IntakePage"


# --- one change signal ------------------------------------------------------------------


def test_a_step_recorded_on_one_page_refreshes_another_through_changed(
    qtbot: QtBot, window: MainWindow, desk: Desk, clock: list[datetime]
) -> None:
    code = desk.receive(intake_json()).code
    clock[0] += timedelta(minutes=30)
    window.show_page("dossiers")
    qtbot.waitUntil(lambda: window.dossiers.detail.detail is not None)
    assert window.returns.waiting.rowCount() == 0  # the return page was never shown
    heard: list[Changes] = []
    window.changed.connect(heard.append)
    dialog = open_dialog(window.dossiers, Action.RESOLVE)
    type_text(dialog.inputs["note"], "Đã ký giấy xác nhận")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.returns.waiting.rowCount() == 1)
    assert window.returns.waiting.summary(0).code == code
    assert heard == [Changes(frozenset({code}), frozenset({DOSSIER, OUTBOX}))]


def test_only_the_first_page_is_built_before_the_window_shows(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    assert set(window.pages.built) == {"intake"}
    assert window.stack.count() == len(PAGES)
    window.show_page("report")
    assert set(window.pages.built) == {"intake", "report"}
    assert window.stack.currentWidget() is window.pages.built["report"]
    assert window.stack.indexOf(window.report) == PAGES.index("report")


def test_a_window_opened_on_a_page_builds_that_page_alone(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    window = MainWindow(desk, tasks, first_page="dossiers")  # `motcua gui --page dossiers`
    qtbot.addWidget(window)
    assert set(window.pages.built) == {"dossiers"}
    assert window.current_page_name() == "dossiers"


def test_a_page_first_shown_after_a_change_shows_it_and_follows_the_next(
    qtbot: QtBot, window: MainWindow, desk: Desk, clock: list[datetime]
) -> None:
    first = desk.receive(intake_json()).code  # no list page yet to hear of it
    assert "dossiers" not in window.pages.built
    window.show_page("dossiers")
    qtbot.waitUntil(lambda: window.dossiers.model.rowCount() == 1)
    assert window.dossiers.model.summary(0).code == first
    clock[0] += timedelta(minutes=30)
    window.show_page("board")  # built now; the list, built before, still follows
    received = window.dossiers.model.summary(0).status
    desk.act(first, Action.RESOLVE, ActionInput())
    qtbot.waitUntil(lambda: window.dossiers.model.summary(0).status != received)
    assert window.board.count_of("overdue") == 0


def test_every_page_follows_the_one_signal_and_none_is_wired_by_name(
    window: MainWindow,
) -> None:
    assert all(isinstance(page, Page) for page in window.pages.values())
    source = (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8")
    guesses = ("getattr(self.intake", '"received"', '"activate"', "ImportError", "Placeholder")
    for guess in guesses:
        assert guess not in source


# --- language ---------------------------------------------------------------------------


def _tr_calls(path: Path) -> tuple[list[tuple[str, str, int]], list[int]]:
    """(context, source, line) of every tr()/translate() in a file, and the lines of tr()
    calls whose text is not a literal (which cannot be translated)."""
    found: list[tuple[str, str, int]] = []
    bad: list[int] = []

    def literal(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def visit(node: ast.AST, context: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else context
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                if name == "tr":
                    text = literal(args[0]) if args else None
                    if text is None or not context:
                        bad.append(child.lineno)
                    else:
                        found.append((context, text, child.lineno))
                elif name == "translate" and len(args) >= 2:
                    ctx, text = literal(args[0]), literal(args[1])
                    if ctx is not None and text is not None:
                        found.append((ctx, text, child.lineno))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found, bad


def _translations() -> dict[tuple[str, str], str]:
    messages: dict[tuple[str, str], str] = {}
    for ts in i18n.sources("vi"):
        messages.update(i18n.read_ts(ts))
    return messages


UI_FILES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))


@pytest.mark.parametrize("relpath", UI_FILES)
def test_every_string_has_its_vietnamese(relpath: str) -> None:
    found, bad = _tr_calls(ROOT / relpath)
    assert bad == [], f"{relpath}: tr() needs a literal English text inside a class"
    messages = _translations()
    missing = [
        f"{relpath}:{line} [{ctx}] {text!r}"
        for ctx, text, line in found
        if not messages.get((ctx, text), "").strip()
    ]
    assert missing == [], "no Vietnamese in resources/i18n/vi*.ts for:\n" + "\n".join(missing)


def test_placeholders_survive_translation() -> None:
    for (ctx, source), text in _translations().items():
        wanted = sorted(part.split("}")[0] for part in source.split("{")[1:])
        got = sorted(part.split("}")[0] for part in text.split("{")[1:])
        assert got == wanted, f"[{ctx}] {source!r} → {text!r}"


def test_window_is_vietnamese_by_default(
    qtbot: QtBot, vietnamese: None, desk: Desk, tasks: TaskRunner
) -> None:
    win = MainWindow(desk, tasks)
    qtbot.addWidget(win)
    assert win.windowTitle().startswith("Motcua Desk — Bộ phận Một cửa")
    names = [win.navigation.item(n).text() for n in range(win.navigation.count())]
    assert names == VIETNAMESE_PAGES
    assert "Cán bộ:" in win.status.officer_label.text()
    assert win.dossiers.model.headerData(0, Qt.Orientation.Horizontal) == "Mã hồ sơ"


def test_translations_without_lrelease(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, desk: Desk, tasks: TaskRunner
) -> None:
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    translators = i18n.install_translators("vi", cache=tmp_path / "empty-cache")
    try:
        assert translators and all(isinstance(t, i18n.TsTranslator) for t in translators)
        win = MainWindow(desk, tasks)
        qtbot.addWidget(win)
        assert win.navigation.item(0).text() == "Tiếp nhận"
    finally:
        i18n.remove_translators(translators)


def test_compiled_once_and_english_on_request(tmp_path: Path, qapp: QApplication) -> None:
    cache = tmp_path / "cache"
    assert i18n.install_translators("en", cache=cache) == []
    translators = i18n.install_translators("vi", cache=cache)
    i18n.remove_translators(translators)
    compiled = sorted(p.name for p in cache.glob("*.qm"))
    assert compiled == sorted(f"{ts.stem}.qm" for ts in i18n.sources("vi"))
    stamp = (cache / "vi.qm").stat().st_mtime_ns
    i18n.remove_translators(i18n.install_translators("vi", cache=cache))
    assert (cache / "vi.qm").stat().st_mtime_ns == stamp  # reused, not rebuilt


def test_a_change_from_a_worker_thread_reaches_the_pages_on_the_gui_thread(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_gui: list[bool] = []
    follow = ReturnPage.follow

    def recording(page: ReturnPage, changes: Changes) -> None:
        on_gui.append(threading.current_thread() is threading.main_thread())
        follow(page, changes)

    monkeypatch.setattr(ReturnPage, "follow", recording)
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()
    assert isinstance(window.returns, ReturnPage)  # built (pages are built when first used)
    runner = TaskRunner()
    runner.run(lambda _r: desk.receive(intake_json()), writes=True)
    qtbot.waitUntil(lambda: bool(on_gui))
    runner.wait()
    assert on_gui == [True]
