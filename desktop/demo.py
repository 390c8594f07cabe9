"""Realistic demo data: Vietnamese names, valid ID numbers, statuses spread over past months.

Rows are written in bulk (Core inserts in batches) so that a million-dossier profile for the
benchmarks seeds in minutes; every dossier still gets a correct appointment from the office's
calendar, a coherent status history and one outbox item with its latest record.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from db.models import (
    Base,
    DayCounter,
    Dossier,
    Procedure,
    ProcedureVersion,
)
from desktop.calendar import WorkingCalendar, appointment_for
from desktop.catalogue.store import in_force
from desktop.catalogue.time_limits import time_limit
from desktop.dossiers.context import DeskContext
from desktop.dossiers.numbering import format_code
from desktop.dossiers.status import Action, Status
from desktop.dossiers.validation import PROVINCE_CODES, id_number_for
from desktop.outbox.records import baseline_record, wire_time
from desktop.text import fold

SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lương",
    "Mai",
)
MIDDLE_M = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Xuân", "Ngọc", "Gia")
MIDDLE_F = ("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Mỹ", "Bảo", "Diệu", "Phương")
GIVEN_M = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hùng",
    "Khánh",
    "Long",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Thắng",
    "Trung",
    "Tuấn",
    "Việt",
    "Ưng",
    "Đạt",
    "Hiếu",
    "Lộc",
)
GIVEN_F = (
    "Anh",
    "Chi",
    "Dung",
    "Giang",
    "Hà",
    "Hạnh",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Nga",
    "Ngọc",
    "Nhung",
    "Oanh",
    "Phượng",
    "Quyên",
    "Thảo",
    "Trang",
    "Uyên",
    "Yến",
)
HAMLETS = (
    "Thôn Đông",
    "Thôn Tây",
    "Thôn Trung",
    "Xóm Mới",
    "Thôn Bắc Sơn",
    "Ấp Phú Lợi",
    "Thôn Yên Khê",
    "Khu phố 3",
    "Thôn Hạ Long",
    "Thôn Đồng Tâm",
)
JUSTICE = "Công chức Tư pháp - Hộ tịch"
# The commune officer who handles each field's dossiers (a birth never goes to construction).
FIELD_UNITS = {
    "HT": JUSTICE,
    "CT": JUSTICE,
    "BTXH": "Công chức Văn hóa - Xã hội",
    "TLDN": "Công chức Tài chính - Kế toán",
    "XD": "Công chức Địa chính - Xây dựng",
}
OTHER_UNIT = "Công chức Văn phòng - Thống kê"
# Certified copies (fee "varies" in the catalogue): 2.000 đ a page for pages 1–2, 1.000 đ from
# page 3, at most 200.000 đ a copy (the catalogue's note).
CERTIFICATION = "CT"
FEE_METHOD_WEIGHTS = {"cash": 70, "bank_transfer": 20, "online": 10}
SUPPLEMENT_ITEMS = (
    "Bản sao Giấy khai sinh. Lý do: bản đã nộp bị mờ, không đọc được",
    "Tờ khai ghi đủ thông tin và có chữ ký của người yêu cầu",
    "Giấy tờ chứng minh nơi cư trú. Lý do: chưa có trong hồ sơ",
)
STOP_REASONS = (
    "Người yêu cầu đề nghị dừng giải quyết hồ sơ.",
    "Hồ sơ không đủ điều kiện giải quyết theo quy định.",
)
WITHDRAW_REASONS = ("Công dân xin rút hồ sơ.", "Người nộp đề nghị rút để bổ sung sau.")
MOBILE_PREFIXES = (
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "070",
    "076",
    "077",
    "078",
    "079",
    "081",
    "082",
    "083",
    "084",
    "085",
    "086",
    "088",
    "089",
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
)
BATCH = 5000


@dataclass
class DemoOutcome:
    dossiers: int = 0
    by_status: dict[int, int] = field(default_factory=dict)


@dataclass
class _Rows:
    dossiers: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    outbox: list[dict[str, Any]] = field(default_factory=list)
    handovers: list[dict[str, Any]] = field(default_factory=list)
    supplements: list[dict[str, Any]] = field(default_factory=list)
    fees: list[dict[str, Any]] = field(default_factory=list)


class DemoMaker:
    """Builds dossiers received between ``start`` and ``now`` with plausible outcomes."""

    def __init__(
        self, ctx: DeskContext, versions: list[ProcedureVersion], now: datetime, seed: int
    ) -> None:
        self.ctx = ctx
        self.cal: WorkingCalendar = ctx.calendar
        self.versions = versions
        self.now = now
        self.rng = random.Random(seed)
        self.limits = {v.id: time_limit(v) for v in versions}
        self.wire = {
            v.id: (v.procedure.code, v.name, v.procedure.field.code, v.procedure.field.name)
            for v in versions
        }
        self.weights = [6 if v.time_unit == "same_day" else 2 for v in versions]

    def in_hours(self, received: datetime, at: datetime) -> datetime:
        """``at`` moved into office hours: as much office time after ``received`` (itself in
        office hours) as ``at`` is, so never later than ``at`` nor earlier than ``received``."""
        if at <= received:
            return received
        spent = self.cal.office_time_between(received, at)
        return self.cal.add_office_time(received, spent).replace(microsecond=0)

    def person(self) -> dict[str, Any]:
        rng = self.rng
        female = rng.random() < 0.5
        name = " ".join(
            (
                rng.choice(SURNAMES),
                rng.choice(MIDDLE_F if female else MIDDLE_M),
                rng.choice(GIVEN_F if female else GIVEN_M),
            )
        )
        birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 66))
        province = rng.choice(list(PROVINCE_CODES))
        phone = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}"
        return {
            "applicant_kind": 1,
            "applicant_name": name,
            "applicant_name_folded": fold(name),
            "applicant_id_number": id_number_for(province, birth, female, rng.randrange(10**6)),
            "applicant_birth_date": birth,
            "applicant_phone": phone,
            "applicant_email": "",
            "applicant_address": f"{rng.choice(HAMLETS)}, {self.ctx.office_name}",
        }

    def received_times(self, count: int, days: int) -> list[datetime]:
        """``count`` receipt instants inside office hours over the last ``days`` days."""
        start = self.now - timedelta(days=days)
        span = (self.now - start).total_seconds()
        times: list[datetime] = []
        while len(times) < count:
            at = start + timedelta(seconds=int(self.rng.random() * span))
            opening = self.cal.next_opening(at)
            if opening <= self.now:
                times.append(opening)
        return sorted(times)


def _outcome(
    maker: DemoMaker, received: datetime, appointment: datetime
) -> tuple[Status, datetime]:
    """A final or current status, and when it was reached, that fits the dossier's age."""
    rng, now = maker.rng, maker.now
    if appointment < now - timedelta(days=3):
        roll = rng.random()
        if roll < 0.03:
            return Status.WITHDRAWN, _between(rng, received, appointment)
        if roll < 0.05:
            return Status.STOPPED, _between(rng, received, appointment)
        if roll < 0.07:  # overdue and still open
            return Status.IN_PROGRESS, _between(rng, received, appointment)
        end = _end_time(maker, received, appointment)
        if rng.random() < 0.9 and end + timedelta(days=1) < now:
            return Status.RETURNED, end
        return Status.RESOLVED, end
    roll = rng.random()
    if roll < 0.35:
        return Status.ACCEPTED, received
    if roll < 0.75:
        return Status.IN_PROGRESS, _between(rng, received, min(now, appointment))
    if roll < 0.85:
        return Status.WAITING_SUPPLEMENT, _between(rng, received, min(now, appointment))
    end = _between(rng, received, min(now, appointment))
    return Status.RESOLVED, end


def _between(rng: random.Random, a: datetime, b: datetime) -> datetime:
    if b <= a:
        return a
    return a + timedelta(seconds=int(rng.random() * (b - a).total_seconds()))


def _end_time(maker: DemoMaker, received: datetime, appointment: datetime) -> datetime:
    roll = maker.rng.random()
    if roll < 0.06:  # late
        return min(maker.now, appointment + timedelta(days=maker.rng.randint(1, 4)))
    if roll < 0.2:  # on the day of the appointment (never before the receipt)
        early = appointment.replace(hour=8, minute=15) if appointment.hour > 8 else appointment
        return max(received, early)
    return _between(maker.rng, received, appointment)


def _steps(status: Status, received: datetime, reached: datetime) -> list[tuple[Action, Status]]:
    path: list[tuple[Action, Status]] = [(Action.RECEIVE, Status.ACCEPTED)]
    if status == Status.ACCEPTED:
        return path
    if status in (Status.IN_PROGRESS, Status.RESOLVED, Status.RETURNED, Status.STOPPED):
        path.append((Action.TRANSFER, Status.IN_PROGRESS))
    final = {
        Status.WAITING_SUPPLEMENT: Action.SUPPLEMENT,
        Status.RESOLVED: Action.RESOLVE,
        Status.WITHDRAWN: Action.WITHDRAW,
        Status.STOPPED: Action.STOP,
    }
    if status in final:
        path.append((final[status], status))
    if status == Status.RETURNED:
        path += [(Action.RESOLVE, Status.RESOLVED), (Action.RETURN, Status.RETURNED)]
    return path


def _add_dossier(
    maker: DemoMaker,
    rows: _Rows,
    ident: int,
    code: str,
    received: datetime,
    version: ProcedureVersion,
) -> Status:
    appointment = appointment_for(received, maker.limits[version.id], maker.cal)
    status, reached = _outcome(maker, received, appointment)
    reached = maker.in_hours(received, reached)
    steps = _steps(status, received, reached)
    times = _step_times(maker, received, reached, len(steps))
    unit = FIELD_UNITS.get(version.procedure.field.code, OTHER_UNIT)
    office = maker.ctx.office_name
    row: dict[str, Any] = {
        "id": ident,
        "code": code,
        "office_id": maker.ctx.office_id,
        "procedure_version_id": version.id,
        "applicant_id": None,
        **maker.person(),
        "channel": maker.rng.choices((1, 2, 3), (70, 25, 5))[0],
        "received_at": received,
        "appointment": appointment,
        "original_appointment": appointment,
        "paused_at": reached if status == Status.WAITING_SUPPLEMENT else None,
        "status": int(status),
        "delivery": 0,
        "sets": 1,
        "summary": version.name,
        "handling_unit": unit if (Action.TRANSFER, Status.IN_PROGRESS) in steps else office,
        "note": "",
        "received_by": maker.ctx.officer,
        "record_version": len(steps),
        "updated_at": times[-1],
        "satisfaction": None,
        "returned_to": "",
        "ended_at": _ended(status, times),
        "accepted_at": received,
        "returned_at": times[-1] if status == Status.RETURNED else None,
    }
    if status == Status.RETURNED:
        row["returned_to"] = row["applicant_name"]
    rows.dossiers.append(row)
    notes = _history_rows(rows, maker, ident, steps, times, appointment, unit)
    _step_rows(rows, maker, row, steps, times, notes)
    _fee_rows(rows, maker, row, version, status)
    rows.outbox.append(_outbox_row(maker, row, version))
    return status


def _step_note(maker: DemoMaker, action: Action, unit: str, applicant: str) -> str:
    """What an officer writes with the step (a reason where the desk asks one)."""
    rng = maker.rng
    if action == Action.TRANSFER:
        return f"Chuyển đến {unit}"
    if action == Action.SUPPLEMENT:
        return "; ".join(rng.sample(SUPPLEMENT_ITEMS, rng.randint(1, 2)))
    if action == Action.STOP:
        return rng.choice(STOP_REASONS)
    if action == Action.WITHDRAW:
        return rng.choice(WITHDRAW_REASONS)
    if action == Action.RETURN:
        return f"Người nhận: {applicant}"
    return ""


def _step_rows(
    rows: _Rows,
    maker: DemoMaker,
    row: dict[str, Any],
    steps: list[tuple[Action, Status]],
    times: list[datetime],
    notes: list[str],
) -> None:
    """The hand-overs and supplement requests the transfer and supplement steps recorded."""
    for (action, _), at, note in zip(steps, times, notes, strict=True):
        if action == Action.TRANSFER:
            rows.handovers.append(
                {
                    "dossier_id": row["id"],
                    "seq": 1,
                    "from_unit": maker.ctx.office_name,
                    "to_unit": row["handling_unit"],
                    "giver": maker.ctx.officer,
                    "receiver": "",
                    "handed_at": at.replace(microsecond=0),
                    "note": "",
                }
            )
        if action == Action.SUPPLEMENT:
            rows.supplements.append(
                {
                    "dossier_id": row["id"],
                    "requested_at": at.replace(microsecond=0),
                    "items": note.replace("; ", "\n"),
                    "requested_by": maker.ctx.officer,
                    "supplemented_at": None,
                    "appointment_before": row["appointment"],
                    "appointment_after": None,
                }
            )


def _fee_rows(
    rows: _Rows, maker: DemoMaker, row: dict[str, Any], version: ProcedureVersion, status: Status
) -> None:
    """The fee the catalogue sets, paid at the counter on receipt, for dossiers carried
    through; none for exempt procedures or fees the province sets (not in the catalogue)."""
    if status not in (Status.RESOLVED, Status.RETURNED):
        return
    rng = maker.rng
    if version.fee:
        amount = version.fee * rng.choice((1, 1, 1, 2, 3))
    elif version.fee is None and version.procedure.field.code == CERTIFICATION:
        pages = rng.randint(1, 8)
        amount = min(200_000, 2_000 * min(pages, 2) + 1_000 * max(pages - 2, 0))
    else:
        return
    method = rng.choices(list(FEE_METHOD_WEIGHTS), list(FEE_METHOD_WEIGHTS.values()))[0]
    rows.fees.append(
        {
            "dossier_id": row["id"],
            "name": "Lệ phí",
            "amount": amount,
            "method": method,
            "paid_at": row["received_at"],
        }
    )


def _ended(status: Status, times: list[datetime]) -> datetime | None:
    if status == Status.RETURNED:
        return times[-2]
    if status in (Status.RESOLVED, Status.WITHDRAWN, Status.STOPPED):
        return times[-1]
    return None


def _step_times(
    maker: DemoMaker, received: datetime, reached: datetime, count: int
) -> list[datetime]:
    """``count`` instants from ``received`` to ``reached``, evenly spread over office time."""
    if count == 1:
        return [received]
    span = maker.cal.office_time_between(received, reached)
    times = [
        maker.cal.add_office_time(received, span * i / (count - 1)).replace(microsecond=0)
        for i in range(count - 1)
    ]
    return [*times, reached]


def _history_rows(
    rows: _Rows,
    maker: DemoMaker,
    ident: int,
    steps: list[tuple[Action, Status]],
    times: list[datetime],
    appointment: datetime,
    unit: str,
) -> list[str]:
    """The dossier's status history; returns each step's note."""
    officer = maker.ctx.officer
    applicant = rows.dossiers[-1]["applicant_name"]
    notes: list[str] = []
    previous: Status | None = None
    for seq, ((action, target), at) in enumerate(zip(steps, times, strict=True), start=1):
        notes.append(_step_note(maker, action, unit, applicant))
        rows.history.append(
            {
                "dossier_id": ident,
                "seq": seq,
                "action": action.value,
                "from_status": int(previous) if previous else None,
                "to_status": int(target),
                "at": at.replace(microsecond=0),
                "recorded_at": at.replace(microsecond=0),
                "officer": officer,
                "unit": unit if seq > 1 else "",
                "note": notes[-1],
                "appointment_before": appointment if seq > 1 else None,
                "appointment_after": appointment,
            }
        )
        previous = target
    return notes


def _outbox_row(maker: DemoMaker, row: dict[str, Any], version: ProcedureVersion) -> dict[str, Any]:
    key = str(uuid.UUID(int=maker.rng.getrandbits(128), version=4))
    code, name, field_code, field_name = maker.wire[version.id]
    written = {
        "MaHoSo": row["code"],
        "MaTTHC": code,
        "TenTTHC": name,
        "MaLinhVuc": field_code,
        "TenLinhVuc": field_name,
        "KenhThucHien": str(row["channel"]),
        "ChuHoSo": row["applicant_name"],
        "LoaiDoiTuong": "1",
        "MaDoiTuong": row["applicant_id_number"],
        "SoDienThoai": row["applicant_phone"],
        "Email": "",
        "DiaChi": row["applicant_address"],
        "TrichYeuHoSo": row["summary"],
        "NgayTiepNhan": wire_time(row["received_at"]),
        "NgayHenTra": wire_time(row["appointment"]),
        "TrangThaiHoSo": str(row["status"]),
        "NgayKetThucXuLy": wire_time(row["ended_at"]),
        "NgayTra": wire_time(row["returned_at"]),
        "HinhThuc": "0",
        "DonViXuLy": row["handling_unit"],
        "TaiLieuNop": [],
        "DanhSachLePhi": [],
        "DanhSachHoSoBoSung": [],
        "GhiChu": "",
    }
    # The queued shape: the adapter's record (no address) and its extension part.
    extension = {"RecordVersion": row["record_version"], "IdempotencyKey": key}
    record = {**baseline_record(written), **extension}
    return {
        "kind": "dossier",
        "dossier_code": row["code"],
        "record_version": row["record_version"],
        "idempotency_key": key,
        "payload": json.dumps(record, ensure_ascii=False),
        "state": "pending",
        "attempts": 0,
        "last_error": "",
        "created_at": row["updated_at"],
    }


def seed_demo(
    session: Session,
    ctx: DeskContext,
    count: int,
    now: datetime,
    *,
    seed: int = 2026,
    days: int = 180,
) -> DemoOutcome:
    """Add ``count`` demo dossiers (in the caller's transaction, flushed in batches)."""
    versions = _current_versions(session, now)
    maker = DemoMaker(ctx, versions, now, seed)
    next_id = int(session.scalar(select(func.max(Dossier.id))) or 0) + 1
    counters = _day_counters(session, ctx)
    outcome = DemoOutcome()
    for received_batch in _chunks(maker.received_times(count, days), BATCH):
        rows = _Rows()
        for received in received_batch:
            version = maker.rng.choices(versions, maker.weights)[0]
            number = counters.get(received.date(), ctx.range_start - 1) + 1
            counters[received.date()] = number
            code = format_code(ctx.office_code, received.date(), number)
            status = _add_dossier(maker, rows, next_id, code, received, version)
            outcome.by_status[int(status)] = outcome.by_status.get(int(status), 0) + 1
            next_id += 1
        _write(session, rows)
        outcome.dossiers += len(received_batch)
    _save_counters(session, ctx, counters)
    if session.get_bind().dialect.name == "postgresql":  # ids were given explicitly
        session.execute(
            text("SELECT setval(pg_get_serial_sequence('dossier', 'id'), :last)"),
            {"last": next_id - 1},
        )
    return outcome


def _current_versions(session: Session, now: datetime) -> list[ProcedureVersion]:
    versions = list(
        session.scalars(
            select(ProcedureVersion).join(Procedure).where(ProcedureVersion.effective_from <= now)
        )
    )
    latest: dict[int, ProcedureVersion] = {}
    for v in versions:
        if v.procedure_id not in latest or v.effective_from > latest[v.procedure_id].effective_from:
            latest[v.procedure_id] = v
    # Only what a counter can receive: a known time limit, not ended.
    usable = [v for v in latest.values() if v.time_limit is not None and in_force(v, now)]
    if not usable:
        raise RuntimeError("the catalogue is empty: run `motcua init` first")
    return sorted(usable, key=lambda v: v.procedure_id)


def _day_counters(session: Session, ctx: DeskContext) -> dict[date, int]:
    rows = session.execute(
        select(DayCounter.day, DayCounter.last_number).where(
            DayCounter.office_code == ctx.office_code, DayCounter.range_start == ctx.range_start
        )
    )
    return {day: number for day, number in rows}


def _save_counters(session: Session, ctx: DeskContext, counters: dict[date, int]) -> None:
    session.query(DayCounter).filter(
        DayCounter.office_code == ctx.office_code, DayCounter.range_start == ctx.range_start
    ).delete()
    session.execute(
        insert(DayCounter),
        [
            {
                "office_code": ctx.office_code,
                "day": day,
                "range_start": ctx.range_start,
                "last_number": number,
            }
            for day, number in counters.items()
        ],
    )


def _chunks(items: list[datetime], size: int) -> Iterator[list[datetime]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _write(session: Session, rows: _Rows) -> None:
    """One executemany per table (Core inserts: the ORM would split rows by their NULLs)."""
    tables = Base.metadata.tables
    for name, batch in (
        ("dossier", rows.dossiers),
        ("status_change", rows.history),
        ("outbox_item", rows.outbox),
        ("handover", rows.handovers),
        ("supplement_request", rows.supplements),
        ("fee", rows.fees),
    ):
        if batch:
            session.execute(insert(tables[name]), batch)
