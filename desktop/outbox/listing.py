"""The outbox as the sync page and ``motcua sync status`` see it: listing, inspecting, retrying."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import OutboxItem
from desktop.errors import InputError, NotFoundError
from desktop.outbox.queue import ItemState
from desktop.text import mask_id_number, mask_phone

STATE_LABELS = {
    ItemState.PENDING: "Chờ gửi",
    ItemState.SENDING: "Đang gửi",
    ItemState.ACKED: "Đã gửi",
    ItemState.FAILED: "Gửi lỗi, sẽ thử lại",
    ItemState.NEEDS_ATTENTION: "Cần xử lý",
}
KIND_LABELS = {"dossier": "Hồ sơ", "step": "Bước xử lý"}
RETRYABLE = (ItemState.FAILED.value, ItemState.NEEDS_ATTENTION.value)
PERSONAL = {"MaDoiTuong": mask_id_number, "SoDienThoai": mask_phone}


@dataclass(frozen=True)
class ItemView:
    id: int
    kind: str
    code: str
    version: int | None
    state: str
    attempts: int
    reason: str
    next_attempt_at: datetime | None
    created_at: datetime
    acked_at: datetime | None

    @property
    def state_label(self) -> str:
        return STATE_LABELS[ItemState(self.state)]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


WAITING = "Chờ hồ sơ này được cổng tỉnh nhận (một phiên bản đang cần xử lý)."


def _view(item: OutboxItem, held: frozenset[str] = frozenset()) -> ItemView:
    reason = item.last_error
    if not reason and item.kind == "step" and item.dossier_code in held:
        reason = WAITING  # a dossier's steps go only after its record
    return ItemView(
        id=item.id,
        kind=item.kind,
        code=item.dossier_code,
        version=item.record_version,
        state=item.state,
        attempts=item.attempts,
        reason=reason,
        next_attempt_at=item.next_attempt_at,
        created_at=item.created_at,
        acked_at=item.acked_at,
    )


def list_items(
    db: Database, states: tuple[ItemState, ...] = (), *, limit: int = 500, offset: int = 0
) -> list[ItemView]:
    """Items in ``states`` (all when empty), the newest first."""
    query = select(OutboxItem).order_by(OutboxItem.id.desc()).limit(limit).offset(offset)
    if states:
        query = query.where(OutboxItem.state.in_([s.value for s in states]))
    with db.read_session() as session, session.begin():
        items = list(session.scalars(query))
        codes = {i.dossier_code for i in items if i.kind == "step" and not i.last_error}
        held = frozenset(
            session.scalars(
                select(OutboxItem.dossier_code).where(
                    OutboxItem.kind == "dossier",
                    OutboxItem.state == ItemState.NEEDS_ATTENTION.value,
                    OutboxItem.dossier_code.in_(codes),
                )
            )
            if codes
            else ()
        )
        return [_view(item, held) for item in items]


def count_items(db: Database, states: tuple[ItemState, ...] = ()) -> int:
    query = select(func.count()).select_from(OutboxItem)
    if states:
        query = query.where(OutboxItem.state.in_([s.value for s in states]))
    with db.read_session() as session, session.begin():
        return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class QueuedRecord:
    """An item's record as queued, and the dossier it belongs to."""

    code: str
    record: dict[str, Any]


def inspect_item(session: Session, item_id: int, *, reveal: bool = False) -> QueuedRecord:
    """The record as queued; personal numbers masked unless ``reveal``."""
    item = session.get(OutboxItem, item_id)
    if item is None:
        raise NotFoundError(f"Không có mục đồng bộ số {item_id}.")
    record: dict[str, Any] = json.loads(item.payload)
    if not reveal:
        for key, mask in PERSONAL.items():
            if isinstance(record.get(key), str) and record[key]:
                record[key] = mask(record[key])
        for identity in record.get("DinhDanhCHS") or []:
            if isinstance(identity, dict) and isinstance(identity.get("SoDinhDanh"), str):
                identity["SoDinhDanh"] = mask_id_number(identity["SoDinhDanh"])
    return QueuedRecord(item.dossier_code, record)


def retry_items(db: Database, item_ids: list[int] | None, now: datetime) -> int:
    """Put failed and needs-attention items (the given ones, or all) back to pending now."""
    query = update(OutboxItem).where(OutboxItem.state.in_(RETRYABLE))
    if item_ids is not None:
        if not item_ids:
            raise InputError("Chưa chọn mục nào để gửi lại.", field="items")
        query = query.where(OutboxItem.id.in_(item_ids))
    note = f"Cán bộ yêu cầu gửi lại lúc {now:%H:%M %d/%m/%Y}."
    with db.session() as session, session.begin():
        result = session.execute(
            query.values(state=ItemState.PENDING.value, next_attempt_at=None, last_error=note)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def state_counts(db: Database) -> dict[str, int]:
    """Outbox items per state (every state listed, zeros included)."""
    with db.read_session() as session, session.begin():
        rows = session.execute(
            select(OutboxItem.state, func.count()).group_by(OutboxItem.state)
        ).all()
    counts = {s.value: 0 for s in ItemState}
    counts.update({str(s): int(n) for s, n in rows})
    return counts
