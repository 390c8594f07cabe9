"""INSERT … ON CONFLICT in the dialect of the session's database (SQLite or PostgreSQL).

Each dialect's module is imported only by a desk that uses it: loading SQLAlchemy's PostgreSQL
dialect costs a SQLite desk about 30 ms at every start."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy.dialects.sqlite.dml import Insert


def insert_on_conflict(session: Session, entity: Any) -> Insert:
    """An INSERT into ``entity`` that can say what to do on a conflict (``on_conflict_do_…``)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        # The same methods, with PostgreSQL's spelling of them.
        return postgresql_insert(entity)  # type: ignore[return-value]
    from sqlalchemy.dialects.sqlite import insert

    return insert(entity)
