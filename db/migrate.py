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
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config  # Alembic is imported only when a migration is needed

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision; :class:`SchemaTooNewError` when this code does not know it."""
    from alembic.script import ScriptDirectory

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
    head = shipped_head()
    if _stored_revision(engine) == head:  # the usual start: current, Alembic not even imported
        return MigrationOutcome(before=head, after=head)
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
        from alembic import command

        command.upgrade(alembic_config(engine), "head")
    return MigrationOutcome(before=before, after=head)


def shipped_head() -> str:
    """The newest revision shipped, read from the versions folder's file names ("0008_….py":
    the chain is linear and numbered); tests check it against Alembic's own head."""
    names = (path.name for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    return max(name.split("_", 1)[0] for name in names)


def _stored_revision(engine: Engine) -> str | None:
    """The database's revision read with one plain query; None when there is none to read."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no alembic_version table yet: a new database
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _advisory(connection: Connection, function: str) -> None:
    connection.execute(text(f"SELECT {function}(:key)"), {"key": MIGRATION_LOCK})
    connection.commit()
