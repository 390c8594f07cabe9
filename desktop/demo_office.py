"""The demo profile: a new, empty profile made into a demo office (never a real one)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from db.models import Office
from desktop.errors import InputError
from desktop.profile import Profile, open_profile
from desktop.settings import demo_data_dir, save_settings

# The demo office's code, name, superior and place (desktop.office_setup.OfficeInfo).
DEMO_OFFICE = ("000.00.00.H56", "UBND xã Hòa Bình (dữ liệu mẫu)", "UBND tỉnh Lâm Đồng", "Hòa Bình")
DEMO_DOSSIERS = 1000


def has_office(profile: Profile) -> bool:
    """Whether the profile's database holds an office already (a new one holds none)."""
    with profile.db.read_session() as session:
        return bool(session.scalar(select(func.count()).select_from(Office)))


def make_demo_office(profile: Profile, now: datetime) -> None:
    """Turn a new, empty profile into a demo one: marked first (so that it never syncs to a
    real province, even if the set-up stops half way), then the demo office and catalogue."""
    from desktop.office_setup import OfficeInfo, setup_office  # the catalogue, once per profile

    profile.settings.demo = True
    save_settings(profile.data_dir, profile.settings)
    setup_office(profile, OfficeInfo(*DEMO_OFFICE), now)


def prepare_demo_profile(profile: Profile, now: datetime) -> None:
    """Make a new profile a demo one; refuse a real office (its data must stay real)."""
    if profile.settings.demo:
        return
    if has_office(profile):
        raise InputError(
            "Đây là hồ sơ của một văn phòng thật: không tạo dữ liệu mẫu vào đây (hồ sơ bịa ra "
            "sẽ lẫn vào sổ sách và bị gửi lên tỉnh). Dữ liệu mẫu chỉ tạo trong hồ sơ mẫu riêng: "
            "`motcua --demo`, hoặc `motcua demo --data-dir THƯ_MỤC_MỚI`.",
            field="data_dir",
        )
    make_demo_office(profile, now)


def open_demo_profile(data_dir: Path | None, now: datetime) -> Profile:
    """The demo profile, made on first use: an office, the catalogue and demo dossiers."""
    from desktop.desk import Desk

    profile = open_profile(data_dir or demo_data_dir())
    if has_office(profile):
        return profile
    make_demo_office(profile, now)
    Desk(profile, now=lambda: now).demo.seed(DEMO_DOSSIERS)
    return profile
