"""Retention and purging of personal data; what stays is what the reports count."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from db.models import Applicant, Dossier, OutboxItem, Procedure
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.privacy.purge import PURGED_NAME, purge
from desktop.profile import Profile
from desktop.reports.form06a import GroupBy, compute
from desktop.reports.period import month_period
from tests.integration.dossier_factory import do, take_in

NOW = datetime(2026, 11, 20, 10, 0)


def test_purge_after_retention_keeps_the_counts(profile: Profile, ctx: DeskContext) -> None:
    old = take_in(profile, ctx, NOW, received_at="2025-08-04 09:00")
    do(profile, ctx, old, Action.RESOLVE, datetime(2025, 8, 5, 9, 0))
    recent = take_in(profile, ctx, NOW, received_at="2026-10-05 09:00")
    do(profile, ctx, recent, Action.RESOLVE, datetime(2026, 10, 6, 9, 0))
    still_open = take_in(profile, ctx, NOW, received_at="2025-08-04 10:00")
    with profile.db.read_session() as session:
        before = compute(session, profile.office(), month_period(2025, 8), GroupBy.FIELD, NOW)

    # Not sent yet: nothing is purged, the dossier waits for the sync.
    with profile.db.session() as session, session.begin():
        report = purge(session, 12, NOW, dry_run=False)
    assert report.due == [] and report.waiting_for_sync == [old]
    with profile.db.session() as session, session.begin():
        session.execute(update(OutboxItem).values(state="acked"))
        dry = purge(session, 12, NOW, dry_run=True)
    assert dry.due == [old]
    with profile.db.session() as session, session.begin():
        done = purge(session, 12, NOW, dry_run=False)
    assert done.due == [old]
    with profile.db.read_session() as session:
        purged = session.scalar(select(Dossier).where(Dossier.code == old))
        assert purged is not None
        assert purged.applicant_name == PURGED_NAME
        assert (purged.applicant_id_number, purged.applicant_phone, purged.applicant_address) == (
            "",
            "",
            "",
        )
        payloads = list(
            session.scalars(select(OutboxItem.payload).where(OutboxItem.dossier_code == old))
        )
        assert all("001090012345" not in p and "0912345678" not in p for p in payloads)
        kept = session.scalar(select(Dossier).where(Dossier.code == recent))
        assert kept is not None and kept.applicant_id_number == "001090012345"
        opened = session.scalar(select(Dossier).where(Dossier.code == still_open))
        assert opened is not None and opened.applicant_phone == "0912345678"
        assert session.scalar(select(Applicant.id)) is not None  # still referenced
        after = compute(session, profile.office(), month_period(2025, 8), GroupBy.FIELD, NOW)
    assert after.total.columns() == before.total.columns()


def test_retention_per_procedure(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, NOW, received_at="2026-05-04 09:00")
    do(profile, ctx, code, Action.RESOLVE, datetime(2026, 5, 5, 9, 0))
    with profile.db.session() as session, session.begin():
        session.execute(update(OutboxItem).values(state="acked"))
        assert purge(session, 60, NOW, dry_run=True).due == []
        session.execute(
            update(Procedure).where(Procedure.code == "1.004873").values(retention_months=3)
        )
        assert purge(session, 60, NOW, dry_run=True).due == [code]
