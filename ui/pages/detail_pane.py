"""The selected dossier: who, what, when, its whole history, and the steps it allows now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.roles import Permission
from desktop.desk import Desk
from desktop.dossiers.status import Action, Status, allowed_actions
from desktop.dossiers.views import DossierDetail, HistoryView
from desktop.errors import DeskError
from ui.dialogs.action_dialog import ActionDialog, action_text
from ui.models import channel_label, deadline_label, fmt_time
from ui.pages.intake_printing import SlipPrinter
from ui.role_view import may, may_act
from ui.tasks import TaskRunner
from ui.widgets.dossier_files import DossierFiles
from ui.widgets.plain import error_label, plain_tooltip

BUTTON_COLUMNS = 3
# The form printed right after a step, where the step has one (DOMAIN.md §5).
FORM_AFTER: dict[Action, str] = {Action.EXTEND: "04", Action.STOP: "05", Action.SUPPLEMENT: "02"}


def printable_forms(d: DossierDetail) -> list[str]:
    """The forms that exist for this dossier, for printing again."""
    actions = {h.action for h in d.history}
    forms = []
    if d.original_appointment is not None:
        forms += ["01", "06"]
    if d.supplements:
        forms.append("02")
    if d.status == int(Status.REFUSED):
        forms.append("03")
    if Action.EXTEND.value in actions:
        forms.append("04")
    if d.status == int(Status.STOPPED):
        forms.append("05")
    return sorted(forms)


def step_text(step: HistoryView) -> str:
    if step.action == "receive":
        return QCoreApplication.translate("Action", "Receive")
    try:
        return action_text(Action(step.action))
    except ValueError:
        return step.action


class DetailPane(QWidget):
    """Shows one dossier and records steps on it through :class:`ActionDialog`."""

    changed = Signal(object)  # DossierDetail, after a step was recorded
    failed = Signal(str)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.detail: DossierDetail | None = None
        self.active_dialog: ActionDialog | None = None
        self.action_buttons: dict[Action, QPushButton] = {}
        self._wanted = ""

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        left = QVBoxLayout()
        outer.addLayout(left, 5)
        self.title = QLabel(self.tr("Select a dossier in the list to see it here."))
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.title)

        self.facts = QFormLayout()
        self.facts.setVerticalSpacing(3)
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("status", self.tr("Status")),
            ("applicant", self.tr("Applicant")),
            ("procedure", self.tr("Procedure")),
            ("received", self.tr("Received")),
            ("appointment", self.tr("Appointment")),
            ("unit", self.tr("Handled by")),
        ):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # names print literally, never as HTML
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(text, value)
        left.addLayout(self.facts)
        self.reveal_button = QPushButton(self.tr("Show ID number and phone"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr("Shown in full and recorded in the audit trail"))
        self.reveal_button.setFlat(True)
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.hide()
        left.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.printer = SlipPrinter(desk, tasks, self, self._show_error)
        self.print_button = QToolButton()
        self.print_button.setObjectName("printForms")
        self.print_button.setText(self.tr("Print a form…"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.print_button.hide()
        left.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.actions_box = QFrame()
        self.actions_grid = QGridLayout(self.actions_box)
        self.actions_grid.setContentsMargins(0, 4, 0, 0)
        left.addWidget(self.actions_box)
        self.files = DossierFiles(desk, tasks, parent=self)
        self.files.hide()
        left.addWidget(self.files)
        self.error = error_label()
        self.error.hide()
        left.addWidget(self.error)
        left.addStretch(1)

        right = QVBoxLayout()
        outer.addLayout(right, 7)
        self.history_title = QLabel(self.tr("History"))
        self.history_title.setObjectName("sectionTitle")
        right.addWidget(self.history_title)
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(True)
        self.history.setHeaderLabels(
            [self.tr("Time"), self.tr("Step"), self.tr("Officer"), self.tr("Details")]
        )
        stamp = self.history.fontMetrics().horizontalAdvance("00/00/0000 00:00") + 24
        self.history.setColumnWidth(0, stamp)
        self.history.setColumnWidth(1, 130)
        self.history.setColumnWidth(2, 100)
        right.addWidget(self.history, 1)
        self._show_facts(False)

    # --- loading --------------------------------------------------------------------------

    def show_code(self, code: str) -> None:
        """Load dossier ``code`` in the background and show it."""
        self._wanted = code
        self.tasks.run(
            lambda _report: self.desk.detail(code),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _loaded(self, detail: DossierDetail) -> None:
        if detail.code == self._wanted.strip().upper():
            self.show_detail(detail)

    def _load_failed(self, error: DeskError) -> None:
        self.error.setText(error.message)
        self.error.show()
        self.failed.emit(error.message)

    def reveal(self) -> None:
        if self.detail is None:
            return
        code = self.detail.code
        self.tasks.run(
            lambda _r: self.desk.reveal(code),
            on_done=self.show_detail,
            on_error=self._load_failed,
            writes=True,
        )

    def follow_role(self) -> None:
        """Another officer signed in: the shown dossier again, masked, with their buttons."""
        if self.detail is not None:
            self.files.clear()  # their bytes again, if this officer may see them
            self.show_code(self.detail.code)

    def clear(self) -> None:
        self.detail, self._wanted = None, ""
        self.title.setText(self.tr("Select a dossier in the list to see it here."))
        self.history.clear()
        self._set_actions([])
        self.print_button.hide()
        self.reveal_button.hide()
        self._show_facts(False)
        self.files.clear()
        self.files.hide()
        self.error.hide()

    def show_detail(self, d: DossierDetail) -> None:
        self.detail = d
        self.error.hide()
        self.title.setText(f"<b>{d.code}</b>")
        state = deadline_label(d.deadline_state)
        self.fact_labels["status"].setText(f"{d.status_label}" + (f" — {state}" if state else ""))
        self.fact_labels["applicant"].setText(
            f"{d.applicant_name}\n{d.applicant_id_number} · {d.applicant_phone or '—'}"
        )
        self.fact_labels["procedure"].setText(f"{d.procedure_name}\n({channel_label(d.channel)})")
        self.fact_labels["received"].setText(
            self.tr("{time} by {officer}").format(
                time=fmt_time(d.received_at), officer=d.received_by or "—"
            )
        )
        appointment = fmt_time(d.appointment)
        if d.original_appointment and d.original_appointment != d.appointment:
            appointment += " " + self.tr("(first set: {time})").format(
                time=fmt_time(d.original_appointment)
            )
        self.fact_labels["appointment"].setText(appointment)
        self.fact_labels["unit"].setText(d.handling_unit or "—")
        self._show_facts(True)
        masked = "*" in f"{d.applicant_id_number}{d.applicant_phone}"
        self.reveal_button.setVisible(masked and may(self.desk, Permission.REVEAL))
        self._fill_history(d)
        actions = allowed_actions(Status(d.status))
        self._set_actions([a for a in actions if may_act(self.desk, a)])
        self._fill_print_menu(d)
        self.files.show()
        if d.code != self.files.code:  # opening the files is audited: once per dossier shown
            self.files.show_dossier(d.code, [str(doc["name"]) for doc in d.documents])

    def _show_facts(self, visible: bool) -> None:
        for label in self.fact_labels.values():
            label.setVisible(visible)
            buddy = self.facts.labelForField(label)
            if buddy is not None:
                buddy.setVisible(visible)

    def _fill_history(self, d: DossierDetail) -> None:
        self.history.clear()
        for step in d.history:
            details = [Status(step.to_status).label]
            if step.note:
                details.append(step.note)
            if step.appointment_after and step.appointment_after != step.appointment_before:
                details.append(
                    self.tr("appointment {time}").format(time=fmt_time(step.appointment_after))
                )
            item = QTreeWidgetItem(
                [fmt_time(step.at), step_text(step), step.officer, " · ".join(details)]
            )
            item.setToolTip(3, plain_tooltip("\n".join(details)))
            self.history.addTopLevelItem(item)

    def _set_actions(self, actions: list[Action]) -> None:
        for button in self.action_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.action_buttons = {}
        for n, action in enumerate(actions):
            button = QPushButton(action_text(action))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _checked=False, a=action: self.open_action(a))
            self.actions_grid.addWidget(button, n // BUTTON_COLUMNS, n % BUTTON_COLUMNS)
            self.action_buttons[action] = button
        self.actions_box.setVisible(bool(actions))

    # --- steps ----------------------------------------------------------------------------

    def open_action(self, action: Action) -> ActionDialog | None:
        """Open the dialog of ``action`` (window-modal, without blocking the event loop)."""
        if self.detail is None:
            return None
        dialog = ActionDialog(self.desk, self.tasks, self.detail, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    def _recorded(self, detail: DossierDetail) -> None:
        action = self._last_action(detail)
        self.show_detail(detail)
        self.changed.emit(detail)
        if action in FORM_AFTER:
            self.print_form(FORM_AFTER[action])

    @staticmethod
    def _last_action(detail: DossierDetail) -> Action | None:
        try:
            return Action(detail.history[-1].action) if detail.history else None
        except ValueError:
            return None

    # --- printing -------------------------------------------------------------------------

    def _fill_print_menu(self, d: DossierDetail) -> None:
        self.print_menu.clear()
        titles = self.printer.titles()
        forms = printable_forms(d)
        for form in forms:
            entry = self.print_menu.addAction(titles.get(form, form))
            entry.triggered.connect(lambda _checked=False, f=form: self.print_form(f))
        self.print_button.setVisible(bool(forms) and may(self.desk, Permission.PRINT))

    def print_form(self, form: str) -> None:
        """Build ``form`` for the shown dossier (a reprint is marked) and open the preview."""
        if self.detail is not None:
            self.printer.print_forms([(form, self.detail.code, 1)])

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
