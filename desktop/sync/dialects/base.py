"""What every dialect shares (SYNC.md §1–§2): success codes, a refused call, a record sent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from desktop.outbox.queue import ItemKind
from desktop.sync.errors import Refused

SUCCESS_CODES = ("0", "00")


def succeeded(answer: dict[str, Any]) -> bool:
    """``error_code`` 0, "0" or "00": the call succeeded (anything else failed as a whole)."""
    code = answer.get("error_code")
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return code == 0
    return isinstance(code, str) and code.strip() in SUCCESS_CODES


def message_of(answer: dict[str, Any]) -> str:
    message = answer.get("message")
    return message if isinstance(message, str) else ""


@dataclass
class Sent:
    """One record on the wire: its kind, dossier, version or key, snapshot, and call kind."""

    kind: ItemKind
    code: str
    version: int | None
    key: str
    record: dict[str, Any]
    updating: bool = False


@dataclass(frozen=True)
class Verdict:
    """The province's verdict on one record (the extension's words) and its message."""

    verdict: str
    message: str = ""


class Dialect(Protocol):
    name: str
    sends_audit_head: bool
    judges_records: bool  # per-record results: no look-ups needed to settle a lost answer

    def records(self, batch: list[Sent]) -> list[dict[str, Any]]:
        """The records of one call as this dialect sends them."""
        ...

    def read(self, batch: list[Sent], answer: dict[str, Any]) -> list[Verdict] | None:
        """One outcome per record, None when the answer does not match the call;
        :class:`Refused` when the adapter refused the call as a whole."""
        ...


def refuse_unless_succeeded(answer: dict[str, Any]) -> None:
    if not succeeded(answer):
        raise Refused(message_of(answer) or "Cổng tỉnh từ chối nhưng không nói lý do.")


def look_up(call: Any, code: str) -> bool:
    """True when ``TraCuuHoSo`` finds the dossier at the province (§2.3)."""
    answer = call("TraCuuHoSo", mahoso=code)
    refuse_unless_succeeded(answer)
    result = answer.get("result")
    return isinstance(result, list) and bool(result)
