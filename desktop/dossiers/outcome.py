"""How the counter closes an intake (the choice the window's outcome dialog offers)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class OutcomeKind(StrEnum):
    ACCEPT = "accept"
    SUPPLEMENT = "supplement"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Outcome:
    """How the counter closes an intake: accepted, sent back to complete (form 02), refused
    (form 03). A code is issued in every case, so the slip can be printed and synced."""

    kind: OutcomeKind = OutcomeKind.ACCEPT
    items: tuple[str, ...] = ()
    reason: str = ""


ACCEPT = Outcome()
