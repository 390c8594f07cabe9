"""Thanh toán và biên nhận: the office's account for VietQR transfers, the province's lookup
address the receipt's QR carries, and the citizen's screen."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.desk import Desk
from ui.pages.settings.keyed_tab import KeyedTab
from ui.tasks import TaskRunner


class PaymentTab(KeyedTab):
    """Bank account, receipt lookup address and the second screen."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.intro(
            self.tr(
                "Fees are transferred to this account: form 01 and the fee dialog show a "
                "VietQR with the amount and the dossier code. Leave the bank empty for no QR."
            )
        )
        bank = QLineEdit()
        bank.setPlaceholderText(self.tr("6 digits, e.g. 970415"))
        self.add("payment.bank_bin", self.tr("&Bank (BIN code)"), bank)
        self.add("payment.account_number", self.tr("Account &number"), QLineEdit())
        name = QLineEdit()
        name.setPlaceholderText(self.tr("as the bank prints it, e.g. UBND XA HOA BINH"))
        self.add("payment.account_name", self.tr("Account n&ame"), name)
        lookup = QLineEdit()
        lookup.setPlaceholderText("https://dichvucong.…/tra-cuu?ma={code}")
        self.add("receipt.lookup_url", self.tr("&Lookup address on the receipt"), lookup)
        screen = QCheckBox(self.tr("S&how the citizen's screen on a second monitor"))
        self.add("citizen_screen.enabled", "", screen)
        self.finish()
