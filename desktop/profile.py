"""An office profile: its folder, settings and database, opened and migrated in one call."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from db.engine import Database
from db.migrate import SchemaTooNewError, upgrade
from db.models import Office
from desktop.accounts.seal import needs_first_seal, seal_unsealed
from desktop.attachments.storage import FileStore, store_for
from desktop.audit.chain import load_key
from desktop.errors import DamagedDatabaseError as DamagedDatabaseError  # its old home
from desktop.errors import DatabaseFailure, NotFoundError, StorageError
from desktop.files import make_tree_private
from desktop.safety.backups import keep_database_private, make_backup, newest_good, sqlite_path
from desktop.safety.integrity import OK, check_sqlite
from desktop.safety.location import check_data_folder
from desktop.safety.storage_failures import (
    StorageFailures,
    backup_offer,
    damage_noted,
    damaged_error,
    note_damage,
)
from desktop.settings import (
    Settings,
    check_database_url,
    database_url,
    default_data_dir,
    load_settings,
)

log = logging.getLogger("motcua")


@dataclass
class Profile:
    data_dir: Path
    settings: Settings
    db: Database
    failures: StorageFailures
    _audit_key: bytes | None = field(default=None, repr=False)

    @property
    def read_only(self) -> bool:
        """Opened only to look (a damaged database, a folder that cannot be written to)."""
        return self.failures.read_only

    @property
    def files(self) -> FileStore:
        """Where the bytes of the dossiers' files live (``desktop.attachments.storage``)."""
        return store_for(self.data_dir, self.db.url, self.settings.attachments_folder)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def audit_key(self) -> bytes:
        """The office's audit key, from ``audit.key`` beside the settings (created once)."""
        if self._audit_key is None:
            self._audit_key = load_key(self.data_dir)
        return self._audit_key

    def office(self) -> Office:
        """The office this workstation serves (the settings name it; else the only one)."""
        with self.db.read_session() as session:
            query = select(Office)
            if self.settings.office_code:
                query = query.where(Office.code == self.settings.office_code)
            offices = list(session.scalars(query.limit(2)))
        if len(offices) != 1:
            raise NotFoundError(
                "Hồ sơ văn phòng chưa được khởi tạo: chạy `motcua init --office-code MÃ "
                "--office-name TÊN` trước."
            )
        return offices[0]

    def needs_first_run(self) -> bool:
        """Whether this profile has no office yet (a fresh install, or a cancelled wizard)."""
        try:
            self.office()
        except NotFoundError:
            return True
        return False

    def close(self) -> None:
        self.db.dispose()


QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024  # larger files are checked after the window shows


def check_database(folder: Path, url: str, *, max_bytes: int | None = None) -> None:
    """``quick_check`` of a SQLite profile before anything else touches it (skipped for a
    file larger than ``max_bytes``: the window checks it in the background instead)."""
    path = sqlite_path(url)
    noted = damage_noted(folder)
    if noted is not None:  # met while in use or by `motcua check`, not cleared since
        raise damaged_error(folder, path, noted)
    if path is None or not path.exists():
        return
    if max_bytes is not None and path.stat().st_size > max_bytes:
        return
    problem = check_sqlite(path, quick=True)
    if problem == OK:
        return
    note_damage(folder, problem)
    good = newest_good(folder / "backups")
    raise DamagedDatabaseError(
        f"Cơ sở dữ liệu {path.name} bị hỏng ({problem}); chưa thay đổi gì trên tệp. "
        + backup_offer(folder),
        path,
        problem,
        good.path if good else None,
    )


def writable(path: Path) -> bool:
    """Whether this process may write at ``path`` (a file, or a folder to create files in)."""
    return os.access(path, os.W_OK)


def open_profile(
    data_dir: Path | None = None,
    *,
    url: str | None = None,
    migrate: bool = True,
    check: bool = False,
    read_only: bool = False,
) -> Profile:
    """Open (and by default migrate) the profile; refuse a database newer than this code, a
    damaged one (:class:`DamagedDatabaseError`) and a data folder in the cloud or on a share."""
    folder = data_dir or default_data_dir()
    check_data_folder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not read_only:
        make_tree_private(folder)
    settings = load_settings(folder)
    resolved = check_database_url(database_url(folder, settings, url))
    path = sqlite_path(resolved)
    failures = StorageFailures(folder, path)
    if path is not None and path.exists() and not (writable(path) and writable(path.parent)):
        failures.read_only_folder = True  # a WAL file needs its folder even to be read
    failures.looking = read_only
    if read_only or failures.read_only:  # opened to look, without changing a byte
        if path is not None:
            immutable = "&immutable=1" if failures.read_only_folder else ""
            resolved = f"sqlite+pysqlite:///file:{path}?mode=ro{immutable}&uri=true"
        migrate = False
    elif check:
        check_database(folder, resolved, max_bytes=QUICK_CHECK_MAX_BYTES)
    db = Database(resolved, on_failure=failures.raise_for, guard_writes=failures.guard_writes)
    try:
        if migrate:
            files = store_for(folder, resolved, settings.attachments_folder).folder
            backup = partial(_backup_before, resolved, folder, files=files)
            done = upgrade(db.engine, before_migrating=backup)
            if needs_first_seal(done.before):
                seal_existing_accounts(db, load_key(folder))
    except DatabaseFailure:
        db.dispose()
        raise
    except SchemaTooNewError as exc:
        db.dispose()
        raise StorageError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (lược đồ {exc.revision}). "
            "Hãy cài phiên bản Một cửa mới nhất; dữ liệu không bị thay đổi."
        ) from exc
    except OperationalError as exc:
        db.dispose()
        raise StorageError(
            f"Không mở được cơ sở dữ liệu ({exc.orig}). Hãy kiểm tra thư mục hồ sơ (còn đó, "
            "có quyền đọc và ghi) hoặc địa chỉ máy chủ cơ sở dữ liệu, rồi thử lại."
        ) from exc
    except StorageError as exc:
        db.dispose()
        raise StorageError(
            f"Chưa nâng cấp cơ sở dữ liệu vì không sao lưu được trước khi nâng cấp: {exc.message} "
            "Dữ liệu không bị thay đổi."
        ) from exc
    if not read_only:
        keep_database_private(resolved)
    return Profile(data_dir=folder, settings=settings, db=db, failures=failures)


def seal_existing_accounts(db: Database, key: bytes) -> None:
    """Accounts made before seals existed, sealed right after the migration that adds them."""
    with db.session() as session, session.begin():
        sealed = seal_unsealed(session, key)
    log.info("sealed %d existing accounts", sealed)


def _backup_before(url: str, folder: Path, revision: str, files: Path | None) -> None:
    """A checked backup of a database about to be migrated from ``revision`` (with the new
    files of the store folder ``files``)."""
    from desktop import clock

    reason = f"before-migration-{revision}"
    made = make_backup(url, folder / "backups", reason, clock.now(), files=files)
    log.info("backed up %s before migrating from schema %s", made.name, revision)
