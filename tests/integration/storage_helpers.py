"""Helpers of the storage-failure tests: a SQLite file damaged the way a failing disk does."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from desktop.profile import Profile


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage, as a failing disk would (the WAL
    is checkpointed first, so the damage is what every later reader sees)."""
    connection = sqlite3.connect(path)
    try:
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    with open(path, "r+b") as stream:
        stream.seek((page - 1) * size)
        stream.write(b"\xa5" * size)


def on_connect(profile: Profile, *pragmas: str) -> Callable[[Any, Any], None]:
    """Run ``pragmas`` on every new connection of the profile (its pool emptied first)."""

    def run(dbapi_connection: Any, _record: Any) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    profile.db.engine.dispose()
    event.listen(profile.db.engine, "connect", run)
    return run
