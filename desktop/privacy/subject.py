"""Everything the desk holds about one person, by ID number (the data subject's request)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Applicant, AuditEntry, Dossier, OutboxItem
from desktop.calendar import WorkingCalendar
from desktop.dossiers.validation import validate_id_number
from desktop.dossiers.views import detail_of, to_jsonable
from desktop.errors import InputError


def subject_export(
    session: Session, id_number: str, now: datetime, cal: WorkingCalendar
) -> dict[str, Any]:
    number = validate_id_number(id_number).value
    if not number:
        raise InputError("Cần số định danh cá nhân (12 chữ số).", field="id_number")
    applicants = list(session.scalars(select(Applicant).where(Applicant.id_number == number)))
    dossiers = list(
        session.scalars(
            select(Dossier)
            .where(Dossier.applicant_id_number == number)
            .order_by(Dossier.received_at)
        )
    )
    codes = [d.code for d in dossiers]
    audit = (
        list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.record.in_(codes)).order_by(AuditEntry.seq)
            )
        )
        if codes
        else []
    )
    queued = (
        list(session.scalars(select(OutboxItem).where(OutboxItem.dossier_code.in_(codes))))
        if codes
        else []
    )
    value: dict[str, Any] = to_jsonable(
        {
            "id_number": number,
            "made_at": now,
            "applicant": [
                {
                    "full_name": a.full_name,
                    "birth_date": a.birth_date,
                    "phone": a.phone,
                    "email": a.email,
                    "address": a.address,
                    "updated_at": a.updated_at,
                }
                for a in applicants
            ],
            "dossiers": [detail_of(d, now, cal, reveal=True) for d in dossiers],
            "files": [
                {
                    "code": d.code,
                    "role": a.role,
                    "item": a.position,
                    "name": a.name,
                    "sha256": a.sha256,
                    "pages": a.stored.pages,
                    "bytes": a.stored.size,
                    "added_at": a.added_at,
                    "removed_at": a.removed_at,
                }
                for d in dossiers
                for a in d.attachments
            ],
            "sent_to_province": [
                {
                    "code": i.dossier_code,
                    "kind": i.kind,
                    "state": i.state,
                    "version": i.record_version,
                }
                for i in queued
            ],
            "audit": [
                {"at_utc": e.at_utc, "officer": e.officer, "action": e.action, "record": e.record}
                for e in audit
            ],
        }
    )
    return value
