"""`motcua check` and what a restore asks first: where the profile's database is, and whether
it is sound, without opening (or migrating) it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.attachments.storage import store_for
from desktop.errors import DamagedDatabaseError
from desktop.profile import check_database, open_profile
from desktop.safety.backups import Backup, newest_good, sqlite_path
from desktop.safety.file_backups import FilesCheck, check_files, folder_shas, shas_in_sqlite
from desktop.safety.integrity import OK, check_sqlite
from desktop.safety.location import check_data_folder
from desktop.safety.storage_failures import clear_damage, note_damage
from desktop.settings import database_url, default_data_dir, load_settings


@dataclass(frozen=True)
class Place:
    """A profile's folder and its database's URL."""

    folder: Path
    url: str


@dataclass(frozen=True)
class Checkup:
    database: str  # the SQLite file, or "postgresql"
    result: str  # "ok" or what is wrong
    newest_good: Backup | None
    files: FilesCheck = field(default_factory=FilesCheck)  # the dossiers' files in a folder

    @property
    def sound(self) -> bool:
        return self.result == OK and self.files.sound


def place_of(data_dir: Path | None, url: str | None) -> Place:
    """The profile's folder (``data_dir`` or the default) and database URL (``url`` or the
    settings'), without opening the database."""
    folder = data_dir or default_data_dir()
    check_data_folder(folder)
    return Place(folder, database_url(folder, load_settings(folder), url))


def is_damaged(place: Place) -> bool:
    try:
        check_database(place.folder, place.url)
    except DamagedDatabaseError:
        return True
    return False


def check_profile(place: Place, *, quick: bool) -> Checkup:
    """Check the database; damage found is noted (the profile opens read-only until restored
    or found sound again), a sound result clears damage noted before. Nothing is changed in
    the database."""
    path = sqlite_path(place.url)
    store = store_for(place.folder, place.url, load_settings(place.folder).attachments_folder)
    if path is None:
        profile = open_profile(place.folder, url=place.url, migrate=False)
        try:
            with profile.db.read_session() as session:
                shas = folder_shas(session)
        finally:
            profile.close()
        clear_damage(place.folder)
        return Checkup("postgresql", OK, None, check_files(shas, store.folder))
    result = check_sqlite(path, quick=quick) if path.exists() else "không có tệp"
    good = newest_good(place.folder / "backups")
    if result != OK:
        note_damage(place.folder, result)
        return Checkup(str(path), result, good)
    clear_damage(place.folder)  # damage met earlier is gone (or was the disk's hiccup)
    files = check_files(sorted(shas_in_sqlite(path)), store.folder)
    return Checkup(str(path), result, good, files)


def describe(found: Checkup) -> str:
    """What a check found, for the officer: sound, or what is wrong and what to do."""
    files = found.files.describe()
    if found.database == "postgresql":
        return f"PostgreSQL: kết nối được. {files}"
    name = Path(found.database).name
    if found.result == OK:
        return f"Cơ sở dữ liệu {name}: toàn vẹn (ok). {files}"
    good = found.newest_good
    offer = (
        f"khôi phục bản sao lưu tốt mới nhất ({good.path.name})"
        if good
        else "không có bản sao lưu dùng được"
    )
    return f"Cơ sở dữ liệu {name} bị hỏng: {found.result}. Tệp chưa bị thay đổi; {offer}."
