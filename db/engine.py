"""Engine and session factory: SQLite (one file per profile) or PostgreSQL (shared by counters).

SQLite connections run with WAL, ``synchronous=FULL``, foreign keys on, a busy timeout, and
every write transaction begins with ``BEGIN IMMEDIATE`` so the write lock is taken up front
(two counters never both read a number and then both try to write it). Read-only sessions
begin with a plain deferred ``BEGIN`` and never block writers.

Every driver error that stands for a storage failure (busy, disk full, read-only, damaged,
server gone: :mod:`db.failures`) goes, wherever it happens, to the one hook the opener gave
the :class:`Database`; the desk's hook raises its own error for the officer instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, ExceptionContext
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from db.failures import Failure, classify
from db.models import postgresql_options

BUSY_TIMEOUT_MS = 30_000
READ_ONLY_OPTION = "motcua_read_only"


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite database file."""
    return f"sqlite+pysqlite:///{path}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, pool: bool = True) -> Engine:
    """An engine for ``url`` with the desk's connection settings applied."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url, pool=pool)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    postgresql_options()
    kwargs: dict[str, Any] = {"pool_pre_ping": True, "hide_parameters": True}
    if not pool:
        kwargs["poolclass"] = NullPool
    return create_engine(url, **kwargs)


def _sqlite_engine(url: str, *, pool: bool) -> Engine:
    kwargs: dict[str, Any] = {
        "connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000},
        "hide_parameters": True,  # errors never carry ID numbers or phones into a log
    }
    if not pool:
        kwargs["poolclass"] = NullPool
    engine = create_engine(url, **kwargs)
    if "mode=ro" in url:  # opened only to look: a file that cannot be written keeps its mode
        event.listen(engine, "connect", _on_read_only_connect)
    else:
        event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is deferred only).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _on_sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


FailureHook = Callable[[Failure, str], None]  # raises the desk's error for the failure
WriteGuard = Callable[[], None]  # raises when the database must not be written to now


class Database:
    """One open database: the engine and its two session factories (write and read).

    ``on_failure(failure, detail)`` is called for every storage failure the driver reports, on
    any connection, at any moment (see :mod:`db.failures`); ``guard_writes()`` before every
    write session is handed out."""

    def __init__(
        self,
        url: str,
        *,
        pool: bool = True,
        on_failure: FailureHook | None = None,
        guard_writes: WriteGuard | None = None,
    ) -> None:
        self.url = url
        self.engine = make_engine(url, pool=pool)
        self.on_failure, self.guard_writes = on_failure, guard_writes
        event.listen(self.engine, "handle_error", self._handle_error)
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(**{READ_ONLY_OPTION: True})
        self._read = sessionmaker(reader, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        """A session for one officer action that writes; the caller owns ``begin()``."""
        if self.guard_writes is not None:
            self.guard_writes()
        return self._write()

    def read_session(self) -> Session:
        """A session that only reads (never takes the SQLite write lock)."""
        return self._read()

    def dispose(self) -> None:
        self.engine.dispose()

    def _handle_error(self, context: ExceptionContext) -> None:
        if context.is_pre_ping:  # a stale pooled connection: the pool reconnects by itself
            return
        failure = classify(context.original_exception, disconnect=context.is_disconnect)
        if failure is not None and self.on_failure is not None:
            self.on_failure(failure, str(context.original_exception))
