"""Names such as ``<b>x</b>`` are shown as typed, never as HTML, in labels and tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from tests.integration.dossier_factory import intake_json
from ui.pages.detail_pane import DetailPane
from ui.tasks import TaskRunner
from ui.widgets.plain import error_label, plain_tooltip

HOSTILE = '<b>x</b> <img src="http://127.0.0.1:9/a.png"/>'


def test_detail_pane_shows_a_hostile_name_literally(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    code = desk.receive(intake_json(applicant={"full_name": HOSTILE})).code
    pane = DetailPane(desk, tasks)
    qtbot.addWidget(pane)
    pane.show_code(code)
    qtbot.waitUntil(lambda: pane.detail is not None)
    label = pane.fact_labels["applicant"]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith(HOSTILE)


def test_tooltips_render_the_text_itself() -> None:
    document = QTextDocument()
    document.setHtml(plain_tooltip(HOSTILE + "\nline 2"))
    assert document.toPlainText() == HOSTILE + "\nline 2"


def test_a_reason_that_quotes_what_was_typed_shows_it_literally(qtbot: QtBot) -> None:
    label = error_label("reason")
    qtbot.addWidget(label)
    label.setText(f"Họ tên không hợp lệ: {HOSTILE}")
    assert label.objectName() == "reason" and label.wordWrap()
    assert label.textFormat() == Qt.TextFormat.PlainText
