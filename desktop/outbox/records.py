"""Wire records of SYNC.md built from the local dossier: HoSo (§2.1) and the step (§2.2).

The snapshot queued with an outbox item is the baseline record plus its extension part
(``RecordVersion``, an integer, and ``IdempotencyKey``: SYNC.md §4 ``results``).
:func:`baseline_record` and :func:`baseline_step` give what a national adapter reads: exactly
the keys of §2.1 / §2.2, every scalar a string; they also read snapshots queued by older
versions of the desk (address, ID number in ``MaDoiTuong``, papers in ``TaiLieuNop``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from db.models import Attachment, Dossier, StatusChange
from desktop.attachments.service import Origin, Role

WIRE_FORMAT = "%Y%m%d%H%M%S"
DOCUMENT, RESULT = Role.DOCUMENT.value, Role.RESULT.value
SCANNED, REUSED, NATIONAL_STORE = Origin.SCANNED, Origin.REUSED, Origin.NATIONAL_STORE
EXTENSION_KEYS = ("RecordVersion", "IdempotencyKey")

# SYNC.md §2.1: every key a HoSo may carry; the lists with the keys of their entries.
HOSO_SCALARS = (
    "MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien", "ChuHoSo",
    "LoaiDoiTuong", "MaDoiTuong", "SoDienThoai", "Email", "Fax", "ThongTinKhac",
    "TrichYeuHoSo", "NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "NgayTuChoi",
    "NgayKetThucXuLy", "NgayTra", "ThongTinTra", "HinhThuc", "NoiNopHoSo", "DonViXuLy",
    "GhiChu", "HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID", "DuocThanhToanTrucTuyen",
)  # fmt: skip
HOSO_LISTS: dict[str, tuple[str, ...]] = {
    "DinhDanhCHS": ("LoaiDinhDanh", "SoDinhDanh"),
    "TaiLieuNop": (
        "TepDinhKemId", "TenTepDinhKem", "IsDeleted", "MaThanhPhanHoSo", "DuongDanTaiTepTin",
        "DuocSoHoa", "DuocTaiSuDung", "DuocLayTuKhoDMQG",
    ),
    "DanhSachTepDinhKemKhac": ("TenGiayTo", "SoLuong", "LoaiGiayTo"),
    "DanhSachLePhi": ("TenPhiLePhi", "MaPhiLePhi", "HinhThucThu", "Gia", "LoaiPhiLePhi"),
    "DanhSachHoSoBoSung": (
        "HoSoBoSungId", "NguoiYeuCauBoSung", "NoiDungBoSung", "NgayBoSung",
        "NguoiTiepNhanBoSung", "ThongTinTiepNhan", "NgayTiepNhanBoSung", "TrangThaiBoSung",
        "DanhSachGiayToBoSung", "DanhSachLePhiBoSung", "NgayHenTraTruoc", "NgayHenTraMoi",
    ),
    "DanhSachGiayToKetQua": ("TenGiayTo", "MaThanhPhanHoSo", "GiayToId", "DuongDanTepTinKetQua"),
}  # fmt: skip
# Lists nested in a supplement entry (their entries are passed on as strings too).
NESTED_LISTS = ("DanhSachGiayToBoSung", "DanhSachLePhiBoSung")
STEP_KEYS = (
    "MaHoSo", "NguoiXuLy", "ChucDanh", "ThoiDiemXuLy", "PhongBanXuLy", "NoiDungXuLy",
    "TrangThai", "NgayBatDau", "NgayKetThucTheoQuyDinh",
)  # fmt: skip
PERSONAL_NUMBER_LENGTH = 12
OLD_CARD_LENGTH = 9
CITIZEN = "1"
REFUSED = 3  # national status "Không được tiếp nhận" (DOMAIN.md §2)


@dataclass(frozen=True)
class WireCodes:
    """Codes the province's integration sheet fixes (settings ``sync.id_type_*``,
    ``sync.submission_place``), and the office's name for a dossier with no handling unit."""

    personal_id_type: str = "1"  # LoaiDinhDanh of the 12-digit personal number (CCCD)
    old_card_type: str = "2"  # LoaiDinhDanh of the old 9-digit identity card (CMND)
    submission_place: str = ""  # NoiNopHoSo of this office's counter ("" = not sent)
    office_name: str = ""  # DonViXuLy when the dossier names no unit


def wire_time(value: datetime | None) -> str:
    """``yyyyMMddHHmmss`` in Vietnam local time; an absent date is the empty string."""
    return value.strftime(WIRE_FORMAT) if value is not None else ""


def parse_wire_time(text: str) -> datetime | None:
    return datetime.strptime(text, WIRE_FORMAT) if text else None


def identities(number: str, codes: WireCodes) -> list[dict[str, str]]:
    """DinhDanhCHS of a personal number (12 digits, or an old 9-digit card); none for any
    other number (an enterprise's tax code goes in ``MaDoiTuong``)."""
    types = {PERSONAL_NUMBER_LENGTH: codes.personal_id_type, OLD_CARD_LENGTH: codes.old_card_type}
    if not number.isdigit() or len(number) not in types:
        return []
    return [{"LoaiDinhDanh": types[len(number)], "SoDinhDanh": number}]


def personal_number(record: dict[str, Any]) -> str:
    """The first identity number of a HoSo's ``DinhDanhCHS`` (``""`` when it has none)."""
    for identity in _items(record.get("DinhDanhCHS")):
        number = _text(identity.get("SoDinhDanh")).strip()
        if number:
            return number
    return ""


def tax_code(kind: str, number: str) -> str:
    """MaDoiTuong: an organisation's number that is not a personal number, else ``""``."""
    return "" if kind == CITIZEN or identities(number, WireCodes()) else number


def dossier_record(
    dossier: Dossier, idempotency_key: str, codes: WireCodes | None = None
) -> dict[str, Any]:
    """The snapshot of this dossier's current version: the HoSo and its extension part."""
    codes = codes or WireCodes()
    version = dossier.procedure_version
    procedure = version.procedure
    kind = str(dossier.applicant_kind)
    number = dossier.applicant_id_number
    returned = dossier.returned_at
    files = [a for a in dossier.attachments if a.removed_at is None]
    scanned = {a.position for a in files if a.role == DOCUMENT}
    return {
        "MaHoSo": dossier.code,
        "RecordVersion": dossier.record_version,
        "IdempotencyKey": idempotency_key,
        "MaTTHC": procedure.code,
        "TenTTHC": version.name or procedure.name,
        "MaLinhVuc": procedure.field.code,
        "TenLinhVuc": procedure.field.name,
        "KenhThucHien": str(dossier.channel),
        "ChuHoSo": dossier.applicant_name,
        "LoaiDoiTuong": kind,
        "MaDoiTuong": tax_code(kind, number),
        "DinhDanhCHS": identities(number, codes),
        "SoDienThoai": dossier.applicant_phone,
        "Email": dossier.applicant_email,
        "TrichYeuHoSo": dossier.summary or version.name,
        "NgayNopHoSo": wire_time(dossier.received_at),
        "NgayTiepNhan": wire_time(dossier.received_at),
        "NgayHenTra": wire_time(dossier.appointment),
        "TrangThaiHoSo": str(dossier.status),
        "NgayTuChoi": wire_time(dossier.ended_at) if dossier.status == REFUSED else "",
        "NgayKetThucXuLy": wire_time(dossier.ended_at),
        "NgayTra": wire_time(returned),
        "ThongTinTra": f"Người nhận: {dossier.returned_to}" if dossier.returned_to else "",
        "HinhThuc": str(dossier.delivery),
        "NoiNopHoSo": codes.submission_place,
        "DonViXuLy": dossier.handling_unit or codes.office_name,
        "GhiChu": dossier.note,
        "HoSoCoThanhPhanSoHoa": "1" if any(a.role == DOCUMENT for a in files) else "0",
        "TaiKhoanDuocXacThucVoiVNeID": "0",
        "DuocThanhToanTrucTuyen": "0",  # fees are taken at the counter
        "TaiLieuNop": [_paper(a) for a in dossier.attachments if a.role == DOCUMENT],
        "DanhSachTepDinhKemKhac": [
            {"TenGiayTo": d.name, "SoLuong": str(d.originals + d.copies), "LoaiGiayTo": ""}
            for d in dossier.documents
            if d.position not in scanned
        ],
        "DanhSachLePhi": [
            {
                "TenPhiLePhi": f.name,
                "MaPhiLePhi": "",
                "HinhThucThu": f.method,
                "Gia": str(f.amount),
                "LoaiPhiLePhi": "",
            }
            for f in dossier.fees
        ],
        "DanhSachHoSoBoSung": [
            {
                "HoSoBoSungId": str(s.id),
                "NguoiYeuCauBoSung": s.requested_by,
                "NoiDungBoSung": s.items,
                "NgayBoSung": wire_time(s.requested_at),
                "NgayTiepNhanBoSung": wire_time(s.supplemented_at),
                "NgayHenTraTruoc": wire_time(s.appointment_before),
                "NgayHenTraMoi": wire_time(s.appointment_after),
            }
            for s in dossier.supplements
        ],
        "DanhSachGiayToKetQua": [_result(a) for a in files if a.role == RESULT],
    }


def _paper(row: Attachment) -> dict[str, str]:
    """A TaiLieuNop entry; the path is filled when the file is uploaded (SYNC.md §3)."""
    return {
        "TepDinhKemId": row.sha256,
        "TenTepDinhKem": f"{row.name[:200]}.pdf",
        "IsDeleted": "1" if row.removed_at is not None else "0",
        "MaThanhPhanHoSo": str(row.position),
        "DuongDanTaiTepTin": "",
        "DuocSoHoa": "1" if row.origin == SCANNED else "0",
        "DuocTaiSuDung": "1" if row.origin == REUSED else "0",
        "DuocLayTuKhoDMQG": "1" if row.origin == NATIONAL_STORE else "0",
    }


def _result(row: Attachment) -> dict[str, str]:
    return {
        "TenGiayTo": row.name,
        "MaThanhPhanHoSo": "",
        "GiayToId": row.sha256,
        "DuongDanTepTinKetQua": "",
    }


def _fee(name: str, method: str, amount: int) -> dict[str, str]:
    return {"TenPhiLePhi": name, "MaPhiLePhi": "", "HinhThucThu": method,
            "Gia": str(amount), "LoaiPhiLePhi": ""}  # fmt: skip


def step_record(
    dossier: Dossier,
    change: StatusChange,
    label: str,
    idempotency_key: str,
    taken: set[str] | None = None,
) -> dict[str, Any]:
    """The snapshot of one processing step; ``taken`` holds the times (``ThoiDiemXuLy``) of
    the dossier's steps already queued with the same status: this one moves one second later
    until its time is free (the province knows a step by MaHoSo, time and status)."""
    at = change.at.replace(microsecond=0)
    while wire_time(at) in (taken or set()):
        at += timedelta(seconds=1)
    return {
        "MaHoSo": dossier.code,
        "IdempotencyKey": idempotency_key,
        "NguoiXuLy": change.officer,
        "ChucDanh": "",
        "PhongBanXuLy": change.unit or dossier.handling_unit,
        "NoiDungXuLy": f"{label}. {change.note}".strip(" ."),
        "ThoiDiemXuLy": wire_time(at),
        "TrangThai": str(change.to_status),
        "NgayBatDau": wire_time(change.at),
        "NgayKetThucTheoQuyDinh": wire_time(change.appointment_after),
    }


def baseline_record(snapshot: dict[str, Any], codes: WireCodes | None = None) -> dict[str, Any]:
    """The HoSo of a stored snapshot as the national adapter reads it (SYNC.md §2.1): exactly
    the table's keys, every scalar a string, no extension key. A snapshot queued by an older
    desk is mapped: its address dropped, a citizen's ID number moved from ``MaDoiTuong`` to
    ``DinhDanhCHS`` (``codes``, else the defaults), its papers moved to
    ``DanhSachTepDinhKemKhac``."""
    old = _upgraded(snapshot, codes or WireCodes())
    record: dict[str, Any] = {key: _text(old.get(key)) for key in HOSO_SCALARS}
    for key, entry_keys in HOSO_LISTS.items():
        record[key] = [_entry(item, entry_keys) for item in _items(old.get(key))]
    return record


def baseline_step(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The step of a stored snapshot as the adapter reads it (SYNC.md §2.2): exactly its
    keys, strings, no extension key."""
    return {key: _text(snapshot.get(key)) for key in STEP_KEYS}


def _upgraded(snapshot: dict[str, Any], codes: WireCodes) -> dict[str, Any]:
    """A snapshot of the version-1 shape read as the current one (a current one unchanged)."""
    if "DinhDanhCHS" in snapshot and "DanhSachTepDinhKemKhac" in snapshot:
        return snapshot
    record = dict(snapshot)
    kind, number = _text(record.get("LoaiDoiTuong")), _text(record.get("MaDoiTuong"))
    if "DinhDanhCHS" not in record:
        record["DinhDanhCHS"] = identities(number, codes)
        record["MaDoiTuong"] = tax_code(kind, number)
    if "DanhSachTepDinhKemKhac" not in record:
        papers = _items(record.get("TaiLieuNop"))
        record["DanhSachTepDinhKemKhac"] = [_old_paper(p) for p in papers]
        record["TaiLieuNop"] = []
    return record


def _old_paper(paper: dict[str, Any]) -> dict[str, str]:
    count = sum(_count(paper.get(key)) for key in ("SoBanChinh", "SoBanSao"))
    return {"TenGiayTo": _text(paper.get("TenGiayTo")), "SoLuong": str(count), "LoaiGiayTo": ""}


def _count(value: Any) -> int:
    text = _text(value)
    return int(text) if text.isdigit() else 0


def _items(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _entry(item: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for key in keys:
        if key in NESTED_LISTS:
            entry[key] = [{k: _text(v) for k, v in sub.items()} for sub in _items(item.get(key))]
        else:
            entry[key] = _text(item.get(key))
    return entry


def _text(value: Any) -> str:
    """A value as the adapter reads it: a string (``None`` empty, a number in digits, a flag
    ``1``/``0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
