"""The papers a citizen brings, attached at intake per checklist item, seen in the detail pane,
and the result attached at the return desk (real widgets, a real profile)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from desktop.attachments.service import Role
from desktop.desk import Desk
from tests.files_factory import WINDOWS_PROGRAM, pdf_document, png_page
from tests.integration.dossier_factory import intake_json
from tests.sane_device import needs_scanimage, sane_config
from tests.ui.test_intake_page import fill_applicant, make_page, pick, printed  # noqa: F401
from tests.ui.test_return_desk import resolved
from ui.pages.detail_pane import DetailPane
from ui.pages.intake_checklist import FILES
from ui.pages.intake_page import IntakePage
from ui.pages.return_page import ReturnPage
from ui.tasks import TaskRunner
from ui.widgets.item_files import ItemFilesPanel


@pytest.fixture
def intake(make_page: Callable[[], IntakePage]) -> IntakePage:  # noqa: F811
    return make_page()


def files_on_disk(tmp_path: Path, **files: bytes) -> list[Path]:
    paths = []
    for name, data in files.items():
        path = tmp_path / name.replace("_", ".")
        path.write_bytes(data)
        paths.append(path)
    return paths


def choose(monkeypatch: pytest.MonkeyPatch, widget: object, paths: list[Path]) -> None:
    """The file dialog answers ``paths``."""
    monkeypatch.setattr(widget, "ask_paths", lambda: paths)


def thumbnails_shown(strip: object) -> list[bool]:
    return [not strip.item(i).icon().isNull() for i in range(strip.count())]  # type: ignore[attr-defined]


def test_two_pages_attached_to_an_item_are_stored_with_the_dossier_and_seen_in_the_detail(
    qtbot: QtBot,
    intake: IntakePage,
    desk: Desk,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pick(qtbot, intake, "1.004873")
    fill_applicant(qtbot, intake)
    panel = intake.files
    assert panel.row == 0 and panel.item_label.text() == intake.checklist.names()[0]
    choose(monkeypatch, panel, files_on_disk(tmp_path, p1_png=png_page("1"), p2_png=png_page("2")))
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.strip.count() == 2)
    assert thumbnails_shown(panel.strip) == [True, True]
    assert intake.checklist.is_received(0)  # pages given: the paper was handed in
    assert intake.checklist.table.item(0, FILES).text() == "2 pages"  # type: ignore[union-attr]
    with qtbot.waitSignal(intake.received, timeout=10_000) as stored:
        intake.accept()
    code = stored.args[0].code
    [view] = desk.attachments.listing(code)
    assert (view.role, view.position, view.pages) == ("document", 1, 2)

    pane = DetailPane(desk, tasks)
    qtbot.addWidget(pane)
    pane.show_code(code)
    qtbot.waitUntil(lambda: pane.files.list.count() == 1)
    assert thumbnails_shown(pane.files.list) == [True]
    assert pane.files.list.item(0).text() == "2 pages"  # type: ignore[union-attr]
    preview = pane.files.open_current()
    assert preview is not None
    assert preview.page_count() == 2  # type: ignore[attr-defined]
    preview.close()


def test_a_refused_file_says_why_in_vietnamese_and_adds_nothing(
    qtbot: QtBot, intake: IntakePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pick(qtbot, intake, "1.004873")
    panel = intake.files
    choose(monkeypatch, panel, files_on_disk(tmp_path, giay_pdf=WINDOWS_PROGRAM))
    panel.choose_files()
    qtbot.waitUntil(lambda: not panel.error.isHidden())
    assert "giay.pdf" in panel.error.text() and "PDF" in panel.error.text()
    assert panel.strip.count() == 0 and panel.items[0].pages == []
    assert not intake.checklist.is_received(0)


def test_a_pasted_image_becomes_a_page(qtbot: QtBot, intake: IntakePage) -> None:
    pick(qtbot, intake, "1.004873")
    QGuiApplication.clipboard().setImage(QImage.fromData(png_page("dán")))
    intake.files.paste_button.click()
    qtbot.waitUntil(lambda: intake.files.strip.count() == 1)
    assert intake.files.items[0].pages[0].media_type == "image/png"
    intake.files.strip.setCurrentRow(0)
    qtbot.keyClick(intake.files.strip, Qt.Key.Key_Delete)  # taken off again before saving
    assert intake.files.strip.count() == 0 and intake.files.items[0].pages == []


def test_the_result_attached_at_the_return_desk_is_listed_as_the_result(
    qtbot: QtBot,
    desk: Desk,
    tasks: TaskRunner,
    clock: list[datetime],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = resolved(desk, clock)
    returning = ReturnPage(desk, tasks)
    qtbot.addWidget(returning)
    returning.show()
    returning.code_edit.setText(code)
    returning.open_code()
    files = returning.result_files
    assert files.isVisibleTo(returning) and files.list.count() == 0
    choose(monkeypatch, files, files_on_disk(tmp_path, ketqua_png=png_page("Kết quả")))
    files.attach_button.click()
    qtbot.waitUntil(lambda: files.list.count() == 1)
    [view] = desk.attachments.listing(code)
    assert (view.role, view.position) == (Role.RESULT.value, 1)
    assert thumbnails_shown(files.list) == [True]


def test_files_dropped_on_a_row_go_to_that_item(
    qtbot: QtBot, intake: IntakePage, tmp_path: Path
) -> None:
    pick(qtbot, intake, "khai sinh")
    table = intake.checklist.table
    [path] = files_on_disk(tmp_path, trang_png=png_page())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPointF(table.visualItemRect(table.item(1, 1)).center())  # type: ignore[arg-type]
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)
    # Qt delivers only the drag manager's drops: the page's filter hears this one directly.
    assert intake.files.eventFilter(table.viewport(), drop)
    qtbot.waitUntil(lambda: len(intake.files.items[1].pages) == 1)
    assert intake.files.row == 1 and intake.files.strip.count() == 1
    assert intake.files.items[0].pages == [] and intake.checklist.is_received(1)


def test_a_paper_digitised_before_is_reused_without_pages(
    qtbot: QtBot,
    intake: IntakePage,
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pick(qtbot, intake, "1.004873")
    fill_applicant(qtbot, intake)
    panel = intake.files
    choose(monkeypatch, panel, files_on_disk(tmp_path, cu_png=png_page("cũ")))
    panel.choose_files()
    with qtbot.waitSignal(intake.received, timeout=10_000) as first:
        intake.accept()
    [earlier] = desk.attachments.listing(first.args[0].code)

    intake.new_dossier()
    pick(qtbot, intake, "1.004873")
    fill_applicant(qtbot, intake)
    panel.origin.setCurrentIndex(panel.origin.findData(2))  # reuse
    qtbot.waitUntil(lambda: panel.reuse.count() == 2)
    assert panel.reuse.isVisibleTo(intake)
    panel.reuse.setCurrentIndex(1)
    intake.checklist.set_received(0, True)
    assert intake.checklist.table.item(0, FILES).text() == "reused"  # type: ignore[union-attr]
    with qtbot.waitSignal(intake.received, timeout=10_000) as second:
        intake.accept()
    [view] = desk.attachments.listing(second.args[0].code)
    assert (view.sha256, view.origin, view.pages) == (earlier.sha256, 2, 1)


def test_a_file_attached_from_the_detail_pane_goes_to_the_chosen_paper(
    qtbot: QtBot,
    desk: Desk,
    tasks: TaskRunner,
    clock: list[datetime],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    papers = [{"name": n, "originals": 1, "copies": 0} for n in ("Tờ khai", "Giấy xác nhận")]
    code = desk.receive(intake_json(documents=papers)).code
    pane = DetailPane(desk, tasks)
    qtbot.addWidget(pane)
    pane.show_code(code)
    files = pane.files
    qtbot.waitUntil(lambda: files.code == code)
    assert files.list.count() == 0 and not files.empty.isHidden()
    monkeypatch.setattr(files, "ask_position", lambda: 2)
    choose(monkeypatch, files, files_on_disk(tmp_path, a_pdf=pdf_document(3)))
    files.attach_button.click()
    qtbot.waitUntil(lambda: files.list.count() == 1)
    [view] = desk.attachments.listing(code)
    assert (view.role, view.position, view.pages) == ("document", 2, 3)
    assert thumbnails_shown(files.list) == [True]


@needs_scanimage
def test_scan_adds_a_page_from_the_sane_test_device(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quét: one page per press, through SANE's own ``test`` backend and the desk's path."""
    monkeypatch.setenv("SANE_CONFIG_DIR", str(sane_config(tmp_path / "sane")))
    panel = ItemFilesPanel(desk, tasks, lambda: "")
    qtbot.addWidget(panel)
    assert not panel.scan_button.isHidden() and panel.folder_button.isHidden()
    panel.set_lines(["Tờ khai"])
    panel.scan_button.click()
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=60_000)
    assert panel.items[0].pages[0].media_type == "image/jpeg"


def test_pages_from_the_copiers_scan_folder_are_taken_once(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "may-photo"
    folder.mkdir()
    (folder / "scan-001.png").write_bytes(png_page("trang 1"))
    desk.profile.settings.scan_watch_folder = str(folder)
    panel = ItemFilesPanel(desk, tasks, lambda: "")
    qtbot.addWidget(panel)
    assert not panel.folder_button.isHidden()
    panel.set_lines(["Tờ khai"])
    panel.folder_button.click()
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=30_000)
    assert not (folder / "scan-001.png").exists()
    panel.folder_button.click()  # nothing new: said in Vietnamese, nothing added
    qtbot.waitUntil(lambda: not panel.error.isHidden(), timeout=30_000)
    assert "chưa có tệp" in panel.error.text() and panel.strip.count() == 1
