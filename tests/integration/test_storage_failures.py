"""Storage failures met at any moment (busy, disk full, read-only, damaged, server gone) reach
the officer as one Vietnamese :class:`StorageError`, translated by the session, and nothing is
stored half way."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

import db.engine
from db.models import Dossier
from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.errors import (
    DatabaseBusyError,
    DatabaseGoneError,
    DiskFullError,
    ReadOnlyStorageError,
    StorageError,
)
from desktop.profile import DamagedDatabaseError, Profile, open_profile
from desktop.safety.backups import sqlite_path
from tests.conftest import init_office
from tests.integration.dossier_factory import intake_json
from tests.integration.storage_helpers import damage_table, on_connect

NOW = datetime(2026, 11, 20, 10, 0)


def vietnamese(error: StorageError, *fragments: str) -> None:
    assert set("ếđưạ") & set(error.message), error.message
    for fragment in fragments:
        assert fragment in error.message, error.message


def stored(profile: Profile) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Dossier)) or 0)


@pytest.fixture
def sqlite_profile(tmp_path: Path) -> Iterator[Profile]:
    """An office on the profile's own SQLite file, with two dossiers."""
    profile = open_profile(tmp_path / "profile")
    init_office(profile, datetime(2025, 1, 2, 8, 0))
    desk = Desk(profile, now=lambda: NOW)
    desk.receive(intake_json())
    desk.receive(intake_json())
    yield profile
    profile.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damage_met_while_reading_makes_the_profile_read_only(
    sqlite_profile: Profile,
) -> None:
    folder, path = sqlite_profile.data_dir, sqlite_path(sqlite_profile.db.url)
    assert path is not None
    sqlite_profile.close()
    damage_table(path, "dossier")
    profile = open_profile(folder)
    try:
        desk = Desk(profile, now=lambda: NOW)
        with pytest.raises(DamagedDatabaseError) as caught:
            desk.dossiers(DossierFilter())
        vietnamese(caught.value, "bị hỏng", "motcua check", "motcua restore")
        before = digest(path)
        with pytest.raises(DamagedDatabaseError):
            desk.receive(intake_json())  # would not touch the damaged page: still refused
        assert digest(path) == before
    finally:
        profile.close()
    again = open_profile(folder)  # a later command sees the damage too
    try:
        assert again.read_only
        with pytest.raises(DamagedDatabaseError):
            Desk(again, now=lambda: NOW).receive(intake_json())
        assert digest(path) == before
    finally:
        again.close()


def test_a_busy_database_says_so(sqlite_profile: Profile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 50)
    folder, path = sqlite_profile.data_dir, sqlite_path(sqlite_profile.db.url)
    sqlite_profile.db.engine.dispose()  # new connections wait 50 ms, not 30 s
    desk = Desk(sqlite_profile, now=lambda: NOW)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError) as caught:
            desk.receive(intake_json())
        vietnamese(caught.value, "đang bận", "thử lại")
        assert "locked" not in caught.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert stored(sqlite_profile) == 2
    sqlite_profile.close()
    other = sqlite3.connect(path, isolation_level=None)  # a tool holding the whole file
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusyError) as caught:
            open_profile(folder).close()
        vietnamese(caught.value, "đang bận", "thử lại")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_full_disk_loses_nothing_and_says_what_to_do(sqlite_profile: Profile) -> None:
    with sqlite_profile.db.read_session() as session:
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())
    limit = on_connect(sqlite_profile, f"PRAGMA max_page_count={pages}")
    desk = Desk(sqlite_profile, now=lambda: NOW)
    taken = []
    with pytest.raises(DiskFullError) as caught:
        for _ in range(50):  # fills the last free pages of the file, then meets the limit
            taken.append(desk.receive(intake_json(summary="x" * 450)).code)
    vietnamese(caught.value, "đầy", "giải phóng")
    event.remove(sqlite_profile.db.engine, "connect", limit)
    sqlite_profile.db.engine.dispose()
    assert stored(sqlite_profile) == 2 + len(taken)  # every acknowledged dossier is there


def test_writing_where_the_database_is_read_only_says_so(sqlite_profile: Profile) -> None:
    on_connect(sqlite_profile, "PRAGMA query_only=1")
    desk = Desk(sqlite_profile, now=lambda: NOW)
    assert len(desk.dossiers(DossierFilter())) == 2
    with pytest.raises(ReadOnlyStorageError) as caught:
        desk.receive(intake_json())
    vietnamese(caught.value, "chỉ cho phép đọc", "quyền ghi")


def test_a_read_only_profile_folder_still_lists(
    sqlite_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = sqlite_profile.data_dir
    sqlite_profile.close()
    monkeypatch.setattr("desktop.profile.writable", lambda _path: False)  # root ignores chmod
    profile = open_profile(folder)
    try:
        assert profile.read_only
        desk = Desk(profile, now=lambda: NOW)
        assert len(desk.dossiers(DossierFilter())) == 2
        with pytest.raises(ReadOnlyStorageError) as caught:
            desk.receive(intake_json())
        vietnamese(caught.value, "chỉ cho phép đọc", "quyền ghi")
    finally:
        profile.close()


def test_a_server_gone_mid_session_says_so(profile: Profile) -> None:
    if profile.db.dialect != "postgresql":
        pytest.skip("a PostgreSQL server connection")
    with pytest.raises(DatabaseGoneError) as caught, profile.db.read_session() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with profile.db.engine.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        session.execute(text("SELECT 1"))
    vietnamese(caught.value, "máy chủ", "thử lại")


def test_a_stale_pooled_connection_reconnects_quietly(profile: Profile) -> None:
    """The server dropped the idle pooled connections: the pool's ping reconnects, no error."""
    if profile.db.dialect != "postgresql":
        pytest.skip("a PostgreSQL server connection")
    admin = db.engine.make_engine(profile.db.url, pool=False)
    try:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            connection.commit()
    finally:
        admin.dispose()
    assert stored(profile) == 0


def test_the_windows_check_finding_damage_makes_the_profile_read_only(
    sqlite_profile: Profile,
) -> None:
    path = sqlite_path(sqlite_profile.db.url)
    assert path is not None
    sqlite_profile.db.engine.dispose()
    damage_table(path, "handover")
    desk = Desk(sqlite_profile, now=lambda: NOW)
    assert desk.safety.quick_check() != "ok"
    assert sqlite_profile.read_only
    with pytest.raises(DamagedDatabaseError):
        desk.receive(intake_json())
