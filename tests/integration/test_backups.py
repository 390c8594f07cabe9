"""Backups, restores and checks on a real profile (SQLite, and PostgreSQL with pg_dump)."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Dossier, StatusChange
from desktop.audit.chain import append, verify
from desktop.dossiers.context import DeskContext
from desktop.errors import InputError, StorageError
from desktop.logs import configure, write_crash_report
from desktop.profile import DamagedDatabaseError, Profile, check_database, open_profile
from desktop.safety.backups import list_backups, make_backup, newest_good, rotate, sqlite_path
from desktop.safety.integrity import OK, check_sqlite
from desktop.safety.location import check_data_folder, cloud_component, network_filesystem
from desktop.safety.restore import restore
from tests.integration.dossier_factory import take_in

NOW = datetime(2026, 11, 20, 10, 0)


def count(profile: Profile) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Dossier)) or 0)


def damage(path: Path) -> None:
    """Overwrite a page in the middle of the file, as a failing disk would."""
    with open(path, "r+b") as stream:
        stream.seek(4096 * 3)
        stream.write(b"\xa5" * 4096)
        stream.flush()
        os.fsync(stream.fileno())


def test_restore_drill(profile: Profile, ctx: DeskContext) -> None:
    """Work, back up, work more, lose the disk's data, check, restore: the backup's state
    returns, the damaged file is kept aside, and the desk works on."""
    first = [take_in(profile, ctx, NOW) for _ in range(3)]
    backup = make_backup(profile.db.url, profile.backup_dir, "manual", NOW)
    assert check_sqlite(backup) == OK if backup.suffix == ".db" else backup.stat().st_size > 0
    take_in(profile, ctx, NOW + timedelta(minutes=5))
    assert count(profile) == 4
    url, folder = profile.db.url, profile.data_dir
    profile.db.dispose()
    path = sqlite_path(url)
    if path is not None:
        damage(path)
        with pytest.raises(DamagedDatabaseError) as caught:
            check_database(folder, url)
        assert caught.value.backup == backup and "bị hỏng" in caught.value.message
    done = restore(url, backup, folder / "backups", NOW + timedelta(hours=1))
    reopened = open_profile(folder, url=url)
    try:
        assert count(reopened) == 3
        with reopened.db.session() as session, session.begin():  # the restored chain holds
            append(session, reopened.audit_key, "quantri", "restore", backup.name)
        with reopened.db.read_session() as session:
            assert verify(session, reopened.audit_key).ok
        with reopened.db.read_session() as session:
            codes = set(session.scalars(select(Dossier.code)))
            history = session.scalar(select(func.count()).select_from(StatusChange))
        assert codes == set(first) and history == 3
        if path is not None:
            assert done.kept_aside is not None and (done.kept_aside / path.name).exists()
            assert check_sqlite(path) == OK
        else:
            assert done.safety_backup is not None and done.safety_backup.suffix == ".dump"
    finally:
        reopened.close()


def test_a_bad_backup_is_refused_and_nothing_changes(profile: Profile, tmp_path: Path) -> None:
    fake = tmp_path / "motcua-20261120-100000-manual.db"
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = count(profile)
    with pytest.raises(InputError):
        restore(profile.db.url, fake, profile.backup_dir, NOW)
    with pytest.raises(InputError):
        restore(profile.db.url, tmp_path / "missing.db", profile.backup_dir, NOW)
    assert count(profile) == before


def test_check_finds_damage_and_the_newest_good_backup(tmp_path: Path) -> None:
    profile = open_profile(tmp_path / "p")
    good = make_backup(profile.db.url, profile.backup_dir, "startup", NOW)
    newer = make_backup(profile.db.url, profile.backup_dir, "hourly", NOW + timedelta(hours=1))
    damage(newer)
    assert newest_good(profile.backup_dir) is not None
    assert newest_good(profile.backup_dir).path == good  # type: ignore[union-attr]
    path = sqlite_path(profile.db.url)
    assert path is not None
    profile.close()
    damage(path)
    stat = path.stat()
    with pytest.raises(DamagedDatabaseError):
        open_profile(tmp_path / "p", check=True)
    assert path.stat().st_mtime == stat.st_mtime  # kept untouched
    looking = open_profile(tmp_path / "p", read_only=True)
    try:
        assert looking.read_only
        with pytest.raises(DamagedDatabaseError), looking.db.session() as session:
            session.connection().exec_driver_sql("CREATE TABLE x (y)")
    finally:
        looking.close()


def test_rotation_keeps_hours_days_months(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2025, 1, 1, 0, 30)
    made = []
    moment = start
    while moment < datetime(2026, 11, 20):
        name = f"motcua-{moment:%Y%m%d-%H%M%S}-hourly.db"
        (folder / name).write_bytes(b"x")
        made.append(moment)
        moment += timedelta(hours=5)
    (folder / "motcua-20250102-000000-before-migration-0002.db").write_bytes(b"x")
    rotate(folder, datetime(2026, 11, 20))
    kept = list_backups(folder)
    hours = {b.made_at.strftime("%Y%m%d%H") for b in kept}
    days = {b.made_at.date() for b in kept}
    months = {b.made_at.strftime("%Y%m") for b in kept}
    assert len(hours) >= 48 and len(days) >= 14 and len(months) >= 12
    assert len(kept) <= 48 + 14 + 12 + 1
    assert any(b.reason.startswith("before") for b in kept)
    newest = max(made)
    assert kept[0].made_at == newest


def test_data_folder_in_the_cloud_or_on_a_share_is_refused(tmp_path: Path) -> None:
    cloud = tmp_path / "OneDrive - UBND" / "motcua"
    assert cloud_component(cloud) == "OneDrive - UBND"
    with pytest.raises(StorageError) as caught:
        check_data_folder(cloud)
    assert "đám mây" in caught.value.message
    with pytest.raises(StorageError):
        open_profile(tmp_path / "Dropbox" / "motcua")
    assert not (tmp_path / "Dropbox").exists()  # refused before anything was created
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/sda1 / ext4 rw 0 0\n//server/share {tmp_path / 'share'} cifs rw 0 0\n",
        encoding="utf-8",
    )
    assert network_filesystem(tmp_path / "share" / "motcua", mounts) == "cifs"
    assert network_filesystem(tmp_path / "local", mounts) is None
    check_data_folder(tmp_path / "Documents" / "motcua")  # an ordinary folder is fine


def test_backup_never_overwrites(profile: Profile, tmp_path: Path) -> None:
    out = tmp_path / "mine.db"
    out.write_bytes(b"keep me")
    with pytest.raises(StorageError):
        make_backup(profile.db.url, profile.backup_dir, "manual", NOW, out)
    assert out.read_bytes() == b"keep me"


def test_sqlite_backup_is_a_consistent_copy_while_writing(
    profile: Profile, ctx: DeskContext
) -> None:
    if sqlite_path(profile.db.url) is None:
        pytest.skip("SQLite only")
    take_in(profile, ctx, NOW)
    backup = make_backup(profile.db.url, profile.backup_dir, "manual", NOW)
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT count(*) FROM dossier").fetchone() == (1,)


def _loose_modes(paths: list[Path]) -> list[str]:
    """Folders that are not 0700 and files that are not 0600."""
    loose = []
    for path in paths:
        wanted = 0o700 if path.is_dir() else 0o600
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != wanted:
            loose.append(f"{path.name}: {oct(mode)}")
    return loose


def _profile_paths(profile: Profile) -> list[Path]:
    found = [profile.data_dir, *profile.data_dir.rglob("*")]
    database = sqlite_path(profile.db.url)
    if database is not None:
        found += [p for p in database.parent.glob(f"{database.name}*")]
    return found


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_personal_data_is_private_to_the_user(profile: Profile, ctx: DeskContext) -> None:
    """Folder 0700 and every file 0600 after init, a backup, a restore and a log line, even
    with the permissive umask a library or a shell may leave."""
    old_umask = os.umask(0o022)
    try:
        take_in(profile, ctx, NOW)
        assert _loose_modes(_profile_paths(profile)) == []
        backup = make_backup(profile.db.url, profile.backup_dir, "manual", NOW)
        assert _loose_modes(_profile_paths(profile)) == []
        url, folder = profile.db.url, profile.data_dir
        profile.db.dispose()
        restore(url, backup, folder / "backups", NOW + timedelta(hours=1))
        reopened = open_profile(folder, url=url)
        try:
            configure(folder / "logs")
            logging.getLogger("motcua.test").warning("a line in the log file")
            write_crash_report(folder / "logs", ValueError, ValueError("x"), None, NOW)
            assert _loose_modes(_profile_paths(reopened)) == []
        finally:
            configure(None)
            reopened.close()
    finally:
        os.umask(old_umask)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_old_profile_is_made_private_when_opened(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    (folder / "backups").mkdir(parents=True)
    (folder / "settings.json").write_text("{}", encoding="utf-8")
    (folder / "backups" / "motcua-20261120-100000-manual.db").write_bytes(b"")
    for path in (folder, folder / "backups"):
        path.chmod(0o755)
    for path in (folder / "settings.json", folder / "backups" / "motcua-20261120-100000-manual.db"):
        path.chmod(0o644)
    opened = open_profile(folder)
    try:
        assert _loose_modes(_profile_paths(opened)) == []
    finally:
        opened.close()


def test_a_backup_killed_half_way_leaves_nothing_behind(profile: Profile) -> None:
    """A ``.part`` left by a backup that was killed is removed by the next backup; one still
    being written by a running backup (newer than this run) is left alone."""
    profile.backup_dir.mkdir(parents=True, exist_ok=True)
    stale = profile.backup_dir / ".motcua-20261119-100000-manual.db.part"
    stale.write_bytes(b"half a backup")
    old = time.time() - 24 * 3600
    os.utime(stale, (old, old))
    running = profile.backup_dir / ".motcua-20261120-095959-auto.db.part"
    running.write_bytes(b"being written")
    make_backup(profile.db.url, profile.backup_dir, "manual", NOW)
    assert not stale.exists()
    assert running.exists()
