"""Plain dataclasses handed to the UI and the CLI (no ORM object leaves ``desktop``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from db.models import Dossier
from desktop.calendar import WorkingCalendar, classify
from desktop.dossiers.status import CLOCK_RUNNING, Status
from desktop.text import mask_id_number, mask_phone


@dataclass(frozen=True)
class HistoryView:
    seq: int
    action: str
    from_status: int | None
    to_status: int
    at: datetime
    officer: str
    unit: str
    note: str
    appointment_before: datetime | None
    appointment_after: datetime | None


@dataclass(frozen=True)
class DossierSummary:
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    applicant_id_number: str
    applicant_phone: str
    channel: int
    received_at: datetime
    appointment: datetime | None
    status: int
    status_label: str
    deadline_state: str | None
    record_version: int


@dataclass(frozen=True)
class DossierDetail(DossierSummary):
    field_code: str = ""
    field_name: str = ""
    procedure_version_from: datetime | None = None
    applicant_birth_date: date | None = None
    applicant_email: str = ""
    applicant_address: str = ""
    applicant_kind: int = 1
    original_appointment: datetime | None = None
    delivery: int = 0
    ended_at: datetime | None = None
    returned_at: datetime | None = None
    returned_to: str = ""
    sets: int = 1
    summary: str = ""
    handling_unit: str = ""
    note: str = ""
    received_by: str = ""
    documents: list[dict[str, Any]] = field(default_factory=list)
    history: list[HistoryView] = field(default_factory=list)
    handovers: list[dict[str, Any]] = field(default_factory=list)
    supplements: list[dict[str, Any]] = field(default_factory=list)
    fees: list[dict[str, Any]] = field(default_factory=list)
    procedure_fee: int = 0  # the procedure version's fee in đồng (0: none)


def deadline_state(
    status: int, appointment: datetime | None, now: datetime, cal: WorkingCalendar
) -> str | None:
    """on_time / due_soon / overdue while the clock runs; None otherwise."""
    if appointment is None or Status(status) not in CLOCK_RUNNING:
        return None
    return classify(appointment, now, cal).value


def summary_of(
    d: Dossier, now: datetime, cal: WorkingCalendar, *, reveal: bool = False
) -> DossierSummary:
    return DossierSummary(**_summary_fields(d, now, cal, reveal))


def _summary_fields(
    d: Dossier, now: datetime, cal: WorkingCalendar, reveal: bool
) -> dict[str, Any]:
    version = d.procedure_version
    return {
        "code": d.code,
        "procedure_code": version.procedure.code,
        "procedure_name": version.name,
        "applicant_name": d.applicant_name,
        "applicant_id_number": d.applicant_id_number
        if reveal
        else mask_id_number(d.applicant_id_number),
        "applicant_phone": d.applicant_phone if reveal else mask_phone(d.applicant_phone),
        "channel": d.channel,
        "received_at": d.received_at,
        "appointment": d.appointment,
        "status": d.status,
        "status_label": Status(d.status).label,
        "deadline_state": deadline_state(d.status, d.appointment, now, cal),
        "record_version": d.record_version,
    }


def detail_of(
    d: Dossier, now: datetime, cal: WorkingCalendar, *, reveal: bool = False
) -> DossierDetail:
    version = d.procedure_version
    return DossierDetail(
        **_summary_fields(d, now, cal, reveal),
        field_code=version.procedure.field.code,
        field_name=version.procedure.field.name,
        procedure_version_from=version.effective_from,
        applicant_birth_date=d.applicant_birth_date,
        applicant_email=d.applicant_email,
        applicant_address=d.applicant_address,
        applicant_kind=d.applicant_kind,
        original_appointment=d.original_appointment,
        delivery=d.delivery,
        ended_at=d.ended_at,
        returned_at=d.returned_at,
        returned_to=d.returned_to,
        sets=d.sets,
        summary=d.summary,
        handling_unit=d.handling_unit,
        note=d.note,
        received_by=d.received_by,
        documents=[
            {"name": x.name, "originals": x.originals, "copies": x.copies} for x in d.documents
        ],
        history=[_history(h) for h in d.history],
        handovers=[
            {
                "seq": h.seq,
                "from_unit": h.from_unit,
                "to_unit": h.to_unit,
                "giver": h.giver,
                "receiver": h.receiver,
                "handed_at": h.handed_at,
                "note": h.note,
            }
            for h in d.handovers
        ],
        supplements=[
            {
                "requested_at": s.requested_at,
                "items": s.items.split("\n"),
                "supplemented_at": s.supplemented_at,
                "appointment_before": s.appointment_before,
                "appointment_after": s.appointment_after,
            }
            for s in d.supplements
        ],
        fees=[
            {"name": f.name, "amount": f.amount, "method": f.method, "paid_at": f.paid_at}
            for f in d.fees
        ],
        procedure_fee=version.fee or 0,
    )


def _history(h: Any) -> HistoryView:
    return HistoryView(
        seq=h.seq,
        action=h.action,
        from_status=h.from_status,
        to_status=h.to_status,
        at=h.at,
        officer=h.officer,
        unit=h.unit,
        note=h.note,
        appointment_before=h.appointment_before,
        appointment_after=h.appointment_after,
    )


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates and times as JSON values (times as ``YYYY-MM-DD HH:MM:SS``)."""
    if hasattr(value, "__dataclass_fields__"):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return value
