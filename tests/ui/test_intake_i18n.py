"""The intake page in Vietnamese (the default language), and its keyboard mnemonics."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.dossiers.drafts import save_draft
from ui import i18n
from ui.pages.intake_page import IntakePage
from ui.tasks import TaskRunner


@pytest.fixture
def vietnamese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translators = i18n.install_translators("vi", cache=tmp_path / "i18n-cache")
    yield
    i18n.remove_translators(translators)


def mnemonics(page: QWidget) -> list[str]:
    """The Alt+letter keys of the page's buttons and labelled fields (not its dialogs)."""
    keys = []
    widgets = [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        text = widget.text()
        at = text.find("&")
        if at >= 0 and at + 1 < len(text):
            keys.append(text[at + 1].lower())
    return keys


def test_the_page_speaks_vietnamese(
    qtbot: QtBot, vietnamese: None, desk: Desk, tasks: TaskRunner
) -> None:
    save_draft(desk.profile.data_dir, {"procedure": "1.001193"}, saved_at=desk.now())
    page = IntakePage(desk, tasks)
    qtbot.addWidget(page)
    assert page.accept_button.text() == "&Tiếp nhận (Ctrl+S)"
    assert page.supplement_button.text() == "Yêu cầu bổ &sung"
    assert page.refuse_button.text() == "Từ &chối"
    assert page.draft_bar.label.text() == "Có bản nháp lúc 09:00 ngày 20/11/2026 —"
    assert page.draft_bar.restore_button.text() == "&Khôi phục"
    assert page.draft_bar.discard_button.text() == "&Bỏ"
    page.picker.select_code("1.004873")
    assert page.limit_label.text() == (
        "Thời hạn giải quyết: 3 ngày làm việc. Lệ phí: theo quy định của tỉnh."
    )
    assert page.checklist.table.horizontalHeaderItem(0).text() == "Đã nhận"  # type: ignore[union-attr]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_no_two_fields_share_an_alt_key(
    qtbot: QtBot, qapp: QApplication, desk: Desk, tasks: TaskRunner, tmp_path: Path, language: str
) -> None:
    translators = i18n.install_translators(language, cache=tmp_path / "cache")
    try:
        page = IntakePage(desk, tasks)
        qtbot.addWidget(page)
        keys = mnemonics(page)
    finally:
        i18n.remove_translators(translators)
    assert len(keys) >= 15
    assert sorted(keys) == sorted(set(keys)), keys
