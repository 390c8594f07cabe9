"""The files a dossier's record names go to the province before the record (SYNC.md §3).

A record names its files by SHA-256 (``TaiLieuNop.TepDinhKemId``, ``DanhSachGiayToKetQua.
GiayToId``) with an empty path in its snapshot. Before the record is sent, every named file
not yet at the province (``stored_file.remote_path`` empty) is uploaded and the province's
path kept in ``stored_file.remote_path`` (its own committed transaction); the record then
goes with the paths filled in from ``stored_file``, the snapshot itself untouched. Uploading
again after a crash is harmless: the province keys files on their SHA-256.

With no ``files_url`` nothing is uploaded and the paths stay as ``stored_file`` has them
(empty for the files still only at the desk).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from db.engine import Database
from db.models import StoredFile
from desktop.attachments.storage import FileStore
from desktop.errors import StorageError
from desktop.sync.errors import Refused

log = logging.getLogger("motcua.sync")

# (list of entries, the key naming the file, the key of its path at the province)
FILE_LISTS = (
    ("TaiLieuNop", "TepDinhKemId", "DuongDanTaiTepTin"),
    ("DanhSachGiayToKetQua", "GiayToId", "DuongDanTepTinKetQua"),
)

Send = Callable[[str, str, bytes], str]  # (MaHoSo, SHA-256, bytes) → the province's path


class FileProblemError(Exception):
    """A file of a record could not go (refused by the province, missing at the desk): the
    record waits for an officer with ``message``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _entries(record: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, str]]:
    for list_key, id_key, path_key in FILE_LISTS:
        entries = record.get(list_key)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get(id_key), str) and entry[id_key]:
                yield entry, id_key, path_key


def named_files(record: dict[str, Any]) -> list[str]:
    """The SHA-256s of the files a record sends (removed papers, ``IsDeleted "1"``, are not)."""
    named: list[str] = []
    for entry, id_key, _ in _entries(record):
        if entry.get("IsDeleted", "0") != "1" and entry[id_key] not in named:
            named.append(entry[id_key])
    return named


def with_paths(record: dict[str, Any], paths: dict[str, str]) -> dict[str, Any]:
    """A copy of ``record`` with each file's path as ``paths`` has it (the snapshot's own
    path, usually empty, when it has none)."""
    filled = dict(record)
    for list_key, id_key, path_key in FILE_LISTS:
        entries = record.get(list_key)
        if not isinstance(entries, list):
            continue
        filled[list_key] = [
            {**entry, path_key: paths.get(entry.get(id_key, ""), entry.get(path_key, ""))}
            if isinstance(entry, dict)
            else entry
            for entry in entries
        ]
    return filled


@dataclass
class Uploader:
    """Uploads a record's files through ``send`` (None: no ``files_url``) and fills paths."""

    db: Database
    store: FileStore
    send: Send | None

    def prepared(self, code: str, record: dict[str, Any]) -> dict[str, Any]:
        """``record`` with its files' paths, uploading those not yet at the province;
        :class:`FileProblemError` when one cannot go; transport failures are raised as they come."""
        named = named_files(record)
        paths = self._remote_paths(named)
        if self.send is not None:
            for sha256 in named:
                if not paths.get(sha256):
                    paths[sha256] = self._upload(code, sha256)
        return with_paths(record, paths)

    def _remote_paths(self, named: list[str]) -> dict[str, str]:
        if not named:
            return {}
        with self.db.read_session() as session, session.begin():
            rows = session.execute(
                select(StoredFile.sha256, StoredFile.remote_path).where(
                    StoredFile.sha256.in_(named)
                )
            )
            return {sha: path for sha, path in rows}

    def _upload(self, code: str, sha256: str) -> str:
        assert self.send is not None
        try:
            with self.db.read_session() as session, session.begin():
                data = self.store.read(session, sha256)
        except StorageError as exc:
            raise FileProblemError(
                f"Không gửi được hồ sơ: tệp đính kèm {sha256[:12]}… không đọc được ở máy này "
                f"({exc.message}). Kiểm tra kho tệp (attachments.folder) rồi gửi lại."
            ) from None
        try:
            path = self.send(code, sha256, data)
        except Refused as exc:
            reason = f"Cổng tỉnh từ chối tệp đính kèm {sha256[:12]}…: {exc.message}"
            raise FileProblemError(reason) from None
        with self.db.session() as session, session.begin():
            session.execute(
                update(StoredFile).where(StoredFile.sha256 == sha256).values(remote_path=path)
            )
        log.info("sync: file %s… uploaded", sha256[:12])
        return path


def files_held(db: Database) -> int:
    """Files not (yet) at the province: kept only at the desk."""
    with db.read_session() as session, session.begin():
        count = session.scalar(
            select(func.count()).select_from(StoredFile).where(StoredFile.remote_path == "")
        )
    return int(count or 0)
