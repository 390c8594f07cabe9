"""Taking in a dossier at the counter: validate everything, then number, date and store it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.models import (
    Applicant,
    Dossier,
    DossierDocument,
    ProcedureVersion,
    SupplementRequest,
)
from db.upsert import insert_on_conflict
from desktop.accounts.roles import Permission, require
from desktop.attachments.service import attach_files
from desktop.attachments.storage import FileStore
from desktop.calendar import appointment_for
from desktop.catalogue.store import version_in_force
from desktop.catalogue.time_limits import time_limit
from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake_request import ApplicantData, DocumentData, IntakeRequest
from desktop.dossiers.intake_request import parse_intake as parse_intake  # its home before
from desktop.dossiers.numbering import next_code
from desktop.dossiers.outcome import ACCEPT, Outcome, OutcomeKind
from desktop.dossiers.status import Action, Status
from desktop.dossiers.steps import Step, record_step
from desktop.dossiers.validation import NOTE_MAX
from desktop.errors import InputError
from desktop.text import clean_text, fold


def receive(
    session: Session,
    ctx: DeskContext,
    request: IntakeRequest,
    now: datetime,
    outcome: Outcome = ACCEPT,
    files: tuple[FileStore, int] | None = None,
) -> Dossier:
    """Store a dossier with its code, appointment, first history row and outbox items; its
    scans (``request.files``) go to ``files`` (the store, the dossier's byte limit).

    The caller commits; the code is shown to the officer only after the commit.
    """
    require(ctx.role, Permission.INTAKE)
    received = request.received_at or now
    if received > now:
        raise InputError("Thời điểm tiếp nhận không được ở tương lai.", field="received_at")
    version = version_in_force(session, request.procedure_code, received)
    step = _first_step(
        outcome, received, appointment_for(received, time_limit(version), ctx.calendar)
    )
    code = next_code(
        session,
        ctx.office_code,
        received.date(),
        range_start=ctx.range_start,
        range_end=ctx.range_end,
    )
    dossier = _new_dossier(session, ctx, request, version, code, received, step, now)
    if request.files:
        if files is None:
            raise InputError("Không có kho tệp để lưu các bản quét.", field="files")
        attach_files(session, files[0], dossier, request.files, ctx.officer, now, files[1])
    if outcome.kind == OutcomeKind.SUPPLEMENT:
        dossier.supplements.append(
            SupplementRequest(
                requested_at=received, items="\n".join(step.items), requested_by=ctx.officer
            )
        )
    record_step(
        session,
        ctx,
        dossier,
        Step(step.action, step.status, received, step.label, step.note),
        now,
        {"procedure": version.procedure.code, "status": int(step.status)},
    )
    return dossier


@dataclass(frozen=True)
class _FirstStep:
    action: Action
    status: Status
    appointment: datetime | None
    label: str
    note: str = ""
    items: tuple[str, ...] = ()


def _first_step(outcome: Outcome, received: datetime, appointment: datetime) -> _FirstStep:
    if outcome.kind == OutcomeKind.ACCEPT:
        return _FirstStep(Action.RECEIVE, Status.ACCEPTED, appointment, "Tiếp nhận hồ sơ")
    if outcome.kind == OutcomeKind.SUPPLEMENT:
        items = tuple(
            clean_text(i, field="items", label_vi="Nội dung cần bổ sung", max_len=NOTE_MAX)
            for i in outcome.items
        )
        if not items:
            raise InputError("Phải ghi rõ những giấy tờ cần bổ sung, hoàn thiện.", field="items")
        return _FirstStep(
            Action.SUPPLEMENT,
            Status.WAITING_SUPPLEMENT,
            None,
            "Hướng dẫn bổ sung hồ sơ",
            "; ".join(items),
            items,
        )
    reason = clean_text(
        outcome.reason, field="reason", label_vi="Lý do từ chối", max_len=NOTE_MAX, multiline=True
    )
    return _FirstStep(Action.REFUSE, Status.REFUSED, None, "Từ chối tiếp nhận", reason)


def _new_dossier(
    session: Session,
    ctx: DeskContext,
    request: IntakeRequest,
    version: ProcedureVersion,
    code: str,
    received: datetime,
    step: _FirstStep,
    now: datetime,
) -> Dossier:
    person = request.applicant
    documents = request.documents or _checklist_documents(version)
    return Dossier(
        code=code,
        office_id=ctx.office_id,
        procedure_version=version,
        applicant_id=_remember_applicant(session, person, now),
        applicant_kind=person.kind,
        applicant_name=person.full_name,
        applicant_name_folded=fold(person.full_name),
        applicant_id_number=person.id_number,
        applicant_birth_date=person.birth_date,
        applicant_phone=person.phone,
        applicant_email=person.email,
        applicant_address=person.address,
        channel=int(request.channel),
        received_at=received,
        appointment=step.appointment,
        original_appointment=step.appointment,
        paused_at=received if step.status == Status.WAITING_SUPPLEMENT else None,
        ended_at=received if step.status == Status.REFUSED else None,
        accepted_at=received if step.status == Status.ACCEPTED else None,
        status=int(step.status),
        delivery=request.delivery,
        sets=request.sets,
        summary=request.summary or version.name,
        handling_unit=ctx.office_name,
        note=request.note,
        received_by=ctx.officer,
        record_version=1,
        updated_at=now,
        documents=[
            DossierDocument(position=i + 1, name=d.name, originals=d.originals, copies=d.copies)
            for i, d in enumerate(documents)
        ],
    )


def _checklist_documents(version: ProcedureVersion) -> tuple[DocumentData, ...]:
    return tuple(
        DocumentData(d.name, d.originals, d.copies) for d in version.documents if d.required
    )


def _remember_applicant(session: Session, person: ApplicantData, now: datetime) -> int | None:
    """Keep the office's record of a person with an ID number up to date (for look-ups).

    An upsert, so two counters taking in the same person at once never collide.
    """
    if not person.id_number:
        return None
    values = {
        "kind": person.kind,
        "full_name": person.full_name,
        "name_folded": fold(person.full_name),
        "birth_date": person.birth_date,
        "phone": person.phone,
        "email": person.email,
        "address": person.address,
        "updated_at": now,
    }
    statement = insert_on_conflict(session, Applicant).values(id_number=person.id_number, **values)
    statement = statement.on_conflict_do_update(index_elements=["id_number"], set_=values)
    return session.execute(statement.returning(Applicant.id)).scalar_one()
