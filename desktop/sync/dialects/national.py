"""The national adapter's baseline (SYNC.md §1–§2): whole-call answers, no extension keys."""

from __future__ import annotations

from typing import Any

from desktop.outbox.queue import ItemKind
from desktop.outbox.records import baseline_record, baseline_step
from desktop.sync.dialects.base import Sent, Verdict, refuse_unless_succeeded


def _baseline(sent: Sent) -> dict[str, Any]:
    """Exactly the keys of SYNC.md §2.1 / §2.2, every scalar a string (older snapshots too)."""
    if sent.kind is ItemKind.DOSSIER:
        return baseline_record(sent.record)
    return baseline_step(sent.record)


class NationalDialect:
    name = "national"
    judges_records = False
    sends_audit_head = False

    def records(self, batch: list[Sent]) -> list[dict[str, Any]]:
        return [_baseline(sent) for sent in batch]

    def read(self, batch: list[Sent], answer: dict[str, Any]) -> list[Verdict] | None:
        refuse_unless_succeeded(answer)
        return [Verdict("updated" if sent.updating else "created") for sent in batch]
