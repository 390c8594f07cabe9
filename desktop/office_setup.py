"""Setting up the office of a profile: the office row, its hours and the shipped catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Office
from desktop.calendar import OfficeHours
from desktop.catalogue.store import ImportOutcome, load_shipped
from desktop.dossiers.numbering import check_agency_code
from desktop.errors import NotFoundError
from desktop.profile import Profile
from desktop.settings import save_settings
from desktop.text import clean_text


@dataclass(frozen=True)
class OfficeInfo:
    """What an office prints on its forms; checked on construction."""

    code: str
    name: str
    superior: str = ""
    place: str = ""
    hours: OfficeHours | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", check_agency_code(self.code))
        object.__setattr__(self, "name", _text(self.name, "office_name", "Tên cơ quan", 200))
        object.__setattr__(
            self, "superior", _text(self.superior, "superior", "Cơ quan cấp trên", 200, False)
        )
        object.__setattr__(self, "place", _text(self.place, "place", "Địa danh", 100, False))


def _text(value: str, field: str, label: str, max_len: int, required: bool = True) -> str:
    return clean_text(value, field=field, label_vi=label, max_len=max_len, required=required)


def store_office(session: Session, info: OfficeInfo, now: datetime) -> ImportOutcome:
    """Create or update the office and load the shipped catalogue (in the caller's
    transaction)."""
    hours = info.hours or OfficeHours.default()
    office = session.scalar(select(Office).where(Office.code == info.code))
    if office is None:
        office = Office(code=info.code, created_at=now)
        session.add(office)
    office.name = info.name
    office.superior_name = info.superior
    office.place_name = info.place
    office.office_hours = hours.to_text()
    return load_shipped(session, now)


def has_office(profile: Profile) -> bool:
    """Whether the profile's office is set up (before that, nobody can have an account)."""
    try:
        profile.office()
    except NotFoundError:
        return False
    return True


def setup_office(profile: Profile, info: OfficeInfo, now: datetime) -> ImportOutcome:
    """Create or update the office, load the shipped catalogue, and point the settings at it."""
    with profile.db.session() as session, session.begin():
        outcome = store_office(session, info, now)
    profile.settings.office_code = info.code
    save_settings(profile.data_dir, profile.settings)
    return outcome
