"""The stored catalogue in the national database's upper-case shape (SYNC.md §2.4), as
``LayDanhSachTTHC`` and ``LayThuTuc`` answer it: the counter channel with its time limit and
fee, the field, and the documents (the optional ones only in the first of two cases)."""

from __future__ import annotations

from typing import Any

_UNITS = {"trong_ngay": "Trong ngày", "ngay_lam_viec": "Ngày làm việc", "gio": "Giờ làm việc"}
COUNTER = "1"


def national_tthc(item: dict[str, Any]) -> dict[str, Any]:
    """One stored procedure (the seed shape: MaTTHC, ThoiHanGiaiQuyet...) as a TTHC record."""
    unit = str(item.get("DonViThoiHan", ""))
    return {
        "MATTHC": str(item["MaTTHC"]),
        "TENTTHC": str(item.get("TenTTHC", "")),
        "LINHVUCTHUCHIEN": [
            {
                "MALINHVUC": str(item.get("MaLinhVuc", "")),
                "TENLINHVUC": str(item.get("TenLinhVuc", "")),
            }
        ],
        "CACHTHUCTHUCHIEN": [
            {
                "KENH": COUNTER,
                "THOIGIAN": [
                    {
                        "THOIGIANGIAIQUYET": str(item.get("ThoiHanGiaiQuyet", "")),
                        "DONVITINH": _UNITS.get(unit, unit),
                        "MOTA": str(item.get("GhiChu", "")),
                        "PHILEPHI": _fees(item.get("LePhi")),
                    }
                ],
            }
        ],
        "THANHPHANHOSO": _cases(_documents(item)),
    }


def _cases(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every document in the first case; when some are optional, a second case with only the
    required ones (a document missing from a case is read as optional)."""
    lines = [_document(n, doc) for n, doc in enumerate(docs, 1)]
    cases = [{"TRUONGHOP": "Hồ sơ đầy đủ", "GIAYTO": lines}]
    required = [line for line, doc in zip(lines, docs, strict=True) if doc.get("BatBuoc", True)]
    if len(required) < len(lines):
        cases.append({"TRUONGHOP": "Hồ sơ tối thiểu", "GIAYTO": required})
    return cases


def _documents(item: dict[str, Any]) -> list[dict[str, Any]]:
    docs = item.get("ThanhPhanHoSo")
    return [d for d in docs if isinstance(d, dict)] if isinstance(docs, list) else []


def _document(position: int, doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "MAGIAYTO": str(position),
        "TENGIAYTO": str(doc.get("TenGiayTo", "")),
        "SOBANCHINH": str(doc.get("SoBanChinh", 0)),
        "SOBANSAO": str(doc.get("SoBanSao", 0)),
        "TENMAUDON": "",
        "URL": "",
    }


def _fees(amount: Any) -> list[dict[str, str]]:
    """The fee in VND; none listed when the seed does not know it."""
    if amount is None:
        return []
    return [{"SOTIEN": str(amount), "DONVI": "Đồng", "MOTA": "Lệ phí"}]
