"""The window's sync: background engine, "Đồng bộ ngay", status bar, items, retry, inspect,
reconcile, online submissions arriving — against the reference province on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from desktop.catalogue.store import SHIPPED_FILE
from desktop.desk import Desk
from desktop.dossiers.context import desk_context
from desktop.profile import Profile
from desktop.province.seed import online_records
from desktop.province.store import server_dossier
from tests.integration.dossier_factory import take_in
from tests.integration.sync_helpers import AGENCY, PASSWORD, USER, Province1
from tests.ui.conftest import UI_NOW
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def synced_profile(
    ui_profile: Profile, province: Province1, monkeypatch: pytest.MonkeyPatch
) -> Profile:
    ui_profile.settings.sync_url = province.url
    ui_profile.settings.sync_user = USER
    monkeypatch.setenv("MOTCUA_SYNC_PASSWORD", PASSWORD)
    return ui_profile


def take_two(profile: Profile) -> list[str]:
    with profile.db.read_session() as session:
        ctx = desk_context(session, profile.office(), profile.settings)
    return [take_in(profile, ctx, UI_NOW - timedelta(hours=n)) for n in (1, 2)]


def make_window(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> MainWindow:
    window = MainWindow(desk, tasks)
    qtbot.addWidget(window)
    window.engine.stop()  # the tests drive runs themselves
    return window


def test_sync_now_sends_pulls_and_shows_state(
    qtbot: QtBot, synced_profile: Profile, province: Province1, desk: Desk, tasks: TaskRunner
) -> None:
    codes = take_two(synced_profile)
    catalogue = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
    for record in online_records(AGENCY, catalogue, 2, UI_NOW - timedelta(hours=3)):
        province.store.add_online_submission(AGENCY, record)
    window = make_window(qtbot, desk, tasks)
    window.show_page("sync")
    assert window.sync.counts["pending"] == 4
    assert window.sync.items.rowCount() == 4
    messages: list[str] = []
    window.status.messageChanged.connect(messages.append)
    window.sync.sync_button.click()
    assert window.engine.view.phase == "ok" and window.engine.view.left == 0
    assert "synchronised at 09:00" in window.status.sync_label.text()
    assert "Waiting for sync: 0" in window.status.sync_label.text()
    assert window.sync.counts["acked"] == 4 and window.sync.items.rowCount() == 0
    assert "everything went through" in window.sync.state_label.text()
    assert "Server: extended: online, reconcile, results" in window.sync.server.text()
    assert sorted(province.versions()) == sorted(codes)
    assert any("2 new online submissions" in m for m in messages)
    # The online submissions are at the counter, waiting for acceptance.
    waiting = desk.dossiers(desk_filter_status(1))
    assert len(waiting) == 2 and all(d.channel == 2 for d in waiting)


def test_sync_page_names_the_national_dialect(
    qtbot: QtBot,
    ui_profile: Profile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    desk: Desk,
    tasks: TaskRunner,
) -> None:
    (tmp_path / "national").mkdir()
    national = Province1(tmp_path / "national", dialect="national")
    try:
        ui_profile.settings.sync_url = national.url
        ui_profile.settings.sync_user = USER
        monkeypatch.setenv("MOTCUA_SYNC_PASSWORD", PASSWORD)
        take_two(ui_profile)
        window = make_window(qtbot, desk, tasks)
        window.show_page("sync")
        assert "Server:" not in window.sync.server.text()  # no login yet
        window.sync.sync_button.click()
        assert window.engine.view.phase == "ok", window.engine.view
        assert "Server: national baseline (no extension)" in window.sync.server.text()
    finally:
        national.stop()
        national.store.dispose()


def desk_filter_status(status: int):  # type: ignore[no-untyped-def]
    from desktop.dossiers.queries import DossierFilter

    return DossierFilter(statuses=(status,))


def test_unreachable_province_then_retry_and_inspect(
    qtbot: QtBot, synced_profile: Profile, province: Province1, desk: Desk, tasks: TaskRunner
) -> None:
    take_two(synced_profile)
    province.stop()
    window = make_window(qtbot, desk, tasks)
    window.show_page("sync")
    window.sync.sync_button.click()
    assert window.engine.view.phase == "unreachable"
    assert "province not answering" in window.status.sync_label.text()
    assert window.status.sync_label.toolTip()  # the reason, on hover
    page = window.sync
    page.state_combo.setCurrentIndex(page.state_combo.findData("failed"))
    assert page.items.rowCount() == 2
    assert page.items.item(0, 6).text().startswith("Không kết nối được cổng tỉnh")
    page.items.selectionModel().select(
        page.items.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.inspect_button.isEnabled() and page.retry_button.isEnabled()
    page.inspect_button.click()
    shown = page.dialog.record.toPlainText()
    assert '"SoDinhDanh": "*********345"' in shown and "001090012345" not in shown
    page.dialog.close()
    page.retry_button.click()  # back to pending; the engine tries at once (still down)
    assert "1 items put back" in page.message.text()
    assert window.engine.view.phase == "unreachable"


def test_reconcile_button_requeues_what_the_province_lost(
    qtbot: QtBot, synced_profile: Profile, province: Province1, desk: Desk, tasks: TaskRunner
) -> None:
    codes = take_two(synced_profile)
    window = make_window(qtbot, desk, tasks)
    window.show_page("sync")
    window.sync.sync_button.click()
    with province.store.engine.begin() as conn:
        conn.execute(delete(server_dossier).where(server_dossier.c.ma_ho_so == codes[0]))
    page = window.sync
    page.reconcile_from.setDate(UI_NOW.date().replace(day=1))
    page.reconcile_to.setDate(UI_NOW.date())
    page.reconcile_button.click()
    text = page.reconcile_result.toPlainText()
    assert f"Missing: {codes[0]}" in text and "queued again: 1" in text
    assert sorted(province.versions()) == sorted(codes)  # requeued and sent at once


def test_not_configured_disables_sync(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> None:
    window = make_window(qtbot, desk, tasks)
    window.show_page("sync")
    assert not window.sync.sync_button.isEnabled()
    assert "not configured" in window.sync.state_label.text()


def test_background_run_never_blocks_the_window(
    qtbot: QtBot,
    synced_profile: Profile,
    province: Province1,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    take_two(synced_profile)
    release = threading.Event()
    real = province.province.integration

    def slow(body: object) -> object:
        release.wait(10)
        return real(body)

    monkeypatch.setattr(province.province, "integration", slow)
    runner = TaskRunner()
    window = make_window(qtbot, desk, runner)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    window.engine.request(force=False)
    assert window.engine.running and window.engine.view.phase == "running"
    # Background work does not show the busy bar: the other start-up jobs end, it stays.
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=5000)
    assert window.engine.running and window.status.busy_bar.isHidden()
    window.engine.sync_now()  # asked again while running: kept, not overlapped
    qtbot.wait(400)
    assert len(ticks) >= 10  # the event loop kept turning while the run waited
    release.set()
    qtbot.waitUntil(
        lambda: not window.engine.running and window.engine.view.phase == "ok", timeout=20000
    )
    timer.stop()
    assert sorted(province.versions()) and window.engine.view.left == 0
    runner.wait()


def test_sync_page_says_files_stay_at_the_desk_until_files_url_is_set(
    qtbot: QtBot, synced_profile: Profile, province: Province1, desk: Desk, tasks: TaskRunner
) -> None:
    from desktop.attachments.service import ItemFile, Role
    from tests import files_factory as ff

    [code, _] = take_two(synced_profile)
    pdf = desk.attachments.prepare([desk.attachments.check("kq.png", ff.png_page("Kết quả"))])
    desk.attachments.attach(code, [ItemFile(Role.RESULT, 1, pdf)])
    window = make_window(qtbot, desk, tasks)
    window.show_page("sync")
    window.sync.sync_button.click()
    qtbot.waitUntil(lambda: not window.sync.files_label.isHidden())
    assert window.sync.files_label.text() == (
        "Chưa cấu hình địa chỉ gửi tệp (sync.files_url): 1 tệp đang giữ tại máy, "
        "hồ sơ được gửi không kèm tệp."
    )
    assert province.store.file_count() == 0
    synced_profile.settings.sync_files_url = province.url + "/files"
    desk.attachments.attach(code, [ItemFile(Role.RESULT, 2, pdf)])  # a new version to send
    window.sync.sync_button.click()
    qtbot.waitUntil(lambda: window.sync.files_label.isHidden())
    assert window.engine.view.phase == "ok", window.engine.view
    assert province.store.file_bytes(pdf.sha256) == pdf.data
