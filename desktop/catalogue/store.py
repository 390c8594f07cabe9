"""The procedure catalogue in the database: import, export and the version in force."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Field, Procedure, ProcedureDocument, ProcedureVersion
from desktop.calendar import LimitUnit
from desktop.catalogue.entries import CatalogueEntry, DocumentLine, entry_to_wire, parse_entry
from desktop.catalogue.national import NationalCatalogue, national_records, parse_national
from desktop.errors import InputError, NotFoundError
from desktop.files import os_reason
from desktop.json_input import read_json_file
from desktop.text import fold

SHIPPED_CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "catalogue"
SHIPPED_FILE = SHIPPED_CATALOGUE / "procedures.json"
MAX_FILE_BYTES = 20 * 1024 * 1024
NOTES_SHOWN = 3  # notes quoted when a file holds nothing to import


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
    ("confirmed", "đã xác nhận"),
    ("effective_to", "ngày hết hiệu lực"),
)


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    unchanged: int
    procedures: int
    notes: tuple[str, ...] = ()  # what was skipped or assumed, in Vietnamese


class CatalogueEntries(list[CatalogueEntry]):
    """Entries read from a file or an answer, with the notes of what was skipped or assumed.

    ``undated``: the source gives no effective dates (the national shape). Its entries carry the
    day they were read until :func:`import_entries` dates them 00:00 of the import's day; it
    then adds a version only when the content differs from the version in force that day."""

    def __init__(
        self,
        entries: Iterable[CatalogueEntry] = (),
        notes: Iterable[str] = (),
        *,
        undated: bool = False,
    ) -> None:
        super().__init__(entries)
        self.notes = tuple(notes)
        self.undated = undated


def national_entries(catalogue: NationalCatalogue) -> CatalogueEntries:
    """What :func:`import_entries` takes for procedures read in the national shape."""
    return CatalogueEntries(catalogue.entries, catalogue.notes, undated=True)


def start_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time())


def read_entries(path: Path) -> CatalogueEntries:
    """Parse a catalogue file completely before anything is stored."""
    try:
        raw = read_json_file(path, what_vi="Tệp danh mục", max_bytes=MAX_FILE_BYTES)
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp {path.name}.") from None
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path.name}: {os_reason(exc)}.") from None
    return parse_entries(raw)


def read_import_file(path: Path) -> CatalogueEntries:
    """A file the officer imports, read whole: refused when it holds no procedure to store
    (the notes of what was skipped say why)."""
    entries = read_entries(path)
    if not entries:
        shown = entries.notes[:NOTES_SHOWN]
        why = (" " + " ".join(shown)) if shown else ""
        raise InputError(
            f"Tệp {path.name} không có thủ tục nào nhập được.{why} Chưa nhập gì từ tệp này."
        )
    return entries


def parse_entries(raw: Any) -> CatalogueEntries:
    """The desk's TTHC records (a list, or ``{"data": [...]}``), or the national shape (SYNC.md
    §2.4: ``{"result": [...]}`` or a list of objects with ``MATTHC``), read leniently."""
    if isinstance(raw, dict) and "data" in raw:
        raw = raw["data"]
    records = national_records(raw)
    if records is not None:
        return national_entries(parse_national(records, start_of_day(datetime.now())))
    if not isinstance(raw, list):
        raise InputError('Tệp danh mục phải là một danh sách thủ tục (hoặc {"data": [...]}).')
    entries = [parse_entry(item, i + 1) for i, item in enumerate(raw)]
    keys = [(e.code, e.effective_from) for e in entries]
    if len(set(keys)) != len(keys):
        raise InputError("Tệp danh mục có hai phiên bản trùng mã thủ tục và ngày hiệu lực.")
    return CatalogueEntries(entries)


def undated_note(day: datetime) -> str:
    return (
        "Dữ liệu theo mẫu quốc gia không ghi ngày hiệu lực: các thủ tục đọc được tính hiệu lực "
        f"từ 00:00 ngày {day:%d/%m/%Y} (ngày nhập); thủ tục không đổi nội dung thì không thêm "
        "phiên bản mới."
    )


def import_entries(
    session: Session, entries: Sequence[CatalogueEntry], now: datetime, source: str
) -> ImportOutcome:
    """Add every version not yet stored; stored versions are never changed.

    A file the officer imports (``source == "import"``) that gives a stored version (same
    code, same effective date) different content is refused whole: the officer must give the
    new content a new effective date. The province and the shipped list keep the old rule
    (the version first stored stays, the new content is counted as unchanged). Undated
    entries (:class:`CatalogueEntries`) take effect at 00:00 of ``now``'s day."""
    undated = isinstance(entries, CatalogueEntries) and entries.undated
    notes = entries.notes if isinstance(entries, CatalogueEntries) else ()
    if undated:
        day = start_of_day(now)
        entries = [replace(entry, effective_from=day) for entry in entries]
        notes = (*notes, undated_note(day))
    added = unchanged = 0
    for entry in entries:
        procedure = _procedure_for(session, entry)
        in_force = version_at(session, procedure, entry.effective_from)
        if undated and in_force is not None and not _changed_parts(in_force, entry):
            unchanged += 1
            continue
        stored = _stored_version(session, procedure, entry.effective_from)
        if stored is not None:
            if source in CHECKED_SOURCES:
                _refuse_changed(stored, entry, undated)
            unchanged += 1
            continue
        session.add(_version(procedure, entry, now, source))
        added += 1
    session.flush()
    return ImportOutcome(
        added=added,
        unchanged=unchanged,
        procedures=len({e.code for e in entries}),
        notes=tuple(notes),
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


def _changed_parts(stored: ProcedureVersion, entry: CatalogueEntry) -> list[str]:
    old = version_entry(stored)
    return [label for key, label in _VERSION_PARTS if getattr(old, key) != getattr(entry, key)]


def _refuse_changed(stored: ProcedureVersion, entry: CatalogueEntry, undated: bool) -> None:
    changed = _changed_parts(stored, entry)
    if not changed:
        return
    what_to_do = (
        "nội dung mới theo mẫu quốc gia (không ghi ngày hiệu lực) chỉ nhập được từ ngày mai, "
        "hoặc hãy ghi tệp theo mẫu của phần mềm với ngày hiệu lực (HieuLucTu)"
        if undated
        else "hãy ghi ngày hiệu lực mới (HieuLucTu) cho nội dung mới rồi nhập lại"
    )
    raise InputError(
        f"Thủ tục {entry.code} ({entry.name}): phiên bản hiệu lực từ "
        f"{entry.effective_from:%d/%m/%Y %H:%M} đã có trong danh mục, nhưng tệp ghi khác "
        f"({', '.join(changed)}). Phiên bản đã lưu không được sửa: {what_to_do}. "
        "Chưa nhập gì từ tệp này.",
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
        confirmed=entry.confirmed,
        legal_source=entry.legal_source,
        note=entry.note,
        effective_to=entry.effective_to,
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
    version = version_at(session, procedure, at)
    if version is None:
        raise InputError(
            f"Thủ tục '{code}' chưa có phiên bản hiệu lực tại thời điểm {at:%d/%m/%Y %H:%M}.",
            field="procedure",
        )
    if version.effective_to is not None and at >= version.effective_to:
        raise InputError(
            f"Thủ tục '{code}' hết hiệu lực từ {version.effective_to:%d/%m/%Y} theo danh mục "
            f"({version.legal_source or 'không ghi căn cứ'}): nạp danh mục mới của tỉnh "
            "(phiên bản có hiệu lực từ ngày đó) rồi tiếp nhận lại.",
            field="procedure",
        )
    return version


def in_force(version: ProcedureVersion | None, at: datetime) -> bool:
    """Whether ``version`` (the latest that started by ``at``) still takes dossiers at ``at``."""
    return version is not None and (version.effective_to is None or at < version.effective_to)


def version_at(session: Session, procedure: Procedure, at: datetime) -> ProcedureVersion | None:
    return session.scalar(
        select(ProcedureVersion)
        .where(ProcedureVersion.procedure_id == procedure.id, ProcedureVersion.effective_from <= at)
        .order_by(ProcedureVersion.effective_from.desc())
        .limit(1)
    )


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
        confirmed=version.confirmed,
        legal_source=version.legal_source,
        note=version.note,
        effective_to=version.effective_to,
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
