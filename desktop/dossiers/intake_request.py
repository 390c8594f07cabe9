"""What the counter takes in, checked before anything is stored (no database needed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.attachments.service import ItemFile
from desktop.dossiers.status import Channel
from desktop.dossiers.validation import (
    NOTE_MAX,
    SUMMARY_MAX,
    parse_datetime_vn,
    validate_address,
    validate_birth_date,
    validate_email,
    validate_full_name,
    validate_id_number,
    validate_phone,
)
from desktop.errors import InputError
from desktop.text import clean_text

MAX_DOCUMENTS = 50


@dataclass(frozen=True)
class ApplicantData:
    full_name: str
    id_number: str
    birth_date: date | None
    phone: str
    email: str
    address: str
    kind: int = 1


@dataclass(frozen=True)
class DocumentData:
    name: str
    originals: int
    copies: int


@dataclass(frozen=True)
class IntakeRequest:
    procedure_code: str
    applicant: ApplicantData
    channel: Channel
    received_at: datetime | None
    documents: tuple[DocumentData, ...]
    summary: str
    sets: int
    delivery: int = 0
    note: str = ""
    warnings: tuple[str, ...] = ()
    files: tuple[ItemFile, ...] = ()  # scans of checklist items, stored with the dossier


def parse_intake(raw: Any, *, today: date) -> IntakeRequest:
    """Check a dossier given as plain values (JSON); :class:`InputError` on the first fault."""
    if not isinstance(raw, dict):
        raise InputError("Dữ liệu hồ sơ phải là một đối tượng JSON.")
    applicant, warnings = _applicant(raw.get("applicant"), today)
    procedure = clean_text(
        raw.get("procedure"), field="procedure", label_vi="Mã thủ tục", max_len=40
    )
    received = raw.get("received_at")
    return IntakeRequest(
        procedure_code=procedure,
        applicant=applicant,
        channel=_channel(raw.get("channel", 1)),
        received_at=_received_at(received) if received not in (None, "") else None,
        documents=_documents(raw.get("documents", [])),
        summary=clean_text(
            raw.get("summary", ""),
            field="summary",
            label_vi="Trích yếu",
            max_len=SUMMARY_MAX,
            required=False,
        ),
        sets=_small_int(raw.get("sets", 1), "sets", "Số bộ hồ sơ", 1, 20),
        delivery=_small_int(raw.get("delivery", 0), "delivery", "Hình thức nhận kết quả", 0, 1),
        note=clean_text(
            raw.get("note", ""),
            field="note",
            label_vi="Ghi chú",
            max_len=NOTE_MAX,
            required=False,
            multiline=True,
        ),
        warnings=warnings,
    )


def _applicant(raw: Any, today: date) -> tuple[ApplicantData, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise InputError("Thiếu thông tin người nộp hồ sơ (applicant).", field="applicant")
    birth = validate_birth_date(raw.get("birth_date") or None, today=today)
    id_check = validate_id_number(str(raw.get("id_number") or ""), birth_date=birth)
    applicant = ApplicantData(
        full_name=validate_full_name(raw.get("full_name")),
        id_number=id_check.value,
        birth_date=birth,
        phone=validate_phone(str(raw.get("phone") or "")),
        email=validate_email(str(raw.get("email") or "")),
        address=validate_address(raw.get("address", "")),
        kind=_small_int(raw.get("kind", 1), "kind", "Loại đối tượng", 1, 2),
    )
    return applicant, id_check.warnings


def _channel(value: Any) -> Channel:
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        return Channel(int(value))
    except (TypeError, ValueError):
        raise InputError(
            "Kênh tiếp nhận phải là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính).",
            field="channel",
        ) from None


def _received_at(value: Any) -> datetime:
    if not isinstance(value, str):
        raise InputError(
            "Thời điểm tiếp nhận phải là chuỗi 'YYYY-MM-DD HH:MM'.", field="received_at"
        )
    return parse_datetime_vn(value, field="received_at", label_vi="Thời điểm tiếp nhận")


def _small_int(value: Any, field: str, label: str, low: int, high: int) -> int:
    if isinstance(value, bool):
        value = None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = low - 1
    if not low <= number <= high or (isinstance(value, float) and not value.is_integer()):
        raise InputError(f"{label} phải là số nguyên từ {low} đến {high}.", field=field)
    return number


def _documents(raw: Any) -> tuple[DocumentData, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_DOCUMENTS:
        raise InputError(
            f"Danh sách giấy tờ phải là một danh sách (tối đa {MAX_DOCUMENTS}).", field="documents"
        )
    documents = []
    for item in raw:
        if isinstance(item, str):
            item = {"name": item, "originals": 1, "copies": 0}
        if not isinstance(item, dict):
            raise InputError("Mỗi giấy tờ phải có tên và số bản.", field="documents")
        documents.append(
            DocumentData(
                name=clean_text(
                    item.get("name"), field="documents", label_vi="Tên giấy tờ", max_len=500
                ),
                originals=_small_int(item.get("originals", 0), "documents", "Số bản chính", 0, 99),
                copies=_small_int(item.get("copies", 0), "documents", "Số bản sao", 0, 99),
            )
        )
    return tuple(documents)
