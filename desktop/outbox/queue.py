"""The transactional outbox: queue a snapshot in the same transaction as the change."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Dossier, OutboxItem, StatusChange
from desktop.outbox.records import WireCodes, dossier_record, step_record


class ItemKind(StrEnum):
    DOSSIER = "dossier"
    STEP = "step"


class ItemState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    ACKED = "acked"
    FAILED = "failed"
    NEEDS_ATTENTION = "needs_attention"


# Still to go to the province: queued, caught mid-send (a crash), or failed and retried later.
TO_SEND = (ItemState.PENDING.value, ItemState.SENDING.value, ItemState.FAILED.value)


def count_to_send(session: Session) -> int:
    """How many outbox items the province has not acknowledged yet and the desk will send
    (items needing an officer's attention are not counted)."""
    query = select(func.count()).select_from(OutboxItem).where(OutboxItem.state.in_(TO_SEND))
    return int(session.scalar(query) or 0)


def queue_dossier(
    session: Session, dossier: Dossier, now: datetime, codes: WireCodes | None = None
) -> OutboxItem:
    """Queue the dossier's current version (call after every change, before commit)."""
    key = str(uuid.uuid4())
    record = dossier_record(dossier, key, codes)
    return _queue(session, ItemKind.DOSSIER, dossier, dossier.record_version, key, record, now)


def queue_step(
    session: Session, dossier: Dossier, change: StatusChange, label: str, now: datetime
) -> OutboxItem:
    """Queue one processing step; queued after the dossier record of the same change."""
    key = str(uuid.uuid4())
    taken = _step_times(session, dossier.code, change.to_status)
    record = step_record(dossier, change, label, key, taken)
    return _queue(session, ItemKind.STEP, dossier, None, key, record, now)


def _step_times(session: Session, code: str, status: int) -> set[str]:
    """The times (``ThoiDiemXuLy``) of the dossier's steps queued with ``status``."""
    payloads = session.scalars(
        select(OutboxItem.payload).where(
            OutboxItem.dossier_code == code, OutboxItem.kind == ItemKind.STEP.value
        )
    )
    steps = (json.loads(payload) for payload in payloads)
    return {str(s.get("ThoiDiemXuLy")) for s in steps if s.get("TrangThai") == str(status)}


def _queue(
    session: Session,
    kind: ItemKind,
    dossier: Dossier,
    version: int | None,
    key: str,
    record: dict[str, Any],
    now: datetime,
) -> OutboxItem:
    item = OutboxItem(
        kind=kind.value,
        dossier_code=dossier.code,
        record_version=version,
        idempotency_key=key,
        payload=json.dumps(record, ensure_ascii=False),
        state=ItemState.PENDING.value,
        attempts=0,
        last_error="",
        created_at=now,
    )
    session.add(item)
    return item


def last_item_id(session: Session) -> int:
    """Grows with every change the desk makes (each change queues an outbox item)."""
    return int(session.scalar(select(func.max(OutboxItem.id))) or 0)
