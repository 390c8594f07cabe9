"""The audit trail: every change is a chained line; editing, deleting, inserting or reordering
lines directly in the database is found by `verify`, which names the first bad line."""

from __future__ import annotations

import itertools
import shutil
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from db.models import Account, AuditEntry
from desktop.accounts.admin import add_account
from desktop.accounts.store import sign_in
from desktop.audit.chain import append, verify
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.errors import PermissionDenied
from desktop.printing.service import print_form
from desktop.profile import Profile, open_profile
from tests.integration.dossier_factory import do, take_in

NOW = datetime(2026, 11, 20, 10, 0)
PASSWORD = "mật-khẩu-đủ-dài"


def some_history(profile: Profile, ctx: DeskContext) -> str:
    code = take_in(profile, ctx, NOW)
    do(profile, ctx, code, Action.TRANSFER, NOW + timedelta(minutes=5), to_unit="Tư pháp")
    with profile.db.session() as session, session.begin():
        print_form(session, "01", code, officer=ctx.officer, now=NOW, audit_key=ctx.audit_key)
    take_in(profile, ctx, NOW + timedelta(minutes=10))
    do(profile, ctx, code, Action.RESOLVE, NOW + timedelta(minutes=20))
    return code


def lines(profile: Profile) -> list[AuditEntry]:
    with profile.db.read_session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_changes_are_chained_and_verify(profile: Profile, ctx: DeskContext) -> None:
    code = some_history(profile, ctx)
    entries = lines(profile)
    assert [e.action for e in entries] == [
        "dossier.receive",
        "dossier.transfer",
        "print.form01",
        "dossier.receive",
        "dossier.resolve",
    ]
    assert entries[0].record == code and entries[0].officer == ctx.officer
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    with profile.db.read_session() as session:
        verdict = verify(session, profile.audit_key)
        assert verdict.ok and verdict.checked == 5
        assert not verify(session, b"another key").ok  # the key is what makes it unforgeable


def test_personal_numbers_never_reach_the_trail(profile: Profile, ctx: DeskContext) -> None:
    with profile.db.session() as session, session.begin():
        append(session, ctx.audit_key, "can-bo", "personal.reveal", "x", {"id": "001090012345"})
    assert "001090012345" not in lines(profile)[-1].detail


@pytest.mark.parametrize("tamper", ["edit", "delete", "insert", "reorder", "rehash-edit"])
def test_tampering_is_found_at_the_first_bad_line(
    profile: Profile, ctx: DeskContext, tamper: str
) -> None:
    some_history(profile, ctx)
    entries = lines(profile)
    third = entries[2]
    with profile.db.session() as session, session.begin():
        if tamper == "edit":
            session.execute(
                update(AuditEntry).where(AuditEntry.id == third.id).values(officer="ke-gian")
            )
            expected = 3
        elif tamper == "rehash-edit":  # edits the line and fakes its hash without the key
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.id == third.id)
                .values(action="print.form02", hash=entries[3].prev_hash[::-1])
            )
            expected = 3
        elif tamper == "delete":
            session.execute(delete(AuditEntry).where(AuditEntry.id == third.id))
            expected = 4
        elif tamper == "insert":  # a forged line appended after the others, chained by hand
            last = entries[-1]
            session.add(
                AuditEntry(
                    seq=last.seq + 1,
                    at_utc=last.at_utc,
                    officer="ke-gian",
                    action="dossier.withdraw",
                    record=last.record,
                    detail="{}",
                    prev_hash=last.hash,
                    hash="0" * 64,
                )
            )
            expected = last.seq + 1
        else:  # swap lines 2 and 3
            second = entries[1]
            session.execute(update(AuditEntry).where(AuditEntry.id == second.id).values(seq=-1))
            session.execute(update(AuditEntry).where(AuditEntry.id == third.id).values(seq=2))
            session.execute(update(AuditEntry).where(AuditEntry.id == second.id).values(seq=3))
            expected = 2
    with profile.db.read_session() as session:
        verdict = verify(session, profile.audit_key)
    assert verdict.problem is not None, tamper
    assert verdict.problem.seq == expected, (tamper, verdict.problem)


def test_deleting_the_last_lines_is_found(profile: Profile, ctx: DeskContext) -> None:
    """The chain's head is kept beside the key: lines cut from the end are missed, even when
    the desk has written new lines since."""
    some_history(profile, ctx)
    with profile.db.session() as session, session.begin():
        session.execute(delete(AuditEntry).where(AuditEntry.seq >= 4))
    with profile.db.read_session() as session:
        verdict = verify(session, profile.audit_key)
    assert verdict.problem is not None
    assert verdict.problem.seq == 5 and "xóa" in verdict.problem.reason, verdict.problem
    take_in(profile, ctx, NOW + timedelta(hours=1))  # lines 4 and 5 again, new ones
    take_in(profile, ctx, NOW + timedelta(hours=2))
    with profile.db.read_session() as session:
        verdict = verify(session, profile.audit_key)
    assert verdict.problem is not None and "xóa" in verdict.problem.reason, verdict.problem


def test_a_counter_behind_the_others_is_fine(profile: Profile, ctx: DeskContext) -> None:
    """Two counters share the database (and the key), each keeps its own head: one whose head
    lags behind the other's lines verifies and catches up."""
    other_folder = profile.data_dir.parent / "quay-2"
    other_folder.mkdir()
    shutil.copy2(profile.data_dir / "audit.key", other_folder / "audit.key")
    other = open_profile(other_folder, url=profile.db.url)
    try:
        take_in(profile, ctx, NOW)
        other_ctx = replace(ctx, audit_key=other.audit_key)
        take_in(other, other_ctx, NOW + timedelta(minutes=1))
        take_in(other, other_ctx, NOW + timedelta(minutes=2))
        with profile.db.read_session() as session:
            assert verify(session, profile.audit_key).ok
        with other.db.read_session() as session:
            assert verify(session, other.audit_key).ok
        with profile.db.session() as session, session.begin():
            session.execute(delete(AuditEntry).where(AuditEntry.seq == 3))
        with profile.db.read_session() as session:  # caught up with line 3 at its verify
            verdict = verify(session, profile.audit_key)
        assert verdict.problem is not None and "xóa" in verdict.problem.reason
    finally:
        other.close()


def test_an_account_changed_in_the_database_is_found_and_refused(profile: Profile) -> None:
    """`update account set role='admin'`: verify names the account, and the officer's sign-in
    is refused rather than given the administrator's role."""
    with profile.db.session() as session, session.begin():
        add_account(session, profile.audit_key, None, "quantri", PASSWORD, "admin", NOW)
        add_account(session, profile.audit_key, "quantri", "an", PASSWORD, "officer", NOW)
    assert sign_in(profile.db, "an", PASSWORD, NOW, profile.audit_key).role == "officer"
    with profile.db.read_session() as session:
        assert verify(session, profile.audit_key).ok
    with profile.db.session() as session, session.begin():
        session.execute(update(Account).where(Account.username == "an").values(role="admin"))
    with profile.db.read_session() as session:
        verdict = verify(session, profile.audit_key)
    assert verdict.problem is not None and "an" in verdict.problem.reason, verdict.problem
    with pytest.raises(PermissionDenied) as caught:
        sign_in(profile.db, "an", PASSWORD, NOW, profile.audit_key)
    assert "quản trị" in caught.value.message
    assert sign_in(profile.db, "quantri", PASSWORD, NOW, profile.audit_key).role == "admin"
