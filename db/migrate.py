"""Bring a database to the schema this code expects, or refuse one that is newer.

Called at start-up before any window opens. When an existing database has migrations pending,
``before_migrating`` is called first with its revision (the profile makes a checked backup
there), so that a failed upgrade loses nothing. On PostgreSQL, where several counters share one
database, an advisory lock lets only one of them migrate; the others wait and then find the
schema current.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 0x6D6F7463  # pg_advisory_lock key held while a counter migrates


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the desk."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass(frozen=True)
class MigrationOutcome:
    before: str | None
    after: str


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


def upgrade(
    engine: Engine, *, before_migrating: Callable[[str], None] | None = None
) -> MigrationOutcome:
    """Migrate to the newest schema; ``before_migrating(revision)`` runs first when an existing
    database is behind (an exception there stops the upgrade before anything changed)."""
    check_not_newer(engine)
    if engine.dialect.name != "postgresql":  # one file, one desk: nobody to wait for
        return _upgrade(engine, before_migrating)
    with engine.connect() as lock:
        _advisory(lock, "pg_advisory_lock")
        try:
            return _upgrade(engine, before_migrating)  # the revision is read again under the lock
        finally:
            _advisory(lock, "pg_advisory_unlock")


def _upgrade(engine: Engine, before_migrating: Callable[[str], None] | None) -> MigrationOutcome:
    before = check_not_newer(engine)
    head = head_revision()
    if before != head:
        if before is not None and before_migrating is not None:
            before_migrating(before)
        command.upgrade(alembic_config(engine), "head")
    return MigrationOutcome(before=before, after=head)


def _advisory(connection: Connection, function: str) -> None:
    connection.execute(text(f"SELECT {function}(:key)"), {"key": MIGRATION_LOCK})
    connection.commit()
