"""Push the outbox to the province (SYNC.md, client obligations 3–6).

One run:

1. Items left in ``sending`` by a crash go back to ``pending``.
2. Dossier records. Per dossier, every unsent version (``pending`` or ``failed``) forms one
   group, due when any of its items is due (``next_attempt_at`` empty or reached). Only the
   newest version of a group is sent; the older ones share its outcome: acked with it (their
   ``last_error`` says which version carried them), failed with it or needing attention with
   it. Nothing is deleted, so the history of what was queued stays complete.
3. Steps, in id order, only for dossiers whose every dossier item is acked (a dossier's record
   before its steps; a step of a dossier whose record needs attention waits with it).
4. Batches of at most ``max_batch`` records (from login). A batch is marked ``sending`` in its
   own committed transaction before the call; the per-record results are applied in one
   transaction afterwards.

An unreachable or throttling province, or an answer whose results do not match the batch,
fails the batch (backoff with full jitter, at least ``Retry-After``) and stops the run. Bad
credentials, 403 and 400 put the batch back to ``pending`` and are raised to the caller.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import OutboxItem
from desktop.audit.chain import head as audit_head
from desktop.outbox.queue import ItemKind, ItemState
from desktop.sync.errors import RateLimited, Unreachable
from desktop.sync.gateway import Gateway

BASE_DELAY = 2.0  # seconds
MAX_DELAY = 15 * 60.0  # seconds

SERVICE = {ItemKind.DOSSIER: "DongBoHoSoMC", ItemKind.STEP: "CapNhatTienDoHoSoMC"}
ACKED = frozenset({"created", "updated", "duplicate", "stale"})
ATTENTION = frozenset({"rejected", "conflict"})
UNSENT = (ItemState.PENDING.value, ItemState.FAILED.value)


@dataclass(frozen=True)
class PushSummary:
    """Items acked, failed (will retry), needing attention in this run; unsent items left.

    ``stopped`` says why the run stopped early (the province unreachable or throttling);
    ``retry_after`` is the province's ``Retry-After`` when it throttled (else 0).
    """

    acked: int
    failed: int
    needs_attention: int
    remaining: int
    stopped: str = ""
    retry_after: float = 0.0


@dataclass
class _Group:
    """One record on the wire and every outbox item whose outcome it carries."""

    kind: ItemKind
    code: str
    version: int | None
    key: str
    record: dict[str, Any]
    ids: list[int] = field(default_factory=list)


@dataclass
class _Tally:
    acked: int = 0
    failed: int = 0
    needs_attention: int = 0


class _StopError(Exception):
    """The run stops (the batch failed and was rescheduled)."""

    def __init__(self, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


def backoff_delay(attempts: int, rng: random.Random, retry_after: float = 0.0) -> float:
    """Full jitter: uniform in [0, min(cap, base·2^attempts)], at least ``retry_after``."""
    ceiling = min(MAX_DELAY, BASE_DELAY * 2.0 ** min(attempts, 32))
    return max(rng.uniform(0.0, ceiling), retry_after)


def push_pending(
    db: Database,
    gateway: Gateway,
    *,
    now: datetime,
    rng: random.Random | None = None,
    force: bool = False,
) -> PushSummary:
    """Send every due item of the outbox (every unsent one with ``force``: "sync now")."""
    rng = rng if rng is not None else random.Random()
    tally = _Tally()
    _recover(db)
    due_at = datetime.max if force else now
    stopped, retry_after = "", 0.0
    try:
        _push_kind(db, gateway, _dossier_groups(db, due_at), now, rng, tally)
        _push_kind(db, gateway, _step_groups(db, due_at), now, rng, tally)
    except _StopError as exc:
        stopped, retry_after = exc.message, exc.retry_after
    return PushSummary(
        tally.acked, tally.failed, tally.needs_attention, _remaining(db), stopped, retry_after
    )


# ---- selection ---------------------------------------------------------------------------
def _recover(db: Database) -> None:
    with db.session() as session, session.begin():
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.state == ItemState.SENDING.value)
            .values(state=ItemState.PENDING.value)
        )


def _is_due(item: OutboxItem, now: datetime) -> bool:
    return item.next_attempt_at is None or item.next_attempt_at <= now


def _unsent(db: Database, kind: ItemKind) -> list[OutboxItem]:
    with db.read_session() as session, session.begin():
        return list(
            session.scalars(
                select(OutboxItem)
                .where(OutboxItem.kind == kind.value, OutboxItem.state.in_(UNSENT))
                .order_by(OutboxItem.id)
            )
        )


def _group(item: OutboxItem, kind: ItemKind) -> _Group:
    record: dict[str, Any] = json.loads(item.payload)
    return _Group(kind, item.dossier_code, item.record_version, item.idempotency_key, record)


def _dossier_groups(db: Database, now: datetime) -> list[_Group]:
    by_code: dict[str, list[OutboxItem]] = {}
    for item in _unsent(db, ItemKind.DOSSIER):
        by_code.setdefault(item.dossier_code, []).append(item)
    groups: list[tuple[int, _Group]] = []
    for items in by_code.values():
        if not any(_is_due(i, now) for i in items):
            continue
        newest = max(items, key=lambda i: (i.record_version or 0, i.id))
        group = _group(newest, ItemKind.DOSSIER)
        group.ids = [i.id for i in items]
        groups.append((min(group.ids), group))
    return [g for _, g in sorted(groups, key=lambda pair: pair[0])]


def _step_groups(db: Database, now: datetime) -> list[_Group]:
    with db.read_session() as session, session.begin():
        waiting = set(
            session.scalars(
                select(OutboxItem.dossier_code).where(
                    OutboxItem.kind == ItemKind.DOSSIER.value,
                    OutboxItem.state != ItemState.ACKED.value,
                )
            )
        )
    groups = []
    for item in _unsent(db, ItemKind.STEP):
        if item.dossier_code in waiting or not _is_due(item, now):
            continue
        group = _group(item, ItemKind.STEP)
        group.ids = [item.id]
        groups.append(group)
    return groups


def _remaining(db: Database) -> int:
    with db.read_session() as session, session.begin():
        count = session.scalar(
            select(func.count())
            .select_from(OutboxItem)
            .where(OutboxItem.state.in_((*UNSENT, ItemState.SENDING.value)))
        )
    return int(count or 0)


# ---- sending -----------------------------------------------------------------------------
def _batches(groups: Sequence[_Group], size: int) -> Iterable[Sequence[_Group]]:
    for start in range(0, len(groups), size):
        yield groups[start : start + size]


def _push_kind(
    db: Database,
    gateway: Gateway,
    groups: list[_Group],
    now: datetime,
    rng: random.Random,
    tally: _Tally,
) -> None:
    if not groups:
        return
    if gateway.session is None:
        # BadCredentials/Forbidden: nothing was marked, the items stay pending.
        ids = [i for g in groups for i in g.ids]
        try:
            gateway.login()
        except RateLimited as exc:
            tally.failed += _fail(db, ids, exc.message, now, rng, exc.retry_after)
            raise _StopError(exc.message, exc.retry_after) from exc
        except Unreachable as exc:
            tally.failed += _fail(db, ids, exc.message, now, rng, 0.0)
            raise _StopError(exc.message) from exc
    for batch in _batches(groups, max(1, gateway.max_batch)):
        _send_batch(db, gateway, batch, now, rng, tally)


def _send_batch(
    db: Database,
    gateway: Gateway,
    batch: Sequence[_Group],
    now: datetime,
    rng: random.Random,
    tally: _Tally,
) -> None:
    ids = [i for g in batch for i in g.ids]
    _set_state(db, ids, ItemState.SENDING)
    extra: dict[str, Any] = {}
    if batch[0].kind is ItemKind.DOSSIER:
        extra["AuditHead"] = _audit_head(db)
    try:
        answer = gateway.call(SERVICE[batch[0].kind], data=[g.record for g in batch], **extra)
    except RateLimited as exc:
        tally.failed += _fail(db, ids, exc.message, now, rng, exc.retry_after)
        raise _StopError(exc.message, exc.retry_after) from exc
    except Unreachable as exc:
        tally.failed += _fail(db, ids, exc.message, now, rng, 0.0)
        raise _StopError(exc.message) from exc
    except BaseException:
        _set_state(db, ids, ItemState.PENDING)  # BadCredentials, Forbidden, Malformed, bugs
        raise
    outcomes = _match(batch, answer.get("results"))
    if outcomes is None:
        message = "Cổng tỉnh trả lời thiếu hoặc sai kết quả từng hồ sơ; sẽ gửi lại sau."
        tally.failed += _fail(db, ids, message, now, rng, 0.0)
        raise _StopError(message)
    _apply(db, batch, outcomes, now, tally)


def _audit_head(db: Database) -> dict[str, Any]:
    """The head of the audit trail, sent beside the records so the province sees it grow."""
    with db.read_session() as session, session.begin():
        seq, digest = audit_head(session)
    return {"seq": seq, "hash": digest}


def _match(batch: Sequence[_Group], results: Any) -> list[tuple[str, str]] | None:
    """(result, message) per group, or None when the answer does not match the batch."""
    if not isinstance(results, list) or len(results) != len(batch):
        return None
    outcomes = []
    for group, result in zip(batch, results, strict=True):
        if not isinstance(result, dict) or result.get("MaHoSo") != group.code:
            return None
        if group.kind is ItemKind.DOSSIER and result.get("RecordVersion") != group.version:
            return None
        if group.kind is ItemKind.STEP and result.get("IdempotencyKey") != group.key:
            return None
        verdict, message = result.get("result"), result.get("message", "")
        if verdict not in ACKED | ATTENTION or not isinstance(message, str):
            return None
        outcomes.append((str(verdict), message))
    return outcomes


def _apply(
    db: Database,
    batch: Sequence[_Group],
    outcomes: list[tuple[str, str]],
    now: datetime,
    tally: _Tally,
) -> None:
    ids = [i for g in batch for i in g.ids]
    with db.session() as session, session.begin():
        items = {i.id: i for i in session.scalars(select(OutboxItem).where(OutboxItem.id.in_(ids)))}
        _supersede(session, batch, outcomes, now)
        for group, (verdict, message) in zip(batch, outcomes, strict=True):
            for item in (items[i] for i in group.ids if i in items):
                if verdict in ACKED:
                    item.state = ItemState.ACKED.value
                    item.acked_at = now
                    item.next_attempt_at = None
                    if item.idempotency_key != group.key:
                        item.last_error = f"Đã gửi gộp trong phiên bản {group.version}."
                    elif verdict == "stale":
                        item.last_error = "Cổng tỉnh đã có phiên bản mới hơn."
                    else:
                        item.last_error = ""
                    tally.acked += 1
                else:
                    item.state = ItemState.NEEDS_ATTENTION.value
                    label = "bị từ chối" if verdict == "rejected" else "xung đột phiên bản"
                    item.last_error = f"Cổng tỉnh: {label}. {message}".strip()
                    tally.needs_attention += 1


def _supersede(
    session: Session, batch: Sequence[_Group], outcomes: list[tuple[str, str]], now: datetime
) -> None:
    """Older versions held for an officer are carried by a newer one acked now: acked too."""
    acked = {
        g.code: g.version or 0
        for g, (verdict, _) in zip(batch, outcomes, strict=True)
        if verdict in ACKED and g.kind is ItemKind.DOSSIER
    }
    if not acked:
        return
    held = session.scalars(
        select(OutboxItem).where(
            OutboxItem.kind == ItemKind.DOSSIER.value,
            OutboxItem.state == ItemState.NEEDS_ATTENTION.value,
            OutboxItem.dossier_code.in_(list(acked)),
        )
    )
    for item in held:
        version = acked[item.dossier_code]
        if (item.record_version or 0) < version:
            item.state = ItemState.ACKED.value
            item.acked_at = now
            item.last_error = f"Thay bằng phiên bản {version} đã gửi thành công."


def _set_state(db: Database, ids: list[int], state: ItemState) -> None:
    with db.session() as session, session.begin():
        session.execute(update(OutboxItem).where(OutboxItem.id.in_(ids)).values(state=state.value))


def _fail(
    db: Database,
    ids: list[int],
    message: str,
    now: datetime,
    rng: random.Random,
    retry_after: float,
) -> int:
    with db.session() as session, session.begin():
        for item_id in ids:
            item = session.get(OutboxItem, item_id)
            if item is None:  # pragma: no cover - items are never deleted
                continue
            delay = backoff_delay(item.attempts, rng, retry_after)
            item.state = ItemState.FAILED.value
            item.attempts += 1
            item.last_error = message
            item.next_attempt_at = now + timedelta(seconds=delay)
    return len(ids)
