"""One dialog for every step an officer records on a dossier (transfer, supplement, extend…).

It shows only the fields the action needs, records the step through the desk in a writing
task, and shows a refusal inline: beside the field it concerns (or above the form), with the
focus and everything typed kept. It never opens a message box.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.dossiers.lifecycle import FEE_METHOD_LABELS, proposed_appointment
from desktop.dossiers.status import RULES, Action
from desktop.dossiers.step_input import ActionInput
from desktop.dossiers.views import DossierDetail
from desktop.errors import DeskError
from desktop.payments.amount_words import amount_in_words
from ui.models import fmt_time
from ui.tasks import TaskRunner
from ui.widgets.plain import error_label
from ui.widgets.qr_label import QrLabel

# The fields each action asks for, in order (names as the services report them).
FIELDS: dict[Action, tuple[str, ...]] = {
    Action.ACCEPT: ("note",),
    Action.REFUSE: ("reason",),
    Action.TRANSFER: ("to_unit", "receiver", "note"),
    Action.SUPPLEMENT: ("items", "reason"),
    Action.RESUME: ("note",),
    Action.REQUEST_FEE: ("note",),
    Action.PAY_FEE: ("fee_name", "amount", "method"),
    Action.EXTEND: ("new_appointment", "reason"),
    Action.RESOLVE: ("note",),
    Action.RETURN: ("recipient",),
    Action.WITHDRAW: ("reason",),
    Action.STOP: ("reason",),
}


def action_text(action: Action) -> str:
    """The name of an action on its button and dialog."""
    names = {
        Action.ACCEPT: QCoreApplication.translate("Action", "Accept"),
        Action.REFUSE: QCoreApplication.translate("Action", "Refuse"),
        Action.TRANSFER: QCoreApplication.translate("Action", "Transfer"),
        Action.SUPPLEMENT: QCoreApplication.translate("Action", "Request supplement"),
        Action.RESUME: QCoreApplication.translate("Action", "Supplement received"),
        Action.REQUEST_FEE: QCoreApplication.translate("Action", "Request fees"),
        Action.PAY_FEE: QCoreApplication.translate("Action", "Fees paid"),
        Action.EXTEND: QCoreApplication.translate("Action", "Apologise and extend"),
        Action.RESOLVE: QCoreApplication.translate("Action", "Resolved"),
        Action.RETURN: QCoreApplication.translate("Action", "Return result"),
        Action.WITHDRAW: QCoreApplication.translate("Action", "Withdraw"),
        Action.STOP: QCoreApplication.translate("Action", "Stop processing"),
    }
    return names[action]


def _amount(text: str) -> int | None:
    digits = re.sub(r"[ .,_]", "", text.strip())
    return int(digits) if digits.isdigit() else None


class ActionDialog(QDialog):
    """Fields for ``action`` on ``dossier``; emits :attr:`recorded` with the new state."""

    recorded = Signal(object)  # DossierDetail

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        dossier: DossierDetail,
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.tasks, self.dossier, self.action = desk, tasks, dossier, action
        self.setWindowTitle(f"{action_text(action)} — {dossier.code}")
        self.setMinimumWidth(580)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.result_detail: DossierDetail | None = None

        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Dossier {code} — {name}").format(
                code=dossier.code, name=dossier.applicant_name
            )
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)  # the name is shown literally
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(
            QLabel(
                self.tr("{status} · appointment {time}").format(
                    status=dossier.status_label, time=fmt_time(dossier.appointment)
                )
            )
        )
        target = RULES[action].target
        if target is not None and int(target) != dossier.status:
            layout.addWidget(QLabel(self.tr("New status: {status}").format(status=target.label)))
        self.general_error = error_label("generalError")
        self.general_error.hide()
        layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS[action]:
            self._add_field(name)
        layout.addLayout(self.form)
        self.transfer_qr: QrLabel | None = None
        self.transfer_button: QPushButton | None = None
        if action == Action.PAY_FEE:
            self._add_transfer(layout)

        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Record"))
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()

    # --- the fee by bank transfer (VietQR, DOMAIN §11) -------------------------------------

    def _add_transfer(self, layout: QVBoxLayout) -> None:
        """The VietQR of the procedure's fee, with the dossier code as purpose, when the
        office's account is set; the officer confirms once the bank app shows the transfer."""
        account = self.desk.profile.settings.payment_account()
        fee = self.dossier.procedure_fee
        if account is None or fee <= 0:
            return
        try:
            payload = account.payload(fee, self.dossier.code)
        except DeskError:  # a code banks would cut: the officer records the transfer by hand
            return
        amount = f"{fee:,}".replace(",", ".")
        caption = QLabel(
            self.tr("Scan to pay {amount} VND ({words}) to account {account}").format(
                amount=amount, words=amount_in_words(fee), account=account.number
            )
        )
        caption.setWordWrap(True)
        self.transfer_qr = QrLabel(payload)
        self.transfer_qr.setObjectName("transferQr")
        self.transfer_button = QPushButton(self.tr("Transfer received"))
        self.transfer_button.setObjectName("transferReceived")
        self.transfer_button.clicked.connect(self.transfer_received)
        for widget in (caption, self.transfer_qr, self.transfer_button):
            layout.addWidget(widget)

    def transfer_received(self) -> None:
        """Record the procedure's fee as paid by bank transfer."""
        amount, method = self.inputs["amount"], self.inputs["method"]
        assert isinstance(amount, QLineEdit) and isinstance(method, QComboBox)
        amount.setText(str(self.dossier.procedure_fee))
        method.setCurrentIndex(method.findData("bank_transfer"))
        self.submit()

    # --- fields ---------------------------------------------------------------------------

    def _add_field(self, name: str) -> None:
        label, widget = self._make_field(name)
        widget.setObjectName(name)
        error = error_label(f"{name}_error")
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)
        self.inputs[name], self.errors[name] = widget, error

    def _make_field(self, name: str) -> tuple[str, QWidget]:
        d = self.dossier
        if name == "items":
            items = QPlainTextEdit()
            items.setPlaceholderText(
                self.tr("One document per line, in full: guidance is given once")
            )
            items.setTabChangesFocus(True)
            items.textChanged.connect(lambda: self._clear_error("items"))
            return self.tr("Documents to supplement"), items
        if name == "new_appointment":
            when = QDateTimeEdit()
            when.setCalendarPopup(True)
            when.setDisplayFormat("dd/MM/yyyy HH:mm")
            now = self.desk.now()
            proposed = proposed_appointment(d.appointment or now, now, self.desk.calendar)
            when.setDateTime(QDateTime(proposed))
            when.dateTimeChanged.connect(lambda _v: self._clear_error("new_appointment"))
            return self.tr("New appointment"), when
        if name == "method":
            combo = QComboBox()
            for key, text in FEE_METHOD_LABELS.items():
                combo.addItem(text, key)
            return self.tr("Payment method"), combo
        edit = QLineEdit()
        edit.textEdited.connect(lambda _t, field=name: self._clear_error(field))
        labels = {
            "note": self.tr("Note"),
            "reason": self.tr("Reason"),
            "to_unit": self.tr("Receiving unit or officer"),
            "receiver": self.tr("Received by"),
            "recipient": self.tr("Result received by"),
            "fee_name": self.tr("Fee"),
            "amount": self.tr("Amount (VND)"),
        }
        if name == "recipient":
            edit.setText(d.applicant_name)
        if name == "to_unit" and d.handling_unit:
            edit.setPlaceholderText(self.tr("Now at: {unit}").format(unit=d.handling_unit))
        return labels[name], edit

    def text_of(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        return ""

    def action_input(self) -> ActionInput:
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if name == "items":
                lines = self.text_of(name).splitlines()
                values["items"] = tuple(line for line in lines if line.strip())
            elif name == "new_appointment" and isinstance(widget, QDateTimeEdit):
                chosen = widget.dateTime().toPython()
                assert isinstance(chosen, datetime)
                values["new_appointment"] = chosen.replace(second=0, microsecond=0)
            elif name == "amount":
                values["fee_amount"] = _amount(self.text_of(name))
            elif name == "method":
                values["fee_method"] = self.text_of(name)
            else:
                values[name] = self.text_of(name)
        return ActionInput(**values)

    # --- recording ------------------------------------------------------------------------

    def submit(self) -> None:
        """Record the step in a writing task; the dialog closes only when it is stored."""
        self._clear_errors()
        data = self.action_input()
        desk, code, action = self.desk, self.dossier.code, self.action

        self._set_busy(True)
        self.tasks.run(
            lambda _report: desk.act(code, action, data),
            on_done=self._finished,
            on_error=self._failed,
            writes=True,
        )

    def _finished(self, result: DossierDetail) -> None:
        self._set_busy(False)
        self.result_detail = result
        self.recorded.emit(result)
        self.accept()

    def _failed(self, error: DeskError) -> None:
        """Shown beside its field when it names one, else above the fields."""
        self._set_busy(False)
        self.show_error(error.message, error.field)

    def show_error(self, message: str, field: str | None) -> None:
        """The refusal beside its field (the field keeps its text and takes the focus)."""
        name = {"fee_amount": "amount", "fee_method": "method"}.get(field or "", field or "")
        if name in self.errors:
            self.errors[name].setText(message)
            self.errors[name].show()
            self.inputs[name].setFocus()
        else:
            self.general_error.setText(message)
            self.general_error.show()
            focus = next(iter(self.inputs.values()), None)
            if focus is not None:
                focus.setFocus()

    def _clear_error(self, name: str) -> None:
        if name in self.errors:
            self.errors[name].hide()

    def _clear_errors(self) -> None:
        self.general_error.hide()
        for label in self.errors.values():
            label.hide()

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        if self.transfer_button is not None:
            self.transfer_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Recording…") if busy else self.tr("Record"))
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
