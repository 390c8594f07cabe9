"""The national adapter's record rules (SYNC.md §2.1, §2.2), as ``--dialect national`` checks
them: only the keys the contract names, every scalar a string, value sets, required fields,
dates ``yyyyMMddHHmmss`` (or ``""`` where a date may be absent).

A broken record raises :class:`RefusalError` with the adapter's kind of message, naming the dossier
and the field: ``HoSo 000.00.00.H12-261121-0001: NgayTiepNhan is not yyyyMMddHHmmss``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop.outbox.records import WIRE_FORMAT


class RefusalError(Exception):
    """The whole call is refused; the message names the dossier and the field."""


def _codes(first: int, last: int) -> frozenset[str]:
    return frozenset(str(n) for n in range(first, last + 1))


FLAGS = _codes(0, 1)
STATUSES = _codes(1, 10)
TEXT, DATE, DIGITS, NESTED = "text", "date", "digits", "nested"
Rule = str | frozenset[str]  # a kind of string, or the set of allowed values

REQUIRED = (
    "MaHoSo",
    "MaTTHC",
    "TenTTHC",
    "KenhThucHien",
    "ChuHoSo",
    "LoaiDoiTuong",
    "TrichYeuHoSo",
    "NgayTiepNhan",
    "TrangThaiHoSo",
    "DonViXuLy",
)

_TEXTS = [
    "MaHoSo",
    "MaTTHC",
    "TenTTHC",
    "MaLinhVuc",
    "TenLinhVuc",
    "ChuHoSo",
    "MaDoiTuong",
    "SoDienThoai",
    "Email",
    "Fax",
    "ThongTinKhac",
    "TrichYeuHoSo",
    "ThongTinTra",
    "NoiNopHoSo",
    "DonViXuLy",
    "GhiChu",
]
_DATES = ["NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTuChoi", "NgayKetThucXuLy", "NgayTra"]

HOSO: dict[str, Rule] = {
    **dict.fromkeys(_TEXTS, TEXT),
    **dict.fromkeys(_DATES, DATE),
    "KenhThucHien": _codes(1, 3),
    "LoaiDoiTuong": _codes(1, 4),
    "TrangThaiHoSo": STATUSES,
    "HinhThuc": FLAGS,
    "HoSoCoThanhPhanSoHoa": FLAGS,
    "TaiKhoanDuocXacThucVoiVNeID": FLAGS,
    "DuocThanhToanTrucTuyen": _codes(0, 2),
}

LISTS: dict[str, dict[str, Rule]] = {
    "DinhDanhCHS": {"LoaiDinhDanh": TEXT, "SoDinhDanh": TEXT},
    "TaiLieuNop": {
        **dict.fromkeys(
            ("TepDinhKemId", "TenTepDinhKem", "MaThanhPhanHoSo", "DuongDanTaiTepTin"), TEXT
        ),
        **dict.fromkeys(("IsDeleted", "DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG"), FLAGS),
    },
    "DanhSachTepDinhKemKhac": {"TenGiayTo": TEXT, "SoLuong": DIGITS, "LoaiGiayTo": TEXT},
    "DanhSachLePhi": {
        **dict.fromkeys(("TenPhiLePhi", "MaPhiLePhi", "HinhThucThu", "LoaiPhiLePhi"), TEXT),
        "Gia": DIGITS,
    },
    "DanhSachHoSoBoSung": {
        **dict.fromkeys(
            (
                "HoSoBoSungId",
                "NguoiYeuCauBoSung",
                "NoiDungBoSung",
                "NguoiTiepNhanBoSung",
                "ThongTinTiepNhan",
                "TrangThaiBoSung",
            ),
            TEXT,
        ),
        **dict.fromkeys(
            ("NgayBoSung", "NgayTiepNhanBoSung", "NgayHenTraTruoc", "NgayHenTraMoi"), DATE
        ),
        "DanhSachGiayToBoSung": NESTED,
        "DanhSachLePhiBoSung": NESTED,
    },
    "DanhSachGiayToKetQua": dict.fromkeys(
        ("TenGiayTo", "MaThanhPhanHoSo", "GiayToId", "DuongDanTepTinKetQua"), TEXT
    ),
}

STEP: dict[str, Rule] = {
    **dict.fromkeys(("MaHoSo", "NguoiXuLy", "ChucDanh", "PhongBanXuLy", "NoiDungXuLy"), TEXT),
    **dict.fromkeys(("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh"), DATE),
    "TrangThai": STATUSES,
}
STEP_REQUIRED = ("MaHoSo", "ThoiDiemXuLy", "TrangThai")


def is_wire_date(text: str) -> bool:
    """Fourteen digits that make a real date and time."""
    if len(text) != 14 or not text.isdigit():
        return False
    try:
        datetime.strptime(text, WIRE_FORMAT)
    except ValueError:
        return False
    return True


def code_of(record: Any) -> str:
    code = record.get("MaHoSo") if isinstance(record, dict) else None
    return code if isinstance(code, str) and code else "?"


def check_dossier(record: Any) -> None:
    """Refuse a HoSo record that breaks §2.1."""
    _check(record, "HoSo", HOSO, REQUIRED, LISTS)


def check_step(record: Any) -> None:
    """Refuse a TienDo record that breaks §2.2."""
    _check(record, "TienDo", STEP, STEP_REQUIRED, {})


def _check(
    record: Any,
    label: str,
    scalars: Mapping[str, Rule],
    required: tuple[str, ...],
    lists: Mapping[str, Mapping[str, Rule]],
) -> None:
    where = f"{label} {code_of(record)}"
    if not isinstance(record, dict):
        raise RefusalError(f"{where}: record is not a JSON object")
    for name, value in record.items():
        if name in lists:
            _check_list(where, name, value, lists[name])
        elif name in scalars:
            _check_value(where, name, value, scalars[name])
        else:
            raise RefusalError(f"{where}: {name} is not a field of {label}")
    for name in required:
        if not record.get(name):
            raise RefusalError(f"{where}: {name} is required and must not be empty")


def _check_list(where: str, name: str, value: Any, fields: Mapping[str, Rule]) -> None:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise RefusalError(f"{where}: {name} is not a list of objects")
    for item in value:
        for key, inner in item.items():
            if key not in fields:
                raise RefusalError(f"{where}: {name}.{key} is not a field of {name}")
            _check_value(where, f"{name}.{key}", inner, fields[key])


def _check_value(where: str, name: str, value: Any, rule: Rule) -> None:
    if rule == NESTED:
        if not isinstance(value, list):
            raise RefusalError(f"{where}: {name} is not a list")
        return
    if not isinstance(value, str):
        raise RefusalError(f"{where}: {name} is not a string")
    if value == "":
        return  # absent; required fields are checked apart
    if isinstance(rule, frozenset):
        if value not in rule:
            allowed = ", ".join(sorted(rule, key=int))
            raise RefusalError(f"{where}: {name} is not one of {allowed}")
    elif rule == DATE and not is_wire_date(value):
        raise RefusalError(f"{where}: {name} is not yyyyMMddHHmmss")
    elif rule == DIGITS and not value.isdigit():
        raise RefusalError(f"{where}: {name} is not digits only")
