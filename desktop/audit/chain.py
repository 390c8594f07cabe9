"""Appending to the audit trail and verifying it.

Each line's ``hash`` is HMAC-SHA256, keyed by the office's audit key (``audit.key`` in the
profile folder, never in the database), of its sequence number, UTC time, officer, action,
record, detail and the previous line's hash. Appends happen in the caller's transaction, so
a change and its audit line commit together; on PostgreSQL an advisory lock orders the
counters' appends. :func:`verify` walks the chain and names the first line that does not fit:
an edited line (its hash), a deleted or inserted line (a gap or a broken link), a reordered
line (a broken link).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop.files import write_atomically
from desktop.logs import mask_personal

KEY_FILE = "audit.key"
GENESIS = "0" * 64
ADVISORY_LOCK = 7_240_011  # any constant: the audit trail's lock on PostgreSQL


def load_key(folder: Path) -> bytes:
    """The office's audit key; created (random, private file) the first time."""
    path = folder / KEY_FILE
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    key = secrets.token_bytes(32)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(path, key.hex().encode("ascii"), mode=0o600)
    return key


def _digest(key: bytes, entry: AuditEntry) -> str:
    body = json.dumps(
        [
            entry.seq,
            entry.at_utc.strftime("%Y-%m-%dT%H:%M:%S.%f"),
            entry.officer,
            entry.action,
            entry.record,
            entry.detail,
            entry.prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def append(
    session: Session,
    key: bytes,
    officer: str,
    action: str,
    record: str = "",
    detail: dict[str, Any] | None = None,
    now_utc: datetime | None = None,
) -> AuditEntry:
    """Add one line (in the caller's transaction); personal numbers in ``detail`` are masked."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_LOCK})
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = (now_utc or datetime.now(UTC)).replace(tzinfo=None)
    entry = AuditEntry(
        seq=seq,
        at_utc=at,
        officer=officer[:100],
        action=action[:60],
        record=record[:120],
        detail=mask_personal(json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)),
        prev_hash=prev,
    )
    entry.hash = _digest(key, entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Problem:
    seq: int
    entry_id: int
    reason: str


@dataclass(frozen=True)
class Verdict:
    checked: int
    problem: Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _entries(session: Session) -> Iterator[AuditEntry]:
    yield from session.scalars(
        select(AuditEntry).order_by(AuditEntry.seq, AuditEntry.id).execution_options(yield_per=2000)
    )


def verify(session: Session, key: bytes) -> Verdict:
    expected_seq, prev, checked = 1, GENESIS, 0
    for entry in _entries(session):
        problem = None
        if entry.seq != expected_seq:
            reason = (
                "thiếu dòng trước (đã bị xóa)" if entry.seq > expected_seq else "trùng số thứ tự"
            )
            problem = Problem(entry.seq, entry.id, reason)
        elif entry.prev_hash != prev:
            problem = Problem(
                entry.seq, entry.id, "không nối với dòng trước (bị chèn, xóa hoặc đảo)"
            )
        elif not hmac.compare_digest(entry.hash, _digest(key, entry)):
            problem = Problem(entry.seq, entry.id, "nội dung đã bị sửa (mã băm không khớp)")
        if problem is not None:
            return Verdict(checked, problem)
        checked += 1
        expected_seq, prev = entry.seq + 1, entry.hash
    return Verdict(checked, None)


def head(session: Session) -> tuple[int, str]:
    """The last line's sequence number and hash (0 and the genesis hash when empty)."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)
