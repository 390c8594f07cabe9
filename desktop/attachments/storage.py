"""Where a file's bytes live: a folder named by SHA-256, or the database itself.

An embedded (SQLite) profile keeps them in ``<profile>/files/ab/abcdef…``; several counters
on PostgreSQL keep them in the database (``stored_file.data``) unless the office names a
shared folder (``attachments.folder``). Either way the bytes are durable before the commit
that names them: the folder's file is fsynced (and its rename) inside the transaction, the
database's row is part of it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, StoredFile
from desktop.attachments.pages import PreparedFile
from desktop.errors import StorageError
from desktop.files import os_reason, private_folder, write_atomically


class FileStore:
    """The bytes of stored files; ``folder`` ``None`` keeps them in the database."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    @property
    def where(self) -> str:
        return str(self.folder) if self.folder is not None else "cơ sở dữ liệu"

    def path(self, sha256: str) -> Path:
        assert self.folder is not None
        return self.folder / sha256[:2] / sha256

    def put(self, session: Session, file: PreparedFile, media_type: str, now: datetime) -> str:
        """Store ``file`` (once per content) and return its SHA-256; call inside the
        transaction that names it, before the commit."""
        row = session.get(StoredFile, file.sha256)
        if self.folder is not None:
            self._write(file)
        if row is None:
            data = None if self.folder is not None else file.data
            session.add(
                StoredFile(
                    sha256=file.sha256,
                    media_type=media_type,
                    size=file.size,
                    pages=file.pages,
                    data=data,
                    remote_path="",
                    created_at=now,
                )
            )
        elif self.folder is None and row.data is None:
            row.data = file.data
        return file.sha256

    def _write(self, file: PreparedFile) -> None:
        path = self.path(file.sha256)
        try:
            if path.is_file() and path.stat().st_size == file.size:
                return  # the same content is already there
            private_folder(path.parent)
            write_atomically(path, file.data)
        except OSError as exc:
            raise StorageError(
                f"Không lưu được tệp đính kèm vào {self.folder}: {os_reason(exc)}."
            ) from None

    def read(self, session: Session, sha256: str) -> bytes:
        """The bytes of ``sha256``, checked against their name."""
        row = session.get(StoredFile, sha256)
        if row is None:
            raise StorageError(f"Không có tệp {sha256[:12]}… trong kho tệp.")
        data = row.data if row.data is not None else self._read_file(sha256)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StorageError(f"Tệp {sha256[:12]}… trong kho bị hỏng (mã băm không khớp).")
        return data

    def _read_file(self, sha256: str) -> bytes:
        if self.folder is None:
            raise StorageError(f"Tệp {sha256[:12]}… không có trong cơ sở dữ liệu.")
        try:
            return self.path(sha256).read_bytes()
        except OSError as exc:
            raise StorageError(
                f"Không đọc được tệp {sha256[:12]}… ở {self.folder}: {os_reason(exc)}."
            ) from None

    def has(self, session: Session, sha256: str) -> bool:
        row = session.get(StoredFile, sha256)
        if row is None:
            return False
        return row.data is not None or (self.folder is not None and self.path(sha256).is_file())

    def drop_unused(self, session: Session) -> list[str]:
        """Delete the rows of the files no attachment names any more (after a purge); their
        SHA-256s, for :meth:`delete_files` once the transaction is committed."""
        used = select(Attachment.sha256)
        unused = list(session.scalars(select(StoredFile).where(StoredFile.sha256.not_in(used))))
        for row in unused:
            session.delete(row)
        session.flush()
        return [row.sha256 for row in unused]

    def delete_files(self, shas: list[str]) -> None:
        """Delete the bytes of ``shas`` from the folder (the rows are gone already)."""
        if self.folder is None:
            return
        for sha in shas:
            self.path(sha).unlink(missing_ok=True)

    def folder_files(self) -> Iterator[Path]:
        """Every file in the folder (none for the database)."""
        if self.folder is None or not self.folder.is_dir():
            return iter(())
        return (p for p in self.folder.glob("??/*") if p.is_file() and len(p.name) == 64)


def store_for(data_dir: Path, database_url: str, shared_folder: str) -> FileStore:
    """The office's store: the shared folder it names, else the profile's own folder on an
    embedded database, else the database (several counters reach it already)."""
    if shared_folder:
        return FileStore(Path(shared_folder))
    if database_url.startswith("sqlite") or not database_url:
        return FileStore(data_dir / "files")
    return FileStore(None)
