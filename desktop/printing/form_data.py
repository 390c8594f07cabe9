"""Each form's data, read from the database (the builders themselves never see a session).

Dossier forms go through :func:`desktop.dossiers.views.detail_of`, so they print what the
desk shows. Forms that need a step of the dossier's life (02 supplement request, 03 refusal,
04 extension, 05 stop) refuse with a Vietnamese message when that step never happened.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import Account, Dossier, Office, ProcedureVersion, StatusChange
from desktop.calendar import LimitUnit, TimeLimit, result_timing
from desktop.catalogue.time_limits import time_limit
from desktop.dossiers.context import office_calendar, office_for
from desktop.dossiers.lifecycle import apology_reason, load_dossier, step_reason
from desktop.dossiers.status import Action
from desktop.dossiers.views import DossierDetail, HistoryView, detail_of
from desktop.errors import InputError, NotFoundError
from desktop.printing import texts
from desktop.printing.form01_receipt import DocumentLine, ReceiptData
from desktop.printing.form02_supplement import SupplementData, SupplementItem
from desktop.printing.form03_refusal import RefusalData
from desktop.printing.form04_apology import ApologyData
from desktop.printing.form05_stop import StopData
from desktop.printing.form06_control_sheet import ControlSheetData, HandoverLine
from desktop.printing.form07_register import RegisterData, RegisterLine
from desktop.printing.layout import Letterhead
from desktop.settings import Settings
from desktop.text import mask_phone

DELIVERY_POST = 1
# "… Lý do: …" (or "… (lý do: …)") in a supplement line separates what from why.
_REASON = re.compile(r"\s*[-–—;,.]?\s*(\()?\s*lý do\s*:\s*", re.IGNORECASE)


def officer_names(session: Session) -> dict[str, str]:
    """Each account's login name → the name its forms print (see :func:`printed_name`)."""
    return {
        str(u): str(n or "").strip()
        for u, n in session.execute(select(Account.username, Account.full_name))
    }


def printed_name(names: dict[str, str], recorded: str) -> str:
    """What a form prints for the officer a step recorded (a login name when the office signs
    officers in): the account's full name; nothing — a line to sign and write by hand — for an
    account without a full name or the workstation's unchanged default; otherwise the name as
    recorded (an office without accounts records the name typed in its settings)."""
    recorded = recorded.strip()
    if recorded == Settings.officer:
        return ""
    return names.get(recorded, recorded)


def letterhead(office: Office) -> Letterhead:
    return Letterhead(office.superior_name, office.name, office.place_name)


def _loaded(session: Session, code: str, now: datetime) -> tuple[Dossier, Office, DossierDetail]:
    dossier = load_dossier(session, code)
    office = session.get(Office, dossier.office_id)
    if office is None:  # the foreign key makes this impossible
        raise NotFoundError(f"Không tìm thấy cơ quan của hồ sơ {dossier.code}.")
    detail = detail_of(dossier, now, office_calendar(session, office), reveal=True)
    return dossier, office, detail


def _last_step(detail: DossierDetail, action: Action, missing: str) -> HistoryView:
    steps = [h for h in detail.history if h.action == action.value]
    if not steps:
        raise InputError(f"Hồ sơ {detail.code} {missing}.", field="form")
    return steps[-1]


def limit_text(limit: TimeLimit) -> str:
    """The legal time limit as printed: ``3 ngày làm việc``, ``0,5 ngày làm việc``, …"""
    if limit.unit is LimitUnit.SAME_DAY or (
        limit.unit is LimitUnit.WORKING_DAYS and limit.value == 0
    ):
        return texts.SAME_DAY_CUTOFF if limit.cutoff_15h else texts.SAME_DAY
    return f"{_number(limit.value)} {limit.unit.label_vi}"


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def receipt_data(session: Session, code: str, now: datetime, reprint: int = 0) -> ReceiptData:
    """Form 01 (the current appointment: a reprint after a supplement shows the new one)."""
    dossier, office, d = _loaded(session, code, now)
    if d.appointment is None:
        raise InputError(
            f"Hồ sơ {d.code} chưa được tiếp nhận (chưa có thời gian hẹn trả): "
            "không có Giấy tiếp nhận hồ sơ và hẹn trả kết quả để in.",
            field="form",
        )
    if d.delivery == DELIVERY_POST:
        collect = texts.COLLECT_POST_01.format(address=d.applicant_address)
    else:
        collect = texts.COUNTER.format(office=office.name)
    return ReceiptData(
        letterhead=letterhead(office),
        code=d.code,
        applicant_name=d.applicant_name,
        applicant_id_number=d.applicant_id_number,
        applicant_address=d.applicant_address,
        applicant_phone=d.applicant_phone,
        applicant_email=d.applicant_email,
        procedure_name=d.procedure_name,
        summary=d.summary,
        documents=tuple(DocumentLine(x["name"], x["originals"], x["copies"]) for x in d.documents),
        sets=d.sets,
        time_limit=limit_text(time_limit(dossier.procedure_version)),
        received_at=d.received_at,
        appointment=d.appointment,
        collect_at=collect,
        officer=printed_name(officer_names(session), d.received_by),
        register_book=str(dossier.received_at.year),
        register_number=register_number(session, dossier),
        reprint=reprint,
        fee=dossier.procedure_version.fee or 0,
    )


def register_number(session: Session, dossier: Dossier) -> int:
    """The dossier's line in the office's register for the year it was received: the register
    (form 07) lists by time received, then code; this counts the dossiers up to this one."""
    at, code = dossier.received_at, dossier.code
    year_start = datetime(at.year, 1, 1)
    earlier = or_(Dossier.received_at < at, and_(Dossier.received_at == at, Dossier.code <= code))
    count = session.scalar(
        select(func.count(Dossier.id)).where(
            Dossier.office_id == dossier.office_id, Dossier.received_at >= year_start, earlier
        )
    )
    return int(count or 0)


def supplement_item(line: str) -> SupplementItem:
    """``"Bản sao giấy khai sinh. Lý do: bản cũ bị mờ"`` → what, and why."""
    match = _REASON.search(line)
    if match is None:
        return SupplementItem(line.strip())
    reason = line[match.end() :].strip()
    if match.group(1) and reason.endswith(")"):
        reason = reason[:-1].rstrip()
    return SupplementItem(line[: match.start()].strip(), reason)


def supplement_data(
    session: Session,
    code: str,
    now: datetime,
    reprint: int = 0,
    phones: Mapping[str, str] | None = None,
) -> SupplementData:
    """Form 02 from the latest supplement request; ``phones`` maps an officer as recorded
    (login or name) to the phone printed for them (none: a line to fill by hand)."""
    _, office, d = _loaded(session, code, now)
    if not d.supplements:
        raise InputError(
            f"Hồ sơ {d.code} chưa có yêu cầu bổ sung, hoàn thiện nào: không có phiếu để in.",
            field="form",
        )
    request = d.supplements[-1]
    step = _last_step(d, Action.SUPPLEMENT, "chưa có bước hướng dẫn bổ sung")
    return SupplementData(
        letterhead=letterhead(office),
        code=d.code,
        applicant_name=d.applicant_name,
        procedure_name=d.procedure_name,
        summary=d.summary,
        requested_at=request["requested_at"],
        items=tuple(supplement_item(line) for line in request["items"] if line.strip()),
        officer=printed_name(officer_names(session), step.officer),
        officer_phone=(phones or {}).get(step.officer.strip(), ""),
        reason=step_reason(step.note),
        reprint=reprint,
    )


def refusal_data(session: Session, code: str, now: datetime, reprint: int = 0) -> RefusalData:
    """Form 03 from the refusal step (its note is the reason)."""
    _, office, d = _loaded(session, code, now)
    step = _last_step(d, Action.REFUSE, "không bị từ chối tiếp nhận: không có phiếu từ chối")
    return RefusalData(
        letterhead=letterhead(office),
        code=d.code,
        applicant_name=d.applicant_name,
        procedure_name=d.procedure_name,
        summary=d.summary,
        received_at=d.received_at,
        refused_at=step.at,
        reason=step.note,
        officer=printed_name(officer_names(session), step.officer),
        reprint=reprint,
    )


def apology_data(session: Session, code: str, now: datetime, reprint: int = 0) -> ApologyData:
    """Form 04 from the latest extension: its reason, the appointment it replaced, the new one."""
    _, office, d = _loaded(session, code, now)
    step = _last_step(d, Action.EXTEND, "chưa được gia hạn: không có văn bản xin lỗi")
    original = step.appointment_before or d.original_appointment
    if original is None or step.appointment_after is None:
        raise InputError(f"Hồ sơ {d.code} thiếu thời gian hẹn trả để in văn bản xin lỗi.")
    return ApologyData(
        letterhead=letterhead(office),
        code=d.code,
        applicant_name=d.applicant_name,
        procedure_name=d.procedure_name,
        received_at=d.received_at,
        original_appointment=original,
        reason=apology_reason(step.note),
        new_appointment=step.appointment_after,
        written_at=step.at,
        reprint=reprint,
    )


def stop_data(session: Session, code: str, now: datetime, reprint: int = 0) -> StopData:
    """Form 05 from the stop step (its note is the reason)."""
    _, office, d = _loaded(session, code, now)
    step = _last_step(d, Action.STOP, "không bị dừng xử lý: không có thông báo dừng")
    return StopData(
        letterhead=letterhead(office),
        code=d.code,
        applicant_name=d.applicant_name,
        procedure_name=d.procedure_name,
        received_at=d.received_at,
        stopped_at=step.at,
        reason=step.note,
        reprint=reprint,
    )


def control_sheet_data(
    session: Session, code: str, now: datetime, reprint: int = 0
) -> ControlSheetData:
    """Form 06: a row per hand-over, early/on time/late against the current appointment."""
    _, office, d = _loaded(session, code, now)
    names = officer_names(session)
    lines = tuple(
        HandoverLine(
            from_unit=h["from_unit"],
            to_unit=h["to_unit"],
            handed_at=h["handed_at"],
            giver=printed_name(names, h["giver"]),
            receiver=printed_name(names, h["receiver"]),
            result=texts.TIMING[result_timing(h["handed_at"], d.appointment).value]
            if d.appointment is not None
            else "",
            note=h["note"],
        )
        for h in d.handovers
    )
    units = [line.to_unit for line in lines if line.to_unit != office.name]
    lead = units[0] if units else d.handling_unit
    coordinating = tuple(dict.fromkeys(u for u in units if u != lead))
    return ControlSheetData(
        letterhead=letterhead(office),
        code=d.code,
        applicant_name=d.applicant_name,
        procedure_name=d.procedure_name,
        received_at=d.received_at,
        appointment=d.appointment,
        lead_unit=lead,
        coordinating_units=coordinating,
        handovers=lines,
        printed_on=now.date(),
        reprint=reprint,
    )


def register_data(
    session: Session,
    date_from: date,
    date_to: date,
    now: datetime,
    *,
    office_code: str | None = None,
    reprint: int = 0,
    reveal: bool = False,
) -> RegisterData:
    """Form 07: the dossiers received from ``date_from`` to the end of ``date_to``; phone
    numbers masked unless ``reveal``: the printed register is the office's own book and shows
    them in full; an export, which may leave the office, masks them."""
    if date_to < date_from:
        raise InputError("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", field="from")
    office = office_for(session, office_code)
    returned = and_(StatusChange.dossier_id == Dossier.id, StatusChange.action == "return")
    rows = session.execute(
        select(Dossier, ProcedureVersion.name, StatusChange.officer)
        .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
        .outerjoin(StatusChange, returned)
        .where(
            Dossier.office_id == office.id,
            Dossier.received_at >= datetime.combine(date_from, time.min),
            Dossier.received_at < datetime.combine(date_to + timedelta(days=1), time.min),
        )
        .order_by(Dossier.received_at, Dossier.code)
    )
    names = officer_names(session)
    lines = tuple(
        _register_line(d, name, printed_name(names, officer or ""), reveal)
        for d, name, officer in rows
    )
    return RegisterData(letterhead(office), date_from, date_to, lines, now.date(), reprint)


def _register_line(
    d: Dossier, procedure: str, returned_by: str | None, reveal: bool
) -> RegisterLine:
    return RegisterLine(
        code=d.code,
        procedure_name=procedure,
        sets=d.sets,
        applicant_name=d.applicant_name,
        address=d.applicant_address,
        phone=d.applicant_phone if reveal else mask_phone(d.applicant_phone),
        received_at=d.received_at,
        appointment=d.appointment,
        ended_at=d.ended_at,
        returned_at=d.returned_at,
        returned_by=returned_by or "",
        returned_to=d.returned_to,
        note=d.note,
    )
