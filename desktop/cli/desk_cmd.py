"""The demo profile behind `motcua --demo`, and the desk at a glance in the terminal."""

from __future__ import annotations

from pathlib import Path

from desktop import clock
from desktop.cli.common import fmt_time
from desktop.desk import Desk
from desktop.dossiers.queries import DossierFilter
from desktop.dossiers.status import Status
from desktop.profile import Profile


def demo_profile(data_dir: Path | None) -> Profile:
    """The demo profile, made on first use: an office, the catalogue and demo dossiers."""
    from desktop.demo_office import open_demo_profile

    return open_demo_profile(data_dir, clock.now())


def print_overview(profile: Profile) -> None:
    """The desk at a glance in the terminal (until the counter window is installed)."""
    desk = Desk(profile)
    counts = desk.status_counts()
    soon = desk.count(DossierFilter(due_soon=True))
    overdue = desk.dossiers(DossierFilter(overdue=True, limit=10))
    print(f"Motcua Desk — {desk.office_name} ({desk.office_code}) — {profile.data_dir}")
    for status in Status:
        print(f"  {status.value:>2} {status.label:<40} {counts.get(int(status), 0):>7}")
    print(f"Sắp đến hạn: {soon}. Quá hạn (10 hồ sơ đầu):")
    for row in overdue:
        print(f"  {row.code}  {row.applicant_name:<30} hẹn {fmt_time(row.appointment)}")
    print("Giao diện quầy (PySide6) chưa có trong bản này; xem `motcua --help`.")
