"""Catalogue entries shaped like SYNC.md's ``LayDanhSachTTHC`` TTHC records, checked strictly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.calendar import LimitUnit
from desktop.errors import InputError
from desktop.outbox.records import WIRE_FORMAT, wire_time
from desktop.text import clean_text

# A national procedure code: groups of ASCII digits joined by dots, e.g. 1.001193.
_CODE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,9}){1,3}")


def is_procedure_code(text: str) -> bool:
    """Whether ``text`` is a national procedure code (digits joined by dots, e.g. 1.001193)."""
    return _CODE.fullmatch(text) is not None


@dataclass(frozen=True)
class DocumentLine:
    name: str
    originals: int
    copies: int
    required: bool


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    name: str
    field_code: str
    field_name: str
    time_limit: Decimal | None  # None: no source confirmed it (the entry is unconfirmed)
    time_unit: LimitUnit
    cutoff_15h: bool
    fee: int | None
    documents: tuple[DocumentLine, ...]
    effective_from: datetime
    confirmed: bool = True
    legal_source: str = ""
    note: str = ""
    effective_to: datetime | None = None


def parse_entry(raw: Any, position: int) -> CatalogueEntry:
    """One TTHC record; :class:`InputError` names the entry and the field that is wrong."""
    where = f"Thủ tục thứ {position}"
    if not isinstance(raw, dict):
        raise InputError(f"{where}: phải là một đối tượng JSON.")
    try:
        return _entry(raw)
    except InputError as exc:
        raise InputError(f"{where} ({raw.get('MaTTHC', '?')}): {exc.message}") from exc


def _entry(raw: dict[str, Any]) -> CatalogueEntry:
    confirmed = _flag(raw.get("XacNhan", True), "XacNhan")
    limit = raw.get("ThoiHanGiaiQuyet")
    if limit is None and confirmed:
        raise InputError(
            "ThoiHanGiaiQuyet chỉ được để trống (null) ở thủ tục chưa xác nhận (XacNhan false)."
        )
    effective_from = _moment(raw.get("HieuLucTu", ""), "HieuLucTu")
    until = raw.get("HieuLucDen") or None
    effective_to = None if until is None else _moment(until, "HieuLucDen")
    if effective_to is not None and effective_to <= effective_from:
        raise InputError("HieuLucDen phải sau HieuLucTu.")
    return CatalogueEntry(
        code=_code(raw),
        name=_text(raw, "TenTTHC", 500),
        field_code=_text(raw, "MaLinhVuc", 40),
        field_name=_text(raw, "TenLinhVuc", 300),
        time_limit=None if limit is None else _limit(limit),
        time_unit=LimitUnit.parse(str(raw.get("DonViThoiHan", ""))),
        cutoff_15h=_flag(raw.get("CatGio15h", False), "CatGio15h"),
        fee=_fee(raw.get("LePhi")),
        documents=tuple(_documents(raw.get("ThanhPhanHoSo", []))),
        effective_from=effective_from,
        confirmed=confirmed,
        legal_source=_optional_text(raw, "CanCuPhapLy", 2000),
        note=_optional_text(raw, "GhiChu", 2000),
        effective_to=effective_to,
    )


def _code(raw: dict[str, Any]) -> str:
    code = _text(raw, "MaTTHC", 40)
    if not is_procedure_code(code):
        raise InputError(
            "MaTTHC phải là mã thủ tục hành chính theo Cơ sở dữ liệu quốc gia, chỉ gồm chữ số "
            "và dấu chấm (ví dụ 1.001193)."
        )
    return code


def _text(raw: dict[str, Any], key: str, max_len: int) -> str:
    return clean_text(raw.get(key), field=key, label_vi=key, max_len=max_len)


def _optional_text(raw: dict[str, Any], key: str, max_len: int) -> str:
    return clean_text(raw.get(key) or "", field=key, label_vi=key, max_len=max_len, required=False)


def _limit(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InputError("ThoiHanGiaiQuyet phải là một số.")
    try:
        limit = Decimal(str(value))
    except InvalidOperation:
        raise InputError("ThoiHanGiaiQuyet phải là một số.") from None
    if not limit.is_finite() or limit < 0 or limit > 365:
        raise InputError("ThoiHanGiaiQuyet phải nằm trong khoảng 0–365.")
    return limit


def _flag(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(f"{key} phải là true hoặc false.")
    return value


def _fee(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError("LePhi phải là số nguyên không âm (đồng) hoặc null.")
    return value


def _count(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 99:
        raise InputError(f"{key} phải là số nguyên từ 0 đến 99.")
    return value


def _documents(value: Any) -> list[DocumentLine]:
    if not isinstance(value, list):
        raise InputError("ThanhPhanHoSo phải là một danh sách.")
    lines = []
    for item in value:
        if not isinstance(item, dict):
            raise InputError("Mỗi giấy tờ trong ThanhPhanHoSo phải là một đối tượng.")
        lines.append(
            DocumentLine(
                name=_text(item, "TenGiayTo", 500),
                originals=_count(item.get("SoBanChinh", 0), "SoBanChinh"),
                copies=_count(item.get("SoBanSao", 0), "SoBanSao"),
                required=_flag(item.get("BatBuoc", True), "BatBuoc"),
            )
        )
    return lines


def _moment(value: Any, key: str) -> datetime:
    try:
        return datetime.strptime(str(value), WIRE_FORMAT)
    except ValueError:
        raise InputError(f"{key} phải có dạng yyyyMMddHHmmss.") from None


def entry_to_wire(entry: CatalogueEntry) -> dict[str, Any]:
    """The TTHC record of an entry (export, and what the province sends)."""
    limit = entry.time_limit
    wire_limit = (
        None
        if limit is None
        else int(limit)
        if limit == limit.to_integral_value()
        else float(limit)
    )
    return {
        "MaTTHC": entry.code,
        "TenTTHC": entry.name,
        "MaLinhVuc": entry.field_code,
        "TenLinhVuc": entry.field_name,
        "ThoiHanGiaiQuyet": wire_limit,
        "DonViThoiHan": entry.time_unit.province_name,
        "CatGio15h": entry.cutoff_15h,
        "LePhi": entry.fee,
        "ThanhPhanHoSo": [
            {
                "TenGiayTo": d.name,
                "SoBanChinh": d.originals,
                "SoBanSao": d.copies,
                "BatBuoc": d.required,
            }
            for d in entry.documents
        ],
        "HieuLucTu": wire_time(entry.effective_from),
        "HieuLucDen": "" if entry.effective_to is None else wire_time(entry.effective_to),
        "XacNhan": entry.confirmed,
        "CanCuPhapLy": entry.legal_source,
        "GhiChu": entry.note,
    }
