"""An office profile: its folder, settings and database, opened and migrated in one call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from db.engine import Database
from db.migrate import SchemaTooNewError, upgrade
from db.models import Office
from desktop.errors import NotFoundError, StorageError
from desktop.settings import Settings, database_url, default_data_dir, load_settings


@dataclass
class Profile:
    data_dir: Path
    settings: Settings
    db: Database

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def office(self) -> Office:
        """The office this workstation serves (the settings name it; else the only one)."""
        with self.db.read_session() as session:
            query = select(Office)
            if self.settings.office_code:
                query = query.where(Office.code == self.settings.office_code)
            offices = list(session.scalars(query.limit(2)))
        if len(offices) != 1:
            raise NotFoundError(
                "Hồ sơ văn phòng chưa được khởi tạo: chạy `motcua init --office-code MÃ "
                "--office-name TÊN` trước."
            )
        return offices[0]

    def close(self) -> None:
        self.db.dispose()


def open_profile(
    data_dir: Path | None = None, *, url: str | None = None, migrate: bool = True
) -> Profile:
    """Open (and by default migrate) the profile; refuse a database newer than this code."""
    folder = data_dir or default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    settings = load_settings(folder)
    db = Database(database_url(folder, settings, url))
    try:
        if migrate:
            upgrade(db.engine, backup_dir=folder / "backups")
    except SchemaTooNewError as exc:
        db.dispose()
        raise StorageError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (lược đồ {exc.revision}). "
            "Hãy cài phiên bản Một cửa mới nhất; dữ liệu không bị thay đổi."
        ) from exc
    except OperationalError as exc:
        db.dispose()
        raise StorageError(f"Không mở được cơ sở dữ liệu: {exc.orig}") from exc
    return Profile(data_dir=folder, settings=settings, db=db)
