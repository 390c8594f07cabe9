"""Reconciliation (SYNC.md §2.4 and client obligation 8): the desk against the province.

For a period of receipt dates, the province lists every dossier of the office it holds with
its version; the desk compares them with its own and reports:

- **missing**: held here, absent at the province;
- **stale**: the province holds an older version than the desk;
- **unknown**: held by the province, absent here;
- **newer**: the province holds a newer version than the desk (listed for the officer).

What the province lacks (missing or stale) is requeued unless an unsent item already carries
it: the newest dossier item and the dossier's steps go back to ``pending`` (same idempotency
keys, so nothing can be stored twice); a dossier with no item for its version gets a new one.
Online submissions pulled from the portal and never changed here are the portal's own and
are not counted as missing.

With the ``reconcile`` extension (offered at login) one ``DoiSoatHoSo`` call lists the period.
Without it (the national baseline) the desk asks ``TraCuuHoSo`` for each of its dossiers of
the period, one call at a time with a pause between calls (rate-limited), reporting progress;
the baseline has no versions, so a dossier is stale when the province's ``TrangThaiHoSo``
differs from the desk's status, and unknown dossiers cannot be listed.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Dossier, OutboxItem
from desktop.errors import InputError
from desktop.outbox.queue import ItemKind, ItemState, queue_dossier
from desktop.outbox.records import WireCodes
from desktop.sync.errors import Unreachable

if TYPE_CHECKING:
    from desktop.sync.gateway import Gateway

UNSENT = (ItemState.PENDING.value, ItemState.FAILED.value, ItemState.SENDING.value)
MAX_DAYS = 366
LOOKUP_PAUSE = 0.2  # seconds between two TraCuuHoSo calls when reconciling without the extension

Progress = Callable[[int, int], None]  # (looked up, total)
Remote = dict[str, tuple[int | None, str]]  # code → (version, or None in the baseline; status)


@dataclass
class ReconcileReport:
    period_from: str
    period_to: str
    local: int = 0
    province: int = 0
    missing: list[str] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)
    unknown: list[dict[str, Any]] = field(default_factory=list)
    newer: list[dict[str, Any]] = field(default_factory=list)
    requeued: list[str] = field(default_factory=list)
    already_queued: list[str] = field(default_factory=list)

    @property
    def in_step(self) -> bool:
        return not (self.missing or self.stale or self.unknown or self.newer)


def reconcile(
    db: Database,
    gateway: Gateway,
    office_id: int,
    day_from: date,
    day_to: date,
    now: datetime,
    *,
    requeue: bool = True,
    progress: Progress | None = None,
    pause: float = LOOKUP_PAUSE,
    sleep: Callable[[float], None] = clock.sleep,
    wire_codes: WireCodes | None = None,
) -> ReconcileReport:
    """Compare a period with the province; requeued records use the office's ``wire_codes``."""
    if day_to < day_from:
        raise InputError("Ngày kết thúc đối soát phải sau ngày bắt đầu.", field="to")
    if (day_to - day_from).days >= MAX_DAYS:
        raise InputError("Mỗi lần đối soát tối đa một năm.", field="to")
    report = ReconcileReport(day_from.isoformat(), day_to.isoformat())
    if gateway.session is None:
        gateway.login()
    if "reconcile" in gateway.extensions:
        answer = gateway.call(
            "DoiSoatHoSo", TuNgay=day_from.strftime("%Y%m%d"), DenNgay=day_to.strftime("%Y%m%d")
        )
        remote = _remote(answer)
    else:
        with db.read_session() as session, session.begin():
            codes = sorted(_local(session, office_id, day_from, day_to))
        remote = _looked_up(gateway, codes, progress, pause, sleep)
    report.province = len(remote)
    with db.session() as session, session.begin():
        local = _local(session, office_id, day_from, day_to)
        report.local = len(local)
        queued = _queued_codes(session)
        portal_only = _never_queued(session, list(local))
        for code, (version, channel, status) in sorted(local.items()):
            theirs = remote.get(code)
            if theirs is None:
                if code in portal_only and channel == 2 and status == 1:
                    continue
                report.missing.append(code)
            elif theirs[0] is None:
                if theirs[1] == str(status):
                    continue
                report.stale.append(
                    {"MaHoSo": code, "desk": version, "province": "?", "TrangThaiHoSo": theirs[1]}
                )
            elif theirs[0] < version:
                report.stale.append({"MaHoSo": code, "desk": version, "province": theirs[0]})
            elif theirs[0] > version:
                report.newer.append({"MaHoSo": code, "desk": version, "province": theirs[0]})
                continue
            else:
                continue
            if code in queued:
                report.already_queued.append(code)
            elif requeue:
                _requeue(session, code, version, now, wire_codes)
                report.requeued.append(code)
        for code, (their_version, their_status) in sorted(remote.items()):
            if code not in local and their_version is not None:
                report.unknown.append(
                    {"MaHoSo": code, "RecordVersion": their_version, "TrangThaiHoSo": their_status}
                )
    return report


def _looked_up(
    gateway: Gateway,
    codes: list[str],
    progress: Progress | None,
    pause: float,
    sleep: Callable[[float], None],
) -> Remote:
    """``TraCuuHoSo`` per dossier (§2.3), ``pause`` seconds apart: what the province holds."""
    from desktop.sync.dialects.base import refuse_unless_succeeded

    remote: Remote = {}
    for done, code in enumerate(codes, start=1):
        if done > 1 and pause > 0:
            sleep(pause)
        answer = gateway.call("TraCuuHoSo", mahoso=code)
        refuse_unless_succeeded(answer)
        found = answer.get("result")
        if isinstance(found, list) and found and isinstance(found[0], dict):
            status = found[0].get("TrangThaiHoSo", "")
            remote[code] = (None, status if isinstance(status, str) else str(status))
        if progress is not None:
            progress(done, len(codes))
    return remote


def _remote(answer: dict[str, Any]) -> Remote:
    data = answer.get("data")
    if not isinstance(data, list):
        raise Unreachable("Cổng tỉnh trả lời đối soát không đúng định dạng (thiếu data).")
    remote: Remote = {}
    for row in data:
        code = row.get("MaHoSo") if isinstance(row, dict) else None
        version = row.get("RecordVersion") if isinstance(row, dict) else None
        if not isinstance(code, str) or not isinstance(version, int) or isinstance(version, bool):
            raise Unreachable("Cổng tỉnh trả lời đối soát có dòng không hợp lệ.")
        status = row.get("TrangThaiHoSo", "")
        remote[code] = (version, status if isinstance(status, str) else "")
    return remote


def _local(
    session: Session, office_id: int, day_from: date, day_to: date
) -> dict[str, tuple[int, int, int]]:
    start = datetime.combine(day_from, time.min)
    end = datetime.combine(day_to + timedelta(days=1), time.min)
    rows = session.execute(
        select(Dossier.code, Dossier.record_version, Dossier.channel, Dossier.status).where(
            Dossier.office_id == office_id, Dossier.received_at >= start, Dossier.received_at < end
        )
    )
    return {code: (version, channel, status) for code, version, channel, status in rows}


def _queued_codes(session: Session) -> set[str]:
    return set(
        session.scalars(
            select(OutboxItem.dossier_code)
            .where(OutboxItem.kind == ItemKind.DOSSIER.value, OutboxItem.state.in_(UNSENT))
            .distinct()
        )
    )


def _never_queued(session: Session, codes: list[str]) -> set[str]:
    seen: set[str] = set()
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        seen.update(
            session.scalars(
                select(OutboxItem.dossier_code).where(OutboxItem.dossier_code.in_(chunk)).distinct()
            )
        )
    return set(codes) - seen


def _requeue(
    session: Session, code: str, version: int, now: datetime, wire_codes: WireCodes | None
) -> None:
    note = f"Đối soát {now:%d/%m/%Y %H:%M}: cổng tỉnh thiếu phiên bản {version}; gửi lại."
    item = session.scalar(
        select(OutboxItem)
        .where(
            OutboxItem.kind == ItemKind.DOSSIER.value,
            OutboxItem.dossier_code == code,
            OutboxItem.record_version == version,
        )
        .order_by(OutboxItem.id.desc())
        .limit(1)
    )
    if item is None:
        dossier = session.scalar(select(Dossier).where(Dossier.code == code))
        if dossier is None:  # pragma: no cover - listed from the same transaction
            return
        queue_dossier(session, dossier, now, wire_codes).last_error = note
    else:
        item.state = ItemState.PENDING.value
        item.next_attempt_at = None
        item.last_error = note
    session.execute(
        update(OutboxItem)
        .where(
            OutboxItem.kind == ItemKind.STEP.value,
            OutboxItem.dossier_code == code,
            OutboxItem.state.not_in(UNSENT),
        )
        .values(state=ItemState.PENDING.value, next_attempt_at=None, last_error=note)
    )
