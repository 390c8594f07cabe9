"""Alembic environment: the engine comes from the caller (db.migrate), never from a file."""

from __future__ import annotations

from typing import Any

from alembic import context

from db.models import Base, postgresql_options

postgresql_options()  # the whole schema, whichever database this is
config = context.config
engine = config.attributes["engine"]


def _sqlite_foreign_keys(connection: Any, on: bool) -> None:
    """SQLite rebuilds a table to change a column (batch mode): its foreign keys must be off
    meanwhile, or dropping the old table fails (or cascades). The pragma only takes effect
    outside a transaction, so it goes straight to the driver (which runs in autocommit)."""
    raw = connection.connection.driver_connection
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _sqlite_foreign_keys(connection, False)
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=sqlite,
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.commit()
            if broken:
                raise RuntimeError(f"foreign keys broken by the migration: {broken[:5]}")
    finally:
        if sqlite:
            _sqlite_foreign_keys(connection, True)
