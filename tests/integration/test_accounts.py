"""Accounts: Argon2id hashes, sign-in with lock-out (audited), and the role × action table
enforced by the services themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Account, AuditEntry
from desktop.accounts import store
from desktop.desk import Desk
from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake import parse_intake, receive
from desktop.dossiers.lifecycle import act, record_satisfaction
from desktop.dossiers.status import Action
from desktop.dossiers.step_input import ActionInput
from desktop.errors import DeskError, InputError, PermissionDenied
from desktop.profile import Profile
from desktop.reports.form06a import GroupBy
from desktop.reports.period import month_period
from tests.integration.dossier_factory import do, intake_json, take_in

NOW = datetime(2026, 11, 20, 10, 0)
PASSWORD = "mật-khẩu-đủ-dài"


def add(profile: Profile, name: str, role: str) -> None:
    with profile.db.session() as session, session.begin():
        store.create(session, name, PASSWORD, role, NOW, f"Cán bộ {name}", key=profile.audit_key)


def test_argon2id_hash_and_sign_in(profile: Profile) -> None:
    add(profile, "An.Nguyen", "officer")
    with profile.db.read_session() as session:
        account = session.scalar(select(Account))
        assert account is not None and account.username == "an.nguyen"
        assert account.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
        assert PASSWORD not in account.password_hash
    signed = store.sign_in(profile.db, "AN.NGUYEN", PASSWORD, NOW, profile.audit_key)
    assert (signed.username, signed.role) == ("an.nguyen", "officer")


def test_lock_out_after_repeated_failures(profile: Profile) -> None:
    add(profile, "an", "officer")
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            store.sign_in(profile.db, "an", "sai-mat-khau", NOW, profile.audit_key)
    with pytest.raises(PermissionDenied) as caught:  # even the right password, while locked
        store.sign_in(profile.db, "an", PASSWORD, NOW + timedelta(minutes=5), profile.audit_key)
    assert "tạm khóa" in caught.value.message
    signed = store.sign_in(
        profile.db, "an", PASSWORD, NOW + timedelta(minutes=16), profile.audit_key
    )
    assert signed.username == "an"
    with profile.db.read_session() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions == ["login.fail"] * 6 + ["login.ok"]


def test_unknown_or_disabled_accounts_and_the_last_admin(profile: Profile) -> None:
    add(profile, "quantri", "admin")
    add(profile, "an", "officer")
    with pytest.raises(PermissionDenied):
        store.sign_in(profile.db, "khong-co", PASSWORD, NOW, profile.audit_key)
    with profile.db.session() as session, session.begin():
        store.disable(session, "an", key=profile.audit_key)
        with pytest.raises(InputError):
            store.disable(session, "quantri", key=profile.audit_key)
    with pytest.raises(PermissionDenied):
        store.sign_in(profile.db, "an", PASSWORD, NOW, profile.audit_key)
    with profile.db.session() as session, session.begin(), pytest.raises(InputError):
        store.create(session, "x", "ngan", "officer", NOW, key=profile.audit_key)


# The table, written out by hand: what each role may do.
TABLE = {
    "intake": {"officer": True, "leader": True, "admin": False},
    "transfer": {"officer": True, "leader": True, "admin": False},
    "extend": {"officer": False, "leader": True, "admin": False},
    "stop": {"officer": False, "leader": True, "admin": False},
    "satisfaction": {"officer": True, "leader": True, "admin": False},
    "print": {"officer": True, "leader": True, "admin": False},
    "report": {"officer": False, "leader": True, "admin": True},
}


def attempt(what: str, profile: Profile, ctx: DeskContext, code: str, returned: str) -> None:
    desk = Desk(profile, now=lambda: NOW)
    desk._ctx = replace(desk._ctx, role=ctx.role, officer=ctx.officer)
    with profile.db.session() as session, session.begin():
        if what == "intake":
            receive(session, ctx, parse_intake(intake_json(), today=NOW.date()), NOW)
        elif what == "transfer":
            act(session, ctx, code, Action.TRANSFER, ActionInput(to_unit="Tư pháp"), NOW)
        elif what == "extend":
            data = ActionInput(reason="Cần xác minh", new_appointment=NOW + timedelta(days=9))
            act(session, ctx, code, Action.EXTEND, data, NOW)
        elif what == "stop":
            act(session, ctx, code, Action.STOP, ActionInput(reason="Không đủ điều kiện"), NOW)
        elif what == "satisfaction":
            record_satisfaction(session, ctx, returned, 1, NOW)
    if what == "print":
        desk.print_form("01", code)
    if what == "report":
        desk.reports.compute(month_period(2026, 10), GroupBy.FIELD)


@pytest.mark.parametrize("what", list(TABLE))
@pytest.mark.parametrize("role", ["officer", "leader", "admin"])
def test_role_by_action(profile: Profile, ctx: DeskContext, what: str, role: str) -> None:
    code = take_in(profile, ctx, NOW - timedelta(hours=2))
    returned = take_in(profile, ctx, NOW - timedelta(hours=2))
    do(profile, ctx, returned, Action.RESOLVE, NOW - timedelta(hours=1))
    do(profile, ctx, returned, Action.RETURN, NOW - timedelta(hours=1), recipient="Ưng")
    acting = replace(ctx, role=role, officer=f"tk-{role}")
    if TABLE[what][role]:
        attempt(what, profile, acting, code, returned)
    else:
        with pytest.raises(PermissionDenied):
            attempt(what, profile, acting, code, returned)


def test_nobody_signed_in_can_do_nothing(profile: Profile, ctx: DeskContext) -> None:
    with pytest.raises(DeskError):
        attempt("intake", profile, replace(ctx, role=""), "", "")


def test_desk_signs_in_when_accounts_exist(profile: Profile, tmp_path: Path) -> None:
    add(profile, "an", "officer")
    desk = Desk(profile, now=lambda: NOW)
    assert desk.needs_sign_in
    desk.sign_in("an", PASSWORD)
    assert not desk.needs_sign_in and desk.officer == "an"
