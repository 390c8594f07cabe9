"""Backups of a profile's database: made, checked, rotated, restored.

SQLite: ``VACUUM INTO`` a new file beside the others (``backups/``), then ``integrity_check``
on the copy; a copy that fails the check is deleted and the failure raised. PostgreSQL:
``pg_dump -Fc``, checked by ``pg_restore --list``. Names carry the time and the reason:
``motcua-YYYYMMDD-HHMMSS-<reason>.db`` (``.dump`` for PostgreSQL).

Rotation keeps the newest backup of each of the last 48 hours, 14 days and 12 months, and the
12 newest made before a migration or a restore; the rest are deleted.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.errors import StorageError
from desktop.files import make_private, private_folder, sync_folder
from desktop.safety.file_backups import copy_new_files, files_beside, prune_copies
from desktop.safety.integrity import OK, check_sqlite

STAMP = "%Y%m%d-%H%M%S"
NAME = re.compile(r"(\d{8}-\d{6})")
KEEP_HOURS, KEEP_DAYS, KEEP_MONTHS, KEEP_BEFORE = 48, 14, 12, 12
SUFFIXES = (".db", ".dump")
PART = ".part"
RUN_STARTED = time.time()  # a ``.part`` older than this process was left by a killed backup


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def keep_database_private(url: str) -> None:
    """A SQLite database file private to this user; SQLite gives its ``-wal`` and ``-shm``
    files the database file's mode when it makes them."""
    path = sqlite_path(url)
    if path is None:
        return
    for side in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            make_private(path.with_name(path.name + side))


def backup_name(reason: str, now: datetime, suffix: str) -> str:
    return f"motcua-{now:{STAMP}}-{reason}{suffix}"


def make_backup(
    url: str,
    folder: Path,
    reason: str,
    now: datetime,
    out: Path | None = None,
    files: Path | None = None,
) -> Path:
    """Back up the database at ``url`` into ``folder`` (or to ``out``), checked; the new files
    of the store folder ``files`` are copied beside it (``desktop.safety.file_backups``)."""
    source = sqlite_path(url)
    suffix = ".db" if source is not None else ".dump"
    target = out or folder / backup_name(reason, now, suffix)
    if out is None:
        private_folder(folder)
        remove_stale_parts(folder)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise StorageError(f"Tệp {target} đã có; chọn tên khác để không ghi đè.")
    temp = target.with_name(f".{target.name}{PART}")
    temp.unlink(missing_ok=True)
    try:
        if source is not None:
            _vacuum_into(source, temp)
            problem = check_sqlite(temp)
            if problem != OK:
                raise StorageError(f"Bản sao lưu không qua được kiểm tra toàn vẹn: {problem}.")
        else:
            _pg_dump(url, temp)
        make_private(temp)
        copy_new_files(files, files_beside(target))  # before the backup counts as made
        os.replace(temp, target)
        sync_folder(target.parent)
    finally:
        temp.unlink(missing_ok=True)
    return target


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete the ``.part`` files that backups killed half way left in ``folder`` (those older
    than this run: a backup still being written by another process is newer)."""
    removed = []
    for path in folder.glob(f".*{PART}"):
        try:
            if path.stat().st_mtime < RUN_STARTED:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone meanwhile, or not ours to delete: the next run tries again
    return removed


def _vacuum_into(source: Path, target: Path) -> None:
    try:
        connection = sqlite3.connect(str(source), timeout=60)
        try:
            connection.execute("VACUUM INTO ?", (str(target),))
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"Không sao lưu được cơ sở dữ liệu: {exc}.") from exc
    with open(target, "rb") as stream:
        os.fsync(stream.fileno())


def pg_env(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password, and the environment carrying it."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise StorageError(
            f"Không tìm thấy {name}: cài gói postgresql-client để sao lưu / khôi phục PostgreSQL."
        )
    return found


def _pg_dump(url: str, target: Path) -> None:
    libpq, env = pg_env(url)
    done = subprocess.run(
        [tool("pg_dump"), "--format=custom", f"--file={target}", f"--dbname={libpq}"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise StorageError(f"pg_dump thất bại: {done.stderr.strip()[-300:]}")
    check = subprocess.run(
        [tool("pg_restore"), "--list", str(target)], capture_output=True, text=True, check=False
    )
    if check.returncode != 0:
        raise StorageError("Bản sao lưu PostgreSQL không đọc lại được (pg_restore --list).")


def check_backup(path: Path) -> str:
    """``"ok"`` when the backup can be restored, else why not."""
    if path.suffix == ".dump":
        done = subprocess.run(
            [tool("pg_restore"), "--list", str(path)], capture_output=True, check=False
        )
        return OK if done.returncode == 0 else "không đọc được bản sao lưu PostgreSQL"
    return check_sqlite(path)


def list_backups(folder: Path) -> list[Backup]:
    """Backups in ``folder``, the newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.search(path.name)
            if path.suffix not in SUFFIXES or match is None or path.name.startswith("."):
                continue
            made = datetime.strptime(match.group(1), STAMP)
            reason = path.stem.split(match.group(1), 1)[-1].strip("-") or "backup"
            found.append(Backup(path, made, reason))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def newest_good(folder: Path) -> Backup | None:
    for backup in list_backups(folder):
        if check_backup(backup.path) == OK:
            return backup
    return None


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups the policy does not keep; the deleted paths."""
    backups = list_backups(folder)
    keep: set[Path] = set()
    before = [b for b in backups if b.reason.startswith("before")]
    keep.update(b.path for b in before[:KEEP_BEFORE])
    for width, count in (("%Y%m%d%H", KEEP_HOURS), ("%Y%m%d", KEEP_DAYS), ("%Y%m", KEEP_MONTHS)):
        buckets: dict[str, Backup] = {}
        for backup in backups:  # newest first: the first seen in a bucket is its newest
            if backup.reason.startswith("before"):
                continue
            buckets.setdefault(backup.made_at.strftime(width), backup)
        for key in sorted(buckets, reverse=True)[:count]:
            keep.add(buckets[key].path)
    removed = []
    for backup in backups:
        if backup.path not in keep and backup.made_at < now - timedelta(minutes=1):
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    if removed:
        prune_copies([b.path for b in list_backups(folder)], files_beside(folder / "x"))
    return removed
