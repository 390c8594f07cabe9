"""The intake page: take in a dossier at the counter, keyboard first.

Layout: the procedure picker and the live appointment on top; the applicant block on the
left, the document checklist and the dossier details on the right; the outcome buttons at
the bottom. Keys: F2 new dossier, F3 scan field, Ctrl+S accept, Ctrl+P print the last
slips again, wherever the focus is in the window (:mod:`ui.pages.intake_keys`); Tab walks the
fields in reading order. The counter loop: F2, fill, Ctrl+S, the preview (Enter prints, Esc
closes), and on closing the preview the form is blank with the focus in the procedure picker,
ready for the next citizen. A reprint needs Ctrl+P (or a click): the "Print again" button
never holds the focus, so a stray Enter or Space cannot print.

The three outcomes (accept, request supplement, refuse) are stored by
:meth:`desktop.desk.Desk.receive` in a writing background task; the dossier code appears
only after the commit has returned, and then the slips are printed into the preview
(:mod:`ui.pages.intake_printing`). Every change writes a draft about a second later
(:mod:`ui.pages.intake_drafts`); the next page on the same profile offers it back.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.calendar import provisional_note
from desktop.catalogue.choices import ProcedureChoice
from desktop.changes import CATALOGUE, Changes
from desktop.desk import Desk
from desktop.dossiers.intake_request import parse_intake
from desktop.dossiers.outcome import ACCEPT, Outcome, OutcomeKind
from desktop.errors import DeskError
from ui.dialogs.outcome_dialog import OutcomeDialog
from ui.pages.intake_applicant import ApplicantBlock
from ui.pages.intake_checklist import IntakeChecklist
from ui.pages.intake_details import DossierDetailsBox
from ui.pages.intake_drafts import DraftBar, DraftKeeper
from ui.pages.intake_keys import ImmediateMnemonics, window_shortcuts
from ui.pages.intake_printing import SlipPrinter
from ui.pages.page import Page
from ui.tasks import TaskRunner
from ui.widgets.item_files import ItemFilesPanel, stored_files
from ui.widgets.plain import ERROR_STYLE
from ui.widgets.procedure_picker import ProcedurePicker

if TYPE_CHECKING:  # the preview's module (QtPdf, QtPrintSupport) is loaded on the first print
    from ui.dialogs.print_preview import PrintPreviewDialog

APPOINTMENT_REFRESH_MS = 60_000
OK_STYLE = "color: #1e6b32;"
INFO_STYLE = "color: #4a4a4a;"
WARN_STYLE = "color: #8a5a00;"
CODE_STYLE = "font-size: 13pt; font-weight: bold; color: #1e6b32;"


def appointment_text(moment: datetime) -> str:
    """The appointment as form 01 prints it: ``09 giờ 00 phút, ngày 26/11/2026``."""
    return f"{moment:%H} giờ {moment:%M} phút, ngày {moment:%d/%m/%Y}"


def money_text(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


class IntakePage(Page):
    """Take in one dossier: procedure, applicant, documents, details, outcome."""

    received = Signal(object)  # the DossierDetail, once the commit has returned
    appointment_shown = Signal(str)  # the appointment's text as the page shows it ("—": none)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tasks = tasks
        self.saved_code: str | None = None  # the dossier on screen, once stored
        self.outcome_dialog: OutcomeDialog | None = None
        self._pending_restore: dict[str, Any] | None = None
        self._procedures_loaded = False
        self._quiet = 0  # >0 while the page itself fills the form (no draft writes)
        self._busy = False
        self._preview_seq = 0
        self._build()
        self.drafts = DraftKeeper(
            desk.profile.data_dir,
            state=self.form_state,
            is_blank=self.is_blank,
            now=desk.now,
            on_error=self._say_error,
            bar=self.draft_bar,
        )
        self.printer = SlipPrinter(desk, tasks, self, self._say_error)
        self.printer.closed.connect(self._preview_closed)
        keys: dict[QKeySequence, Callable[[], None]] = {
            QKeySequence(Qt.Key.Key_F2): self.new_dossier,
            QKeySequence(Qt.Key.Key_F3): self.focus_scan,
            QKeySequence("Ctrl+S"): self.accept,
            QKeySequence("Ctrl+P"): self.print_again,
        }
        self.shortcuts = window_shortcuts(self, keys)
        self.mnemonics = ImmediateMnemonics(self)  # Alt+M then Ctrl+S: ticked before the check
        self._wire()
        self._tab_order()
        self._load_procedures()
        self.drafts.offer()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.draft_bar = DraftBar(self)
        self.picker = ProcedurePicker(self)
        self.procedure_note = QLabel(self)
        self.procedure_note.setStyleSheet(ERROR_STYLE)
        self.procedure_note.setWordWrap(True)
        self.procedure_note.hide()
        picker_box = QGroupBox(self.tr("Procedure (F2: new dossier)"), self)
        picker_layout = QVBoxLayout(picker_box)
        picker_layout.addWidget(self.picker)
        picker_layout.addWidget(self.procedure_note)
        top = QHBoxLayout()
        top.addWidget(picker_box, 3)
        top.addWidget(self._build_appointment_box(), 2)
        self.applicant = ApplicantBlock(lambda: self.desk.now().date(), self)
        self.checklist = IntakeChecklist(self)
        self.files = ItemFilesPanel(
            self.desk, self.tasks, lambda: self.applicant.id_number.text(), self
        )
        self.files.watch_table(self.checklist.table)
        documents_box = QGroupBox(self.tr("Documents received"), self)
        documents_layout = QVBoxLayout(documents_box)
        documents_layout.addWidget(self.checklist, 1)
        documents_layout.addWidget(self.files)
        self.details = DossierDetailsBox(self)
        right = QVBoxLayout()
        right.addWidget(documents_box, 1)
        right.addWidget(self.details, 0)
        middle = QHBoxLayout()
        middle.addWidget(self.applicant, 5)
        middle.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self._build_outcome_bar())

    def _build_appointment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appointment to return the result"), self)
        self.appointment_label = QLabel("—", box)
        self.appointment_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.appointment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.limit_label = QLabel(box)
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet(INFO_STYLE)
        self.calendar_note = QLabel(box)  # the appointment's year has provisional days off
        self.calendar_note.setWordWrap(True)
        self.calendar_note.setStyleSheet(WARN_STYLE)
        self.calendar_note.hide()
        layout = QVBoxLayout(box)
        layout.addWidget(self.appointment_label)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.calendar_note)
        layout.addStretch(1)
        return box

    def _build_outcome_bar(self) -> QWidget:
        bar = QWidget(self)
        self.code_label = QLabel(bar)
        self.code_label.setStyleSheet(CODE_STYLE)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(bar)
        self.message.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Accept (Ctrl+S)"), bar)
        self.accept_button.setStyleSheet("font-weight: bold; padding: 6px 18px;")
        self.supplement_button = QPushButton(self.tr("Request su&pplement"), bar)
        self.refuse_button = QPushButton(self.tr("Re&fuse"), bar)
        self.reprint_button = QPushButton(self.tr("Print a&gain (Ctrl+P)"), bar)
        self.reprint_button.setEnabled(False)
        self.reprint_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+P only, or a click
        text = QVBoxLayout()
        text.addWidget(self.code_label)
        text.addWidget(self.message)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 4, 0, 0)
        row.addLayout(text, 1)
        for button in (self.reprint_button, self.refuse_button, self.supplement_button,
                       self.accept_button):  # fmt: skip
            row.addWidget(button)
        return bar

    def _wire(self) -> None:
        self.picker.chosen.connect(self._procedure_chosen)
        self.applicant.changed.connect(self._form_changed)
        self.checklist.changed.connect(self._form_changed)
        self.checklist.lines_set.connect(lambda: self.files.set_lines(self.checklist.names()))
        self.checklist.table.currentCellChanged.connect(
            lambda row, _c, _pr, _pc: self.files.show_row(row)
        )
        self.files.pages_added.connect(lambda row: self.checklist.set_received(row, True))
        self.files.changed.connect(self._files_changed)
        details = self.details
        for signal in (details.summary.textChanged, details.note.textChanged,
                       details.sets.valueChanged, details.delivery.currentIndexChanged,
                       details.channel.currentIndexChanged):  # fmt: skip
            signal.connect(self._form_changed)
        self.accept_button.clicked.connect(self.accept)
        self.supplement_button.clicked.connect(self.request_supplement)
        self.refuse_button.clicked.connect(self.refuse)
        self.reprint_button.clicked.connect(self.print_again)
        self.draft_bar.restore_button.clicked.connect(self.restore_draft)
        self.draft_bar.discard_button.clicked.connect(self.discard_offered_draft)
        self.appointment_timer = QTimer(self)
        self.appointment_timer.setInterval(APPOINTMENT_REFRESH_MS)
        self.appointment_timer.timeout.connect(self.refresh_appointment)
        self.appointment_timer.start()

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.picker.search,
            self.applicant.scan,
            *self.applicant.edits(),
            self.checklist.table,
            self.checklist.all_button,
            *self.files.focus_chain(),
            *self.details.focus_chain(),
            self.accept_button,
            self.supplement_button,
            self.refuse_button,
            self.reprint_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing the page -------------------------------------------------------------

    def activate(self) -> None:
        """The page is shown (sidebar, Ctrl+1): the keyboard goes to the form."""
        inside = self.focusWidget()
        usable = inside is not None and inside.isVisible() and inside.isEnabled()
        if self.saved_code is not None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        elif inside is not None and inside is not self and usable:
            inside.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_citizen(self) -> None:
        """F2 from another page: a stored dossier makes way for a new one; work in progress
        stays as it is (nothing is asked), with the focus in the form."""
        if self.saved_code is not None:
            self.new_dossier()
        else:
            self.activate()

    # -- procedures and the appointment -----------------------------------------------

    def follow(self, changes: Changes) -> None:
        """Procedure versions were added (on the settings page): the picker offers them."""
        if changes.concerns(CATALOGUE):
            self._load_procedures()

    def _load_procedures(self) -> None:
        self.tasks.run(
            lambda _report: self.desk.procedures(),
            on_done=self._procedures_arrived,
            on_error=self._say_failure,
        )

    def _procedures_arrived(self, choices: list[ProcedureChoice]) -> None:
        self.picker.set_procedures(choices)
        self._procedures_loaded = True
        if self._pending_restore is not None:
            data, self._pending_restore = self._pending_restore, None
            self.set_form_state(data)

    def _procedure_chosen(self, choice: ProcedureChoice | None) -> None:
        self.procedure_note.hide()
        self.checklist.set_checklist(choice.checklist if choice else (), chosen=choice is not None)
        self.limit_label.setText(self._limit_text(choice) if choice else "")
        self.refresh_appointment()
        self._form_changed()

    def refresh_appointment(self) -> None:
        """Recompute the appointment as if the dossier were received now."""
        choice = self.picker.current()
        if self.saved_code is not None:
            return
        if choice is None or not choice.takes_dossiers:
            self._set_appointment("—")
            self._show_calendar_note("")
            return
        self._preview_seq += 1
        seq, code = self._preview_seq, choice.code
        self.tasks.run(
            lambda _report: self._appointment_and_note(code),
            on_done=lambda found: self._show_appointment(seq, *found),
            on_error=self._say_failure,
        )

    def _appointment_and_note(self, code: str) -> tuple[datetime, str]:
        """The appointment if received now, and the note when its year's days off are only
        provisional (run off the GUI thread: a year's holidays may be read from a file)."""
        moment = self.desk.preview_appointment(code)
        return moment, provisional_note(self.desk.calendar.holiday_year(moment.year))

    def _show_appointment(self, seq: int, moment: datetime, note: str) -> None:
        if seq == self._preview_seq and self.saved_code is None:
            self._set_appointment(appointment_text(moment))
            self._show_calendar_note(note)

    def _set_appointment(self, text: str) -> None:
        self.appointment_label.setText(text)
        self.appointment_shown.emit(text)

    def _show_calendar_note(self, note: str) -> None:
        self.calendar_note.setText(note)
        self.calendar_note.setVisible(bool(note))

    def _limit_text(self, choice: ProcedureChoice) -> str:
        amount = choice.time_limit
        if not choice.takes_dossiers:
            limit = self.tr("not confirmed in the catalogue (load the province's list first)")
        elif choice.time_unit == "working_days":
            limit = self.tr("{n} working day(s)").format(n=amount)
        elif choice.time_unit == "working_hours":
            limit = self.tr("{n} working hour(s)").format(n=amount)
        elif choice.cutoff_15h:
            limit = self.tr("same day (received after 15:00: the next working day)")
        else:
            limit = self.tr("same day")
        if choice.fee is None:
            fee = self.tr("set by the province")
        elif choice.fee == 0:
            fee = self.tr("free")
        else:
            fee = money_text(choice.fee)
        text = self.tr("Time limit: {limit}. Fee: {fee}.").format(limit=limit, fee=fee)
        if not choice.confirmed:
            text += " " + self.tr(
                "Unconfirmed catalogue entry: check it against the list the province publishes."
            )
        return text

    # -- the form as data -------------------------------------------------------------

    def intake_raw(self) -> dict[str, Any]:
        """The form as the intake JSON (``motcua dossier add``) wants it."""
        choice = self.picker.current()
        return {
            "procedure": choice.code if choice else "",
            "applicant": self.applicant.values(),
            "documents": self.checklist.documents(),
            **self.details.values(),
        }

    def form_state(self) -> dict[str, Any]:
        """Everything on the form, for the draft (unticked documents too)."""
        return {**self.intake_raw(), "documents": self.checklist.state()}

    def set_form_state(self, data: dict[str, Any]) -> None:
        """Fill the form from :meth:`form_state` (a restored draft)."""
        if not self._procedures_loaded:
            self._pending_restore = data
            return
        self._quiet += 1
        try:
            code = data.get("procedure")
            if not (isinstance(code, str) and code and self.picker.select_code(code)):
                self.picker.reset()
            applicant = data.get("applicant")
            self.applicant.set_values(applicant if isinstance(applicant, dict) else {})
            documents = data.get("documents")
            self.checklist.restore(documents if isinstance(documents, list) else [])
            self.details.set_values(data)
        finally:
            self._quiet -= 1
        self._form_changed()

    def is_blank(self) -> bool:
        return (
            self.picker.current() is None
            and self.applicant.is_empty()
            and self.details.is_empty()
            and not self.files.has_files()
        )

    def _files_changed(self) -> None:
        for row in range(len(self.files.items)):
            self.checklist.set_files_text(row, self.files.pages_text(row))

    # -- drafts -----------------------------------------------------------------------

    def _form_changed(self, *_args: object) -> None:
        if not self._quiet and self.saved_code is None:
            self.drafts.changed()

    def restore_draft(self) -> None:
        data = self.drafts.take_offer()
        if data is not None:
            self.set_form_state(data)
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def discard_offered_draft(self) -> None:
        self.drafts.decline_offer()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- new dossier ------------------------------------------------------------------

    def new_dossier(self) -> None:
        """F2: clear the form for the next applicant (asks first if unsaved work is on it)."""
        if self._busy:
            return
        if self.saved_code is None and not self.is_blank() and not self.confirm_clear():
            return
        self._quiet += 1
        try:
            self.picker.reset()
            self.applicant.set_values({})
            self.checklist.clear()
            self.details.set_values({})
            self.procedure_note.hide()
        finally:
            self._quiet -= 1
        self.drafts.forget()
        self.drafts.paused = False
        if self.saved_code is not None:
            self.code_label.setText(self.tr("Last dossier: {code}").format(code=self.saved_code))
            self.code_label.setStyleSheet(INFO_STYLE)
        self.saved_code = None
        self._set_locked(False)
        self.message.clear()
        self.refresh_appointment()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm_clear(self) -> bool:
        """Ask before throwing away a filled form. Replaced in tests."""
        answer = QMessageBox.question(
            self,
            self.tr("New dossier"),
            self.tr("Clear the dossier being entered? It has not been saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def focus_scan(self) -> None:
        """F3: the chip card's scan field."""
        self.applicant.scan.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.applicant.scan.selectAll()

    # -- outcomes ---------------------------------------------------------------------

    def accept(self) -> None:
        """Ctrl+S: store the dossier as accepted (status 2), then print forms 01 and 06."""
        raw = self._checked_raw(require_documents=True)
        if raw is not None:
            self._store(raw, ACCEPT)

    def request_supplement(self) -> None:
        """Send the dossier back to be completed (status 5, form 02)."""
        self._ask_outcome(OutcomeKind.SUPPLEMENT)

    def refuse(self) -> None:
        """Refuse the dossier with a reason (status 3, form 03)."""
        self._ask_outcome(OutcomeKind.REFUSE)

    def _ask_outcome(self, kind: OutcomeKind) -> None:
        raw = self._checked_raw(require_documents=False)
        if raw is None:
            return
        suggested = self.checklist.missing_required() if kind == OutcomeKind.SUPPLEMENT else ()
        dialog = OutcomeDialog(kind, suggested=suggested, parent=self)
        dialog.accepted.connect(lambda: self._store(raw, dialog.outcome()))
        dialog.finished.connect(lambda _result: self._outcome_dialog_closed(dialog))
        self.outcome_dialog = dialog
        dialog.open()

    def _outcome_dialog_closed(self, dialog: OutcomeDialog) -> None:
        if self.outcome_dialog is dialog:
            self.outcome_dialog = None
        dialog.deleteLater()

    def _checked_raw(self, *, require_documents: bool) -> dict[str, Any] | None:
        """The form as intake JSON when it passes every local check; else shows why, None."""
        if self._busy:
            return None
        if self.saved_code is not None:
            self._say(
                self.tr("This dossier is already stored. Press F2 for a new one."), INFO_STYLE
            )
            return None
        problems: list[QWidget] = []
        if self.picker.current() is None:
            self.procedure_note.setText(self.tr("Choose the procedure first."))
            self.procedure_note.show()
            problems.append(self.picker.search)
        problems.extend(self.applicant.check_all())
        if require_documents and self.picker.current() and not self.checklist.check_complete():
            problems.append(self.checklist.table)
        raw = self.intake_raw()
        if problems:
            self._say(self.tr("The dossier was not stored: see the marked fields."), ERROR_STYLE)
            problems[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return raw

    def show_field_error(self, field: str | None, message: str) -> QWidget:
        """Show a Vietnamese message beside the field it is about; returns that field."""
        edit = self.applicant.edit_for(field)
        if edit is not None:
            edit.show_error(message)
            return edit
        if field == "procedure":
            self.procedure_note.setText(message)
            self.procedure_note.show()
            return self.picker.search
        if field == "documents":
            self.checklist.note.setText(message)
            return self.checklist.table
        return self.details.show_error(field, message)

    def _store(self, raw: dict[str, Any], outcome: Outcome) -> None:
        self.details.clear_error()
        self._set_busy(True)
        self._say(self.tr("Storing the dossier…"), INFO_STYLE)
        desk, items = self.desk, self.files.item_files(self.checklist.positions())

        def store(_report: object) -> Any:
            if not items:
                return desk.receive(raw, outcome)
            request = parse_intake(raw, today=desk.now().date())
            files = stored_files(desk.attachments.prepare, items)
            return desk.receive(replace(request, files=files), outcome)

        self.tasks.run(
            store,
            on_done=lambda detail: self._stored(detail, outcome.kind),
            on_error=self._store_failed,
            writes=True,
        )

    def _stored(self, detail: Any, kind: OutcomeKind) -> None:
        self._set_busy(False)
        self.saved_code = detail.code
        self.drafts.forget()
        self.drafts.paused = True
        self.drafts.take_offer()  # an older draft is not offered any more
        self.code_label.setStyleSheet(CODE_STYLE)
        self.code_label.setText(self.tr("Dossier code: {code}").format(code=detail.code))
        if kind == OutcomeKind.ACCEPT and detail.appointment is not None:
            self._set_appointment(appointment_text(detail.appointment))
            done = self.tr("Accepted. Appointment: {when}.").format(
                when=appointment_text(detail.appointment)
            )
        elif kind == OutcomeKind.SUPPLEMENT:
            self._set_appointment("—")
            self._show_calendar_note("")
            done = self.tr("Sent back to be completed (form 02).")
        else:
            self._set_appointment("—")
            self._show_calendar_note("")
            done = self.tr("Refused (form 03).")
        self._say(done + " " + self.tr("F2: next dossier."), OK_STYLE)
        self.reprint_button.setEnabled(True)
        self._set_locked(True)
        self.received.emit(detail)
        self.printer.after(kind, detail.code)

    def _store_failed(self, error: DeskError) -> None:
        """The core refused the form: its message beside the field it names (which takes
        the focus), or below the form."""
        self._set_busy(False)
        self.applicant.check_all()
        if error.field is None:
            self._say(error.message, ERROR_STYLE)
            return
        self.show_field_error(error.field, error.message).setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(self.tr("The dossier was not stored: see the marked fields."), ERROR_STYLE)

    # -- printing ---------------------------------------------------------------------

    @property
    def preview(self) -> PrintPreviewDialog | None:
        return self.printer.preview

    def print_again(self) -> None:
        """Ctrl+P: print the last slips again (each print is recorded as a reprint)."""
        if not self.printer.again():
            self._say(self.tr("No slip has been printed on this page yet."), INFO_STYLE)

    def _preview_closed(self) -> None:
        """The slips of the dossier just stored were seen: ready for the next citizen."""
        if self.saved_code is not None and not self._busy:
            self.new_dossier()

    # -- state ------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.accept_button, self.supplement_button, self.refuse_button):
            button.setEnabled(not busy and self.saved_code is None)

    def _set_locked(self, locked: bool) -> None:
        """After storing, the form shows what was stored and cannot be changed."""
        if locked:  # the page itself holds the focus: Enter and Space do nothing there
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        for widget in (self.picker, self.applicant, self.checklist, self.files, self.details):
            widget.setEnabled(not locked)
        for button in (self.accept_button, self.supplement_button, self.refuse_button):
            button.setEnabled(not locked)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def _say_error(self, message: str) -> None:
        self._say(message, ERROR_STYLE)

    def _say_failure(self, error: DeskError) -> None:
        self._say(error.message, ERROR_STYLE)
