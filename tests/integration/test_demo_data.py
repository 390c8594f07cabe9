"""The demo office's data obeys the rules the real desk keeps (reports and upgrades read it)."""

from __future__ import annotations

import json
from datetime import datetime
from itertools import pairwise

import pytest
from sqlalchemy import select

from db.models import Dossier, Field, OutboxItem, Procedure, ProcedureVersion, StatusChange
from desktop.calendar import WorkingCalendar
from desktop.demo import seed_demo
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import RULES, Action, Status, target_status
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


@pytest.fixture
def demo(profile: Profile, ctx: DeskContext) -> Profile:
    with profile.db.session() as session, session.begin():
        seed_demo(session, ctx, 400, NOW, seed=11, days=120)
    return profile


def _in_office_hours(cal: WorkingCalendar, at: datetime) -> bool:
    if not cal.is_working_day(at.date()):
        return False
    return any(start <= at.time() <= end for start, end in cal.sessions_on(at.date()))


def test_every_step_falls_in_office_hours(demo: Profile, ctx: DeskContext) -> None:
    with demo.db.read_session() as session:
        late = [
            f"{s.dossier_id}: {s.action} {s.at:%a %d/%m %H:%M}"
            for s in session.scalars(select(StatusChange))
            if not _in_office_hours(ctx.calendar, s.at)
        ]
    assert late == []


def test_every_status_is_reached_through_the_recorded_steps(demo: Profile) -> None:
    with demo.db.read_session() as session:
        for d in session.scalars(select(Dossier)):
            history = sorted(d.history, key=lambda s: s.seq)
            assert (history[0].action, history[0].from_status) == ("receive", None), d.code
            for before, step in pairwise(history):
                rule = RULES[Action(step.action)]
                assert step.from_status == before.to_status, d.code
                assert Status(step.from_status) in rule.sources, (d.code, step.action)
                assert step.to_status == int(
                    target_status(Action(step.action), Status(before.to_status))
                )
            assert history[-1].to_status == d.status, d.code
            actions = [s.action for s in history]
            assert len(d.handovers) == actions.count("transfer"), d.code
            assert len(d.supplements) == actions.count("supplement"), d.code
            for step in history:
                if step.action in ("stop", "withdraw", "return", "transfer", "supplement"):
                    assert step.note.strip(), (d.code, step.action)


def test_units_fit_the_procedure_field(demo: Profile) -> None:
    with demo.db.read_session() as session:
        rows = session.execute(
            select(Field.code, Dossier.handling_unit, Dossier.status)
            .join(ProcedureVersion, Dossier.procedure_version_id == ProcedureVersion.id)
            .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
            .join(Field, Procedure.field_id == Field.id)
        ).all()
    assert {field for field, _, _ in rows} >= {"HT", "CT"}
    for field, unit, _ in rows:
        if field in ("HT", "CT"):
            assert "Xây dựng" not in unit and "Xã hội" not in unit, (field, unit)
        if field == "XD":
            assert "Tư pháp" not in unit, (field, unit)
    moved = {unit for field, unit, status in rows if field == "HT" and status in (4, 8, 9, 10)}
    assert moved == {"Công chức Tư pháp - Hộ tịch"}


def test_fees_follow_the_catalogue(demo: Profile) -> None:
    done = (int(Status.RESOLVED), int(Status.RETURNED))
    with demo.db.read_session() as session:
        dossiers = list(session.scalars(select(Dossier).where(Dossier.status.in_(done))))
        for d in dossiers:
            version = d.procedure_version
            paid = sum(f.amount for f in d.fees)
            if version.fee:
                assert paid > 0 and paid % version.fee == 0, (d.code, paid)
            elif version.fee is None and version.procedure.field.code == "CT":
                assert paid > 0, d.code  # certified copies: per page, never free
            elif version.fee == 0:
                assert paid == 0, d.code
        fields = {d.procedure_version.procedure.field.code for d in dossiers if d.fees}
    assert "CT" in fields


def test_the_queued_records_are_in_the_adapters_shape(demo: Profile) -> None:
    with demo.db.read_session() as session:
        payloads = list(
            session.scalars(select(OutboxItem.payload).where(OutboxItem.kind == "dossier"))
        )
    records = [json.loads(p) for p in payloads]
    assert records and all("DiaChi" not in r and r["MaDoiTuong"] == "" for r in records)
    assert all(r["DinhDanhCHS"][0]["SoDinhDanh"].isdigit() for r in records)
    assert all(isinstance(r["RecordVersion"], int) for r in records)
