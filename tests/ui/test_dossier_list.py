"""The Hồ sơ page: lazy pages, filters, type-ahead search, colours, the detail pane and the
steps recorded through the action dialog."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.demo import seed_demo
from desktop.desk import Desk
from desktop.dossiers.context import desk_context
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Action, Status, allowed_actions
from desktop.profile import Profile
from desktop.text import fold
from tests.integration.dossier_factory import intake_json
from tests.ui.conftest import type_text
from ui.dialogs.action_dialog import ActionDialog
from ui.models import DUE_SOON_BACKGROUND, OVERDUE_BACKGROUND, OVERDUE_FOREGROUND
from ui.models.dossier_table_model import (
    CODE,
    PAGE_SIZE,
    PLACEHOLDER,
    STATUS,
    DossierTableModel,
)
from ui.pages.dossier_list_page import DossierListPage
from ui.tasks import TaskRunner

SEEDED = 5000


def seed(profile: Profile, count: int, now: datetime) -> None:
    with profile.db.session() as session, session.begin():
        ctx = desk_context(session, profile.office(), profile.settings)
        seed_demo(session, ctx, count, now)


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, tasks: TaskRunner) -> DossierListPage:
    widget = DossierListPage(desk, tasks)
    qtbot.addWidget(widget)
    widget.resize(1140, 700)
    widget.show()
    return widget


@pytest.fixture
def seeded(ui_profile: Profile, clock: list[datetime]) -> Profile:
    seed(ui_profile, SEEDED, clock[0])
    return ui_profile


def codes(model: DossierTableModel) -> list[str]:
    return [model.summary(row).code for row in range(model.rowCount())]


def test_rows_come_a_page_at_a_time(
    qtbot: QtBot, seeded: Profile, desk: Desk, page: DossierListPage
) -> None:
    page.activate()
    model = page.model
    # once the count arrived the model has every row, but holds only the first page
    assert model.rowCount() == SEEDED and not model.canFetchMore(QModelIndex())
    assert page.total == SEEDED and model.loaded_pages == [0]
    assert page.count_label.text() == "200 of 5.000 dossiers shown"
    first_page = [model.summary(row).code for row in range(PAGE_SIZE)]
    assert first_page == [d.code for d in desk.dossiers(DossierFilter(limit=PAGE_SIZE))]
    qtbot.waitUntil(lambda: page.table.verticalScrollBar().maximum() > 3 * PAGE_SIZE)
    page.table.scrollTo(model.index(2 * PAGE_SIZE + 5, 0))  # the view asks for that page
    qtbot.waitUntil(lambda: 2 in model.loaded_pages)
    assert len(model.loaded_pages) < 5
    second = [model.summary(row).code for row in range(2 * PAGE_SIZE, 3 * PAGE_SIZE)]
    page_two = DossierFilter(limit=PAGE_SIZE, offset=2 * PAGE_SIZE)
    assert second == [d.code for d in desk.dossiers(page_two)]


def test_a_short_list_ends(page: DossierListPage, desk: Desk) -> None:
    desk.receive(intake_json())
    page.activate()
    assert page.model.rowCount() == 1 and not page.model.canFetchMore(QModelIndex())
    assert page.count_label.text() == "1 of 1 dossiers shown"


def test_filters(seeded: Profile, desk: Desk, page: DossierListPage) -> None:
    page.activate()
    model = page.model
    page.status_combo.setCurrentIndex(page.status_combo.findData(int(Status.RESOLVED)))
    assert model.rowCount() > 0
    assert {model.summary(r).status for r in range(model.rowCount())} == {9}
    assert page.total == desk.count(DossierFilter(statuses=(9,)))
    procedure = model.summary(0).procedure_code
    page.procedure_combo.setCurrentIndex(page.procedure_combo.findData(procedure))
    rows = [model.summary(r) for r in range(model.rowCount())]
    assert rows and {(r.status, r.procedure_code) for r in rows} == {(9, procedure)}
    page.clear_filters()
    assert page.total == SEEDED and page.status_combo.currentIndex() == 0

    page.channel_combo.setCurrentIndex(page.channel_combo.findData(2))
    assert {model.summary(r).channel for r in range(model.rowCount())} == {2}
    assert page.total == desk.count(DossierFilter(channel=2))
    page.clear_filters()

    page.field_combo.setCurrentIndex(page.field_combo.findData("HT"))  # a field with dossiers
    field = page.field_combo.currentData()
    assert page.total == desk.count(DossierFilter(field_code=field)) > 0
    page.clear_filters()

    page.deadline_combo.setCurrentIndex(page.deadline_combo.findData("overdue"))
    overdue = [model.summary(r) for r in range(model.rowCount())]
    assert overdue and {r.deadline_state for r in overdue} == {"overdue"}
    assert page.total == desk.board().overdue
    page.deadline_combo.setCurrentIndex(page.deadline_combo.findData("due_soon"))
    assert {model.summary(r).deadline_state for r in range(model.rowCount())} <= {"due_soon"}
    assert page.total == desk.board().due_soon
    page.clear_filters()

    now = desk.now()
    page.from_date.setDate(QDate(now.date() - timedelta(days=7)))
    page.to_date.setDate(QDate(now.date() - timedelta(days=1)))
    page.from_check.setChecked(True)
    page.to_check.setChecked(True)
    start = datetime.combine(now.date() - timedelta(days=7), datetime.min.time())
    end = datetime.combine(now.date(), datetime.min.time())
    received = [model.summary(r).received_at for r in range(model.rowCount())]
    assert received and all(start <= when < end for when in received)
    assert page.total == desk.count(DossierFilter(received_from=start, received_to=end))


def test_type_ahead_search_in_vietnamese(
    qtbot: QtBot, seeded: Profile, desk: Desk, page: DossierListPage
) -> None:
    page.activate()
    name = page.model.summary(0).applicant_name
    surname = name.split()[0]
    type_text(page.search_box, surname)
    assert page.search_box.text() == surname
    with qtbot.waitSignal(page.search_timer.timeout, timeout=2000):
        pass
    assert page.searching == surname
    rows = [page.model.summary(r) for r in range(page.model.rowCount())]
    assert rows and all(fold(surname) in fold(r.applicant_name) for r in rows)
    assert [r.code for r in rows] == [d.code for d in desk.search(surname, limit=200)]
    assert not page.model.canFetchMore(QModelIndex())
    assert surname in page.count_label.text()
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.searching == "" and page.model.rowCount() == SEEDED)


def test_search_by_code_and_an_unknown_name(
    qtbot: QtBot, desk: Desk, page: DossierListPage
) -> None:
    code = desk.receive(intake_json()).code
    page.activate()
    type_text(page.search_box, code.lower())
    page.run_search()
    assert codes(page.model) == [code]
    page.search_box.clear()
    type_text(page.search_box, "Ưng Hoàng Phúc Khôngcó")
    page.run_search()
    assert page.model.rowCount() == 0


def test_rows_are_coloured_by_deadline(seeded: Profile, page: DossierListPage) -> None:
    page.activate()
    model = page.model
    page.deadline_combo.setCurrentIndex(page.deadline_combo.findData("late_or_soon"))
    states = {model.summary(r).deadline_state: r for r in range(model.rowCount())}
    assert {"overdue", "due_soon"} <= set(states)
    late = model.index(states["overdue"], STATUS)
    soon = model.index(states["due_soon"], STATUS)
    assert model.data(late, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert model.data(late, Qt.ItemDataRole.ForegroundRole) == OVERDUE_FOREGROUND
    assert model.data(soon, Qt.ItemDataRole.BackgroundRole) == DUE_SOON_BACKGROUND
    page.status_combo.setCurrentIndex(page.status_combo.findData(int(Status.RETURNED)))
    page.deadline_combo.setCurrentIndex(0)
    plain = model.index(0, STATUS)
    assert model.data(plain, Qt.ItemDataRole.BackgroundRole) is None


def test_detail_pane_shows_the_whole_history(
    seeded: Profile, desk: Desk, page: DossierListPage
) -> None:
    page.activate()
    page.status_combo.setCurrentIndex(page.status_combo.findData(int(Status.RETURNED)))
    code = page.model.summary(3).code
    assert page.select_code(code)
    detail = desk.detail(code)
    pane = page.detail
    assert pane.detail is not None and pane.detail.code == code
    assert pane.history.topLevelItemCount() == len(detail.history) >= 3
    last = pane.history.topLevelItem(pane.history.topLevelItemCount() - 1)
    assert last is not None and last.text(1) == "Return result"
    assert code in pane.title.text()
    assert pane.action_buttons == {}  # nothing more to do on a returned dossier


def open_dialog(page: DossierListPage, action: Action) -> ActionDialog:
    button = page.detail.action_buttons[action]
    button.click()
    dialog = page.detail.active_dialog
    assert dialog is not None and dialog.isVisible() and dialog.action == action
    return dialog


def test_transfer_then_resolve_through_the_dialog(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: DossierListPage
) -> None:
    code = desk.receive(intake_json()).code
    changed: list[str] = []
    page.changed.connect(lambda d: changed.append(d.code))
    page.activate()
    assert page.detail.detail is not None and page.detail.detail.code == code
    assert set(page.detail.action_buttons) == set(allowed_actions(Status.ACCEPTED))

    clock[0] += timedelta(minutes=30)
    dialog = open_dialog(page, Action.TRANSFER)
    assert set(dialog.inputs) == {"to_unit", "receiver", "note"}
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing typed yet
    assert dialog.isVisible() and not dialog.errors["to_unit"].isHidden()
    receiver = dialog.inputs["receiver"]
    assert isinstance(receiver, QLineEdit)
    type_text(receiver, "Lê Văn Tư")
    type_text(dialog.inputs["to_unit"], "Công chức Tư pháp - Hộ tịch")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and page.detail.active_dialog is None
    row = page.model.row_of(code)
    assert row is not None and page.model.summary(row).status == int(Status.IN_PROGRESS)
    assert page.model.summary(row).applicant_id_number.count("*") > 3  # still masked
    assert page.detail.history.topLevelItemCount() == 2
    assert "Tư pháp" in page.detail.fact_labels["unit"].text()

    clock[0] += timedelta(hours=2)
    dialog = open_dialog(page, Action.RESOLVE)
    type_text(dialog.inputs["note"], "Đã ký giấy xác nhận")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.model.summary(row).status == int(Status.RESOLVED)
    assert page.model.data(page.model.index(row, STATUS)) == Status.RESOLVED.label
    detail = desk.detail(code)
    assert [h.action for h in detail.history] == ["receive", "transfer", "resolve"]
    assert detail.handovers[0]["receiver"] == "Lê Văn Tư"
    assert changed == [code, code]
    assert set(page.detail.action_buttons) == {Action.RETURN}


def test_supplement_lists_documents_one_per_line(
    qtbot: QtBot, desk: Desk, page: DossierListPage
) -> None:
    code = desk.receive(intake_json()).code
    page.activate()
    dialog = open_dialog(page, Action.SUPPLEMENT)
    items = dialog.inputs["items"]
    assert isinstance(items, QPlainTextEdit)
    items.setPlainText("Bản sao giấy khai sinh\n\nGiấy xác nhận cư trú\n")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert desk.detail(code).supplements[0]["items"] == [
        "Bản sao giấy khai sinh",
        "Giấy xác nhận cư trú",
    ]
    dialog = open_dialog(page, Action.RESUME)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert desk.detail(code).status == int(Status.ACCEPTED)


def test_extend_long_after_the_deadline_proposes_a_future_appointment(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: DossierListPage
) -> None:
    received = desk.receive(intake_json())
    assert received.appointment == datetime(2026, 11, 26, 9, 0)  # 24/11 is a day off
    clock[0] = datetime(2026, 12, 4, 16, 0)  # Friday, days past the appointment
    page.activate()
    assert page.select_code(received.code)
    dialog = open_dialog(page, Action.EXTEND)
    when = dialog.inputs["new_appointment"]
    assert isinstance(when, QDateTimeEdit)
    assert when.dateTime().toPython() == datetime(2026, 12, 7, 7, 30)  # Monday's opening
    type_text(dialog.inputs["reason"], "Chờ xác minh của xã bạn")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = desk.detail(received.code)
    assert after.appointment == datetime(2026, 12, 7, 7, 30)
    assert "quá hạn" in after.history[-1].note  # recorded as a late apology


def test_extend_before_the_deadline_moves_the_appointment(
    qtbot: QtBot, desk: Desk, clock: list[datetime], page: DossierListPage
) -> None:
    received = desk.receive(intake_json())
    assert received.appointment is not None
    page.activate()
    dialog = open_dialog(page, Action.EXTEND)
    type_text(dialog.inputs["reason"], "Chờ xác minh")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    after = desk.detail(received.code)
    assert after.appointment is not None and after.appointment > received.appointment
    assert "(" in page.detail.fact_labels["appointment"].text()  # the first one is shown too


def test_pages_load_on_worker_threads(qtbot: QtBot, seeded: Profile, desk: Desk) -> None:
    runner = TaskRunner()
    widget = DossierListPage(desk, runner)
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()
    assert widget.model.loading or widget.model.rowCount() > 0
    qtbot.waitUntil(lambda: widget.model.rowCount() >= PAGE_SIZE and widget.total == SEEDED)
    qtbot.waitUntil(lambda: widget.detail.detail is not None)  # the first row opens below
    assert widget.count_label.text().endswith("of 5.000 dossiers shown")
    assert runner.wait(5000)


def test_extend_prints_form_04_and_the_print_menu_offers_reprints(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    from ui.pages.detail_pane import DetailPane, printable_forms

    code = desk.receive(intake_json()).code
    pane = DetailPane(desk, tasks)
    qtbot.addWidget(pane)
    pane.show_code(code)
    qtbot.waitUntil(lambda: pane.detail is not None)
    assert pane.detail is not None and printable_forms(pane.detail) == ["01", "06"]
    dialog = pane.open_action(Action.EXTEND)
    assert dialog is not None
    type_text(dialog.inputs["reason"], "Cần xác minh thêm")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.printer.preview is not None)
    assert pane.detail is not None and printable_forms(pane.detail) == ["01", "04", "06"]
    assert len(pane.print_menu.actions()) == 3
    pane.print_menu.actions()[0].trigger()  # form 01 again: a reprint
    qtbot.waitUntil(lambda: pane.printer.preview is not None)


def test_a_broken_form_template_prints_the_default_and_says_why(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    from ui.pages.detail_pane import DetailPane

    folder = desk.forms.folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "form06.json").write_text('{"form": "06", "texts": {"TITLE_06": 1}}')
    code = desk.receive(intake_json()).code
    pane = DetailPane(desk, tasks)
    qtbot.addWidget(pane)
    pane.show_code(code)
    qtbot.waitUntil(lambda: pane.detail is not None)
    pane.print_form("06")
    qtbot.waitUntil(lambda: pane.printer.preview is not None)
    assert (
        "form06.json" in pane.error.text() and "'TITLE_06' phải là một chuỗi" in pane.error.text()
    )


def test_the_list_scrolls_to_its_last_row_without_loading_the_rest(
    qtbot: QtBot, seeded: Profile, desk: Desk, page: DossierListPage
) -> None:
    page.activate()
    model = page.model
    qtbot.waitUntil(lambda: page.total == SEEDED)
    assert model.rowCount() == SEEDED
    last = model.index(SEEDED - 1, CODE)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.data(last) != PLACEHOLDER)
    everything = desk.dossiers(DossierFilter(limit=SEEDED))
    assert model.data(last) == everything[-1].code
    assert model.summary(SEEDED - 1).code == everything[-1].code
    assert model.data(model.index(SEEDED - PAGE_SIZE, CODE)) == everything[-PAGE_SIZE].code
    assert len(model.loaded_pages) < 5
    assert model.loaded_rows < 5 * PAGE_SIZE


def reveals(desk: Desk) -> list[str]:
    """The dossiers whose personal numbers were shown in full, from the audit trail."""
    from sqlalchemy import select

    from db.models import AuditEntry

    with desk.profile.db.read_session() as session:
        query = select(AuditEntry.record).where(AuditEntry.action == "personal.reveal")
        return list(session.scalars(query))


def test_every_step_leaves_the_pane_masked_until_an_audited_reveal(
    qtbot: QtBot, desk: Desk, page: DossierListPage
) -> None:
    code = desk.receive(intake_json()).code
    page.activate()
    facts = page.detail.fact_labels["applicant"]
    for action in (Action.TRANSFER, Action.RESOLVE, Action.RETURN):
        dialog = open_dialog(page, action)
        for name in dialog.inputs:
            if isinstance(dialog.inputs[name], QLineEdit | QPlainTextEdit):
                type_text(dialog.inputs[name], "Lê Văn Tư")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda a=action: page.detail.active_dialog is None)
        assert "001090012345" not in facts.text() and "0912345678" not in facts.text(), action
        assert "*********345" in facts.text() and page.detail.reveal_button.isVisible()
    assert desk.detail(code).status == int(Status.RETURNED) and reveals(desk) == []
    qtbot.mouseClick(page.detail.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "001090012345" in facts.text())
    assert "0912345678" in facts.text() and reveals(desk) == [code]
