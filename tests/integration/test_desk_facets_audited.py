"""The accounts, audit, privacy and calendar facets: the role checked first, then one
transaction holding the change and its single audit line (nothing when the change fails)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry
from desktop.desk import Desk
from desktop.errors import DeskError, PermissionDenied
from desktop.profile import Profile

NOW = datetime(2026, 11, 20, 10, 0)
PASSWORD = "mật-khẩu-đủ-dài"


def lines(profile: Profile) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def desk_as(profile: Profile, role: str) -> Desk:
    desk = Desk(profile, now=lambda: NOW)
    desk.scope.context = replace(desk.scope.context, role=role, officer=f"tk-{role}")
    return desk


ACTIONS: dict[str, tuple[Callable[[Desk], object], Callable[[Desk], object]]] = {
    # (a failing call, a succeeding call), each one officer action
    "user.add": (
        lambda d: d.accounts.add("an", "", "admin", PASSWORD, "khác-hẳn-mật-khẩu"),
        lambda d: d.accounts.add("an", "", "admin", PASSWORD, PASSWORD),
    ),
    "privacy.retention": (
        lambda d: d.privacy.set_retention("KHONG-CO", 24),
        lambda d: d.privacy.set_retention(first_procedure(d), 24),
    ),
    "calendar.set": (
        lambda d: d.office_days.mark(date(1999, 1, 4), working=False),
        lambda d: d.office_days.mark(date(2026, 11, 23), working=False, note="Bầu cử"),
    ),
}


def first_procedure(desk: Desk) -> str:
    return desk.procedures()[0].code


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_one_audit_line_with_the_change_none_without(profile: Profile, action: str) -> None:
    fail, succeed = ACTIONS[action]
    desk = desk_as(profile, "admin")
    before = lines(profile)
    with pytest.raises(DeskError):
        fail(desk)
    assert lines(profile) == before
    succeed(desk)
    assert lines(profile) == before + 1
    latest = desk.audit_trail.latest(1)[0]
    assert (latest.action, latest.officer) == (action, "tk-admin")
    assert desk.audit_trail.verify().ok


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_an_officer_is_refused_in_vietnamese(profile: Profile, action: str) -> None:
    _, succeed = ACTIONS[action]
    before = lines(profile)
    with pytest.raises(PermissionDenied) as caught:
        succeed(desk_as(profile, "officer"))
    assert "Tài khoản vai trò 'Cán bộ tiếp nhận' không được" in caught.value.message
    assert lines(profile) == before


def test_reading_the_trail_needs_the_audit_permission_and_writes_nothing(
    profile: Profile,
) -> None:
    with pytest.raises(PermissionDenied, match="không được"):
        desk_as(profile, "officer").audit_trail.latest(10)
    before = lines(profile)
    leader = desk_as(profile, "leader")
    assert len(leader.audit_trail.latest(10)) == before
    assert leader.audit_trail.verify().checked == before
    assert lines(profile) == before


def test_a_subject_export_is_audited_masked(profile: Profile) -> None:
    desk = desk_as(profile, "admin")
    before = lines(profile)
    value = desk.privacy.export_subject("012345678901")
    assert value["dossiers"] == []
    latest = desk.audit_trail.latest(1)[0]
    assert latest.action == "personal.export" and "012345678901" not in latest.record
    assert lines(profile) == before + 1


def test_an_office_day_moves_the_desk_calendar_at_once(profile: Profile) -> None:
    desk = desk_as(profile, "admin")
    monday = date(2026, 11, 23)
    assert desk.calendar.is_working_day(monday)
    desk.office_days.mark(monday, working=False)
    assert not desk.calendar.is_working_day(monday)
    assert [d.day for d in desk.office_days.of_year(2026)] == [monday]
    assert desk.office_days.clear(monday) is True
    assert desk.calendar.is_working_day(monday)
    assert desk.office_days.clear(monday) is False
