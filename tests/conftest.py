"""Shared fixtures: a fresh office profile per test on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.engine import make_engine
from db.migrate import upgrade
from desktop.dossiers.context import DeskContext, desk_context
from desktop.office_setup import OfficeInfo, setup_office
from desktop.profile import Profile, open_profile
from tests.integration.sync_helpers import Province1

PG_ENV = "MOTCUA_TEST_PG_URL"
OFFICE_CODE = "000.00.00.H56"
OFFICE_NAME = "UBND xã Hòa Bình"
BACKENDS = ["sqlite", "postgresql"]


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _pg_admin_engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(
        make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    """A migrated PostgreSQL template database, created once per run."""
    url = _admin_url()
    if url is None:
        yield None
        return
    name = f"motcua_tpl_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin_engine(url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(make_url(url).set(database=name).render_as_string(hide_password=False))
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest, tmp_path: Path, pg_template: str | None
) -> Iterator[str]:
    """A database URL of a fresh, empty database of each backend."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / 'motcua.db'}"
        return
    url = _admin_url()
    if url is None or pg_template is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs PostgreSQL: set {PG_ENV}")
        pytest.skip(f"PostgreSQL not configured ({PG_ENV})")
    name = f"motcua_t_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin_engine(url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield str(make_url(url).set(database=name).render_as_string(hide_password=False))
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


OFFICE = OfficeInfo(OFFICE_CODE, OFFICE_NAME, "UBND tỉnh Lâm Đồng", "Hòa Bình")


def init_office(profile: Profile, now: datetime) -> None:
    setup_office(profile, OFFICE, now)


@pytest.fixture
def profile(tmp_path: Path, db_url: str) -> Iterator[Profile]:
    """An initialised office profile (office, catalogue) on each backend."""
    data_dir = tmp_path / "profile"
    prof = open_profile(data_dir, url=db_url)
    init_office(prof, datetime(2025, 1, 2, 8, 0))
    yield prof
    prof.close()


@pytest.fixture
def ctx(profile: Profile) -> DeskContext:
    with profile.db.read_session() as session, session.begin():
        return desk_context(session, profile.office(), profile.settings, profile.audit_key)


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province1]:
    """A reference provincial server on 127.0.0.1 with its own SQLite database."""
    server = Province1(tmp_path)
    yield server
    server.stop()
    server.store.dispose()
