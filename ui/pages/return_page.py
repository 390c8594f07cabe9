"""Trả kết quả: scan the receipt's QR code (or type the code), hand the result over, and ask
the applicant how satisfied they are — one keypress."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import DOSSIER, Changes
from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Action, Status
from desktop.dossiers.step_input import ActionInput
from desktop.dossiers.views import DossierDetail, DossierSummary
from desktop.errors import DeskError
from ui.models import fmt_time
from ui.models.dossier_table_model import CODE_ROLE, DEADLINE, PROCEDURE, DossierTableModel
from ui.pages.page import Page
from ui.tasks import TaskRunner
from ui.widgets.dossier_files import DossierFiles
from ui.widgets.plain import ERROR_STYLE, error_label, plain

# A dossier code inside whatever the scanner read (the QR may carry more than the code).
CODE_IN_TEXT = re.compile(r"[0-9A-Z][0-9A-Z.]*-\d{6}-\d{4}", re.IGNORECASE)
SATISFACTION_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


def code_from_scan(text: str) -> str:
    found = CODE_IN_TEXT.search(text)
    return (found.group(0) if found else text).strip().upper()


class SatisfactionPanel(QFrame):
    """Takes the applicant's answer as one key: 1, 2 or 3; Esc skips."""

    chosen = Signal(int)  # 1, 2 or 3
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("satisfactionPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        question = QLabel(
            self.tr("Ask the applicant: how satisfied are you with how your dossier was handled?")
        )
        question.setObjectName("sectionTitle")
        question.setWordWrap(True)
        layout.addWidget(question)
        row = QHBoxLayout()
        self.buttons: dict[int, QPushButton] = {}
        for level, text in (
            (1, self.tr("1 — Satisfied")),
            (2, self.tr("2 — Neutral")),
            (3, self.tr("3 — Dissatisfied")),
        ):
            button = QPushButton(text)
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, n=level: self.chosen.emit(n))
            row.addWidget(button)
            self.buttons[level] = button
        skip = QPushButton(self.tr("Esc — skip"))
        skip.setMinimumHeight(44)
        skip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        skip.clicked.connect(self.skipped.emit)
        row.addWidget(skip)
        layout.addLayout(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        if key in SATISFACTION_KEYS:
            self.chosen.emit(SATISFACTION_KEYS[key])
        elif key == Qt.Key.Key_Escape:
            self.skipped.emit()
        else:
            super().keyPressEvent(event)


class ReturnPage(Page):
    """The return desk: scan → the dossier → who receives it → satisfaction."""

    changed = Signal(object)  # DossierDetail
    asking = Signal(bool)  # True while the applicant's satisfaction is asked for

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.detail: DossierDetail | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        title = QLabel(self.tr("Return results"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr("Scan the QR code on the receipt, or type the dossier code, then press Enter.")
        )
        hint.setObjectName("hint")
        layout.addWidget(hint)

        row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("scanBox")
        self.code_edit.setPlaceholderText(f"{desk.office_code}-{desk.now():%y%m%d}-0001")
        self.code_edit.setAccessibleName(self.tr("Dossier code"))
        self.code_edit.returnPressed.connect(self.open_code)
        row.addWidget(self.code_edit, 1)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setMinimumHeight(self.code_edit.sizeHint().height())
        self.open_button.setMinimumWidth(110)
        self.open_button.clicked.connect(self.open_code)
        row.addWidget(self.open_button)
        layout.addLayout(row)

        self.message = plain(QLabel())
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.panel = QFrame()
        self.panel.setObjectName("panel")
        panel_layout = QVBoxLayout(self.panel)
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("code", self.tr("Dossier")),
            ("applicant", self.tr("Applicant")),
            ("procedure", self.tr("Procedure")),
            ("status", self.tr("Status")),
            ("appointment", self.tr("Appointment")),
        ):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # names print literally, never as HTML
            value.setWordWrap(True)
            self.fact_labels[key] = value
            self.facts.addRow(text, value)
        panel_layout.addLayout(self.facts)
        self.return_box = QWidget()
        return_row = QHBoxLayout(self.return_box)
        return_row.setContentsMargins(0, 6, 0, 0)
        return_row.addWidget(QLabel(self.tr("Result received by")))
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("recipient")
        self.recipient_edit.returnPressed.connect(self.return_result)
        return_row.addWidget(self.recipient_edit, 1)
        self.return_button = QPushButton(self.tr("Return result"))
        self.return_button.setObjectName("returnButton")
        self.return_button.clicked.connect(self.return_result)
        return_row.addWidget(self.return_button)
        panel_layout.addWidget(self.return_box)
        self.result_files = DossierFiles(desk, tasks, result=True, parent=self.panel)
        self.result_files.title.setText(self.tr("Result document"))
        panel_layout.addWidget(self.result_files)
        self.recipient_error = error_label()
        self.recipient_error.hide()
        panel_layout.addWidget(self.recipient_error)
        layout.addWidget(self.panel)

        self.satisfaction = SatisfactionPanel()
        self.satisfaction.chosen.connect(self.record_satisfaction)
        self.satisfaction.skipped.connect(self._next_applicant)
        layout.addWidget(self.satisfaction)

        self.waiting_title = QLabel(self.tr("Results waiting to be returned"))
        self.waiting_title.setObjectName("sectionTitle")
        layout.addWidget(self.waiting_title)
        self.waiting = DossierTableModel(tasks, self)
        self.waiting_table = QTableView()
        self.waiting_table.setObjectName("waitingTable")
        self.waiting_table.setModel(self.waiting)
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waiting_table.verticalHeader().hide()
        self.waiting_table.setWordWrap(False)
        header = self.waiting_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROCEDURE, QHeaderView.ResizeMode.Stretch)
        self.waiting_table.hideColumn(DEADLINE)
        self.waiting_table.activated.connect(self._open_waiting)
        layout.addWidget(self.waiting_table, 1)
        self.panel.hide()
        self.satisfaction.hide()

    def activate(self) -> None:
        self.refresh_waiting()
        if not self.satisfaction.isVisible():
            self.code_edit.setFocus()

    def follow(self, changes: Changes) -> None:
        """A dossier changed: a result may have become ready, or been handed over."""
        if changes.concerns(DOSSIER):
            self.refresh_waiting()

    def refresh_waiting(self) -> None:
        """The results ready at the counter (status 9), oldest appointment first."""
        desk = self.desk

        def fetch(offset: int, limit: int) -> list[DossierSummary]:
            flt = DossierFilter(statuses=(int(Status.RESOLVED),), limit=limit, offset=offset)
            return desk.dossiers(flt)

        self.waiting.set_source(fetch)

    def _open_waiting(self, index: QModelIndex) -> None:
        code = self.waiting.data(self.waiting.index(index.row(), 0), CODE_ROLE)
        if code:
            self.code_edit.setText(str(code))
            self.open_code()

    # --- opening a dossier ----------------------------------------------------------------

    def open_code(self) -> None:
        code = code_from_scan(self.code_edit.text())
        if not code:
            self._say(self.tr("Scan or type a dossier code first."), error=True)
            return
        self.code_edit.setText(code)
        self._stop_asking()
        self._say(self.tr("Opening {code}…").format(code=code))
        self.tasks.run(
            lambda _r: self.desk.detail(code), on_done=self.show_dossier, on_error=self._not_found
        )

    def _not_found(self, error: DeskError) -> None:
        self.detail = None
        self.panel.hide()
        self._say(error.message, error=True)
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def show_dossier(self, d: DossierDetail) -> None:
        self.detail = d
        self.fact_labels["code"].setText(d.code)
        self.fact_labels["applicant"].setText(f"{d.applicant_name} · {d.applicant_id_number}")
        self.fact_labels["procedure"].setText(d.procedure_name)
        self.fact_labels["status"].setText(d.status_label)
        self.fact_labels["appointment"].setText(fmt_time(d.appointment))
        self.recipient_error.hide()
        self.panel.show()
        ready = d.status == int(Status.RESOLVED)
        self.return_box.setVisible(ready)
        self.result_files.setVisible(ready)
        if ready:
            self.result_files.show_dossier(d.code)
        if ready:
            self.recipient_edit.setText(d.applicant_name)
            self._say(self.tr("The result is ready. Check who receives it, then press Enter."))
            self.recipient_edit.setFocus()
            self.recipient_edit.selectAll()
        elif d.status == int(Status.RETURNED):
            self._say(
                self.tr("This result was already returned on {time} to {who}.").format(
                    time=fmt_time(d.returned_at), who=d.returned_to or "—"
                ),
                error=True,
            )
            self.code_edit.selectAll()
            self.code_edit.setFocus()
        else:
            self._say(
                self.tr("The result is not ready yet: the dossier is “{status}”.").format(
                    status=d.status_label
                ),
                error=True,
            )
            self.code_edit.selectAll()
            self.code_edit.setFocus()

    # --- returning ------------------------------------------------------------------------

    def return_result(self) -> None:
        if self.detail is None or self.detail.status != int(Status.RESOLVED):
            return
        code, recipient, desk = self.detail.code, self.recipient_edit.text(), self.desk

        self.return_button.setEnabled(False)
        self.tasks.run(
            lambda _report: desk.act(code, Action.RETURN, ActionInput(recipient=recipient)),
            on_done=self._returned,
            on_error=self._return_failed,
            writes=True,
        )

    def _returned(self, result: DossierDetail) -> None:
        self.return_button.setEnabled(True)
        self.show_dossier_returned(result)
        self.changed.emit(result)
        self.refresh_waiting()

    def _return_failed(self, error: DeskError) -> None:
        self.return_button.setEnabled(True)
        self.recipient_error.setText(error.message)
        self.recipient_error.show()
        self.recipient_edit.setFocus()

    def show_dossier_returned(self, d: DossierDetail) -> None:
        self.detail = d
        self.fact_labels["status"].setText(d.status_label)
        self.return_box.hide()
        self._say(
            self.tr("Result of {code} handed to {who}.").format(code=d.code, who=d.returned_to)
        )
        self.satisfaction.show()
        self.satisfaction.setFocus()
        self.asking.emit(True)

    # --- satisfaction ---------------------------------------------------------------------

    def record_satisfaction(self, level: int) -> None:
        if self.detail is None:
            return
        code, desk = self.detail.code, self.desk
        labels = {1: self.tr("satisfied"), 2: self.tr("neutral"), 3: self.tr("dissatisfied")}
        self._stop_asking()
        self.tasks.run(
            lambda _r: desk.record_satisfaction(code, level),
            on_done=lambda d: self._satisfaction_saved(d, labels[level]),
            on_error=lambda failure: self._say(failure.message, error=True),
            writes=True,
        )

    def _satisfaction_saved(self, d: DossierDetail, label: str) -> None:
        self.changed.emit(d)
        self._next_applicant()
        self._say(
            self.tr(
                "Result of {code} returned; the applicant is {feeling}. Ready for the next."
            ).format(code=d.code, feeling=label)
        )

    def _stop_asking(self) -> None:
        if not self.satisfaction.isHidden():
            self.satisfaction.hide()
            self.asking.emit(False)

    def _next_applicant(self) -> None:
        self._stop_asking()
        if self.detail is not None and self.detail.status == int(Status.RETURNED):
            self._say(
                self.tr("Result of {code} returned. Ready for the next.").format(
                    code=self.detail.code
                )
            )
        self.code_edit.clear()
        self.code_edit.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1e5e2e;")
