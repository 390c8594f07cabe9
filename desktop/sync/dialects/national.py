"""The national adapter's baseline (SYNC.md §1–§2): whole-call answers, no extension keys."""

from __future__ import annotations

from typing import Any

from desktop.sync.dialects.base import Sent, Verdict, refuse_unless_succeeded

EXTENSION_KEYS = ("RecordVersion", "IdempotencyKey")


def _baseline(record: dict[str, Any]) -> dict[str, Any]:
    # replaced by records.baseline_record / records.baseline_step after merge
    return {k: v for k, v in record.items() if k not in EXTENSION_KEYS}


class NationalDialect:
    name = "national"
    judges_records = False
    sends_audit_head = False

    def records(self, batch: list[Sent]) -> list[dict[str, Any]]:
        return [_baseline(sent.record) for sent in batch]

    def read(self, batch: list[Sent], answer: dict[str, Any]) -> list[Verdict] | None:
        refuse_unless_succeeded(answer)
        return [Verdict("updated" if sent.updating else "created") for sent in batch]
