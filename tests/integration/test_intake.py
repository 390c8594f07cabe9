"""Intake on both backends: numbering, appointment, history and outbox in one transaction."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import func, select

from db.models import Dossier, OutboxItem, StatusChange
from desktop.catalogue.entries import parse_entry
from desktop.catalogue.store import import_entries, version_in_force
from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake import parse_intake, receive
from desktop.errors import InputError
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json, take_in

NOW = datetime(2026, 11, 20, 10, 0)  # Friday; 24/11/2026 is a day off


def count(profile: Profile, model: type) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_receive_numbers_dates_and_queues(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, NOW)
    assert code == "000.00.00.H56-261120-0001"
    assert take_in(profile, ctx, NOW) == "000.00.00.H56-261120-0002"
    with profile.db.read_session() as session:
        dossier = session.scalar(select(Dossier).where(Dossier.code == code))
        assert dossier is not None
        # 3 working days from Fri 10:00, skipping the weekend and 24/11.
        assert dossier.appointment == datetime(2026, 11, 26, 10, 0)
        assert dossier.status == 2 and dossier.record_version == 1
        assert dossier.applicant_name_folded == "dang van ung"
        history = session.scalars(select(StatusChange).where(StatusChange.dossier_id == dossier.id))
        assert [(h.action, h.to_status) for h in history] == [("receive", 2)]
        items = list(
            session.scalars(
                select(OutboxItem).where(OutboxItem.dossier_code == code).order_by(OutboxItem.id)
            )
        )
    assert [i.kind for i in items] == ["dossier", "step"]
    record = json.loads(items[0].payload)
    assert record["MaHoSo"] == code and record["RecordVersion"] == 1
    assert record["NgayHenTra"] == "20261126100000" and record["TrangThaiHoSo"] == "2"
    assert record["IdempotencyKey"] == items[0].idempotency_key


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"applicant": {"full_name": "A", "id_number": "00109001234"}}, "12 chữ số"),
        ({"applicant": {"full_name": "A", "phone": "09123abc78"}}, "chữ số"),
        ({"applicant": {"full_name": "A", "birth_date": "2030-01-01"}}, "Ngày sinh"),
        ({"applicant": {"full_name": "A\x07B"}}, "điều khiển"),
        ({"applicant": {"full_name": "A" * 10_000}}, "100"),
        ({"procedure": "9.999999"}, "Không có thủ tục"),
        ({"received_at": "2026-11-21 09:00"}, "tương lai"),
        ({"received_at": "2026-02-30 09:00"}, ""),
        ({"channel": 7}, "Kênh"),
    ],
)
def test_invalid_input_stores_nothing(
    profile: Profile, ctx: DeskContext, change: dict[str, object], message: str
) -> None:
    before = (count(profile, Dossier), count(profile, OutboxItem), count(profile, StatusChange))
    with pytest.raises(InputError) as caught:
        take_in(profile, ctx, NOW, **change)
    assert message in caught.value.message
    after = (count(profile, Dossier), count(profile, OutboxItem), count(profile, StatusChange))
    assert after == before


def test_text_is_stored_nfc(profile: Profile, ctx: DeskContext) -> None:
    decomposed = "Nguye\u0302\u0303n Thi\u0323 A\u0301nh"
    code = take_in(profile, ctx, NOW, applicant={"full_name": decomposed})
    with profile.db.read_session() as session:
        name = session.scalar(select(Dossier.applicant_name).where(Dossier.code == code))
    assert name == "Nguyễn Thị Ánh"


def test_dossier_keeps_the_version_it_was_received_under(
    profile: Profile, ctx: DeskContext
) -> None:
    old_code = take_in(profile, ctx, datetime(2026, 3, 2, 9, 0))
    newer = {
        "MaTTHC": "1.004873",
        "TenTTHC": "Cấp Giấy xác nhận tình trạng hôn nhân",
        "MaLinhVuc": "HT",
        "TenLinhVuc": "Hộ tịch",
        "ThoiHanGiaiQuyet": 1,
        "DonViThoiHan": "ngay_lam_viec",
        "CatGio15h": False,
        "LePhi": 5000,
        "ThanhPhanHoSo": [],
        "HieuLucTu": "20260601000000",
    }
    with profile.db.session() as session, session.begin():
        import_entries(session, [parse_entry(newer, 1)], NOW, "test")
    new_code = take_in(profile, ctx, datetime(2026, 6, 3, 9, 0))
    with profile.db.read_session() as session:
        old = session.scalar(select(Dossier).where(Dossier.code == old_code))
        new = session.scalar(select(Dossier).where(Dossier.code == new_code))
        assert old is not None and new is not None
        assert old.procedure_version.time_limit == 3 and old.procedure_version.fee is None
        assert new.procedure_version.time_limit == 1 and new.procedure_version.fee == 5000
        assert new.appointment == datetime(2026, 6, 4, 9, 0)
        v = version_in_force(session, "1.004873", datetime(2026, 5, 31, 23, 59))
        assert v.time_limit == 3


def test_chip_qr_and_intake_request_parse() -> None:
    request = parse_intake(intake_json(), today=NOW.date())
    assert request.applicant.id_number == "001090012345"
    assert request.applicant.phone == "0912345678"


def test_counter_ranges_per_workstation(profile: Profile, ctx: DeskContext) -> None:
    from dataclasses import replace

    other = replace(ctx, range_start=5001, range_end=9999)
    assert take_in(profile, other, NOW).endswith("-5001")
    assert take_in(profile, ctx, NOW).endswith("-0001")
    assert take_in(profile, other, NOW).endswith("-5002")


def test_receive_refuses_future(profile: Profile, ctx: DeskContext) -> None:
    request = parse_intake(intake_json(received_at="2026-11-20 10:01"), today=NOW.date())
    with profile.db.session() as session, session.begin(), pytest.raises(InputError):
        receive(session, ctx, request, NOW)


def test_applicant_record_follows_the_latest_intake(profile: Profile, ctx: DeskContext) -> None:
    from db.models import Applicant

    take_in(profile, ctx, NOW)
    take_in(
        profile,
        ctx,
        NOW,
        applicant={"full_name": "Đặng Văn Ưng", "id_number": "001090012345", "phone": "0987000111"},
    )
    with profile.db.read_session() as session:
        rows = list(session.scalars(select(Applicant)))
    assert [(a.id_number, a.phone) for a in rows] == [("001090012345", "0987000111")]


def test_counter_outcomes_supplement_then_resume_and_refuse(
    profile: Profile, ctx: DeskContext
) -> None:
    from desktop.dossiers.lifecycle import act
    from desktop.dossiers.outcome import Outcome, OutcomeKind
    from desktop.dossiers.status import Action
    from desktop.dossiers.step_input import ActionInput

    request = parse_intake(intake_json(), today=NOW.date())
    with profile.db.session() as session, session.begin():
        sent_back = receive(
            session,
            ctx,
            request,
            NOW,
            Outcome(OutcomeKind.SUPPLEMENT, items=("Bản sao giấy khai sinh",)),
        ).code
        refused = receive(
            session, ctx, request, NOW, Outcome(OutcomeKind.REFUSE, reason="Không thuộc thẩm quyền")
        ).code
    with profile.db.session() as session, session.begin():
        back = session.scalar(select(Dossier).where(Dossier.code == sent_back))
        assert back is not None and back.status == 5 and back.appointment is None
        assert back.supplements[0].items == "Bản sao giấy khai sinh"
        later = datetime(2026, 11, 23, 8, 0)
        act(session, ctx, sent_back, Action.RESUME, ActionInput(), later)
        # Counted from the day the complete dossier came back: 3 working days, 24/11 off.
        assert back.status == 2 and back.appointment == datetime(2026, 11, 27, 8, 0)
        no = session.scalar(select(Dossier).where(Dossier.code == refused))
        assert no is not None and no.status == 3 and no.ended_at == NOW
        assert [h.note for h in no.history] == ["Không thuộc thẩm quyền"]
    with pytest.raises(InputError), profile.db.session() as session, session.begin():
        receive(session, ctx, request, NOW, Outcome(OutcomeKind.REFUSE, reason=" "))
