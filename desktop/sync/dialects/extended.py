"""The extended dialect (SYNC.md §4 ``results``): records judged one by one."""

from __future__ import annotations

from typing import Any

from desktop.outbox.queue import ItemKind
from desktop.sync.dialects.base import Sent, Verdict, refuse_unless_succeeded

VERDICTS = frozenset({"created", "updated", "duplicate", "stale", "conflict", "rejected"})


def _matches(sent: Sent, result: Any) -> bool:
    if not isinstance(result, dict) or result.get("MaHoSo") != sent.code:
        return False
    if sent.kind is ItemKind.DOSSIER:
        return bool(result.get("RecordVersion") == sent.version)
    return bool(result.get("IdempotencyKey") == sent.key)


class ExtendedDialect:
    name = "extended"
    judges_records = True
    sends_audit_head = True

    def records(self, batch: list[Sent]) -> list[dict[str, Any]]:
        return [sent.record for sent in batch]

    def read(self, batch: list[Sent], answer: dict[str, Any]) -> list[Verdict] | None:
        refuse_unless_succeeded(answer)
        results = answer.get("results")
        if not isinstance(results, list) or len(results) != len(batch):
            return None
        outcomes = []
        for sent, result in zip(batch, results, strict=True):
            if not _matches(sent, result):
                return None
            verdict, message = result.get("result"), result.get("message", "")
            if verdict not in VERDICTS or not isinstance(message, str):
                return None
            outcomes.append(Verdict(str(verdict), message))
        return outcomes
