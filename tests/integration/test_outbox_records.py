"""The records queued for the province as the national adapter reads them (SYNC.md §2.1,
§2.2; desktop/outbox/records.py), built by the real services on both backends."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from db.models import Dossier, OutboxItem
from desktop.catalogue.store import SHIPPED_FILE
from desktop.dossiers.context import DeskContext
from desktop.dossiers.lifecycle import act
from desktop.dossiers.online import store_online
from desktop.dossiers.status import Action
from desktop.dossiers.step_input import ActionInput
from desktop.outbox.queue import queue_dossier
from desktop.outbox.records import (
    HOSO_LISTS,
    HOSO_SCALARS,
    STEP_KEYS,
    WireCodes,
    baseline_record,
    baseline_step,
)
from desktop.profile import Profile
from desktop.province.seed import online_records
from tests.integration.dossier_factory import take_in

NOW = datetime(2026, 11, 16, 9, 0)
REQUIRED = (
    "MaHoSo", "MaTTHC", "TenTTHC", "KenhThucHien", "ChuHoSo", "LoaiDoiTuong", "TrichYeuHoSo",
    "NgayTiepNhan", "TrangThaiHoSo", "DonViXuLy",
)  # fmt: skip


def snapshots(profile: Profile, code: str, kind: str) -> list[dict[str, Any]]:
    with profile.db.read_session() as session:
        payloads = session.scalars(
            select(OutboxItem.payload)
            .where(OutboxItem.dossier_code == code, OutboxItem.kind == kind)
            .order_by(OutboxItem.id)
        )
        return [json.loads(p) for p in payloads]


def act_at(
    profile: Profile, ctx: DeskContext, code: str, action: Action, at: datetime, **data: Any
) -> None:
    with profile.db.session() as session, session.begin():
        act(session, ctx, code, action, ActionInput(**data), at)


def all_strings(value: Any) -> bool:
    if isinstance(value, list):
        return all(all_strings(v) for v in value)
    if isinstance(value, dict):
        return all(all_strings(v) for v in value.values())
    return isinstance(value, str)


def test_the_queued_dossier_is_the_table_of_2_1_in_strings(
    profile: Profile, ctx: DeskContext
) -> None:
    code = take_in(profile, ctx, NOW)
    act_at(profile, ctx, code, Action.TRANSFER, NOW, to_unit="Công chức tư pháp")
    snapshot = snapshots(profile, code, "dossier")[-1]
    record = baseline_record(snapshot)

    assert set(record) == set(HOSO_SCALARS) | set(HOSO_LISTS)
    assert all_strings(record)
    assert all(record[key] for key in REQUIRED), [k for k in REQUIRED if not record[k]]
    assert "DiaChi" not in snapshot and "DiaChi" not in record
    assert record["MaDoiTuong"] == ""
    assert record["DinhDanhCHS"] == [{"LoaiDinhDanh": "1", "SoDinhDanh": "001090012345"}]
    assert record["TaiLieuNop"] == []  # no file kept at the desk: papers go to the other list
    papers = record["DanhSachTepDinhKemKhac"]
    assert papers and all(set(p) == {"TenGiayTo", "SoLuong", "LoaiGiayTo"} for p in papers)
    assert all(p["SoLuong"].isdigit() for p in papers)
    assert record["NgayTiepNhan"] == record["NgayNopHoSo"] == "20261116090000"
    assert record["TrangThaiHoSo"] == "4" and record["NgayTuChoi"] == ""
    # The extension part stays in the snapshot (SYNC.md §4), the version an integer.
    assert snapshot["RecordVersion"] == 2 and isinstance(snapshot["IdempotencyKey"], str)
    assert "RecordVersion" not in record and "IdempotencyKey" not in record


def test_a_dossier_with_no_unit_is_handled_by_the_office_and_codes_come_from_settings(
    profile: Profile, ctx: DeskContext
) -> None:
    codes = WireCodes(personal_id_type="CCCD", submission_place="3", office_name="UBND xã X")
    code = take_in(profile, replace(ctx, wire_codes=codes), NOW)
    record = baseline_record(snapshots(profile, code, "dossier")[-1])
    assert record["DonViXuLy"] == ctx.office_name
    with profile.db.session() as session, session.begin():
        dossier = session.scalars(select(Dossier).where(Dossier.code == code)).one()
        dossier.handling_unit = ""  # as a dossier of an older desk may be
        queue_dossier(session, dossier, NOW, codes)
    record = baseline_record(snapshots(profile, code, "dossier")[-1])
    assert record["DonViXuLy"] == "UBND xã X"
    assert record["NoiNopHoSo"] == "3"
    assert record["DinhDanhCHS"][0]["LoaiDinhDanh"] == "CCCD"


def test_an_enterprise_sends_its_tax_code_and_a_person_their_number(
    profile: Profile, ctx: DeskContext
) -> None:
    applicant = {"kind": 2, "full_name": "Nguyễn Văn Bình", "id_number": "001090012345"}
    code = take_in(profile, ctx, NOW, applicant=applicant)
    record = baseline_record(snapshots(profile, code, "dossier")[-1])
    assert record["LoaiDoiTuong"] == "2" and record["MaDoiTuong"] == ""
    assert record["DinhDanhCHS"] == [{"LoaiDinhDanh": "1", "SoDinhDanh": "001090012345"}]
    pulled = {"MaHoSo": "X", "LoaiDoiTuong": "2", "MaDoiTuong": "0312345678"}
    record = baseline_record(pulled)  # an online dossier of an enterprise (old shape)
    assert record["MaDoiTuong"] == "0312345678" and record["DinhDanhCHS"] == []


def test_two_steps_of_one_status_in_the_same_second_get_distinct_times(
    profile: Profile, ctx: DeskContext
) -> None:
    code = take_in(profile, ctx, NOW)
    at = NOW + timedelta(hours=1)
    act_at(profile, ctx, code, Action.TRANSFER, at, to_unit="Công chức tư pháp")
    act_at(profile, ctx, code, Action.TRANSFER, at.replace(microsecond=500), to_unit="Chủ tịch")
    steps = [baseline_step(s) for s in snapshots(profile, code, "step")]
    assert all(set(s) == set(STEP_KEYS) and all_strings(s) for s in steps)
    keys = [(s["ThoiDiemXuLy"], s["TrangThai"]) for s in steps]
    assert len(set(keys)) == len(keys)
    transfers = [s["ThoiDiemXuLy"] for s in steps if s["TrangThai"] == "4"]
    assert transfers == ["20261116100000", "20261116100001"]


def test_an_online_submission_names_the_applicant_in_dinh_danh_chs(
    profile: Profile, ctx: DeskContext
) -> None:
    catalogue = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
    record = online_records(ctx.office_code, catalogue, 1, NOW - timedelta(hours=1))[0]
    record |= {"LoaiDoiTuong": "1", "MaDoiTuong": ""}
    record["DinhDanhCHS"] = [{"LoaiDinhDanh": "1", "SoDinhDanh": "001090012345"}]
    with profile.db.session() as session, session.begin():
        assert store_online(session, ctx, record, NOW).result == "stored"
    with profile.db.read_session() as session:
        stored = session.scalars(select(Dossier).where(Dossier.code == record["MaHoSo"])).one()
        assert stored.applicant_id_number == "001090012345"


def test_an_old_snapshot_is_read_in_the_new_shape() -> None:
    old = {
        "MaHoSo": "000.00.00.H00-261116-0001",
        "RecordVersion": 3,
        "IdempotencyKey": "0b6e8b0e-6f4b-4d0c-9c55-1f2d3c4b5a69",
        "MaTTHC": "1.004873",
        "TenTTHC": "Cấp Giấy xác nhận tình trạng hôn nhân",
        "KenhThucHien": "1",
        "ChuHoSo": "Đặng Văn Ưng",
        "LoaiDoiTuong": "1",
        "MaDoiTuong": "001090012345",
        "DiaChi": "Thôn Đông, xã Hòa Bình",
        "TrichYeuHoSo": "Xác nhận tình trạng hôn nhân",
        "NgayTiepNhan": "20261116090000",
        "TrangThaiHoSo": "2",
        "DonViXuLy": "Tư pháp",
        "TaiLieuNop": [{"TenGiayTo": "Tờ khai", "SoBanChinh": 1, "SoBanSao": 2}],
        "DanhSachLePhi": [{"TenPhiLePhi": "Lệ phí", "Gia": 8000, "HinhThucThu": "cash"}],
        "DanhSachHoSoBoSung": [{"NoiDungBoSung": "Bản sao", "NgayBoSung": "20261116090000"}],
    }
    record = baseline_record(old)
    assert set(record) == set(HOSO_SCALARS) | set(HOSO_LISTS) and all_strings(record)
    assert record["MaDoiTuong"] == "" and record["DinhDanhCHS"][0]["SoDinhDanh"] == "001090012345"
    assert record["TaiLieuNop"] == []
    assert record["DanhSachTepDinhKemKhac"] == [
        {"TenGiayTo": "Tờ khai", "SoLuong": "3", "LoaiGiayTo": ""}
    ]
    assert record["DanhSachLePhi"][0]["Gia"] == "8000"
    assert record["DanhSachHoSoBoSung"][0]["NgayBoSung"] == "20261116090000"
    assert old["DiaChi"] and old["RecordVersion"] == 3  # the stored snapshot is not changed


def test_a_broken_snapshot_never_crashes_the_baseline() -> None:
    broken = {"MaHoSo": "X", "TaiLieuNop": "not a list", "DanhSachLePhi": [1, None], "Gia": None}
    record = baseline_record(broken)
    assert record["MaHoSo"] == "X" and record["DanhSachLePhi"] == [] and all_strings(record)
    assert baseline_step({"MaHoSo": "X", "TrangThai": 4, "IdempotencyKey": "k"}) == {
        **dict.fromkeys(STEP_KEYS, ""),
        "MaHoSo": "X",
        "TrangThai": "4",
    }
