"""The fee dialog shows the VietQR of the procedure's fee; the officer confirms the transfer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.desk import Desk
from desktop.dossiers.status import Action, Status
from desktop.dossiers.step_input import ActionInput
from desktop.payments import vietqr
from tests.integration.dossier_factory import intake_json
from ui.dialogs.action_dialog import ActionDialog
from ui.tasks import TaskRunner

FEE_PROCEDURE = "2.000635"  # 8 000 đồng in the shipped catalogue


def fee_dialog(qtbot: QtBot, desk: Desk, tasks: TaskRunner, procedure: str) -> ActionDialog:
    code = desk.receive(intake_json(procedure=procedure)).code
    waiting = desk.act(code, Action.REQUEST_FEE, ActionInput())
    dialog = ActionDialog(desk, tasks, waiting, Action.PAY_FEE)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_transfer_received_records_a_bank_transfer(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    desk.profile.settings.set("payment.bank_bin", "970415")
    desk.profile.settings.set("payment.account_number", "113366668888")
    dialog = fee_dialog(qtbot, desk, tasks, FEE_PROCEDURE)
    code = dialog.dossier.code
    assert dialog.transfer_qr is not None and dialog.transfer_button is not None
    assert not dialog.transfer_qr.pixmap().isNull()
    top = vietqr.read_payload(dialog.transfer_qr.value)
    assert top["54"] == "8000" and vietqr.parse_fields(top["62"]) == {"08": code}
    assert vietqr.parse_fields(vietqr.parse_fields(top["38"])["01"])["01"] == "113366668888"

    with qtbot.waitSignal(dialog.recorded):
        qtbot.mouseClick(dialog.transfer_button, Qt.MouseButton.LeftButton)
    detail = desk.detail(code)
    assert detail.status == int(Status.ACCEPTED)
    assert [(f["amount"], f["method"]) for f in detail.fees] == [(8000, "bank_transfer")]


def test_no_transfer_qr_without_an_account_or_a_fee(
    qtbot: QtBot, desk: Desk, tasks: TaskRunner
) -> None:
    assert fee_dialog(qtbot, desk, tasks, FEE_PROCEDURE).transfer_qr is None
    desk.profile.settings.set("payment.bank_bin", "970415")
    desk.profile.settings.set("payment.account_number", "113366668888")
    assert fee_dialog(qtbot, desk, tasks, "1.004873").transfer_qr is None
