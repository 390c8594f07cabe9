"""The audit trail: every change is a chained line; editing, deleting, inserting or reordering
lines directly in the database is found by `verify`, which names the first bad line."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from db.models import AuditEntry
from desktop.audit.chain import append, verify
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.printing.service import print_form
from desktop.profile import Profile
from tests.integration.dossier_factory import do, take_in

NOW = datetime(2026, 11, 20, 10, 0)


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
