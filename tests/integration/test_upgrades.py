"""Upgrades: a profile built by the first migration is backed up, migrated and kept whole; a
profile from a newer desk is refused untouched. On SQLite and on PostgreSQL.

The old profile is made the way an office of the first release would have it: a database
migrated to revision 0001 only, holding the rows of a real office (the demo office's rows,
column by column, as far as the 0001 schema has the column).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, func, insert, select, text, update
from sqlalchemy.engine import make_url

from db.engine import make_engine
from db.migrate import alembic_config, current_revision, head_revision
from db.models import Account, Base, Dossier
from desktop.accounts.store import hasher, sign_in
from desktop.audit.chain import verify
from desktop.demo import seed_demo
from desktop.desk import Desk
from desktop.dossiers.context import desk_context
from desktop.errors import PermissionDenied, StorageError
from desktop.profile import Profile, open_profile
from desktop.reports.period import month_period
from desktop.reports.service import group_by, monthly_report
from desktop.safety import backups
from desktop.safety.backups import OK, check_backup, list_backups
from tests.conftest import BACKENDS, _admin_url, _pg_admin_engine, init_office
from tests.integration.dossier_factory import intake_json

NOW = datetime(2026, 11, 20, 9, 0)
FIRST = "0001"


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it at all, of each backend."""
    if request.param == "sqlite":
        (tmp_path / "old").mkdir()
        yield f"sqlite+pysqlite:///{tmp_path / 'old' / 'motcua.db'}"
        return
    url = _admin_url()
    if url is None:
        pytest.skip("PostgreSQL not configured")
    name = f"motcua_up_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin_engine(url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def office_today(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    """A current office with half a year of work (the rows the old profile will hold)."""
    profile = open_profile(tmp_path_factory.mktemp("today"))
    init_office(profile, datetime(2026, 1, 2, 8, 0))
    with profile.db.session() as session, session.begin():
        ctx = desk_context(session, profile.office(), profile.settings, profile.audit_key)
        seed_demo(session, ctx, 400, NOW, days=120)
    yield profile
    profile.close()


def build_first_release_profile(source: Engine, url: str) -> None:
    """``url`` migrated to 0001 only, filled with ``source``'s rows of the 0001 columns."""
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), FIRST)
    old, new = MetaData(), MetaData()
    old.reflect(engine)
    new.reflect(source)
    unknown: set[int] = set()  # versions without a time limit: the first release had none
    with source.connect() as reading, engine.begin() as writing:
        for table in old.sorted_tables:
            if table.name not in Base.metadata.tables:  # alembic_version, the search index
                continue
            columns = [new.tables[table.name].c[c.name] for c in table.columns]
            rows = [dict(r._mapping) for r in reading.execute(select(*columns))]
            rows = [r for r in rows if _first_release_held(table.name, r, unknown)]
            if table.name == "procedure_version":  # sorted_tables: before its documents
                unknown = {r["id"] for r in rows if r["time_limit"] is None}
                rows = [r for r in rows if r["id"] not in unknown]
            if rows:
                writing.execute(insert(table), rows)
            if engine.dialect.name == "postgresql" and "id" in table.c and rows:
                writing.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :n)"),
                    {"n": max(r["id"] for r in rows)},
                )
    assert current_revision(engine) == FIRST
    engine.dispose()


def _first_release_held(table: str, row: dict[str, object], unknown: set[int]) -> bool:
    """Whether the first release could hold ``row`` (a document of a version it had)."""
    return not (table == "procedure_document" and row["version_id"] in unknown)


def counts(engine: Engine, names: list[str]) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()) for n in names
        }


def test_a_first_release_profile_is_backed_up_migrated_and_kept_whole(
    tmp_path: Path, empty_url: str, office_today: Profile
) -> None:
    source = office_today.db.engine
    build_first_release_profile(source, empty_url)
    probe = make_engine(empty_url)
    meta = MetaData()
    meta.reflect(probe)
    first_tables = sorted(n for n in meta.tables if n in Base.metadata.tables)
    before = counts(probe, first_tables)
    probe.dispose()
    assert before["dossier"] == 400 and before["status_change"] > 400

    folder = tmp_path / "old"
    profile = open_profile(folder, url=empty_url)
    try:
        # Backed up first: one checked backup named for the schema it came from.
        made = list_backups(folder / "backups")
        assert [b.reason for b in made] == [f"before-migration-{FIRST}"]
        assert check_backup(made[0].path) == OK
        if made[0].path.suffix == ".db":
            with sqlite3.connect(made[0].path) as copy:
                assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
                    FIRST,
                )
                assert copy.execute("SELECT count(*) FROM dossier").fetchone() == (400,)
        # Migrated, and nothing lost.
        engine = profile.db.engine
        assert current_revision(engine) == head_revision()
        assert counts(engine, first_tables) == before
        # The columns added since were filled from the history as today's desk fills them.
        with source.connect() as a, engine.connect() as b:
            wanted = a.execute(select(Dossier.code, Dossier.accepted_at).order_by(Dossier.code))
            got = b.execute(select(Dossier.code, Dossier.accepted_at).order_by(Dossier.code))
            assert list(got) == list(wanted)
        # The month's report reads the same as on the office that never left today's desk.
        period = month_period(2026, 10)
        with office_today.db.read_session() as a, profile.db.read_session() as b:
            assert monthly_report(b, period, group_by("field"), NOW) == monthly_report(
                a, period, group_by("field"), NOW
            )
        # And the counter goes on working: a new dossier, its audit line, a sound chain.
        desk = Desk(profile, now=lambda: NOW)
        taken = desk.receive(intake_json())
        with profile.db.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Dossier)) == 401
            assert verify(session, profile.audit_key).ok
        assert desk.detail(taken.code).status == taken.status
    finally:
        profile.close()
    # Opening again migrates nothing and backs up nothing more.
    again = open_profile(folder, url=empty_url)
    again.close()
    assert len(list_backups(folder / "backups")) == 1


def test_no_backup_no_upgrade(
    tmp_path: Path, empty_url: str, office_today: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_first_release_profile(office_today.db.engine, empty_url)

    def full_disk(*_args: object, **_kwargs: object) -> Path:
        raise StorageError("Ổ đĩa đã đầy.")

    monkeypatch.setattr(backups, "make_backup", full_disk)
    monkeypatch.setattr("desktop.profile.make_backup", full_disk)
    with pytest.raises(StorageError) as caught:
        open_profile(tmp_path / "old", url=empty_url)
    assert "Chưa nâng cấp" in caught.value.message and "Ổ đĩa đã đầy" in caught.value.message
    engine = make_engine(empty_url)
    assert current_revision(engine) == FIRST
    engine.dispose()


def test_a_profile_from_a_newer_desk_is_refused_untouched(tmp_path: Path, empty_url: str) -> None:
    folder = tmp_path / "old"
    open_profile(folder, url=empty_url).close()
    engine = make_engine(empty_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_from_2027'"))
    with pytest.raises(StorageError) as caught:
        open_profile(folder, url=empty_url)
    message = caught.value.message
    assert "phiên bản mới hơn" in message and "0042_from_2027" in message
    assert "không bị thay đổi" in message
    assert current_revision(engine) == "0042_from_2027"
    assert list_backups(folder / "backups") == []
    engine.dispose()


def test_two_counters_starting_together_migrate_a_shared_database_once(
    empty_url: str, office_today: Profile
) -> None:
    """Two desks open the same old PostgreSQL database at once: one backs up and migrates,
    the other waits for it and finds the schema current."""
    if not empty_url.startswith("postgresql"):
        pytest.skip("a SQLite file belongs to one desk")
    from concurrent.futures import ThreadPoolExecutor
    from time import sleep

    from db.migrate import upgrade

    build_first_release_profile(office_today.db.engine, empty_url)
    backed_up: list[str] = []

    def slow_backup(revision: str) -> None:
        backed_up.append(revision)
        sleep(0.5)  # long enough for the other counter to arrive

    def start_counter(_n: int) -> str | None:
        engine = make_engine(empty_url)
        try:
            return upgrade(engine, before_migrating=slow_backup).before
        finally:
            engine.dispose()

    with ThreadPoolExecutor(2) as pool:
        befores = sorted(pool.map(start_counter, range(2)), key=str)
    assert backed_up == [FIRST]
    assert befores == [FIRST, head_revision()]
    engine = make_engine(empty_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_accounts_made_before_seals_are_sealed_at_the_upgrade(
    empty_url: str, tmp_path: Path
) -> None:
    """Accounts of a 0007 database are sealed by the profile that migrates it (it has the
    key); from then on a seal removed in the database is a broken one."""
    engine = make_engine(empty_url)
    command.upgrade(alembic_config(engine), "0007")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (username, full_name, role, password_hash, active, "
                "failed_attempts, created_at) VALUES ('an', 'An', 'officer', :h, true, 0, :t)"
            ),
            {"h": hasher().hash("mat-khau-dai-du"), "t": NOW},
        )
    engine.dispose()
    profile = open_profile(tmp_path / "p", url=empty_url)
    try:
        assert (
            sign_in(profile.db, "an", "mat-khau-dai-du", NOW, profile.audit_key).role == "officer"
        )
        with profile.db.read_session() as session:
            assert verify(session, profile.audit_key).ok
        with profile.db.session() as session, session.begin():
            session.execute(update(Account).values(seal=None, role="admin"))
    finally:
        profile.close()
    profile = open_profile(tmp_path / "p", url=empty_url)  # opened again: not sealed again
    try:
        with pytest.raises(PermissionDenied):
            sign_in(profile.db, "an", "mat-khau-dai-du", NOW, profile.audit_key)
        with profile.db.read_session() as session:
            assert not verify(session, profile.audit_key).ok
    finally:
        profile.close()
