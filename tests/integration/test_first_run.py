"""The first run: answers checked before anything is stored, then stored together."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Account, AuditEntry, Office, ProcedureVersion
from desktop.accounts.store import sign_in
from desktop.audit.chain import verify
from desktop.calendar import OfficeHours
from desktop.errors import InputError, StorageError
from desktop.first_run import (
    AdminAnswers,
    FirstRunAnswers,
    SyncAnswers,
    complete_first_run,
)
from desktop.office_setup import OfficeInfo
from desktop.profile import Profile, open_profile
from desktop.settings import SETTINGS_FILE, load_settings

NOW = datetime(2026, 11, 21, 8, 0)
PASSWORD = "mot-cua-2026"


@pytest.fixture
def fresh(tmp_path: Path, db_url: str) -> Iterator[Profile]:
    """A profile on each backend as a new install opens it: migrated, no office yet."""
    profile = open_profile(tmp_path / "profile", url=db_url)
    yield profile
    profile.close()


def answers(
    *,
    code: str = "000.00.00.H56",
    name: str = "UBND xã Hòa Bình",
    hours: str = "T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:30",
    sync: SyncAnswers | None = None,
) -> FirstRunAnswers:
    return FirstRunAnswers(
        office=OfficeInfo(code, name, "UBND tỉnh Lâm Đồng", "Hòa Bình"),
        hours=OfficeHours.parse(hours),
        sync=sync or SyncAnswers(),
        admin=AdminAnswers("Quan.Tri", PASSWORD, PASSWORD, "Nguyễn Văn An"),
    )


def count(profile: Profile, model: type) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_first_run_stores_office_hours_sync_and_admin(fresh: Profile) -> None:
    assert fresh.needs_first_run()
    sync = SyncAnswers("http://127.0.0.1:8443/api", "ubnd-hoabinh")
    done = complete_first_run(fresh, answers(sync=sync), NOW)
    signed = done.signed
    assert done.warning == ""
    assert (signed.username, signed.role, signed.full_name) == (
        "quan.tri",
        "admin",
        "Nguyễn Văn An",
    )
    assert not fresh.needs_first_run()
    office = fresh.office()
    assert (office.code, office.name) == ("000.00.00.H56", "UBND xã Hòa Bình")
    assert (
        OfficeHours.parse(office.office_hours).to_text()
        == OfficeHours.parse("T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:30").to_text()
    )
    assert count(fresh, ProcedureVersion) > 0  # the shipped catalogue came with it
    saved = load_settings(fresh.data_dir)
    assert (saved.office_code, saved.sync_url, saved.sync_user) == (
        "000.00.00.H56",
        "http://127.0.0.1:8443/api",
        "ubnd-hoabinh",
    )
    assert PASSWORD not in (fresh.data_dir / SETTINGS_FILE).read_text(encoding="utf-8")
    assert sign_in(fresh.db, "quan.tri", PASSWORD, NOW, fresh.audit_key).role == "admin"
    with fresh.db.read_session() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions[:2] == ["office.setup", "user.add"]
        assert verify(session, fresh.audit_key).ok


def test_a_second_run_is_refused(fresh: Profile) -> None:
    complete_first_run(fresh, answers(), NOW)
    with pytest.raises(InputError, match="đã được khởi tạo"):
        complete_first_run(fresh, answers(name="UBND xã Khác"), NOW)
    assert fresh.office().name == "UBND xã Hòa Bình"
    assert count(fresh, Account) == 1


def test_an_office_already_in_a_shared_database_needs_no_wizard(
    tmp_path: Path, fresh: Profile
) -> None:
    """A second counter pointed at the office's PostgreSQL finds the office there."""
    complete_first_run(fresh, answers(), NOW)
    second = open_profile(tmp_path / "second-counter", url=str(fresh.db.engine.url))
    try:
        assert not second.needs_first_run()
        assert second.office().code == "000.00.00.H56"
    finally:
        second.close()


BAD_OFFICE = [
    ("000.00.00", "UBND xã Hòa Bình", "mã"),
    ("000.00.00.H56", "", "Tên cơ quan"),
    ("000.00.00.H56", "x" * 10_000, "Tên cơ quan"),
    ("000.00.00.H56", "UBND\x00xã", "Tên cơ quan"),
]


@pytest.mark.parametrize(("code", "name", "word"), BAD_OFFICE)
def test_bad_office_answers_are_named_in_vietnamese(code: str, name: str, word: str) -> None:
    with pytest.raises(InputError) as caught:
        OfficeInfo(code, name)
    assert word.lower() in caught.value.message.lower()


def test_bad_hours_sync_and_admin_answers(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Giờ làm việc"):
        OfficeHours.parse("T2-T6=07:30-11:30,11:00-17:00")
    with pytest.raises(InputError, match="HTTPS"):
        SyncAnswers("http://province.example.vn/api", "u")
    with pytest.raises(InputError, match="địa chỉ cổng tỉnh"):
        SyncAnswers("", "ubnd-hoabinh", "secret")
    with pytest.raises(InputError, match="ít nhất 8"):
        AdminAnswers("admin", "short", "short")
    with pytest.raises(InputError, match="không khớp"):
        AdminAnswers("admin", PASSWORD, PASSWORD + "x")
    with pytest.raises(InputError, match="Tên đăng nhập"):
        AdminAnswers("=cmd|' /C calc'!A0", PASSWORD, PASSWORD)


def test_a_failure_while_storing_leaves_no_half_office(
    fresh: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The admin fails inside the transaction: no office, no catalogue, no account."""
    from desktop.accounts import store

    def broken(*_args: object, **_kwargs: object) -> None:
        raise InputError("Ổ đĩa đầy.")

    monkeypatch.setattr(store, "create", broken)
    with pytest.raises(InputError, match="Ổ đĩa đầy"):
        complete_first_run(fresh, answers(), NOW)
    assert count(fresh, Office) == 0 and count(fresh, ProcedureVersion) == 0
    assert count(fresh, AuditEntry) == 0
    assert not (fresh.data_dir / SETTINGS_FILE).exists()  # written only inside the commit
    assert fresh.needs_first_run()
    monkeypatch.undo()
    complete_first_run(fresh, answers(code="000.00.00.H57"), NOW)
    assert fresh.office().code == "000.00.00.H57"
    assert json.loads((fresh.data_dir / SETTINGS_FILE).read_text())["office_code"] == (
        "000.00.00.H57"
    )


def test_no_keyring_is_a_warning_not_a_failed_setup(
    fresh: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.sync import credentials

    def no_keyring(*_args: object) -> None:
        raise StorageError("Máy này không có kho mật khẩu.")

    monkeypatch.setattr(credentials, "store_password", no_keyring)
    sync = SyncAnswers("https://tinh.example.vn/api", "ubnd-hoabinh", "mat-khau-tinh")
    done = complete_first_run(fresh, answers(sync=sync), NOW)
    assert "chưa lưu mật khẩu cổng tỉnh" in done.warning and "Cài đặt › Đồng bộ" in done.warning
    assert fresh.office().code == "000.00.00.H56" and done.signed.role == "admin"
    assert "mat-khau-tinh" not in (fresh.data_dir / SETTINGS_FILE).read_text(encoding="utf-8")


def test_two_counters_running_the_wizard_at_once(
    fresh: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other counter's office arrived first: a clear message, nothing half stored."""
    from sqlalchemy.exc import IntegrityError

    import desktop.first_run as first_run

    def collided(*_args: object) -> None:
        raise IntegrityError("INSERT INTO office", {}, Exception("duplicate key"))

    monkeypatch.setattr(first_run, "store_office", collided)
    with pytest.raises(StorageError, match="Một quầy khác"):
        complete_first_run(fresh, answers(), NOW)
    assert count(fresh, Account) == 0 and not (fresh.data_dir / SETTINGS_FILE).exists()
