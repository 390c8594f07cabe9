"""The tail every change of a dossier shares, in the caller's one transaction (SYNC.md
obligations 1–3): a step's history row and new status; the dossier's new record version queued
for the province (with the step after it); and the officer's audit line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Dossier, StatusChange
from desktop.audit import chain as audit
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action, Status
from desktop.outbox.queue import queue_dossier, queue_step


@dataclass(frozen=True)
class Step:
    """One step of a dossier's life: what was done, the status it leads to, and when."""

    action: Action
    status: Status
    at: datetime
    label: str  # the step's name as the province reads it
    note: str = ""
    appointment_before: datetime | None = None


def history_row(
    session: Session, dossier: Dossier, step: Step, officer: str, unit: str, now: datetime
) -> StatusChange:
    """``step`` as the dossier's next history row (the first one for a new dossier)."""
    new = dossier.id is None
    row = StatusChange(
        seq=1 if new else _next_seq(session, dossier),
        action=step.action.value,
        from_status=None if new else dossier.status,
        to_status=int(step.status),
        at=step.at,
        recorded_at=now,
        officer=officer,
        unit=unit,
        note=step.note,
        appointment_before=step.appointment_before,
        appointment_after=dossier.appointment,
    )
    dossier.history.append(row)
    return row


def record_step(
    session: Session,
    ctx: DeskContext,
    dossier: Dossier,
    step: Step,
    now: datetime,
    detail: dict[str, Any],
) -> StatusChange:
    """The officer's ``step``: its history row, the new status, then :func:`record_change`
    (audited as ``dossier.<action>`` with ``detail``)."""
    row = history_row(session, dossier, step, ctx.officer, dossier.handling_unit, now)
    dossier.status = int(step.status)
    action = f"dossier.{step.action.value}"
    record_change(session, ctx, dossier, now, action, detail, step=(row, step.label))
    return row


def record_change(
    session: Session,
    ctx: DeskContext,
    dossier: Dossier,
    now: datetime,
    action: str,
    detail: dict[str, Any],
    *,
    step: tuple[StatusChange, str] | None = None,
) -> None:
    """A changed dossier: a new record version (a new dossier is stored at its first), queued
    with its ``step`` (history row, label) after it, and the officer's audit line ``action``."""
    if dossier.id is None:
        session.add(dossier)
    else:
        dossier.record_version += 1
        dossier.updated_at = now
    session.flush()
    queue_dossier(session, dossier, now, ctx.wire_codes)
    if step is not None:
        queue_step(session, dossier, *step, now)
    audit.append(session, ctx.audit_key, ctx.officer, action, dossier.code, detail)


def _next_seq(session: Session, dossier: Dossier) -> int:
    last = session.scalar(
        select(func.max(StatusChange.seq)).where(StatusChange.dossier_id == dossier.id)
    )
    return int(last or 0) + 1
