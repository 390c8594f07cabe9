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
4. Batches of at most ``max_batch`` records (login answer, else configuration), creates
   (``isUpdating "False"``) and updates (``"True"``: dossiers acknowledged before, or found by
   ``TraCuuHoSo`` after a create whose answer was lost) in separate calls. A batch is marked
   ``sending`` in its own committed transaction before the call; the outcomes are applied in
   one transaction afterwards.

How a call is built and its answer read is the dialect's (desktop/sync/dialects/): the
baseline (whole-call answers) unless the login answer offers the ``results`` extension.

An unreachable or throttling province, or an answer whose results do not match the batch,
fails the batch (backoff with full jitter, at least ``Retry-After``) and stops the run: the
same call again later, never split. An error answer (non-success ``error_code``) is repeated
once after a fresh login, then split in halves down to the record refused alone, which needs
attention with the adapter's message (SYNC.md §5.4). Bad credentials, 403 and 400 put the
batch back to ``pending`` and are raised to the caller.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import OutboxItem
from desktop.attachments.storage import FileStore
from desktop.audit.chain import head as audit_head
from desktop.outbox.queue import ItemKind, ItemState
from desktop.sync.dialects import choose
from desktop.sync.dialects.base import Dialect, Sent, Verdict, look_up
from desktop.sync.errors import RateLimited, Refused, Unreachable
from desktop.sync.gateway import Gateway
from desktop.sync.uploads import FileProblemError, Uploader

BASE_DELAY = 2.0  # seconds
MAX_DELAY = 15 * 60.0  # seconds

SERVICE = {ItemKind.DOSSIER: "DongBoHoSoMC", ItemKind.STEP: "CapNhatTienDoHoSoMC"}
ACKED = frozenset({"created", "updated", "duplicate", "stale"})
REFUSED = "refused"  # the adapter refused the record alone (a whole-call answer, §5.4)
HELD = "held"  # the desk holds the record: one of its files cannot go (its message says why)
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
class _Group(Sent):
    """One record on the wire and every outbox item whose outcome it carries."""

    ids: list[int] = field(default_factory=list)
    attempts: int = 0


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


@dataclass
class _Run:
    """What one push run carries along: where, to whom, in which dialect, when."""

    db: Database
    gateway: Gateway
    now: datetime
    rng: random.Random
    tally: _Tally
    dialect: Dialect = field(default_factory=lambda: choose(()))
    files: Uploader | None = None  # None: records go as queued (their paths empty)


def push_pending(
    db: Database,
    gateway: Gateway,
    *,
    now: datetime,
    rng: random.Random | None = None,
    force: bool = False,
    files: FileStore | None = None,
) -> PushSummary:
    """Send every due item of the outbox (every unsent one with ``force``: "sync now");
    ``files``: the store of the files the records name, uploaded before them (SYNC.md §3)."""
    run = _Run(db, gateway, now, rng if rng is not None else random.Random(), _Tally())
    if files is not None:
        run.files = Uploader(db, files, gateway.upload if gateway.uploads_files else None)
    _recover(db)
    due_at = datetime.max if force else now
    stopped, retry_after = "", 0.0
    try:
        _push_kind(run, _dossier_groups(db, due_at))
        _push_kind(run, _step_groups(db, due_at))
    except _StopError as exc:
        stopped, retry_after = exc.message, exc.retry_after
    tally = run.tally
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


def acked_codes(db: Database) -> set[str]:
    """Dossiers the province acknowledged before: their records go as updates (§5.3)."""
    with db.read_session() as session, session.begin():
        return set(
            session.scalars(
                select(OutboxItem.dossier_code).where(
                    OutboxItem.kind == ItemKind.DOSSIER.value,
                    OutboxItem.state == ItemState.ACKED.value,
                )
            )
        )


def _dossier_groups(db: Database, now: datetime) -> list[_Group]:
    acked = acked_codes(db)
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
        group.attempts = max(i.attempts for i in items)
        group.updating = newest.dossier_code in acked
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
def _batches(groups: Sequence[_Group], size: int) -> Iterable[list[_Group]]:
    """Batches of at most ``size``, one kind of call each (creates, then updates)."""
    for updating in (False, True):
        same = [g for g in groups if g.updating is updating]
        for start in range(0, len(same), size):
            yield same[start : start + size]


def _ids(batch: Sequence[_Group]) -> list[int]:
    return [i for g in batch for i in g.ids]


@contextmanager
def _guarded(run: _Run, ids: list[int]) -> Iterator[None]:
    """Transport failures fail the items (backoff) and stop the run; anything else raised
    (bad credentials, 403, 400, a refusal, a bug) puts them back to pending."""
    try:
        yield
    except RateLimited as exc:
        run.tally.failed += _fail(run.db, ids, exc.message, run.now, run.rng, exc.retry_after)
        raise _StopError(exc.message, exc.retry_after) from exc
    except Unreachable as exc:
        run.tally.failed += _fail(run.db, ids, exc.message, run.now, run.rng, 0.0)
        raise _StopError(exc.message) from exc
    except BaseException:
        _set_state(run.db, ids, ItemState.PENDING)
        raise


def _push_kind(run: _Run, groups: list[_Group]) -> None:
    if not groups:
        return
    if run.gateway.session is None:
        # BadCredentials/Forbidden: nothing was marked, the items stay pending.
        with _guarded(run, _ids(groups)):
            run.gateway.login()
    run.dialect = choose(run.gateway.extensions)
    if not run.dialect.judges_records:
        _settle_unknown_creates(run, groups)
    for batch in _batches(groups, max(1, run.gateway.max_batch)):
        _deliver(run, batch)


def _settle_unknown_creates(run: _Run, groups: list[_Group]) -> None:
    """A create tried before may have been stored (its answer lost): ask ``TraCuuHoSo``
    and send the found ones as updates (§5.3)."""
    for group in groups:
        if group.kind is ItemKind.DOSSIER and not group.updating and group.attempts > 0:
            with _guarded(run, group.ids):
                group.updating = look_up(run.gateway.call, group.code)


def _deliver(run: _Run, batch: list[_Group], *, repeat: bool = True, looked: bool = False) -> None:
    """Send one call; a refused call is split in halves down to the refused record (§5.4)."""
    batch = _with_files(run, batch)
    if not batch:
        return
    ids = _ids(batch)
    _set_state(run.db, ids, ItemState.SENDING)
    try:
        with _guarded(run, ids):
            outcomes = _exchange(run, batch, repeat=repeat)
    except Refused as exc:
        _split(run, batch, exc.message, looked=looked)
        return
    if outcomes is None:
        message = "Cổng tỉnh trả lời thiếu hoặc sai kết quả từng hồ sơ; sẽ gửi lại sau."
        run.tally.failed += _fail(run.db, ids, message, run.now, run.rng, 0.0)
        raise _StopError(message)
    _apply(run.db, batch, outcomes, run.now, run.tally)


def _with_files(run: _Run, batch: list[_Group]) -> list[_Group]:
    """The dossiers of ``batch`` whose files are at the province (uploaded now if needed),
    their paths filled in; one whose file cannot go waits for an officer alone. A transport
    failure of an upload fails the batch like one of the call."""
    if run.files is None or batch[0].kind is not ItemKind.DOSSIER:
        return batch
    ready: list[_Group] = []
    for index, group in enumerate(batch):
        problem = ""
        with _guarded(run, _ids(ready + batch[index:])):
            try:
                group.record = run.files.prepared(group.code, group.record)
            except FileProblemError as exc:
                problem = exc.message
        if problem:
            _apply(run.db, [group], [Verdict(HELD, problem)], run.now, run.tally)
        else:
            ready.append(group)
    return ready


def _split(run: _Run, batch: list[_Group], message: str, *, looked: bool) -> None:
    if len(batch) > 1:
        half = len(batch) // 2
        _deliver(run, batch[:half], repeat=False)
        _deliver(run, batch[half:], repeat=False)
        return
    group = batch[0]
    if (
        group.kind is ItemKind.DOSSIER
        and not group.updating
        and not looked
        and not run.dialect.judges_records
    ):
        # A real adapter may have stored part of a call: look once before declaring it refused.
        with _guarded(run, group.ids):
            group.updating = look_up(run.gateway.call, group.code)
        if group.updating:
            _deliver(run, batch, repeat=False, looked=True)
            return
    _apply(run.db, batch, [Verdict(REFUSED, message)], run.now, run.tally)


def _exchange(run: _Run, batch: list[_Group], *, repeat: bool) -> list[Verdict] | None:
    """The call and its reading; on a refusal, one fresh login and one repeat first (§2)."""
    try:
        return run.dialect.read(list(batch), _call(run, batch))
    except Refused:
        if not repeat:
            raise
    run.gateway.session = None
    run.gateway.login()
    return run.dialect.read(list(batch), _call(run, batch))


def _call(run: _Run, batch: list[_Group]) -> dict[str, Any]:
    kind = batch[0].kind
    fields: dict[str, Any] = {}
    if kind is ItemKind.DOSSIER:
        fields["isUpdating"] = "True" if batch[0].updating else "False"
        if run.dialect.sends_audit_head:
            fields["AuditHead"] = _audit_head(run.db)
    fields["data"] = run.dialect.records(list(batch))
    return run.gateway.call(SERVICE[kind], **fields)


def _audit_head(db: Database) -> dict[str, Any]:
    """The head of the audit trail, sent beside the records so the province sees it grow."""
    with db.read_session() as session, session.begin():
        seq, digest = audit_head(session)
    return {"seq": seq, "hash": digest}


def _attention(outcome: Verdict) -> str:
    if outcome.verdict == HELD:
        return outcome.message
    if outcome.verdict == REFUSED:
        return f"Cổng tỉnh từ chối: {outcome.message}"
    label = "bị từ chối" if outcome.verdict == "rejected" else "xung đột phiên bản"
    return f"Cổng tỉnh: {label}. {outcome.message}".strip()


def _apply(
    db: Database,
    batch: Sequence[_Group],
    outcomes: list[Verdict],
    now: datetime,
    tally: _Tally,
) -> None:
    ids = [i for g in batch for i in g.ids]
    with db.session() as session, session.begin():
        items = {i.id: i for i in session.scalars(select(OutboxItem).where(OutboxItem.id.in_(ids)))}
        _supersede(session, batch, outcomes, now)
        for group, outcome in zip(batch, outcomes, strict=True):
            verdict = outcome.verdict
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
                    item.last_error = _attention(outcome)
                    tally.needs_attention += 1


def _supersede(
    session: Session, batch: Sequence[_Group], outcomes: list[Verdict], now: datetime
) -> None:
    """Older versions held for an officer are carried by a newer one acked now: acked too."""
    acked = {
        g.code: g.version or 0
        for g, outcome in zip(batch, outcomes, strict=True)
        if outcome.verdict in ACKED and g.kind is ItemKind.DOSSIER
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
