"""Recording the steps of a dossier's life over the national status codes.

Every step writes its history row, bumps the record version and queues the dossier record
and the step in the outbox, all in the caller's one transaction (SYNC.md obligations 1–3).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Dossier, Fee, Handover, StatusChange, SupplementRequest
from desktop.accounts.roles import Permission, require
from desktop.calendar import WorkingCalendar, appointment_for, resume_appointment
from desktop.catalogue.time_limits import time_limit
from desktop.dossiers import steps
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import RULES, Action, Status, allowed_actions
from desktop.dossiers.step_input import ActionInput
from desktop.dossiers.validation import NOTE_MAX
from desktop.errors import InputError, NotFoundError, TransitionError
from desktop.text import clean_text

NEEDS = {Action.EXTEND: Permission.EXTEND, Action.STOP: Permission.STOP}
PERSON_MAX = 100  # officer and recipient names (column width)
FEE_METHODS = ("cash", "bank_transfer", "online")
FEE_METHOD_LABELS = {"cash": "Tiền mặt", "bank_transfer": "Chuyển khoản", "online": "Trực tuyến"}


REASON_MARK = "Lý do: "  # the reason line of a supplement request's step note
LATE_MARK = "Xin lỗi muộn: "  # an apology recorded after the deadline (its step note)


def load_dossier(session: Session, code: str) -> Dossier:
    dossier = session.scalar(select(Dossier).where(Dossier.code == code.strip().upper()))
    if dossier is None:
        raise NotFoundError(f"Không tìm thấy hồ sơ {code}.")
    return dossier


def act(
    session: Session,
    ctx: DeskContext,
    code: str,
    action: Action,
    data: ActionInput,
    now: datetime,
) -> Dossier:
    """Apply ``action`` to dossier ``code``; the caller commits."""
    require(ctx.role, NEEDS.get(action, Permission.ACT))
    dossier = load_dossier(session, code)
    current = Status(dossier.status)
    if current not in RULES[action].sources:
        allowed = "; ".join(RULES[a].label for a in allowed_actions(current)) or "không có"
        raise TransitionError(
            f"Không thể '{RULES[action].label}' khi hồ sơ đang ở trạng thái "
            f"'{current.label}'. Thao tác được phép: {allowed}.",
            field="action",
        )
    at = _step_time(session, dossier, data.at, now)
    before = dossier.appointment
    target, note = _APPLY[action](session, ctx, dossier, data, at)
    step = steps.Step(action, target, at, RULES[action].label, note, appointment_before=before)
    detail = {"from": int(current), "to": int(target), "at": f"{at:%Y-%m-%d %H:%M}"}
    steps.record_step(session, ctx, dossier, step, now, detail)
    return dossier


SATISFACTION_LABELS = {1: "Hài lòng", 2: "Bình thường", 3: "Không hài lòng"}


def record_satisfaction(
    session: Session, ctx: DeskContext, code: str, level: int, now: datetime
) -> Dossier:
    """The applicant's answer on receiving the result (1 satisfied, 2 neutral, 3 not), once
    the result is returned; a new record version, queued like every change. The caller commits."""
    if level not in SATISFACTION_LABELS:
        raise InputError(
            "Mức độ hài lòng phải là 1 (hài lòng), 2 (bình thường) hoặc 3 (không hài lòng).",
            field="satisfaction",
        )
    require(ctx.role, Permission.ACT)
    dossier = load_dossier(session, code)
    if dossier.status != int(Status.RETURNED):
        raise InputError(
            f"Chỉ ghi nhận mức độ hài lòng khi hồ sơ đã trả kết quả; hồ sơ {dossier.code} "
            f"đang ở trạng thái '{Status(dossier.status).label}'.",
            field="satisfaction",
        )
    dossier.satisfaction = level
    steps.record_change(session, ctx, dossier, now, "dossier.satisfaction", {"level": level})
    return dossier


def _step_time(session: Session, dossier: Dossier, at: datetime | None, now: datetime) -> datetime:
    when = at or now
    if when > now:
        raise InputError("Không được ghi nhận một bước ở thời điểm tương lai.", field="at")
    last = session.scalar(
        select(func.max(StatusChange.at)).where(StatusChange.dossier_id == dossier.id)
    )
    if last is not None and when < last:
        raise InputError(
            f"Thời điểm {when:%d/%m/%Y %H:%M} sớm hơn bước trước của hồ sơ "
            f"({last:%d/%m/%Y %H:%M}).",
            field="at",
        )
    return when


def _required(value: str, field: str, label: str, max_len: int = NOTE_MAX) -> str:
    return clean_text(value, field=field, label_vi=label, max_len=max_len, multiline=True)


def _optional(value: str, field: str, label: str, max_len: int = NOTE_MAX) -> str:
    return clean_text(
        value, field=field, label_vi=label, max_len=max_len, required=False, multiline=max_len > 200
    )


Step = tuple[Status, str]
Handler = Callable[[Session, DeskContext, Dossier, ActionInput, datetime], Step]


def _accept(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    d.appointment = appointment_for(at, time_limit(d.procedure_version), ctx.calendar)
    d.original_appointment = d.appointment
    d.accepted_at = at
    return Status.ACCEPTED, _optional(data.note, "note", "Ghi chú")


def _refuse(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    reason = _required(data.reason, "reason", "Lý do từ chối")
    d.ended_at = at
    return Status.REFUSED, reason


def _transfer(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    to_unit = clean_text(data.to_unit, field="to_unit", label_vi="Đơn vị nhận", max_len=200)
    seq = s.scalar(select(func.max(Handover.seq)).where(Handover.dossier_id == d.id)) or 0
    d.handovers.append(
        Handover(
            seq=seq + 1,
            from_unit=d.handling_unit,
            to_unit=to_unit,
            giver=ctx.officer,
            receiver=_optional(data.receiver, "receiver", "Người nhận", PERSON_MAX),
            handed_at=at,
            note=_optional(data.note, "note", "Ghi chú"),
        )
    )
    d.handling_unit = to_unit
    return Status.IN_PROGRESS, f"Chuyển đến {to_unit}"


def _supplement(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    items = [_required(i, "items", "Nội dung cần bổ sung") for i in data.items]
    if not items:
        raise InputError("Phải ghi rõ những giấy tờ cần bổ sung, hoàn thiện.", field="items")
    d.supplements.append(
        SupplementRequest(
            requested_at=at,
            items="\n".join(items),
            requested_by=ctx.officer,
            appointment_before=d.appointment,
        )
    )
    d.paused_at = at
    again = " (yêu cầu bổ sung lần thứ hai trở lên)" if len(d.supplements) > 1 else ""
    reason = _optional(data.reason, "reason", "Lý do yêu cầu bổ sung")
    because = f"\n{REASON_MARK}{reason}" if reason else ""
    return Status.WAITING_SUPPLEMENT, "; ".join(items) + again + because


def step_reason(note: str) -> str:
    """The reason a supplement request gave for the whole request (kept in its step's note)."""
    _, found, reason = note.partition(f"\n{REASON_MARK}")
    return reason.strip() if found else ""


def _resume(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    request = d.supplements[-1]
    request.supplemented_at = at
    if d.appointment is None:  # never accepted: the time limit counts from now
        d.appointment = appointment_for(at, time_limit(d.procedure_version), ctx.calendar)
        d.original_appointment = d.appointment
        d.accepted_at = at  # guided at intake, taken in now that it is complete
        target = Status.ACCEPTED
    else:
        paused = d.paused_at or at
        d.appointment = resume_appointment(d.appointment, paused, at, ctx.calendar)
        target = Status.IN_PROGRESS if d.handovers else Status.ACCEPTED
    request.appointment_after = d.appointment
    d.paused_at = None
    return target, _optional(data.note, "note", "Ghi chú")


def _request_fee(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    return Status.WAITING_FEE, _optional(data.note, "note", "Ghi chú")


def _pay_fee(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    if data.fee_amount is None or not 0 <= data.fee_amount <= 1_000_000_000:
        raise InputError("Số tiền phải là số nguyên không âm (đồng).", field="amount")
    if data.fee_method not in FEE_METHODS:
        raise InputError(
            "Hình thức nộp phải là cash (tiền mặt), bank_transfer (chuyển khoản) "
            "hoặc online (trực tuyến).",
            field="method",
        )
    name = _optional(data.fee_name, "fee_name", "Tên phí", 300) or "Lệ phí"
    d.fees.append(Fee(name=name, amount=data.fee_amount, method=data.fee_method, paid_at=at))
    target = Status.IN_PROGRESS if d.handovers else Status.ACCEPTED
    amount = f"{data.fee_amount:,}".replace(",", ".")
    return target, f"{name}: {amount} đồng ({FEE_METHOD_LABELS[data.fee_method]})"


def _extend(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    """Apology and new appointment (form 04): due before the deadline passes, still allowed
    after it — the office must be able to set a new date — and then recorded as late."""
    reason = _required(data.reason, "reason", "Lý do chậm trễ")
    if d.appointment is None:
        raise InputError("Hồ sơ chưa có ngày hẹn trả để gia hạn.", field="at")
    new = data.new_appointment
    if new is None or new <= d.appointment:
        raise InputError("Ngày hẹn mới phải sau ngày hẹn hiện tại.", field="new_appointment")
    if new <= at:
        raise InputError(
            f"Ngày hẹn mới phải sau thời điểm ghi nhận ({at:%H:%M ngày %d/%m/%Y}): "
            "hãy chọn một ngày làm việc sắp tới.",
            field="new_appointment",
        )
    if at > d.appointment:
        reason += f"\n{LATE_MARK}đã quá hạn trả kết quả {d.appointment:%H:%M ngày %d/%m/%Y}."
    d.appointment = new
    return Status(d.status), reason


def apology_reason(note: str) -> str:
    """The reason an apology step gave, without its late mark."""
    return note.partition(f"\n{LATE_MARK}")[0].strip()


def proposed_appointment(appointment: datetime, now: datetime, cal: WorkingCalendar) -> datetime:
    """The new appointment an apology proposes: one working day after the current one, or the
    opening of the next working day after ``now`` when that is later (always in the future)."""
    after_due = cal.add_office_time(appointment, cal.standard_day)
    tomorrow = cal.next_opening(datetime.combine(cal.next_working_day(now.date()), time.min))
    return max(after_due, tomorrow)


def _resolve(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    d.ended_at = at
    return Status.RESOLVED, _optional(data.note, "note", "Ghi chú")


def _return(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    d.returned_to = clean_text(
        data.recipient, field="recipient", label_vi="Người nhận kết quả", max_len=200
    )
    d.returned_at = at
    return Status.RETURNED, f"Người nhận: {d.returned_to}"


def _withdraw(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    d.ended_at = at
    d.paused_at = None
    return Status.WITHDRAWN, _optional(data.reason, "reason", "Lý do rút hồ sơ")


def _stop(s: Session, ctx: DeskContext, d: Dossier, data: ActionInput, at: datetime) -> Step:
    reason = _required(data.reason, "reason", "Lý do dừng xử lý")
    d.ended_at = at
    d.paused_at = None
    return Status.STOPPED, reason


_APPLY: dict[Action, Handler] = {
    Action.ACCEPT: _accept,
    Action.REFUSE: _refuse,
    Action.TRANSFER: _transfer,
    Action.SUPPLEMENT: _supplement,
    Action.RESUME: _resume,
    Action.REQUEST_FEE: _request_fee,
    Action.PAY_FEE: _pay_fee,
    Action.EXTEND: _extend,
    Action.RESOLVE: _resolve,
    Action.RETURN: _return,
    Action.WITHDRAW: _withdraw,
    Action.STOP: _stop,
}
