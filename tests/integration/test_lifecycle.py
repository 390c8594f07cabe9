"""The lifecycle over the national status codes, on both backends."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from db.models import Dossier, OutboxItem
from desktop.desk import Desk
from desktop.dossiers.context import DeskContext
from desktop.dossiers.lifecycle import LATE_MARK, proposed_appointment
from desktop.dossiers.status import Action
from desktop.errors import InputError, TransitionError
from desktop.profile import Profile
from tests.integration.dossier_factory import do, take_in

RECEIVED = datetime(2026, 11, 16, 9, 0)  # Monday; 3 working days → Thu 19/11 09:00


def state(profile: Profile, code: str) -> Dossier:
    with profile.db.read_session() as session:
        dossier = session.scalar(select(Dossier).where(Dossier.code == code))
        assert dossier is not None
        _ = dossier.history, dossier.handovers, dossier.supplements
        return dossier


def outbox(profile: Profile, code: str) -> list[OutboxItem]:
    with profile.db.read_session() as session:
        return list(
            session.scalars(
                select(OutboxItem).where(OutboxItem.dossier_code == code).order_by(OutboxItem.id)
            )
        )


def test_counter_flow_transfer_resolve_return(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    do(
        profile,
        ctx,
        code,
        Action.TRANSFER,
        RECEIVED + timedelta(hours=1),
        to_unit="Công chức Tư pháp - Hộ tịch",
        receiver="Lê Thị Hoa",
    )
    do(profile, ctx, code, Action.RESOLVE, datetime(2026, 11, 18, 15, 0))
    do(profile, ctx, code, Action.RETURN, datetime(2026, 11, 19, 8, 0), recipient="Đặng Văn Ưng")
    dossier = state(profile, code)
    assert dossier.status == 10 and dossier.record_version == 4
    assert [h.to_status for h in dossier.history] == [2, 4, 9, 10]
    assert [h.seq for h in dossier.history] == [1, 2, 3, 4]
    assert dossier.ended_at == datetime(2026, 11, 18, 15, 0)
    assert dossier.handovers[0].to_unit == "Công chức Tư pháp - Hộ tịch"
    items = outbox(profile, code)
    assert [(i.kind, i.record_version) for i in items] == [
        ("dossier", 1),
        ("step", None),
        ("dossier", 2),
        ("step", None),
        ("dossier", 3),
        ("step", None),
        ("dossier", 4),
        ("step", None),
    ]
    last = json.loads(items[-2].payload)
    assert last["TrangThaiHoSo"] == "10" and last["NgayTra"] == "20261119080000"
    assert last["NgayKetThucXuLy"] == "20261118150000"


def test_supplement_then_resume_moves_appointment(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    assert state(profile, code).appointment == datetime(2026, 11, 19, 9, 0)
    do(
        profile,
        ctx,
        code,
        Action.SUPPLEMENT,
        datetime(2026, 11, 16, 10, 0),
        items=("Bản sao giấy khai sinh", "Ảnh chân dung"),
    )
    # Waited Mon 10:00 → Tue 10:00: one working day of office time (8 h).
    do(profile, ctx, code, Action.RESUME, datetime(2026, 11, 17, 10, 0))
    dossier = state(profile, code)
    assert dossier.appointment == datetime(2026, 11, 20, 9, 0)
    assert dossier.supplements[0].appointment_after == datetime(2026, 11, 20, 9, 0)
    assert dossier.status == 2 and dossier.paused_at is None
    record = json.loads(outbox(profile, code)[-2].payload)
    assert record["DanhSachHoSoBoSung"][0]["NgayHenTraMoi"] == "20261120090000"


def test_extend_before_deadline_and_late_apology(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    new = datetime(2026, 11, 23, 9, 0)
    do(
        profile,
        ctx,
        code,
        Action.EXTEND,
        datetime(2026, 11, 18, 16, 0),
        new_appointment=new,
        reason="Chờ xác minh",
    )
    assert state(profile, code).appointment == new
    assert state(profile, code).original_appointment == datetime(2026, 11, 19, 9, 0)
    assert LATE_MARK not in state(profile, code).history[-1].note
    with pytest.raises(InputError, match="sau thời điểm"):  # a new appointment already past
        do(
            profile,
            ctx,
            code,
            Action.EXTEND,
            datetime(2026, 11, 24, 10, 0),
            new_appointment=datetime(2026, 11, 24, 9, 30),
            reason="Trễ",
        )
    do(
        profile,
        ctx,
        code,
        Action.EXTEND,
        datetime(2026, 11, 24, 10, 0),
        new_appointment=datetime(2026, 11, 25, 9, 0),
        reason="Trễ",
    )
    after = state(profile, code)
    assert after.appointment == datetime(2026, 11, 25, 9, 0)
    note = after.history[-1].note
    assert note.startswith("Trễ\n") and LATE_MARK in note and "09:00 ngày 23/11/2026" in note


def test_proposed_new_appointment_is_a_future_working_time(profile: Profile) -> None:
    cal = Desk(profile).calendar
    due = datetime(2026, 11, 25, 9, 0)  # Wednesday
    # before or just past the deadline: a working day (8 office hours) after the appointment
    assert proposed_appointment(due, datetime(2026, 11, 24, 10, 0), cal) == datetime(
        2026, 11, 26, 9, 0
    )
    assert proposed_appointment(due, datetime(2026, 11, 25, 10, 0), cal) == datetime(
        2026, 11, 26, 9, 0
    )
    # long past: the opening of the next working day (Friday 4/12 → Monday 7/12)
    assert proposed_appointment(due, datetime(2026, 12, 4, 16, 0), cal) == datetime(
        2026, 12, 7, 7, 30
    )


def test_disallowed_and_bad_steps_change_nothing(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    before = (state(profile, code).record_version, len(outbox(profile, code)))
    with pytest.raises(TransitionError):
        do(profile, ctx, code, Action.RETURN, RECEIVED, recipient="X")
    with pytest.raises(InputError, match="tương lai"):
        do(
            profile,
            ctx,
            code,
            Action.RESOLVE,
            RECEIVED + timedelta(days=1),
            at=RECEIVED + timedelta(days=2),
        )
    with pytest.raises(InputError, match="sớm hơn"):
        do(profile, ctx, code, Action.RESOLVE, RECEIVED, at=RECEIVED - timedelta(hours=1))
    with pytest.raises(InputError):
        do(profile, ctx, code, Action.STOP, RECEIVED, reason="")
    assert (state(profile, code).record_version, len(outbox(profile, code))) == before
