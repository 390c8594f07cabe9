"""Qt's own dialogs in Vietnamese (message box buttons, the file dialog) and file dialogs that
open in the office's documents folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from tests.ui.test_intake_preview import pdf_bytes
from ui import i18n
from ui.dialogs.print_preview import PrintJob, PrintPreviewDialog
from ui.pages.report_page import ReportPage
from ui.tasks import TaskRunner
from ui.widgets import file_dialogs


@pytest.fixture
def vietnamese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translators = i18n.install_translators("vi", cache=tmp_path / "i18n-cache")
    yield
    i18n.remove_translators(translators)


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of its own with a Documents folder in it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(located) == home / "Documents"
    return home / "Documents"


def test_message_box_buttons_are_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Motcua Desk", "Lưu?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {
        button: box.button(button).text().replace("&", "")
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Ok,
            QMessageBox.StandardButton.Cancel,
        )
    }
    assert list(texts.values()) == ["Có", "Không", "Đồng ý", "Hủy"]


def test_the_file_dialog_is_vietnamese(qtbot: QtBot, vietnamese: None, documents: Path) -> None:
    dialog = file_dialogs.save_dialog(None, "Lưu", "bao-cao.xlsx", "XLSX (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "Tê&n tệp:", "Loại tệ&p:"} <= labels
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert {b.text() for b in buttons.buttons()} == {"&Lưu", "Hủy"}
    assert Path(dialog.directory().absolutePath()) == documents
    dialog.reject()


def test_file_dialogs_open_in_the_documents_folder(
    qtbot: QtBot,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
    desk: Desk,
    tasks: TaskRunner,
) -> None:
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    assert file_dialogs.ask_save_path(None, "Lưu", "phieu.pdf", "PDF (*.pdf)") is None
    page = ReportPage(desk, tasks)
    qtbot.addWidget(page)
    page.choose_path(page._suggested("bao-cao", "xlsx"), "xlsx")
    preview = PrintPreviewDialog([PrintJob("Mẫu 01", pdf_bytes(1), file_name="mau-01.pdf")])
    qtbot.addWidget(preview)
    assert preview.ask_save_path("mau-01.pdf") is None
    assert [Path(p).parent for p in asked] == [documents, documents, documents]
    assert [Path(p).name for p in asked][::2] == ["phieu.pdf", "mau-01.pdf"]


def test_without_a_documents_folder_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert file_dialogs.documents_folder() == tmp_path
