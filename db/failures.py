"""What went wrong with the database, told apart from the driver's error: busy, disk full,
read-only, damaged, or the server gone. The desk turns each into a message for the officer."""

from __future__ import annotations

import sqlite3
from enum import Enum


class Failure(Enum):
    BUSY = "busy"
    FULL = "full"
    READ_ONLY = "read_only"
    DAMAGED = "damaged"
    GONE = "gone"


# SQLite's primary result codes (https://sqlite.org/rescode.html).
_SQLITE = {
    5: Failure.BUSY,  # SQLITE_BUSY
    6: Failure.BUSY,  # SQLITE_LOCKED
    8: Failure.READ_ONLY,  # SQLITE_READONLY (and its extended codes)
    11: Failure.DAMAGED,  # SQLITE_CORRUPT
    13: Failure.FULL,  # SQLITE_FULL
    26: Failure.DAMAGED,  # SQLITE_NOTADB
}
# PostgreSQL SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_POSTGRES = {
    "53100": Failure.FULL,  # disk_full
    "55P03": Failure.BUSY,  # lock_not_available
    "57014": Failure.BUSY,  # query_canceled (statement or lock timeout)
    "25006": Failure.READ_ONLY,  # read_only_sql_transaction
    "XX001": Failure.DAMAGED,  # data_corrupted
    "XX002": Failure.DAMAGED,  # index_corrupted
}
_POSTGRES_CLASSES = {"08": Failure.GONE, "57P": Failure.GONE}  # connection, shutdown


def classify(error: BaseException, *, disconnect: bool = False) -> Failure | None:
    """The failure ``error`` (a DBAPI exception) stands for, or None for anything else (a bug,
    a constraint the code should have checked)."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return _SQLITE.get(code & 0xFF) if isinstance(code, int) else None
    state = getattr(error, "sqlstate", None)
    if isinstance(state, str):
        if state in _POSTGRES:
            return _POSTGRES[state]
        for prefix, failure in _POSTGRES_CLASSES.items():
            if state.startswith(prefix):
                return failure
    if disconnect or (state is None and type(error).__name__ == "OperationalError"):
        return Failure.GONE  # the connection dropped, or the server could not be reached
    return None
