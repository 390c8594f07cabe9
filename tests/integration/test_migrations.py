"""Start-up migrations: fresh databases migrate; a newer database is refused untouched."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import make_engine
from db.migrate import current_revision, head_revision, shipped_head, upgrade
from desktop.errors import StorageError
from desktop.profile import open_profile


def test_fresh_database_reaches_head(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert upgrade(engine).before == head_revision()  # running again changes nothing
    engine.dispose()


def test_the_cheap_head_is_alembics_head() -> None:
    """The start-up check reads the versions folder's names instead of importing Alembic."""
    assert shipped_head() == head_revision()


def test_a_current_database_is_checked_without_alembic(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(db_url)
    head = upgrade(engine).after
    for name in [n for n in sys.modules if n == "alembic" or n.startswith("alembic.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "alembic", None)  # importing it now would fail
    assert upgrade(engine).before == head
    engine.dispose()


def test_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    profile = open_profile(tmp_path)
    profile.close()
    path = tmp_path / "motcua.db"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="phiên bản mới hơn"):
        open_profile(tmp_path)
    assert path.read_bytes() == before


def test_sqlite_settings_are_durable(tmp_path: Path) -> None:
    profile = open_profile(tmp_path)
    with profile.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    profile.close()
