"""Bring a database to the schema this code expects, or refuse one that is newer.

Called at start-up before any window opens. An existing SQLite file with pending migrations
is copied aside first (``VACUUM INTO``) so that a failed upgrade loses nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class BackupFailedError(Exception):
    """The copy made before a migration did not pass its check; nothing was migrated."""


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the desk."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass(frozen=True)
class MigrationOutcome:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision; :class:`SchemaTooNewError` when this code does not know it."""
    revision = current_revision(engine)
    if revision is None:
        return None
    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    known = {script.revision for script in scripts.walk_revisions()}
    if revision not in known:
        raise SchemaTooNewError(revision)
    return revision


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> MigrationOutcome:
    """Migrate to the newest schema; back up an existing SQLite file first."""
    before = check_not_newer(engine)
    head = head_revision()
    backup = None
    if before is not None and before != head and backup_dir is not None:
        backup = _sqlite_backup(engine, backup_dir, before)
    if before != head:
        command.upgrade(alembic_config(engine), "head")
    return MigrationOutcome(before=before, after=head, backup=backup)


def _sqlite_backup(engine: Engine, backup_dir: Path, revision: str) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"before-migration-{revision}-{stamp}.db"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM INTO ?", (str(target),))
        cursor.close()
    finally:
        raw.close()
    checked = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        result = checked.execute("PRAGMA integrity_check").fetchone()
    finally:
        checked.close()
    if not result or result[0] != "ok":
        target.unlink(missing_ok=True)
        raise BackupFailedError(f"the backup before migrating failed integrity_check: {result}")
    return target
