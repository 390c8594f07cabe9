"""Wire records of SYNC.md built from the local dossier: HoSo (2.1) and TienDo (2.2)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from db.models import Dossier, StatusChange

WIRE_FORMAT = "%Y%m%d%H%M%S"


def wire_time(value: datetime | None) -> str:
    """``yyyyMMddHHmmss`` in Vietnam local time; an absent date is the empty string."""
    return value.strftime(WIRE_FORMAT) if value is not None else ""


def parse_wire_time(text: str) -> datetime | None:
    return datetime.strptime(text, WIRE_FORMAT) if text else None


def dossier_record(dossier: Dossier, idempotency_key: str) -> dict[str, Any]:
    """The HoSo record of this dossier's current version."""
    version = dossier.procedure_version
    procedure = version.procedure
    return {
        "MaHoSo": dossier.code,
        "RecordVersion": dossier.record_version,
        "IdempotencyKey": idempotency_key,
        "MaTTHC": procedure.code,
        "TenTTHC": version.name,
        "MaLinhVuc": procedure.field.code,
        "TenLinhVuc": procedure.field.name,
        "KenhThucHien": str(dossier.channel),
        "ChuHoSo": dossier.applicant_name,
        "LoaiDoiTuong": str(dossier.applicant_kind),
        "MaDoiTuong": dossier.applicant_id_number,
        "SoDienThoai": dossier.applicant_phone,
        "Email": dossier.applicant_email,
        "DiaChi": dossier.applicant_address,
        "TrichYeuHoSo": dossier.summary,
        "NgayTiepNhan": wire_time(dossier.received_at),
        "NgayHenTra": wire_time(dossier.appointment),
        "TrangThaiHoSo": str(dossier.status),
        "NgayKetThucXuLy": wire_time(dossier.ended_at),
        "NgayTra": wire_time(dossier.returned_at),
        "HinhThuc": str(dossier.delivery),
        "DonViXuLy": dossier.handling_unit,
        "TaiLieuNop": [
            {"TenGiayTo": d.name, "SoBanChinh": d.originals, "SoBanSao": d.copies}
            for d in dossier.documents
        ],
        "DanhSachLePhi": [
            {"TenPhiLePhi": f.name, "Gia": f.amount, "HinhThucThu": f.method} for f in dossier.fees
        ],
        "DanhSachHoSoBoSung": [
            {
                "NoiDungBoSung": s.items,
                "NgayBoSung": wire_time(s.requested_at),
                "NgayTiepNhanBoSung": wire_time(s.supplemented_at),
                "NgayHenTraTruoc": wire_time(s.appointment_before),
                "NgayHenTraMoi": wire_time(s.appointment_after),
            }
            for s in dossier.supplements
        ],
        "GhiChu": dossier.note,
    }


def step_record(
    dossier: Dossier, change: StatusChange, label: str, idempotency_key: str
) -> dict[str, Any]:
    """The TienDo record of one processing step."""
    return {
        "MaHoSo": dossier.code,
        "IdempotencyKey": idempotency_key,
        "NguoiXuLy": change.officer,
        "ChucDanh": "",
        "PhongBanXuLy": change.unit or dossier.handling_unit,
        "NoiDungXuLy": f"{label}. {change.note}".strip(" ."),
        "ThoiDiemXuLy": wire_time(change.at),
        "TrangThai": str(change.to_status),
        "NgayBatDau": wire_time(change.at),
        "NgayKetThucTheoQuyDinh": wire_time(change.appointment_after),
    }
