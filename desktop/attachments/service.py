"""The files of a dossier: attached per checklist item or as the result, replaced, removed,
reused from an earlier dossier of the same citizen. Services take a session and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum, StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Attachment, Dossier, StoredFile
from desktop.attachments.checks import MB, PDF
from desktop.attachments.pages import PreparedFile
from desktop.attachments.storage import FileStore
from desktop.errors import InputError, NotFoundError


class Role(StrEnum):
    DOCUMENT = "document"  # the scan of a checklist item (TaiLieuNop)
    RESULT = "result"  # a result document handed back (DanhSachGiayToKetQua)


class Origin(IntEnum):
    SCANNED = 1  # digitised at this counter (DuocSoHoa)
    REUSED = 2  # an earlier digitised paper of the same citizen (DuocTaiSuDung)
    NATIONAL_STORE = 3  # from the citizen's store on the national portal (DuocLayTuKhoDMQG)


ORIGIN_LABELS = {
    Origin.SCANNED: "số hóa tại quầy",
    Origin.REUSED: "tái sử dụng",
    Origin.NATIONAL_STORE: "lấy từ kho dữ liệu của công dân",
}
RESULT_NAME = "Kết quả giải quyết"


@dataclass(frozen=True)
class ItemFile:
    """One file for one place of a dossier: ``position`` is the checklist item's (documents)
    or the result's number (results, from 1). ``file`` is ``None`` when ``reuse`` names the
    SHA-256 of a paper already stored."""

    role: Role
    position: int
    file: PreparedFile | None = None
    origin: Origin = Origin.SCANNED
    reuse: str = ""
    name: str = ""


@dataclass(frozen=True)
class AttachmentView:
    id: int
    role: str
    position: int
    name: str
    sha256: str
    size: int
    pages: int
    origin: int
    added_at: datetime
    added_by: str
    remote_path: str

    @property
    def origin_label(self) -> str:
        return ORIGIN_LABELS[Origin(self.origin)]


@dataclass(frozen=True)
class ReusablePaper:
    """A digitised paper of an earlier dossier of the same citizen."""

    sha256: str
    name: str
    dossier_code: str
    added_at: datetime
    pages: int
    size: int


def view(row: Attachment) -> AttachmentView:
    stored = row.stored
    return AttachmentView(
        id=row.id,
        role=row.role,
        position=row.position,
        name=row.name,
        sha256=row.sha256,
        size=stored.size,
        pages=stored.pages,
        origin=row.origin,
        added_at=row.added_at,
        added_by=row.added_by,
        remote_path=stored.remote_path,
    )


def active(dossier: Dossier) -> list[Attachment]:
    return [a for a in dossier.attachments if a.removed_at is None]


def attach_files(
    session: Session,
    store: FileStore,
    dossier: Dossier,
    files: Sequence[ItemFile],
    officer: str,
    now: datetime,
    max_dossier_bytes: int,
) -> list[Attachment]:
    """Attach ``files`` to ``dossier`` (a file already at its place is replaced); the bytes are
    durable when this returns. :class:`InputError` before anything is written."""
    names = {d.position: d.name for d in dossier.documents}
    planned = [(item, _name(item, names), _size(session, item)) for item in files]
    replaced = {(i.role.value, i.position) for i in files}
    kept = sum(a.stored.size for a in active(dossier) if (a.role, a.position) not in replaced)
    total = kept + sum(size for _, _, size in planned)
    if total > max_dossier_bytes:
        raise InputError(
            f"Các tệp của hồ sơ {dossier.code} sẽ nặng {total / MB:.1f} MB, quá giới hạn "
            f"{max_dossier_bytes // MB} MB một hồ sơ.".replace(".", ",", 1),
            field="file",
        )
    rows = []
    for item, name, _ in planned:
        for old in active(dossier):
            if (old.role, old.position) == (item.role.value, item.position):
                old.removed_at = now
        sha = store.put(session, item.file, PDF, now) if item.file is not None else item.reuse
        row = Attachment(
            role=item.role.value,
            position=item.position,
            name=name,
            sha256=sha,
            origin=int(item.origin),
            added_at=now,
            added_by=officer,
        )
        dossier.attachments.append(row)
        rows.append(row)
    session.flush()
    return rows


def _name(item: ItemFile, names: dict[int, str]) -> str:
    if item.role == Role.RESULT:
        if item.position < 1:
            raise InputError("Số thứ tự của giấy tờ kết quả bắt đầu từ 1.", field="result")
        return item.name or RESULT_NAME
    if item.position not in names:
        raise InputError(
            f"Hồ sơ không có giấy tờ số {item.position} trong danh mục (có {len(names)} giấy tờ).",
            field="item",
        )
    return names[item.position]


def _size(session: Session, item: ItemFile) -> int:
    if item.file is not None:
        return item.file.size
    stored = session.get(StoredFile, item.reuse) if item.reuse else None
    if stored is None:
        raise InputError("Không tìm thấy giấy tờ đã số hóa để tái sử dụng.", field="reuse")
    return 0  # the bytes are stored already: reusing them costs nothing


def remove_attachment(dossier: Dossier, attachment_id: int, now: datetime) -> Attachment:
    for row in active(dossier):
        if row.id == attachment_id:
            row.removed_at = now
            return row
    raise NotFoundError(f"Hồ sơ {dossier.code} không có tệp số {attachment_id}.")


def reusable_papers(session: Session, id_number: str, *, limit: int = 50) -> list[ReusablePaper]:
    """The digitised papers of the citizen with ``id_number``, newest first, one per file."""
    if not id_number:
        return []
    rows = session.execute(
        select(Attachment, Dossier.code)
        .join(Dossier, Dossier.id == Attachment.dossier_id)
        .where(
            Dossier.applicant_id_number == id_number,
            Attachment.role == Role.DOCUMENT.value,
            Attachment.removed_at.is_(None),
        )
        .order_by(Attachment.added_at.desc(), Attachment.id.desc())
        .limit(limit * 4)
    )
    seen: set[str] = set()
    found: list[ReusablePaper] = []
    for row, code in rows:
        if row.sha256 in seen:
            continue
        seen.add(row.sha256)
        stored = row.stored
        found.append(
            ReusablePaper(row.sha256, row.name, code, row.added_at, stored.pages, stored.size)
        )
    return found[:limit]


def stored_total(session: Session) -> tuple[int, int]:
    """How many files the office keeps and their bytes."""
    count, size = session.execute(
        select(func.count(StoredFile.sha256), func.coalesce(func.sum(StoredFile.size), 0))
    ).one()
    return int(count), int(size)
