"""The options only PostgreSQL reads are given to the models by whoever opens PostgreSQL."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from db.models import CLOCK_RUNNING_SQL, Base, postgresql_options


def _open_appointment_ddl(dialect: object) -> str:
    indexes = Base.metadata.tables["dossier"].indexes
    index = next(i for i in indexes if i.name == "ix_dossier_open_appointment")
    return str(CreateIndex(index).compile(dialect=dialect))  # type: ignore[arg-type]


def test_the_partial_index_is_partial_on_both_databases() -> None:
    postgresql_options()
    postgresql_options()  # a second PostgreSQL engine changes nothing
    for dialect in (postgresql.dialect(), sqlite.dialect()):
        ddl = _open_appointment_ddl(dialect)
        assert ddl.endswith(f"WHERE {CLOCK_RUNNING_SQL}"), ddl
