"""What the desk adds to a form's data from the database: phones and the office's wording."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.payments.vietqr import PaymentAccount
from desktop.printing.templates import Wording


@dataclass(frozen=True)
class PrintSetup:
    """Officers' phones (officer as recorded → phone), the office's wording of each form (the
    default where it has none or its file was refused) and why a file was refused."""

    phones: Mapping[str, str] = field(default_factory=dict)
    wordings: Mapping[str, Wording] = field(default_factory=dict)
    problems: Mapping[str, str] = field(default_factory=dict)
    payment: PaymentAccount | None = None  # the office's account fees are transferred to
    lookup_url: str = ""  # the province's lookup page with {code} (setting receipt.lookup_url)

    def wording(self, form: str) -> Wording:
        return self.wordings.get(form) or Wording(form)

    def problem(self, form: str) -> str:
        return self.problems.get(form, "")
