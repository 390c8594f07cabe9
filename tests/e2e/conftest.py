"""Fixtures of the command-line tests: a fresh profile on each backend, driven by `motcua`.

`motcua init` is run for real once per session on SQLite; SQLite offices of single tests are
copies of that profile (a subprocess costs half a second). PostgreSQL offices run `init` on
their own fresh database.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli

SQLITE_PREFIX = "sqlite+pysqlite:///"


@pytest.fixture(scope="session")
def initialised_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile folder after `motcua init` (office, shipped catalogue, no dossiers)."""
    folder = tmp_path_factory.mktemp("initialised") / "profile"
    Cli(folder).init()
    assert sorted(p.name for p in folder.iterdir()) == ["motcua.db", "settings.json"]
    return folder


def copy_profile(source: Path, data_dir: Path, database: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "settings.json", data_dir / "settings.json")
    shutil.copyfile(source / "motcua.db", database)


@pytest.fixture
def cli(tmp_path: Path, db_url: str) -> Cli:
    """An empty profile folder whose database is a fresh one of each backend."""
    return Cli(tmp_path / "profile", database_url=db_url)


@pytest.fixture
def office(cli: Cli, initialised_profile: Path) -> Cli:
    """An initialised office (shipped catalogue, no dossiers) on each backend."""
    url = cli.database_url or ""
    if url.startswith(SQLITE_PREFIX):
        copy_profile(initialised_profile, cli.data_dir, Path(url.removeprefix(SQLITE_PREFIX)))
    else:
        cli.init()
    return cli


@pytest.fixture
def sqlite_office(tmp_path: Path, initialised_profile: Path) -> Cli:
    """An initialised office on the profile's own SQLite file (no --database-url)."""
    folder = tmp_path / "sqlite-profile"
    copy_profile(initialised_profile, folder, folder / "motcua.db")
    return Cli(folder)
