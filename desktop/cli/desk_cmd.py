"""The demo profile behind `motcua --demo`, and the desk at a glance in the terminal."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from db.models import Dossier, Office
from desktop import clock
from desktop.cli.common import fmt_time
from desktop.dossiers.context import desk_context
from desktop.dossiers.queries import DossierFilter, list_dossiers
from desktop.dossiers.status import Status
from desktop.office_setup import OfficeInfo, setup_office
from desktop.profile import Profile, open_profile
from desktop.settings import demo_data_dir, save_settings

DEMO_OFFICE = OfficeInfo(
    "000.00.00.H56", "UBND xã Hòa Bình (dữ liệu mẫu)", "UBND tỉnh Lâm Đồng", "Hòa Bình"
)
DEMO_DOSSIERS = 1000


def has_office(profile: Profile) -> bool:
    """Whether the profile's database holds an office already (a new one holds none)."""
    with profile.db.read_session() as session:
        return bool(session.scalar(select(func.count()).select_from(Office)))


def make_demo_office(profile: Profile, now: datetime) -> None:
    """Turn a new, empty profile into a demo one: marked first (so that it never syncs to a
    real province, even if the set-up stops half way), then the demo office and catalogue."""
    profile.settings.demo = True
    save_settings(profile.data_dir, profile.settings)
    setup_office(profile, DEMO_OFFICE, now)


def demo_profile(data_dir: Path | None) -> Profile:
    """The demo profile, made on first use: an office, the catalogue and demo dossiers."""
    from desktop.demo import seed_demo

    profile = open_profile(data_dir or demo_data_dir())
    if has_office(profile):
        return profile
    now = clock.now()
    make_demo_office(profile, now)
    with profile.db.session() as session, session.begin():
        ctx = desk_context(session, profile.office(), profile.settings)
        seed_demo(session, ctx, DEMO_DOSSIERS, now)
    return profile


def print_overview(profile: Profile) -> None:
    """The desk at a glance in the terminal (until the counter window is installed)."""
    now = clock.now()
    office = profile.office()
    with profile.db.read_session() as session, session.begin():
        ctx = desk_context(session, office, profile.settings)
        counts = dict(
            session.execute(select(Dossier.status, func.count()).group_by(Dossier.status))
            .tuples()
            .all()
        )
        overdue = list_dossiers(session, DossierFilter(overdue=True, limit=10), now, ctx.calendar)
        soon = list_dossiers(session, DossierFilter(due_soon=True, limit=1000), now, ctx.calendar)
        rows = [(d.code, d.applicant_name, d.appointment) for d in overdue]
    print(f"Motcua Desk — {office.name} ({office.code}) — {profile.data_dir}")
    for status in Status:
        print(f"  {status.value:>2} {status.label:<40} {counts.get(int(status), 0):>7}")
    print(f"Sắp đến hạn: {len(soon)}. Quá hạn (10 hồ sơ đầu):")
    for code, name, appointment in rows:
        print(f"  {code}  {name:<30} hẹn {fmt_time(appointment)}")
    print("Giao diện quầy (PySide6) chưa có trong bản này; xem `motcua --help`.")
