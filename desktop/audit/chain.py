"""Appending to the audit trail and verifying it.

Each line's ``hash`` is HMAC-SHA256, keyed by the office's audit key (``audit.key`` in the
profile folder, never in the database), of its sequence number, UTC time, officer, action,
record, detail and the previous line's hash. Appends happen in the caller's transaction, so
a change and its audit line commit together; on PostgreSQL an advisory lock orders the
counters' appends. :func:`verify` walks the chain and names the first line that does not fit:
an edited line (its hash), a deleted or inserted line (a gap or a broken link), a reordered
line (a broken link).

What the lines alone cannot show is kept outside the database, beside the key: the chain's
head (``audit.head``: the last line's sequence number and hash that this workstation wrote,
written durably after the line's transaction commits). A head ahead of the database means its
last lines were deleted; a head behind it (another counter on PostgreSQL wrote since) is fine
and is brought forward. A head found not to fit when a line is appended is remembered in the
file (``broken``), so that lines written after a deletion cannot hide it. :func:`verify` also
checks each account's seal (:mod:`desktop.accounts.seal`): a role, state or password hash
changed in the database is named.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop.accounts.seal import broken_seals
from desktop.files import write_atomically
from desktop.logs import mask_personal

log = logging.getLogger("motcua.audit")

KEY_FILE = "audit.key"
HEAD_FILE = "audit.head"
_PENDING_HEAD = "motcua.audit_head"  # Session.info: the head to write once the commit is done
GENESIS = "0" * 64
ADVISORY_LOCK = 7_240_011  # any constant: the audit trail's lock on PostgreSQL


class AuditKey(bytes):
    """The audit key, knowing the folder it came from (where the chain's head is kept)."""

    folder: Path | None

    def __new__(cls, key: bytes, folder: Path | None = None) -> AuditKey:
        made = super().__new__(cls, key)
        made.folder = folder
        return made

    def __repr__(self) -> str:  # never the key itself in a log or a traceback
        return f"AuditKey(folder={self.folder})"


def load_key(folder: Path) -> AuditKey:
    """The office's audit key; created (random, private file) the first time."""
    path = folder / KEY_FILE
    if path.exists():
        return AuditKey(bytes.fromhex(path.read_text(encoding="ascii").strip()), folder)
    key = secrets.token_bytes(32)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(path, key.hex().encode("ascii"), mode=0o600)
    return AuditKey(key, folder)


# ---- the head kept beside the key --------------------------------------------------------
@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    broken: str = ""  # why the database was once found not to reach this head


def _head_folder(key: bytes) -> Path | None:
    return key.folder if isinstance(key, AuditKey) else None


def read_head(folder: Path) -> Head | None:
    """The head this workstation wrote last; None before its first line (or unreadable)."""
    try:
        raw = json.loads((folder / HEAD_FILE).read_text(encoding="utf-8"))
        return Head(int(raw["seq"]), str(raw["hash"]), str(raw.get("broken", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("audit: %s is unreadable; it is written again at the next line", HEAD_FILE)
        return None


def forget_head(folder: Path) -> None:
    """Drop the head kept in ``folder``: the database was restored from a backup, whose chain
    (shorter) is now the one in force; the next line starts a new head."""
    (folder / HEAD_FILE).unlink(missing_ok=True)


def _write_head(folder: Path, head: Head) -> None:
    """Write ``head`` (never backwards, unless it records a break); a failure is logged: the
    database already holds the line, and a head left behind only checks less."""
    try:
        kept = read_head(folder)
        if kept is not None:
            if kept.seq > head.seq and not head.broken:
                return  # another process of this workstation wrote a later line
            head = replace(head, broken=head.broken or kept.broken)
        body = {"seq": head.seq, "hash": head.hash, "broken": head.broken}
        write_atomically(folder / HEAD_FILE, json.dumps(body, ensure_ascii=False).encode())
    except OSError as exc:
        log.warning("audit: could not write %s: %s", HEAD_FILE, exc)


def _head_mismatch(session: Session, head: Head, last_seq: int, last_hash: str) -> str:
    """Why the chain in the database does not reach ``head`` ("" when it does)."""
    if head.seq > last_seq:
        return (
            f"các dòng cuối đã bị xóa: dòng cuối đã ghi là số {head.seq} (tệp {HEAD_FILE}), "
            f"cơ sở dữ liệu chỉ còn đến dòng {last_seq}"
        )
    if head.seq == 0:
        return ""
    stored = (
        last_hash
        if head.seq == last_seq
        else session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == head.seq))
    )
    if stored != head.hash:
        return (
            f"dòng số {head.seq} không còn là dòng đã ghi (tệp {HEAD_FILE} giữ mã khác): các "
            "dòng cuối đã bị xóa rồi ghi tiếp"
        )
    return ""


def _stage_head(
    session: Session, folder: Path, last_seq: int, prev: str, entry: AuditEntry
) -> None:
    """Remember the new head for after the commit, with any break found before this line."""
    staged: tuple[Path, Head] | None = session.info.get(_PENDING_HEAD)
    kept = staged[1] if staged is not None else read_head(folder)
    broken = ""
    if kept is not None:
        broken = kept.broken or _head_mismatch(session, kept, last_seq, prev)
    session.info[_PENDING_HEAD] = (folder, Head(entry.seq, entry.hash, broken))


@event.listens_for(Session, "after_commit")
def _head_after_commit(session: Session) -> None:
    staged: tuple[Path, Head] | None = session.info.pop(_PENDING_HEAD, None)
    if staged is not None:
        _write_head(*staged)


@event.listens_for(Session, "after_rollback")
def _head_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING_HEAD, None)


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
    folder = _head_folder(key)
    if folder is not None:
        _stage_head(session, folder, seq - 1, prev, entry)
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
    """Walk the chain, then check it against the head kept beside the key, then the accounts'
    seals; the first problem found."""
    verdict = _verify_lines(session, key)
    if verdict.problem is None:
        verdict = Verdict(verdict.checked, _head_problem(session, key))
    if verdict.problem is None:
        verdict = Verdict(verdict.checked, _account_problem(session, key))
    return verdict


def _head_problem(session: Session, key: bytes) -> Problem | None:
    folder = _head_folder(key)
    kept = read_head(folder) if folder is not None else None
    if folder is None or kept is None:
        return None
    last_seq, last_hash = head(session)
    why = kept.broken or _head_mismatch(session, kept, last_seq, last_hash)
    if why:
        return Problem(kept.seq, 0, why)
    if kept.seq < last_seq:  # another counter wrote since: this one catches up
        _write_head(folder, Head(last_seq, last_hash))
    return None


def _account_problem(session: Session, key: bytes) -> Problem | None:
    broken = broken_seals(session, key)
    if not broken:
        return None
    names = ", ".join(broken)
    return Problem(
        0,
        0,
        f"tài khoản {names} đã bị sửa thẳng trong cơ sở dữ liệu (vai trò, trạng thái hoặc mật "
        "khẩu không khớp dấu niêm phong)",
    )


def _verify_lines(session: Session, key: bytes) -> Verdict:
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
