"""The demo office's data obeys the rules the real desk keeps (reports and upgrades read it)."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from sqlalchemy import select

from db.models import Dossier, StatusChange
from desktop.demo import seed_demo
from desktop.dossiers.context import DeskContext
from desktop.profile import Profile

NOW = datetime(2026, 11, 20, 9, 0)


def test_every_history_runs_forward_from_the_receipt(profile: Profile, ctx: DeskContext) -> None:
    with profile.db.session() as session, session.begin():
        seed_demo(session, ctx, 600, NOW, seed=7, days=150)
    with profile.db.read_session() as session:
        steps: dict[int, list[StatusChange]] = {}
        for step in session.scalars(select(StatusChange).order_by(StatusChange.seq)):
            steps.setdefault(step.dossier_id, []).append(step)
        dossiers = list(session.scalars(select(Dossier)))
        assert len(dossiers) == 600
        for d in dossiers:
            history = steps[d.id]
            assert history[0].at == d.received_at
            assert all(a.at <= b.at for a, b in pairwise(history)), d.code
            taken_in = [s.at for s in history if s.to_status in (2, 4)]
            assert d.accepted_at == min(taken_in), d.code  # as migration 0004 reads it
            assert d.ended_at is None or d.ended_at >= d.received_at
