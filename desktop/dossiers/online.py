"""Dossiers submitted online at the portal, pulled from the province (SYNC.md §2.6).

Each is stored as received online (channel 2, status 1 "Mới đăng ký") under the code the
portal gave it, with no appointment: the officer checks it and accepts it (the appointment
is counted from the acceptance) or refuses it, through the ordinary lifecycle. Pulling the
same dossier again changes nothing. A record the desk cannot take (unknown procedure, a
code already used by another dossier, a field that fails the desk's checks) is skipped with
the reason and stored nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Dossier, DossierDocument
from desktop.catalogue.store import version_in_force
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action, Channel, Status
from desktop.dossiers.steps import Step, history_row
from desktop.dossiers.validation import (
    SUMMARY_MAX,
    validate_address,
    validate_email,
    validate_full_name,
    validate_id_number,
    validate_phone,
)
from desktop.errors import InputError
from desktop.outbox.records import WIRE_FORMAT, personal_number
from desktop.text import clean_text, fold

PORTAL = "Cổng Dịch vụ công"
CODE_MAX = 60


@dataclass(frozen=True)
class PulledOutcome:
    """``stored`` (new at the desk), ``unchanged`` (already here) or ``skipped`` (why)."""

    code: str
    result: str
    message: str = ""


def store_online(session: Session, ctx: DeskContext, record: Any, now: datetime) -> PulledOutcome:
    """Store one HoSo of ``LayHoSoTrucTuyen``, inside a savepoint: all of it or nothing."""
    code = _code(record)
    if not code:
        return PulledOutcome("", "skipped", "Thiếu mã hồ sơ (MaHoSo).")
    existing = session.scalar(select(Dossier).where(Dossier.code == code))
    if existing is not None:
        if existing.channel == int(Channel.ONLINE):
            return PulledOutcome(code, "unchanged")
        return PulledOutcome(
            code, "skipped", "Mã hồ sơ trùng với một hồ sơ tiếp nhận tại quầy; báo quản trị."
        )
    try:
        with session.begin_nested():
            session.add(_dossier(session, ctx, code, record, now))
            session.flush()
    except InputError as exc:
        return PulledOutcome(code, "skipped", exc.message)
    return PulledOutcome(code, "stored")


def _code(record: Any) -> str:
    if not isinstance(record, dict):
        return ""
    value = record.get("MaHoSo")
    if not isinstance(value, str):
        return ""
    code = value.strip().upper()
    return code if 0 < len(code) <= CODE_MAX and code.isprintable() else ""


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key, "")
    return value if isinstance(value, str) else ""


def _wire_time(record: dict[str, Any], key: str, label: str) -> datetime:
    try:
        return datetime.strptime(_text(record, key), WIRE_FORMAT)
    except ValueError:
        raise InputError(f"{label} ({key}) không đúng dạng yyyyMMddHHmmss.", field=key) from None


def _count(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 99:
        return value
    return 0


def _dossier(
    session: Session, ctx: DeskContext, code: str, record: dict[str, Any], now: datetime
) -> Dossier:
    received = _wire_time(record, "NgayTiepNhan", "Ngày nộp")
    if received > now:
        raise InputError("Ngày nộp hồ sơ trực tuyến ở tương lai.", field="NgayTiepNhan")
    version = version_in_force(session, _text(record, "MaTTHC"), received)
    kind = 2 if _text(record, "LoaiDoiTuong") == "2" else 1
    id_text = _text(record, "MaDoiTuong").strip()
    if kind == 1:
        id_text = personal_number(record) or id_text  # MaDoiTuong: a record of SYNC.md v1
        id_number = validate_id_number(id_text).value
    else:
        id_number = clean_text(
            id_text, field="MaDoiTuong", label_vi="Mã số thuế", max_len=20, required=False
        )
    name = validate_full_name(_text(record, "ChuHoSo"))
    version_number = record.get("RecordVersion")
    if not isinstance(version_number, int) or isinstance(version_number, bool):
        version_number = 1
    documents = record.get("TaiLieuNop")
    documents = documents if isinstance(documents, list) else []
    dossier = Dossier(
        code=code,
        office_id=ctx.office_id,
        procedure_version=version,
        applicant_id=None,
        applicant_kind=kind,
        applicant_name=name,
        applicant_name_folded=fold(name),
        applicant_id_number=id_number,
        applicant_birth_date=None,
        applicant_phone=validate_phone(_text(record, "SoDienThoai")),
        applicant_email=validate_email(_text(record, "Email")),
        applicant_address=validate_address(_text(record, "DiaChi"), field="DiaChi"),
        channel=int(Channel.ONLINE),
        received_at=received,
        appointment=None,
        original_appointment=None,
        status=int(Status.SUBMITTED),
        delivery=1 if _text(record, "HinhThuc") == "1" else 0,
        sets=1,
        summary=clean_text(
            _text(record, "TrichYeuHoSo") or version.name,
            field="TrichYeuHoSo",
            label_vi="Trích yếu",
            max_len=SUMMARY_MAX,
        ),
        handling_unit=ctx.office_name,
        note=clean_text(
            _text(record, "GhiChu"),
            field="GhiChu",
            label_vi="Ghi chú",
            max_len=2000,
            required=False,
            multiline=True,
        ),
        received_by=PORTAL,
        record_version=max(1, version_number),
        updated_at=now,
    )
    for position, item in enumerate(d for d in documents if isinstance(d, dict)):
        dossier.documents.append(
            DossierDocument(
                position=position + 1,
                name=clean_text(
                    _text(item, "TenGiayTo"),
                    field="TaiLieuNop",
                    label_vi="Tên giấy tờ",
                    max_len=500,
                ),
                originals=_count(item.get("SoBanChinh")),
                copies=_count(item.get("SoBanSao")),
            )
        )
    # The portal's own step: the province has it already (nothing queued), and no officer
    # did it (no audit line); accepting it at the desk is the officer's first step.
    submitted = Step(Action.RECEIVE, Status.SUBMITTED, received, "Nộp trực tuyến", "Nộp trực tuyến")
    history_row(session, dossier, submitted, PORTAL, PORTAL, now)
    return dossier
