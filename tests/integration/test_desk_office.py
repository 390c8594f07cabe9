"""The office's set-up, settings, catalogue, backups and restores through the service API: the
role is checked there and the audit line written in the change's own transaction."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from desktop.accounts.admin import add_account
from desktop.desk import Desk
from desktop.errors import InputError, PermissionDenied
from desktop.office_setup import OfficeInfo
from desktop.profile import Profile, open_profile
from desktop.settings import load_settings
from tests.conftest import OFFICE

NOW = datetime(2026, 11, 20, 10, 0)
PASSWORD = "mật-khẩu-đủ-dài"


def audit_lines(profile: Profile) -> list[tuple[str, str, str]]:
    with profile.db.read_session() as session:
        rows = session.execute(
            select(AuditEntry.officer, AuditEntry.action, AuditEntry.record).order_by(
                AuditEntry.seq
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def signed_desk(profile: Profile, username: str) -> Desk:
    with profile.db.session() as session, session.begin():
        if not session.scalar(select(AuditEntry.id).where(AuditEntry.action == "account.add")):
            add_account(session, profile.audit_key, None, "quantri", PASSWORD, "admin", NOW)
            add_account(session, profile.audit_key, "quantri", "an", PASSWORD, "officer", NOW)
    desk = Desk(profile, now=lambda: NOW)
    desk.sign_in(username, PASSWORD)
    return desk


def test_an_officer_may_not_change_the_office_nor_back_it_up(profile: Profile) -> None:
    desk = signed_desk(profile, "an")
    before = audit_lines(profile)
    for refused in (
        lambda: desk.office.set_up(OFFICE),
        lambda: desk.office.change_setting("sync.interval", "60"),
        lambda: desk.office.import_catalogue([], "danh-muc.json"),
        lambda: desk.safety.backup_now(),
        lambda: desk.safety.backups(),
        lambda: desk.safety.restore(profile.data_dir / "none.db"),
    ):
        with pytest.raises(PermissionDenied, match="không được"):
            refused()
    assert audit_lines(profile) == before
    assert list(profile.backup_dir.glob("*manual*")) == []


def test_a_setting_is_audited_with_its_change_or_not_at_all(profile: Profile) -> None:
    desk = signed_desk(profile, "quantri")
    desk.office.change_setting("sync.interval", "60")
    assert audit_lines(profile)[-1] == ("quantri", "settings.change", "sync.interval")
    assert load_settings(profile.data_dir).sync_interval == 60
    before = audit_lines(profile)
    with pytest.raises(InputError):
        desk.office.change_setting("sync.interval", "1")
    assert audit_lines(profile) == before
    assert load_settings(profile.data_dir).sync_interval == 60


def test_setting_the_office_up_again_is_audited(profile: Profile) -> None:
    desk = signed_desk(profile, "quantri")
    renamed = OfficeInfo(OFFICE.code, "UBND xã Hòa Bình Mới", OFFICE.superior, OFFICE.place)
    assert desk.office.set_up(renamed).added == 0
    assert audit_lines(profile)[-1] == ("quantri", "office.setup", OFFICE.code)
    assert Desk(profile).office_name == "UBND xã Hòa Bình Mới"


def test_a_restore_is_recorded_by_the_officer_signed_in(profile: Profile) -> None:
    """Not by the workstation's officer name from the settings file."""
    desk = signed_desk(profile, "quantri")
    made = desk.safety.backup_now()
    assert audit_lines(profile)[-1] == ("quantri", "backup", made.path.name)
    assert desk.safety.backups()[0].path == made.path
    restored = desk.safety.restore(made.path)
    assert restored.office_code == OFFICE.code
    again = open_profile(profile.data_dir, url=profile.db.url)
    try:
        assert audit_lines(again)[-1] == ("quantri", "restore", made.path.name)
    finally:
        again.close()
