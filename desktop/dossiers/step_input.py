"""What the officer types for a step of a dossier (the service API's input for `Desk.act`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ActionInput:
    """What the officer typed for a step; which fields matter depends on the action."""

    at: datetime | None = None
    note: str = ""
    reason: str = ""
    to_unit: str = ""
    receiver: str = ""
    items: tuple[str, ...] = ()
    new_appointment: datetime | None = None
    recipient: str = ""
    fee_name: str = ""
    fee_amount: int | None = None
    fee_method: str = "cash"
