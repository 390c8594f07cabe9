"""The dossiers' files in backups, restores and checks.

Files never change once stored (their name is their SHA-256), so a backup copies only the
files it has not copied before, into a ``files`` folder beside the backups (the same layout
as the store: ``files/ab/abcdef…``). A restore brings back the files the restored database
names that the store lacks; the check reads every file and compares it with its name.
Rotation forgets the copies no remaining backup names. When the database holds the bytes
(PostgreSQL without a shared folder) the database's own backup carries them and nothing here
is needed.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import StoredFile
from desktop.files import make_private, private_folder, sync_folder, write_atomically

FILES = "files"
CHUNK = 1024 * 1024


def files_beside(backup: Path) -> Path:
    """Where the files of the backup ``backup`` (a ``.db`` or ``.dump``) are kept."""
    return backup.parent / FILES


def _in(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def copy_new_files(store_folder: Path | None, into: Path) -> int:
    """Copy the store's files missing from ``into`` (fsynced); how many were copied."""
    if store_folder is None or not store_folder.is_dir():
        return 0
    copied = 0
    for source in store_folder.glob("??/*"):
        target = _in(into, source.name)
        if len(source.name) != 64 or (target.is_file() and _same_size(source, target)):
            continue
        private_folder(target.parent)
        write_atomically(target, source.read_bytes())
        copied += 1
    if copied:
        make_private(into)
        sync_folder(into)
    return copied


def _same_size(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size


def folder_shas(session: Session) -> list[str]:
    """The files whose bytes live outside the database."""
    return list(session.scalars(select(StoredFile.sha256).where(StoredFile.data.is_(None))))


def bring_back(shas: list[str], store_folder: Path | None, source: Path) -> tuple[int, list[str]]:
    """Copy into the store the files of ``shas`` it lacks, from ``source``; how many were
    copied and which could not be found."""
    if store_folder is None:
        return 0, []
    copied, missing = 0, []
    for sha in shas:
        target = _in(store_folder, sha)
        if target.is_file():
            continue
        origin = _in(source, sha)
        if not origin.is_file() or file_hash(origin) != sha:
            missing.append(sha)
            continue
        private_folder(target.parent)
        write_atomically(target, origin.read_bytes())
        copied += 1
    return copied, missing


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class FilesCheck:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.missing and not self.damaged

    def describe(self) -> str:
        if self.sound:
            return f"{self.checked} tệp đính kèm: toàn vẹn (ok)."
        return (
            f"{self.checked} tệp đính kèm: thiếu {len(self.missing)}, hỏng {len(self.damaged)} "
            "(mã băm không khớp). Khôi phục từ bản sao lưu (thư mục files bên cạnh) hoặc quét lại."
        )


def check_files(shas: list[str], store_folder: Path | None) -> FilesCheck:
    """Read every file of ``shas`` in the store folder and compare it with its name."""
    result = FilesCheck()
    if store_folder is None:
        return result
    for sha in shas:
        result.checked += 1
        path = _in(store_folder, sha)
        if not path.is_file():
            result.missing.append(sha)
        elif file_hash(path) != sha:
            result.damaged.append(sha)
    return result


def shas_in_sqlite(path: Path, *, backup: bool = False) -> set[str]:
    """The files a SQLite database names outside itself; empty when it has none. A
    ``backup`` (one file, never written again) is read as immutable; a live database with
    its write-ahead log."""
    uri = f"file:{path}?mode=ro" + ("&immutable=1" if backup else "")
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        try:
            rows = conn.execute("SELECT sha256 FROM stored_file WHERE data IS NULL").fetchall()
        except sqlite3.OperationalError:
            return set()  # a backup made before files existed
    return {str(sha) for (sha,) in rows}


def prune_copies(backups: list[Path], folder: Path) -> int:
    """Delete the copies in ``folder`` that none of ``backups`` names (after a rotation or a
    purge). Left alone when a backup cannot be read as SQLite (a PostgreSQL dump)."""
    if not folder.is_dir() or any(b.suffix != ".db" for b in backups):
        return 0
    named: set[str] = set()
    for backup in backups:
        named |= shas_in_sqlite(backup, backup=True)
    removed = 0
    for path in folder.glob("??/*"):
        if path.name not in named:
            path.unlink(missing_ok=True)
            removed += 1
    for sub in folder.glob("??"):
        with contextlib.suppress(OSError):
            sub.rmdir()  # only when empty
    return removed
