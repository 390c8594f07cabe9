"""Taking in a dossier at the counter: validate everything, then number, date and store it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import (
    Applicant,
    Dossier,
    DossierDocument,
    ProcedureVersion,
    StatusChange,
    SupplementRequest,
)
from desktop.accounts.roles import Permission, require
from desktop.audit import chain as audit
from desktop.calendar import LimitUnit, TimeLimit, appointment_for
from desktop.catalogue.store import version_in_force
from desktop.dossiers.context import DeskContext
from desktop.dossiers.numbering import next_code
from desktop.dossiers.status import Action, Channel, Status
from desktop.dossiers.validation import (
    NOTE_MAX,
    SUMMARY_MAX,
    parse_datetime_vn,
    validate_address,
    validate_birth_date,
    validate_email,
    validate_full_name,
    validate_id_number,
    validate_phone,
)
from desktop.errors import InputError
from desktop.outbox.queue import queue_dossier, queue_step
from desktop.text import clean_text, fold

MAX_DOCUMENTS = 50


@dataclass(frozen=True)
class ApplicantData:
    full_name: str
    id_number: str
    birth_date: date | None
    phone: str
    email: str
    address: str
    kind: int = 1


@dataclass(frozen=True)
class DocumentData:
    name: str
    originals: int
    copies: int


@dataclass(frozen=True)
class IntakeRequest:
    procedure_code: str
    applicant: ApplicantData
    channel: Channel
    received_at: datetime | None
    documents: tuple[DocumentData, ...]
    summary: str
    sets: int
    delivery: int = 0
    note: str = ""
    warnings: tuple[str, ...] = ()


def parse_intake(raw: Any, *, today: date) -> IntakeRequest:
    """Check a dossier given as plain values (JSON); :class:`InputError` on the first fault."""
    if not isinstance(raw, dict):
        raise InputError("Dữ liệu hồ sơ phải là một đối tượng JSON.")
    applicant, warnings = _applicant(raw.get("applicant"), today)
    procedure = clean_text(
        raw.get("procedure"), field="procedure", label_vi="Mã thủ tục", max_len=40
    )
    received = raw.get("received_at")
    return IntakeRequest(
        procedure_code=procedure,
        applicant=applicant,
        channel=_channel(raw.get("channel", 1)),
        received_at=_received_at(received) if received not in (None, "") else None,
        documents=_documents(raw.get("documents", [])),
        summary=clean_text(
            raw.get("summary", ""),
            field="summary",
            label_vi="Trích yếu",
            max_len=SUMMARY_MAX,
            required=False,
        ),
        sets=_small_int(raw.get("sets", 1), "sets", "Số bộ hồ sơ", 1, 20),
        delivery=_small_int(raw.get("delivery", 0), "delivery", "Hình thức nhận kết quả", 0, 1),
        note=clean_text(
            raw.get("note", ""),
            field="note",
            label_vi="Ghi chú",
            max_len=NOTE_MAX,
            required=False,
            multiline=True,
        ),
        warnings=warnings,
    )


def _applicant(raw: Any, today: date) -> tuple[ApplicantData, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise InputError("Thiếu thông tin người nộp hồ sơ (applicant).", field="applicant")
    birth = validate_birth_date(raw.get("birth_date") or None, today=today)
    id_check = validate_id_number(str(raw.get("id_number") or ""), birth_date=birth)
    applicant = ApplicantData(
        full_name=validate_full_name(raw.get("full_name")),
        id_number=id_check.value,
        birth_date=birth,
        phone=validate_phone(str(raw.get("phone") or "")),
        email=validate_email(str(raw.get("email") or "")),
        address=validate_address(raw.get("address", "")),
        kind=_small_int(raw.get("kind", 1), "kind", "Loại đối tượng", 1, 2),
    )
    return applicant, id_check.warnings


def _channel(value: Any) -> Channel:
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        return Channel(int(value))
    except (TypeError, ValueError):
        raise InputError(
            "Kênh tiếp nhận phải là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính).",
            field="channel",
        ) from None


def _received_at(value: Any) -> datetime:
    if not isinstance(value, str):
        raise InputError(
            "Thời điểm tiếp nhận phải là chuỗi 'YYYY-MM-DD HH:MM'.", field="received_at"
        )
    return parse_datetime_vn(value, field="received_at", label_vi="Thời điểm tiếp nhận")


def _small_int(value: Any, field: str, label: str, low: int, high: int) -> int:
    if isinstance(value, bool):
        value = None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = low - 1
    if not low <= number <= high or (isinstance(value, float) and not value.is_integer()):
        raise InputError(f"{label} phải là số nguyên từ {low} đến {high}.", field=field)
    return number


def _documents(raw: Any) -> tuple[DocumentData, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_DOCUMENTS:
        raise InputError(
            f"Danh sách giấy tờ phải là một danh sách (tối đa {MAX_DOCUMENTS}).", field="documents"
        )
    documents = []
    for item in raw:
        if isinstance(item, str):
            item = {"name": item, "originals": 1, "copies": 0}
        if not isinstance(item, dict):
            raise InputError("Mỗi giấy tờ phải có tên và số bản.", field="documents")
        documents.append(
            DocumentData(
                name=clean_text(
                    item.get("name"), field="documents", label_vi="Tên giấy tờ", max_len=500
                ),
                originals=_small_int(item.get("originals", 0), "documents", "Số bản chính", 0, 99),
                copies=_small_int(item.get("copies", 0), "documents", "Số bản sao", 0, 99),
            )
        )
    return tuple(documents)


class OutcomeKind(StrEnum):
    ACCEPT = "accept"
    SUPPLEMENT = "supplement"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Outcome:
    """How the counter closes an intake: accepted, sent back to complete (form 02), refused
    (form 03). A code is issued in every case, so the slip can be printed and synced."""

    kind: OutcomeKind = OutcomeKind.ACCEPT
    items: tuple[str, ...] = ()
    reason: str = ""


ACCEPT = Outcome()


def receive(
    session: Session,
    ctx: DeskContext,
    request: IntakeRequest,
    now: datetime,
    outcome: Outcome = ACCEPT,
) -> Dossier:
    """Store a dossier with its code, appointment, first history row and outbox items.

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
    change = StatusChange(
        seq=1,
        action=step.action.value,
        from_status=None,
        to_status=int(step.status),
        at=received,
        recorded_at=now,
        officer=ctx.officer,
        unit=dossier.handling_unit,
        note=step.note,
        appointment_before=None,
        appointment_after=step.appointment,
    )
    dossier.history.append(change)
    if outcome.kind == OutcomeKind.SUPPLEMENT:
        dossier.supplements.append(
            SupplementRequest(
                requested_at=received, items="\n".join(step.items), requested_by=ctx.officer
            )
        )
    session.add(dossier)
    session.flush()
    queue_dossier(session, dossier, now)
    queue_step(session, dossier, change, step.label, now)
    audit.append(
        session,
        ctx.audit_key,
        ctx.officer,
        f"dossier.{step.action.value}",
        code,
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


def time_limit(version: ProcedureVersion) -> TimeLimit:
    return TimeLimit(version.time_limit, LimitUnit(version.time_unit), version.cutoff_15h)


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
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(Applicant).values(id_number=person.id_number, **values)
    statement = statement.on_conflict_do_update(index_elements=["id_number"], set_=values)
    return session.execute(statement.returning(Applicant.id)).scalar_one()
