"""The intake page's parts on their own: checked fields, picker, checklist, outcome dialog."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.catalogue.choices import ChecklistLine
from desktop.desk import Desk
from desktop.dossiers.outcome import OutcomeKind
from desktop.dossiers.validation import validate_id_number
from tests.ui.conftest import type_text
from ui.dialogs.outcome_dialog import OutcomeDialog
from ui.pages.intake_applicant import ApplicantBlock
from ui.pages.intake_checklist import COPIES, ORIGINALS, IntakeChecklist
from ui.pages.intake_page import IntakePage
from ui.tasks import TaskRunner
from ui.widgets.procedure_picker import ProcedurePicker
from ui.widgets.validated_line_edit import CheckValidator, ValidatedLineEdit

LINES = (
    ChecklistLine("Tờ khai", 1, 0, True),
    ChecklistLine("Giấy chứng sinh", 1, 0, True),
    ChecklistLine("Giấy ủy quyền", 0, 1, False),
)


def id_check(text: str) -> Sequence[str]:
    return validate_id_number(text).warnings


def test_the_validator_states_follow_the_core_check(qapp: QApplication) -> None:
    validator = CheckValidator(id_check, r"[0-9 ]*")
    state = QValidator.State
    assert validator.validate("0010", 4)[0] == state.Intermediate
    assert validator.validate("001203004567", 12)[0] == state.Acceptable
    assert validator.validate("012345678", 9)[0] == state.Acceptable  # old card: a warning
    assert validator.validate("00120300456a", 12)[0] == state.Invalid


def test_a_checked_field_speaks_only_when_editing_finishes(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    edit = ValidatedLineEdit(id_check, allowed=r"[0-9 ]*", parent=host)
    other = QLineEdit(host)
    layout = QVBoxLayout(host)
    for widget in (edit, edit.note, other):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    results: list[bool] = []
    edit.checked.connect(results.append)
    type_text(edit, "0012")
    assert results == [] and not edit.note.isVisible()
    other.setFocus()  # focus leaves: the check runs even though the text is Intermediate
    qtbot.waitUntil(lambda: results == [False])
    assert edit.note.isVisible() and "12 chữ số" in edit.note.text()
    assert edit.text() == "0012"
    type_text(edit, "03004567")
    assert edit.error is None and not edit.note.isVisible()
    edit.reset("012345678")
    assert edit.run_check() and "9 chữ số" in edit.note.text()  # old card: amber, not red
    assert edit.error is None and edit.warnings


def test_the_picker_moves_with_page_keys_and_takes_a_click(qtbot: QtBot, desk: Desk) -> None:
    picker = ProcedurePicker()
    qtbot.addWidget(picker)
    picker.set_procedures(desk.procedures())
    picker.show()
    chosen: list[object] = []
    picker.chosen.connect(chosen.append)
    qtbot.keyClick(picker.search, Qt.Key.Key_PageDown)
    assert picker.list.currentRow() == 5
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    assert picker.list.currentRow() == 4
    item = picker.list.item(0)
    assert item is not None
    rect = picker.list.visualItemRect(item)
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [getattr(c, "code", None) for c in chosen] == [picker.visible_codes()[0]]
    assert not picker.select_code("9.999999")
    picker.reset()
    assert chosen[-1] is None and picker.current() is None


def test_the_checklist_ticks_with_space_and_edits_counts_with_a_spin_box(
    qtbot: QtBot,
) -> None:
    checklist = IntakeChecklist()
    qtbot.addWidget(checklist)
    checklist.set_checklist(LINES)
    checklist.show()
    qtbot.waitExposed(checklist)
    checklist.activateWindow()
    qtbot.waitUntil(checklist.isActiveWindow)
    table = checklist.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert checklist.is_received(0)
    assert checklist.missing_required() == ["Giấy chứng sinh"]
    assert not checklist.check_complete()
    assert "Giấy chứng sinh" in checklist.note.text()
    table.setCurrentCell(2, COPIES)
    qtbot.keyClick(table, Qt.Key.Key_3)  # any key opens the spin box with it
    editor = QApplication.focusWidget()
    assert editor is not None and type(editor).__name__ == "QSpinBox"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: checklist.count(2, COPIES) == 3)
    checklist.tick_all()
    checklist.set_received(2, True)
    assert checklist.check_complete()
    assert checklist.documents()[2] == {"name": "Giấy ủy quyền", "originals": 0, "copies": 3}
    state = checklist.state()
    checklist.set_checklist(LINES)
    assert checklist.is_empty()
    checklist.restore(state)
    assert checklist.state() == state
    assert checklist.count(0, ORIGINALS) == 1


def test_the_supplement_dialog_numbers_adds_and_removes(qtbot: QtBot) -> None:
    dialog = OutcomeDialog(OutcomeKind.SUPPLEMENT, suggested=["Tờ khai"])
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.item_edit, "Giấy chứng sinh (bản chính)")
    qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Return)
    assert [dialog.items_list.item(i).text() for i in range(2)] == [  # type: ignore[union-attr]
        "1. Tờ khai",
        "2. Giấy chứng sinh (bản chính)",
    ]
    assert dialog.isVisible()  # Enter adds, it does not close
    dialog.items_list.setCurrentRow(0)
    qtbot.keyClick(dialog.items_list, Qt.Key.Key_Delete)
    assert dialog.items() == ("Giấy chứng sinh (bản chính)",)
    assert dialog.items_list.item(0).text().startswith("1. ")  # type: ignore[union-attr]
    outcome = dialog.outcome()
    assert outcome.kind == OutcomeKind.SUPPLEMENT and outcome.items == dialog.items()


def test_an_empty_supplement_list_is_refused_inline(qtbot: QtBot) -> None:
    dialog = OutcomeDialog(OutcomeKind.SUPPLEMENT)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    assert dialog.isVisible() and "ít nhất" not in dialog.message.text()
    assert dialog.message.text() == "Add at least one item the applicant must supplement."
    with pytest.raises(ValueError):
        OutcomeDialog(OutcomeKind.ACCEPT)


def test_the_page_keys_work_wherever_the_focus_is_in_its_window(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F2, F3, Ctrl+S and Ctrl+P are the page's even when a widget outside it has the focus
    (in the desk: the sidebar, the status bar)."""
    window = QWidget()
    qtbot.addWidget(window)
    page = IntakePage(desk, tasks, window)
    QVBoxLayout(window).addWidget(page)
    outside = QLineEdit(window)
    window.layout().addWidget(outside)  # type: ignore[union-attr]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.picker.search)
    type_text(page.applicant.full_name, "Lê Văn Tám")
    monkeypatch.setattr(page, "confirm_clear", lambda: True)
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_F2)
    assert page.applicant.full_name.text() == ""
    assert QApplication.focusWidget() is page.picker.search
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_F3)
    assert QApplication.focusWidget() is page.applicant.scan
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.procedure_note.isVisibleTo(page)  # Ctrl+S checked the form


def test_the_all_received_button_ticks_only_the_required_documents(qtbot: QtBot) -> None:
    checklist = IntakeChecklist()
    qtbot.addWidget(checklist)
    checklist.set_checklist(LINES)
    qtbot.mouseClick(checklist.all_button, Qt.MouseButton.LeftButton)
    assert [checklist.is_received(row) for row in range(3)] == [True, True, False]
    assert checklist.check_complete()
    assert [d["name"] for d in checklist.documents()] == ["Tờ khai", "Giấy chứng sinh"]


def test_a_pasted_name_too_long_is_kept_and_refused_aloud(qtbot: QtBot, desk: Desk) -> None:
    block = ApplicantBlock(lambda: desk.now().date())
    qtbot.addWidget(block)
    block.show()
    words = " ".join(["Nguyễn Văn An"] * 160)[:2000]
    QApplication.clipboard().setText(words)
    block.full_name.setFocus()
    block.full_name.paste()
    assert block.full_name.text() == words  # nothing cut off in silence
    assert not block.full_name.note.isHidden()
    assert block.full_name.note.text() == "Họ và tên dài tối đa 100 ký tự (đang có 2.000)."
    assert block.full_name.error is not None


def test_the_address_field_checks_what_the_save_checks(qtbot: QtBot, desk: Desk) -> None:
    """An invisible character the save drops is no error on the form; stacked marks are."""
    block = ApplicantBlock(lambda: desk.now().date())
    qtbot.addWidget(block)
    block.address.setText("Thôn\u200b Đông, xã Hòa Bình")
    block.address.run_check()
    assert block.address.error is None
    block.address.setText("Tho\u0302\u0300\u0301\u0303n Đông")
    block.address.run_check()
    assert block.address.error is not None
