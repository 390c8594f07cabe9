"""Restoring a backup over a profile's database; the current one is always kept aside.

SQLite: the backup is checked first; the current database is backed up (when it can be read)
and its files (``motcua.db`` with ``-wal`` and ``-shm``) are moved, untouched, into
``backups/replaced-YYYYMMDD-HHMMSS/``; then a copy of the backup is written beside and renamed
into place. PostgreSQL: the current database is dumped first, then ``pg_restore --clean``.
The caller has closed every connection; opening the profile afterwards migrates the restored
database if it came from an older version. The audit chain's head kept in the profile folder
(the backups folder's parent) is forgotten: the restored, shorter chain is the one in force.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.attachments.storage import store_for
from desktop.audit import chain as audit
from desktop.audit.chain import forget_head
from desktop.errors import InputError, StorageError
from desktop.files import make_private, private_folder, sync_folder
from desktop.profile import open_profile
from desktop.safety.backups import (
    STAMP,
    check_backup,
    make_backup,
    pg_env,
    sqlite_path,
    tool,
)
from desktop.safety.file_backups import bring_back, files_beside, folder_shas
from desktop.safety.integrity import OK, check_sqlite
from desktop.safety.storage_failures import clear_damage
from desktop.settings import load_settings

SIDE_FILES = ("", "-wal", "-shm")


@dataclass(frozen=True)
class Restored:
    source: Path
    kept_aside: Path | None
    safety_backup: Path | None


@dataclass(frozen=True)
class RestoredProfile:
    restored: Restored
    office_code: str
    office_name: str
    files_brought_back: int = 0
    files_missing: tuple[str, ...] = ()


def restore_profile(
    folder: Path, url: str, backup: Path, now: datetime, officer: str | None = None
) -> RestoredProfile:
    """:func:`restore` over the profile in ``folder`` (every connection to it closed), then open
    it again (migrating an older backup) and record the restore in the restored audit trail, by
    ``officer`` (None: the workstation's officer)."""
    done = restore(url, backup, folder / "backups", now, _store_folder(folder, url))
    profile = open_profile(folder, url=url)
    try:
        office = profile.office()
        with profile.db.read_session() as session:
            shas = folder_shas(session)
        copied, missing = bring_back(shas, profile.files.folder, files_beside(backup))
        with profile.db.session() as session, session.begin():
            audit.append(
                session,
                profile.audit_key,
                officer or profile.settings.officer,
                "restore",
                done.source.name,
                {"kept_aside": str(done.kept_aside or ""), "files_missing": len(missing)},
            )
    finally:
        profile.close()
    return RestoredProfile(done, office.code, office.name, copied, tuple(missing))


def _store_folder(folder: Path, url: str) -> Path | None:
    return store_for(folder, url, load_settings(folder).attachments_folder).folder


def restore(
    url: str, backup: Path, backups_folder: Path, now: datetime, files: Path | None = None
) -> Restored:
    if not backup.is_file():
        raise InputError(f"Không tìm thấy tệp sao lưu {backup}.", field="file")
    problem = check_backup(backup)
    if problem != OK:
        raise InputError(
            f"Tệp {backup.name} không phải bản sao lưu dùng được ({problem}); không khôi phục.",
            field="file",
        )
    target = sqlite_path(url)
    if target is None:
        if backup.suffix != ".dump":
            raise InputError("Hồ sơ PostgreSQL cần bản sao lưu .dump (pg_dump).", field="file")
        dumped = make_backup(url, backups_folder, "before-restore", now, files=files)
        _pg_restore(url, backup)
        clear_damage(backups_folder.parent)  # the backups folder sits in the profile's
        forget_head(backups_folder.parent)
        return Restored(backup, None, dumped)
    if backup.suffix != ".db":
        raise InputError("Hồ sơ SQLite cần bản sao lưu .db.", field="file")
    safety: Path | None = None
    if target.exists() and check_sqlite(target, quick=True) == OK:
        safety = make_backup(url, backups_folder, "before-restore", now, files=files)
    aside = _move_aside(target, backups_folder / f"replaced-{now:{STAMP}}")
    temp = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(backup, temp)
    make_private(temp)
    with open(temp, "rb") as stream:
        os.fsync(stream.fileno())
    os.replace(temp, target)
    sync_folder(target.parent)
    clear_damage(backups_folder.parent)  # the backups folder sits in the profile's
    forget_head(backups_folder.parent)
    return Restored(backup, aside, safety)


def _move_aside(target: Path, folder: Path) -> Path | None:
    present = [target.with_name(target.name + s) for s in SIDE_FILES]
    present = [p for p in present if p.exists()]
    if not present:
        return None
    private_folder(folder)
    for path in present:
        os.replace(path, folder / path.name)
    sync_folder(folder)
    sync_folder(target.parent)
    return folder


def _pg_restore(url: str, backup: Path) -> None:
    libpq, env = pg_env(url)
    done = subprocess.run(
        [
            tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={libpq}",
            str(backup),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise StorageError(f"pg_restore thất bại: {done.stderr.strip()[-300:]}")
