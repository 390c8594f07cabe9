"""SQLite integrity checks: ``quick_check`` at every start, ``integrity_check`` of a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

OK = "ok"


def check_sqlite(path: Path, *, quick: bool = False) -> str:
    """``"ok"``, or what SQLite found wrong (the first lines), for the file at ``path``.

    The file is opened read-only: a check never changes what it checks.
    """
    if not path.exists():
        return "không có tệp"
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchmany(5)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    found = "; ".join(str(row[0]) for row in rows)
    return OK if found == OK else (found or "không đọc được")
