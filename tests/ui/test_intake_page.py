"""The intake page driven from the keyboard, on a real profile (clock: Fri 20/11/2026 09:00)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from desktop.desk import Desk
from desktop.dossiers.drafts import draft_path
from desktop.dossiers.outcome import OutcomeKind
from tests.shipped_catalogue import SHIPPED
from tests.ui.conftest import type_text
from ui.dialogs.outcome_dialog import OutcomeDialog
from ui.pages.intake_page import IntakePage
from ui.tasks import TaskRunner

QR = (
    "001203004567|012345678|Nguyễn Thị Ánh|05042003|Nữ|Số 12, thôn Đông, xã Hòa An, Hà Nội|10082021"
)
NAME = "Trần Văn Đức"
ID_1985_MALE = "001085012345"  # Hà Nội, 1900s male, born '85


def tiny_pdf(pages: int = 1, text: str = "mẫu") -> bytes:
    out = BytesIO()
    pdf = canvas.Canvas(out)
    for number in range(pages):
        pdf.drawString(72, 720, f"{text} {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def printed(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Stand in for Desk.print_form (the form builders are another package)."""
    calls: list[tuple[str, str]] = []

    def print_form(form: str, code: str) -> bytes:
        calls.append((form, code))
        return tiny_pdf(1, f"form {form}")

    monkeypatch.setattr(desk, "print_form", print_form, raising=False)
    return calls


@pytest.fixture
def make_page(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner, printed: list[tuple[str, str]]
) -> Callable[[], IntakePage]:
    def make() -> IntakePage:
        page = IntakePage(desk, tasks)
        qtbot.addWidget(page)
        page.resize(1366, 720)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.picker.search)
        return page

    return make


@pytest.fixture
def page(make_page: Callable[[], IntakePage]) -> IntakePage:
    return make_page()


def key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def close_preview(qtbot: QtBot, page: IntakePage) -> None:
    """Esc on the print preview; the page is the active window again."""
    assert page.preview is not None
    qtbot.keyClick(page.preview, Qt.Key.Key_Escape)
    assert not page.preview.isVisible()
    page.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is page)


def pick(qtbot: QtBot, page: IntakePage, text: str) -> None:
    page.picker.search.setFocus()
    type_text(page.picker.search, text)
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)


def fill_applicant(qtbot: QtBot, page: IntakePage) -> None:
    block = page.applicant
    type_text(block.full_name, NAME)
    type_text(block.id_number, ID_1985_MALE)
    type_text(block.birth_date, "14/03/1985")
    type_text(block.phone, "0912345678")
    type_text(block.address, "Thôn Đông, xã Hòa An")
    block.address.clearFocus()


# -- the procedure picker ------------------------------------------------------------------


def test_typing_khai_sinh_without_marks_selects_birth_registration(
    qtbot: QtBot, page: IntakePage
) -> None:
    type_text(page.picker.search, "khai sinh")
    # The plain procedure first, then its variants (re-registration, foreign element …).
    assert page.picker.visible_codes()[:2] == ["1.001193", "1.004884"]
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    choice = page.picker.current()
    assert choice is not None and choice.code == "1.001193"
    assert page.checklist.table.rowCount() == len(choice.checklist) == 4
    assert page.checklist.table.item(0, 1).text().startswith("Tờ khai đăng ký khai sinh")


def test_an_unconfirmed_procedure_is_marked_and_takes_no_dossier(
    qtbot: QtBot, page: IntakePage
) -> None:
    # Listed with its code, but no source gave its time limit.
    code = next(e["MaTTHC"] for e in SHIPPED if e["ThoiHanGiaiQuyet"] is None)
    type_text(page.picker.search, code)
    assert "(unconfirmed)" in page.picker.list.item(0).text()  # source text: no translator
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert "not confirmed in the catalogue" in page.limit_label.text()
    assert "Unconfirmed catalogue entry" in page.limit_label.text()
    assert page.appointment_label.text() == "—"
    fill_applicant(qtbot, page)
    page.accept()
    assert page.saved_code is None


def test_a_procedure_without_a_checklist_says_so(qtbot: QtBot, page: IntakePage) -> None:
    assert "Choose a procedure" in page.checklist.note.text()
    code = next(e["MaTTHC"] for e in SHIPPED if not e["ThanhPhanHoSo"])
    pick(qtbot, page, code)
    assert page.checklist.table.rowCount() == 0
    assert "lists no documents for this procedure" in page.checklist.note.text()


def test_chung_thuc_lists_the_certifications_and_arrows_choose(
    qtbot: QtBot, page: IntakePage
) -> None:
    type_text(page.picker.search, "chung thuc ban sao")
    assert page.picker.visible_codes()[0] == "2.000815"
    page.picker.search.clear()
    type_text(page.picker.search, "chung thuc")
    codes = page.picker.visible_codes()
    assert {"2.000815", "2.000884"} <= set(codes) and len(codes) > 2
    for _ in range(codes.index("2.000884")):  # the arrows walk the list
        qtbot.keyClick(page.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    choice = page.picker.current()
    assert choice is not None and choice.code == "2.000884"
    assert "10.000 đồng" in page.limit_label.text()


def test_a_code_prefix_and_a_word_that_matches_nothing(qtbot: QtBot, page: IntakePage) -> None:
    type_text(page.picker.search, "1.0011")
    assert page.picker.visible_codes() == ["1.001193"]
    page.picker.search.clear()
    type_text(page.picker.search, "khai xyz")
    assert page.picker.visible_codes() == []
    assert page.picker.empty.isVisibleTo(page)


def test_a_stray_enter_in_the_empty_picker_takes_no_procedure(
    qtbot: QtBot, page: IntakePage
) -> None:
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert page.picker.current() is None and focused() is page.picker.search
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Down)  # browsing the list is a choice
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    choice = page.picker.current()
    assert choice is not None and choice.code == page.picker.procedures()[1].code


# -- keyboard --------------------------------------------------------------------------------


def test_tab_walks_the_form_in_reading_order(qtbot: QtBot, page: IntakePage) -> None:
    block = page.applicant
    expected = [
        block.scan,
        block.full_name,
        block.id_number,
        block.birth_date,
        block.phone,
        block.email,
        block.address,
        page.checklist.table,
        page.checklist.all_button,
        page.details.summary,
        page.details.sets,
        page.details.delivery,
        page.details.channel,
        page.details.note,
        page.accept_button,
    ]
    seen = []
    for _ in expected:
        key(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == expected


def test_vietnamese_typed_into_the_name_is_kept_exactly(qtbot: QtBot, page: IntakePage) -> None:
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.applicant.full_name
    type_text(page.applicant.full_name, "Đặng Thị Ưng Ễ")
    assert page.applicant.full_name.text() == "Đặng Thị Ưng Ễ"


def test_f2_clears_a_filled_form_after_asking_and_an_empty_one_without(
    qtbot: QtBot, page: IntakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(page, "confirm_clear", lambda: asked.append(True) or True)
    key(qtbot, Qt.Key.Key_F2)
    assert asked == []
    pick(qtbot, page, "khai sinh")
    type_text(page.applicant.full_name, NAME)
    key(qtbot, Qt.Key.Key_F2)
    assert asked == [True]
    assert page.applicant.full_name.text() == "" and page.picker.current() is None
    assert page.checklist.table.rowCount() == 0
    assert focused() is page.picker.search


def test_f2_keeps_the_form_when_the_officer_says_no(
    qtbot: QtBot, page: IntakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "confirm_clear", lambda: False)
    type_text(page.applicant.full_name, NAME)
    key(qtbot, Qt.Key.Key_F2)
    assert page.applicant.full_name.text() == NAME


# -- inline checks ---------------------------------------------------------------------------


def test_an_11_digit_id_shows_the_vietnamese_message_inline_and_blocks_accept(
    qtbot: QtBot, page: IntakePage, desk: Desk
) -> None:
    pick(qtbot, page, "khai sinh")
    type_text(page.applicant.full_name, NAME)
    edit = page.applicant.id_number
    type_text(edit, "00109001234")
    assert not edit.hasAcceptableInput()  # Intermediate while typing: no message yet
    assert edit.error is None
    key(qtbot, Qt.Key.Key_Tab)  # editing finished
    assert focused() is page.applicant.birth_date
    assert edit.note.isVisibleTo(page)
    assert "phải gồm đúng 12 chữ số (đang có 11)" in edit.note.text()
    assert edit.text() == "00109001234"
    page.checklist.tick_all()
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.saved_code is None
    assert focused() is edit  # taken back to the field, text kept
    assert edit.text() == "00109001234"
    assert desk.search("Trần Văn Đức") == []


def test_letters_cannot_be_typed_into_the_id_and_a_fix_clears_the_message(
    qtbot: QtBot, page: IntakePage
) -> None:
    edit = page.applicant.id_number
    type_text(edit, "0010a9")
    assert edit.text() == "00109"
    key(qtbot, Qt.Key.Key_Return)
    assert edit.error is not None
    type_text(edit, "0001234")  # twelve digits now
    assert edit.hasAcceptableInput()
    assert edit.error is None and not edit.note.isVisibleTo(page)


def test_an_id_that_disagrees_with_the_birth_date_is_a_soft_amber_note(
    qtbot: QtBot, page: IntakePage
) -> None:
    block = page.applicant
    type_text(block.birth_date, "14/03/2005")
    key(qtbot, Qt.Key.Key_Return)
    type_text(block.id_number, ID_1985_MALE)
    key(qtbot, Qt.Key.Key_Tab)
    assert block.id_number.error is None
    assert block.id_number.warnings and "2005" in block.id_number.note.text()
    assert "fff4d6" in block.id_number.note.styleSheet()


def test_a_compact_birth_date_is_written_out(qtbot: QtBot, page: IntakePage) -> None:
    type_text(page.applicant.birth_date, "05041985")
    key(qtbot, Qt.Key.Key_Tab)
    assert page.applicant.birth_date.text() == "05/04/1985"


def test_a_fault_only_the_core_sees_is_shown_beside_its_field(
    qtbot: QtBot, page: IntakePage, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.dossiers import intake_request
    from desktop.errors import InputError

    def strict(raw: object, *, today: object) -> None:
        raise InputError("Địa chỉ phải ghi đến thôn, xóm.", field="address")

    # The store's refusal (Desk.receive imports parse_intake from its module when it runs).
    monkeypatch.setattr(intake_request, "parse_intake", strict)
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.tick_all()
    page.accept()
    assert page.applicant.address.error == "Địa chỉ phải ghi đến thôn, xóm."
    assert focused() is page.applicant.address
    assert page.saved_code is None and desk.search(NAME) == []


def test_bad_phone_and_email_messages_appear_beside_them(qtbot: QtBot, page: IntakePage) -> None:
    block = page.applicant
    type_text(block.phone, "0123")
    type_text(block.email, "an@@x")
    block.phone.run_check()
    block.email.run_check()
    assert "bắt đầu bằng 03, 05, 07, 08 hoặc 09" in (block.phone.error or "") or block.phone.error
    assert "Thư điện tử không hợp lệ" in (block.email.error or "")


def test_accept_without_the_required_documents_says_which_are_missing(
    qtbot: QtBot, page: IntakePage
) -> None:
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.set_received(0, True)
    page.accept()
    assert page.saved_code is None
    note = page.checklist.note.text()
    assert "Giấy chứng sinh" in note and "Tờ khai" not in note
    assert focused() is page.checklist.table
    qtbot.keyClick(page.checklist.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.checklist.table, Qt.Key.Key_Space)  # tick the second line
    assert page.checklist.missing_required() == []
    assert "Giấy chứng sinh" not in page.checklist.note.text()


def test_no_procedure_is_said_beside_the_picker(qtbot: QtBot, page: IntakePage) -> None:
    fill_applicant(qtbot, page)
    page.accept()
    assert page.procedure_note.isVisibleTo(page)
    assert focused() is page.picker.search


# -- the chip card ---------------------------------------------------------------------------


def test_the_scanner_fills_the_applicant_from_the_chip_card(qtbot: QtBot, page: IntakePage) -> None:
    key(qtbot, Qt.Key.Key_F3)
    assert focused() is page.applicant.scan
    type_text(page.applicant.scan, QR)  # the scanner types…
    qtbot.keyClick(page.applicant.scan, Qt.Key.Key_Return)  # …and ends with Enter
    values = page.applicant.values()
    assert values["full_name"] == "Nguyễn Thị Ánh"
    assert values["id_number"] == "001203004567"
    assert values["birth_date"] == "05/04/2003"
    assert values["address"] == "Số 12, thôn Đông, xã Hòa An, Hà Nội"
    assert page.applicant.scan.text() == ""
    assert focused() is page.applicant.phone
    assert page.applicant.id_number.error is None


def test_a_bad_scan_says_so_in_vietnamese_and_fills_nothing(qtbot: QtBot, page: IntakePage) -> None:
    type_text(page.applicant.scan, "001203004567|Nguyễn Thị Ánh")
    qtbot.keyClick(page.applicant.scan, Qt.Key.Key_Return)
    assert "không phải mã QR của thẻ căn cước" in page.applicant.scan_note.text()
    assert page.applicant.is_empty()


# -- the appointment -------------------------------------------------------------------------


def test_the_appointment_is_shown_as_it_will_be_printed(
    qtbot: QtBot, page: IntakePage, clock: list
) -> None:
    # Fri 20/11 09:00 + 3 working days: Mon 23, (24/11 off), Wed 25, Thu 26.
    pick(qtbot, page, "1.004873")
    assert page.appointment_label.text() == "09 giờ 00 phút, ngày 26/11/2026"
    assert "3" in page.limit_label.text()
    pick(qtbot, page, "khai sinh")
    assert page.appointment_label.text() == "17 giờ 00 phút, ngày 20/11/2026"
    clock[0] = clock[0].replace(hour=15, minute=30)  # after 15:00: next working day
    with qtbot.waitSignal(page.appointment_timer.timeout, timeout=2000):
        page.appointment_timer.setInterval(10)
    assert page.appointment_label.text().endswith("ngày 23/11/2026")


# -- outcomes --------------------------------------------------------------------------------


def test_ctrl_s_accepts_stores_shows_the_code_and_prints_01_and_06(
    qtbot: QtBot, page: IntakePage, desk: Desk, printed: list[tuple[str, str]]
) -> None:
    pick(qtbot, page, "1.004873")
    fill_applicant(qtbot, page)
    page.checklist.table.setFocus()
    qtbot.keyClick(page.checklist.table, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.received, timeout=5000) as stored:
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    code = stored.args[0].code
    assert page.saved_code == code and code in page.code_label.text()
    detail = desk.reveal(code)
    assert detail.status == 2
    assert detail.applicant_name == NAME and detail.applicant_id_number == ID_1985_MALE
    assert detail.appointment is not None and f"{detail.appointment:%d/%m/%Y}" == "26/11/2026"
    assert [d["name"] for d in detail.documents] == [page.checklist._lines[0].name]
    assert printed == [("01", code), ("06", code)]
    assert page.preview is not None
    assert [job.copies for job in page.preview.jobs] == [1, 1]
    assert page.preview.page_count() == 1
    assert not page.accept_button.isEnabled()
    close_preview(qtbot, page)
    # Ctrl+P prints the last slips again; a second Ctrl+S stores nothing.
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed[2:] == [("01", code), ("06", code)]
    page.accept()
    assert len(desk.search(NAME)) == 1


def test_request_supplement_collects_numbered_items_and_stores_status_5(
    qtbot: QtBot, page: IntakePage, desk: Desk, printed: list[tuple[str, str]]
) -> None:
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.set_received(0, True)
    page.supplement_button.click()
    dialog = page.outcome_dialog
    assert isinstance(dialog, OutcomeDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.items() == (page.checklist.missing_required()[0],)  # suggested
    type_text(dialog.item_edit, "Giấy tờ tùy thân bản gốc để đối chiếu")
    qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Return)
    assert dialog.items_list.item(1).text().startswith("2. Giấy tờ tùy thân")
    with qtbot.waitSignal(page.received, timeout=5000) as stored:
        qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    detail = desk.detail(stored.args[0].code)
    assert detail.status == 5
    assert detail.supplements and "Giấy tờ tùy thân bản gốc" in str(detail.supplements[0])
    assert printed == [("02", detail.code)]
    assert page.appointment_label.text() == "—"


def test_refuse_with_a_reason_stores_status_3_and_prints_03(
    qtbot: QtBot, page: IntakePage, desk: Desk, printed: list[tuple[str, str]]
) -> None:
    pick(qtbot, page, "chung thuc chu ky")
    fill_applicant(qtbot, page)
    page.refuse()
    dialog = page.outcome_dialog
    assert dialog is not None and dialog.kind == OutcomeKind.REFUSE
    dialog.ok_button.click()  # no reason yet: refused inline, nothing stored
    assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)
    type_text(dialog.reason_edit, "Giấy tờ cần chứng thực có nội dung trái pháp luật")
    with qtbot.waitSignal(page.received, timeout=5000) as stored:
        dialog.ok_button.click()
    detail = desk.detail(stored.args[0].code)
    assert detail.status == 3
    assert printed == [("03", detail.code)]


def test_cancelling_the_outcome_dialog_stores_nothing(qtbot: QtBot, page: IntakePage) -> None:
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.refuse()
    assert page.outcome_dialog is not None
    qtbot.keyClick(page.outcome_dialog.reason_edit, Qt.Key.Key_Escape)
    assert page.saved_code is None and page.accept_button.isEnabled()


def test_a_failure_in_the_service_is_shown_and_the_form_stays(
    qtbot: QtBot, page: IntakePage, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.errors import StorageError

    def locked(*_args: object, **_kw: object) -> None:
        raise StorageError("Cơ sở dữ liệu đang bị khóa; hãy thử lại sau ít phút.")

    monkeypatch.setattr(desk, "receive", locked)
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.tick_all()
    page.accept()
    assert "đang bị khóa" in page.message.text()
    assert page.saved_code is None and page.code_label.text() == ""
    assert page.applicant.full_name.text() == NAME and page.accept_button.isEnabled()


def test_f2_after_a_stored_dossier_starts_a_new_one_without_asking(
    qtbot: QtBot, page: IntakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "confirm_clear", lambda: pytest.fail("must not ask"))
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.tick_all()
    with qtbot.waitSignal(page.received, timeout=5000) as stored:
        page.accept()
    close_preview(qtbot, page)
    key(qtbot, Qt.Key.Key_F2)
    assert page.saved_code is None and page.applicant.is_empty()
    assert stored.args[0].code in page.code_label.text()
    assert page.accept_button.isEnabled()


# -- drafts ----------------------------------------------------------------------------------


def test_typing_writes_a_draft_that_a_new_page_offers_back_and_restores(
    qtbot: QtBot, make_page: Callable[[], IntakePage], desk: Desk
) -> None:
    first = make_page()
    first.drafts.timer.setInterval(10)
    path = draft_path(desk.profile.data_dir)
    pick(qtbot, first, "khai sinh")
    type_text(first.applicant.full_name, NAME)
    type_text(first.applicant.id_number, "00109001234")
    first.checklist.set_received(1, True)
    qtbot.waitUntil(lambda: path.exists() and "00109001234" in path.read_text("utf-8"))
    first.close()

    second = make_page()
    assert second.draft_bar.isVisibleTo(second)
    assert second.draft_bar.label.text() == "There is a draft from 09:00 on 20/11/2026 —"
    assert second.applicant.is_empty()
    second.draft_bar.restore_button.click()
    assert not second.draft_bar.isVisibleTo(second)
    choice = second.picker.current()
    assert choice is not None and choice.code == "1.001193"
    assert second.applicant.full_name.text() == NAME
    assert second.applicant.id_number.text() == "00109001234"
    assert second.checklist.is_received(1) and not second.checklist.is_received(0)
    assert second.appointment_label.text() == "17 giờ 00 phút, ngày 20/11/2026"


def test_a_stored_dossier_removes_the_draft(qtbot: QtBot, page: IntakePage, desk: Desk) -> None:
    page.drafts.timer.setInterval(10)
    path = draft_path(desk.profile.data_dir)
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.tick_all()
    qtbot.waitUntil(path.exists)
    with qtbot.waitSignal(page.received, timeout=5000):
        page.accept()
    assert not path.exists()
    page.drafts.write_now()  # a late timer changes nothing
    assert not path.exists()


def test_discarding_the_offered_draft_and_clearing_the_form(
    qtbot: QtBot, make_page: Callable[[], IntakePage], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.dossiers.drafts import save_draft

    save_draft(desk.profile.data_dir, {"applicant": {"full_name": NAME}}, saved_at=desk.now())
    page = make_page()
    assert page.draft_bar.isVisibleTo(page)
    page.draft_bar.discard_button.click()
    assert not page.draft_bar.isVisibleTo(page)
    assert not draft_path(desk.profile.data_dir).exists()
    assert page.applicant.is_empty()


def test_an_unwritable_draft_folder_is_said_on_the_page(
    qtbot: QtBot, page: IntakePage, desk: Desk
) -> None:
    Path(desk.profile.data_dir, "drafts").write_text("not a folder", encoding="utf-8")
    type_text(page.applicant.full_name, NAME)
    page.drafts.write_now()
    assert "Không lưu được bản nháp" in page.message.text()


# -- the real forms --------------------------------------------------------------------------


def test_the_real_slips_are_built_recorded_and_reprinted(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    page = IntakePage(desk, tasks)
    qtbot.addWidget(page)
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.tick_all()
    with qtbot.waitSignal(page.received, timeout=5000) as received:
        page.accept()
    preview = page.preview
    assert preview is not None
    assert [job.copies for job in preview.jobs] == [1, 1]
    assert [job.pdf[:5] for job in preview.jobs] == [b"%PDF-", b"%PDF-"]
    assert preview.page_count(0) == 2  # form 01: the applicant's copy and the file's copy
    assert preview.page_count(1) >= 1
    assert preview.selector.itemText(0).startswith("Form 01")
    first = preview.jobs[0].pdf
    page.print_again()
    assert page.preview is not preview and page.preview is not None
    assert page.preview.jobs[0].pdf != first  # the reprint is marked as such
    assert received.args[0].code in page.preview.jobs[0].file_name


def test_the_page_works_with_real_background_threads(
    qtbot: QtBot, desk: Desk, printed: list[tuple[str, str]]
) -> None:
    runner = TaskRunner()
    page = IntakePage(desk, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.picker.procedures()) > 0, timeout=5000)
    pick(qtbot, page, "1.004873")
    qtbot.waitUntil(lambda: page.appointment_label.text().endswith("26/11/2026"), timeout=5000)
    fill_applicant(qtbot, page)
    page.checklist.tick_all()
    with qtbot.waitSignal(page.received, timeout=10_000) as received:
        page.accept()
    assert not page.accept_button.isEnabled()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert desk.detail(received.args[0].code).status == 2
    assert runner.wait(5000)


# -- the counter loop ------------------------------------------------------------------------


def take_in(qtbot: QtBot, page: IntakePage) -> str:
    key(qtbot, Qt.Key.Key_F2)
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.checklist.tick_all()
    page.checklist.table.setFocus()
    with qtbot.waitSignal(page.received, timeout=5000) as stored:
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    close_preview(qtbot, page)
    return str(stored.args[0].code)


def test_after_the_preview_a_stray_key_never_prints_again(
    qtbot: QtBot, page: IntakePage, printed: list[tuple[str, str]]
) -> None:
    take_in(qtbot, page)
    second = take_in(qtbot, page)  # the "Print again" button is enabled by now
    assert focused() is page.picker.search and page.saved_code is None
    done = len(printed)
    for stray in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        key(qtbot, stray)
    assert len(printed) == done
    for _ in range(40):  # "Print again" never holds the focus, so never takes a stray key
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is not page.reprint_button
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the explicit reprint
    assert printed[done:] == [("01", second), ("06", second)]


def test_ctrl_s_straight_after_the_tick_all_mnemonic_stores(
    qtbot: QtBot, page: IntakePage, desk: Desk
) -> None:
    """Alt+M ("Đã nhận &mọi giấy tờ") then Ctrl+S before the event loop runs again: Qt's
    mnemonic click is animated (it lands 100 ms later), so the form was checked unticked."""
    pick(qtbot, page, "khai sinh")
    fill_applicant(qtbot, page)
    page.applicant.address.setFocus()
    mnemonic = QKeySequence.mnemonic(page.checklist.all_button.text())
    assert not mnemonic.isEmpty()
    combination = mnemonic[0]
    key(qtbot, combination.key(), combination.keyboardModifiers())
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no events in between
    assert "not stored" not in page.message.text()
    assert page.checklist.missing_required() == []
    assert page.saved_code is not None and len(desk.search(NAME)) == 1


def test_an_appointment_in_a_provisional_year_says_so(
    qtbot: QtBot, page: IntakePage, clock: list
) -> None:
    """2027's days off are not decided yet: the appointment line tells the officer; a 2026
    appointment (decided year) shows no note."""
    pick(qtbot, page, "1.004873")
    assert page.calendar_note.isHidden()
    clock[0] = datetime(2027, 3, 1, 9, 0)
    with qtbot.waitSignal(page.appointment_timer.timeout, timeout=2000):
        page.appointment_timer.setInterval(10)
    qtbot.waitUntil(lambda: page.calendar_note.isVisibleTo(page))
    assert page.appointment_label.text().endswith("2027")
    assert "Lịch nghỉ năm 2027 là tạm tính" in page.calendar_note.text()
