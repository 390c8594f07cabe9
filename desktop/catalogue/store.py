"""The procedure catalogue in the database: import, export and the version in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Field, Procedure, ProcedureDocument, ProcedureVersion
from desktop.calendar import LimitUnit
from desktop.catalogue.entries import CatalogueEntry, DocumentLine, entry_to_wire, parse_entry
from desktop.errors import InputError, NotFoundError
from desktop.json_input import read_json_file
from desktop.text import fold

SHIPPED_CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "catalogue"
SHIPPED_FILE = SHIPPED_CATALOGUE / "procedures.json"
MAX_FILE_BYTES = 20 * 1024 * 1024


# Sources whose re-import of a stored version with other content is refused (see below).
CHECKED_SOURCES = frozenset({"import"})
# What a version holds, with the words the officer reads when it differs.
_VERSION_PARTS = (
    ("name", "tên thủ tục"),
    ("time_limit", "thời hạn giải quyết"),
    ("time_unit", "đơn vị thời hạn"),
    ("cutoff_15h", "quy tắc cắt giờ 15h"),
    ("fee", "lệ phí"),
    ("documents", "thành phần hồ sơ"),
)


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    unchanged: int
    procedures: int


def read_entries(path: Path) -> list[CatalogueEntry]:
    """Parse a catalogue file completely before anything is stored."""
    try:
        raw = read_json_file(path, what_vi="Tệp danh mục", max_bytes=MAX_FILE_BYTES)
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp {path.name}.") from None
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path.name}: {exc.strerror}.") from None
    return parse_entries(raw)


def parse_entries(raw: Any) -> list[CatalogueEntry]:
    if isinstance(raw, dict) and "data" in raw:
        raw = raw["data"]
    if not isinstance(raw, list):
        raise InputError('Tệp danh mục phải là một danh sách thủ tục (hoặc {"data": [...]}).')
    entries = [parse_entry(item, i + 1) for i, item in enumerate(raw)]
    keys = [(e.code, e.effective_from) for e in entries]
    if len(set(keys)) != len(keys):
        raise InputError("Tệp danh mục có hai phiên bản trùng mã thủ tục và ngày hiệu lực.")
    return entries


def import_entries(
    session: Session, entries: list[CatalogueEntry], now: datetime, source: str
) -> ImportOutcome:
    """Add every version not yet stored; stored versions are never changed.

    A file the officer imports (``source == "import"``) that gives a stored version (same
    code, same effective date) different content is refused whole: the officer must give the
    new content a new effective date. The province and the shipped list keep the old rule
    (the version first stored stays, the new content is counted as unchanged)."""
    added = unchanged = 0
    for entry in entries:
        procedure = _procedure_for(session, entry)
        stored = _stored_version(session, procedure, entry.effective_from)
        if stored is not None:
            if source in CHECKED_SOURCES:
                _refuse_changed(stored, entry)
            unchanged += 1
            continue
        session.add(_version(procedure, entry, now, source))
        added += 1
    session.flush()
    return ImportOutcome(
        added=added, unchanged=unchanged, procedures=len({e.code for e in entries})
    )


def load_shipped(session: Session, now: datetime) -> ImportOutcome:
    return import_entries(session, read_entries(SHIPPED_FILE), now, "shipped")


def _procedure_for(session: Session, entry: CatalogueEntry) -> Procedure:
    field = session.scalar(select(Field).where(Field.code == entry.field_code))
    if field is None:
        field = Field(code=entry.field_code, name=entry.field_name)
        session.add(field)
    procedure = session.scalar(select(Procedure).where(Procedure.code == entry.code))
    if procedure is None:
        procedure = Procedure(code=entry.code, name=entry.name, field=field, active=True)
        session.add(procedure)
    latest = max((v.effective_from for v in procedure.versions), default=None)
    if latest is None or entry.effective_from >= latest:
        procedure.name = entry.name
        procedure.field = field
    procedure.name_folded = fold(procedure.name)
    session.flush()
    return procedure


def _stored_version(
    session: Session, procedure: Procedure, effective: datetime
) -> ProcedureVersion | None:
    query = select(ProcedureVersion).where(
        ProcedureVersion.procedure_id == procedure.id,
        ProcedureVersion.effective_from == effective,
    )
    return session.scalar(query)


def _refuse_changed(stored: ProcedureVersion, entry: CatalogueEntry) -> None:
    old = version_entry(stored)
    changed = [label for key, label in _VERSION_PARTS if getattr(old, key) != getattr(entry, key)]
    if not changed:
        return
    raise InputError(
        f"Thủ tục {entry.code} ({entry.name}): phiên bản hiệu lực từ "
        f"{entry.effective_from:%d/%m/%Y %H:%M} đã có trong danh mục, nhưng tệp ghi khác "
        f"({', '.join(changed)}). Phiên bản đã lưu không được sửa: hãy ghi ngày hiệu lực mới "
        "(HieuLucTu) cho nội dung mới rồi nhập lại. Chưa nhập gì từ tệp này.",
        field="HieuLucTu",
    )


def _version(
    procedure: Procedure, entry: CatalogueEntry, now: datetime, source: str
) -> ProcedureVersion:
    version = ProcedureVersion(
        procedure=procedure,
        effective_from=entry.effective_from,
        name=entry.name,
        time_limit=entry.time_limit,
        time_unit=entry.time_unit.value,
        cutoff_15h=entry.cutoff_15h,
        fee=entry.fee,
        source=source,
        created_at=now,
    )
    version.documents = [
        ProcedureDocument(
            position=i + 1, name=d.name, originals=d.originals, copies=d.copies, required=d.required
        )
        for i, d in enumerate(entry.documents)
    ]
    return version


def version_in_force(session: Session, code: str, at: datetime) -> ProcedureVersion:
    """The version of procedure ``code`` in force at ``at`` (the dossier keeps it)."""
    procedure = session.scalar(select(Procedure).where(Procedure.code == code.strip()))
    if procedure is None or not procedure.active:
        raise InputError(f"Không có thủ tục mã '{code}' trong danh mục.", field="procedure")
    version = session.scalar(
        select(ProcedureVersion)
        .where(ProcedureVersion.procedure_id == procedure.id, ProcedureVersion.effective_from <= at)
        .order_by(ProcedureVersion.effective_from.desc())
        .limit(1)
    )
    if version is None:
        raise InputError(
            f"Thủ tục '{code}' chưa có phiên bản hiệu lực tại thời điểm {at:%d/%m/%Y %H:%M}.",
            field="procedure",
        )
    return version


def version_entry(version: ProcedureVersion) -> CatalogueEntry:
    procedure = version.procedure
    return CatalogueEntry(
        code=procedure.code,
        name=version.name,
        field_code=procedure.field.code,
        field_name=procedure.field.name,
        time_limit=version.time_limit,
        time_unit=LimitUnit(version.time_unit),
        cutoff_15h=version.cutoff_15h,
        fee=version.fee,
        documents=tuple(
            DocumentLine(d.name, d.originals, d.copies, d.required) for d in version.documents
        ),
        effective_from=version.effective_from,
    )


def export_entries(session: Session) -> list[dict[str, Any]]:
    """Every stored version, as TTHC records (importing the file back adds nothing)."""
    versions = session.scalars(
        select(ProcedureVersion)
        .join(Procedure)
        .options(selectinload(ProcedureVersion.documents))
        .order_by(Procedure.code, ProcedureVersion.effective_from)
    )
    return [entry_to_wire(version_entry(v)) for v in versions]


def procedure_or_error(session: Session, code: str) -> Procedure:
    procedure = session.scalar(select(Procedure).where(Procedure.code == code))
    if procedure is None:
        raise NotFoundError(f"Không có thủ tục mã '{code}'.")
    return procedure
