"""Purging personal data once its retention period has passed.

A dossier whose processing ended more than its procedure's retention period ago (the office's
default when the procedure has none) keeps its numbers — code, procedure, dates, statuses —
so the reports still count it, but loses the applicant's personal data: name, ID number,
birth date, phone, e-mail, address, the recipient's name, free notes, and the same fields in
the records already sent to the province. A dossier with a record still waiting to be sent
is left for a later purge. Applicants no longer referenced are deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db.models import (
    Applicant,
    Attachment,
    Dossier,
    OutboxItem,
    Procedure,
    ProcedureVersion,
    StatusChange,
)
from desktop.outbox.queue import ItemState

PURGED_NAME = "(đã xóa dữ liệu cá nhân)"
WIRE_PERSONAL = (
    "ChuHoSo", "MaDoiTuong", "SoDienThoai", "Email", "DiaChi", "GhiChu", "ThongTinTra"
)  # fmt: skip
WIRE_PERSONAL_LISTS = ("DinhDanhCHS", "TaiLieuNop", "DanhSachGiayToKetQua")
UNSENT = (ItemState.PENDING.value, ItemState.SENDING.value, ItemState.FAILED.value)
DAYS_PER_MONTH = 30.44


@dataclass
class PurgeReport:
    due: list[str] = field(default_factory=list)
    waiting_for_sync: list[str] = field(default_factory=list)
    applicants_removed: int = 0
    files_removed: int = 0  # attachments of the purged dossiers (their scans)


def purge(session: Session, default_months: int, now: datetime, *, dry_run: bool) -> PurgeReport:
    report = PurgeReport()
    months = {
        pid: (m or default_months)
        for pid, m in session.execute(select(Procedure.id, Procedure.retention_months))
    }
    rows = session.execute(
        select(Dossier.id, Dossier.code, Dossier.ended_at, ProcedureVersion.procedure_id)
        .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
        .where(Dossier.ended_at.is_not(None), Dossier.applicant_name != PURGED_NAME)
    ).all()
    due = [
        (ident, code)
        for ident, code, ended, pid in rows
        if ended is not None and ended + timedelta(days=months[pid] * DAYS_PER_MONTH) < now
    ]
    if not due:
        return report
    codes = [code for _, code in due]
    waiting = set(
        session.scalars(
            select(OutboxItem.dossier_code).where(
                OutboxItem.dossier_code.in_(codes), OutboxItem.state.in_(UNSENT)
            )
        )
    )
    report.waiting_for_sync = sorted(waiting)
    chosen = [(ident, code) for ident, code in due if code not in waiting]
    report.due = [code for _, code in chosen]
    if dry_run or not chosen:
        return report
    ids = [ident for ident, _ in chosen]
    session.execute(
        update(Dossier)
        .where(Dossier.id.in_(ids))
        .values(
            applicant_name=PURGED_NAME,
            applicant_name_folded="",
            applicant_id_number="",
            applicant_birth_date=None,
            applicant_phone="",
            applicant_email="",
            applicant_address="",
            applicant_id=None,
            returned_to="",
            note="",
        )
    )
    session.execute(update(StatusChange).where(StatusChange.dossier_id.in_(ids)).values(note=""))
    removed = session.execute(delete(Attachment).where(Attachment.dossier_id.in_(ids)))
    report.files_removed = int(getattr(removed, "rowcount", 0) or 0)
    for item in session.scalars(select(OutboxItem).where(OutboxItem.dossier_code.in_(report.due))):
        record = json.loads(item.payload)
        for key in WIRE_PERSONAL:
            if key in record:
                record[key] = PURGED_NAME if key == "ChuHoSo" else ""
        for key in WIRE_PERSONAL_LISTS:
            if key in record:
                record[key] = []
        item.payload = json.dumps(record, ensure_ascii=False)
    referenced = select(Dossier.applicant_id).where(Dossier.applicant_id.is_not(None))
    result = session.execute(delete(Applicant).where(Applicant.id.not_in(referenced)))
    report.applicants_removed = int(getattr(result, "rowcount", 0) or 0)
    return report
