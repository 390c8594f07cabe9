"""The tail every change of a dossier shares (desktop/dossiers/steps.py), on both backends:
each path writes one history row, its dossier record and step in the outbox, one audit line."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Dossier, OutboxItem, StatusChange
from desktop.catalogue.store import SHIPPED_FILE
from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake import parse_intake, receive
from desktop.dossiers.lifecycle import act, record_satisfaction
from desktop.dossiers.online import store_online
from desktop.dossiers.outcome import Outcome, OutcomeKind
from desktop.dossiers.status import Action
from desktop.dossiers.step_input import ActionInput
from desktop.profile import Profile
from desktop.province.seed import online_records
from tests.integration.dossier_factory import intake_json

NOW = datetime(2026, 11, 16, 9, 0)
DOSSIERS = Path(__file__).resolve().parents[2] / "desktop" / "dossiers"


def written(profile: Profile, code: str) -> tuple[int, list[str], list[str]]:
    """The dossier's history rows, its outbox items' kinds and its audit lines' actions."""
    with profile.db.read_session() as session:
        history = session.scalar(
            select(func.count()).select_from(StatusChange).join(Dossier).where(Dossier.code == code)
        )
        kinds = session.scalars(
            select(OutboxItem.kind).where(OutboxItem.dossier_code == code).order_by(OutboxItem.id)
        ).all()
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record == code).order_by(AuditEntry.seq)
        ).all()
        return int(history or 0), list(kinds), list(actions)


def take_in(profile: Profile, ctx: DeskContext, outcome: Outcome) -> str:
    request = parse_intake(intake_json(), today=NOW.date())
    with profile.db.session() as session, session.begin():
        return receive(session, ctx, request, NOW, outcome).code


def step(profile: Profile, ctx: DeskContext, code: str, action: Action, **data: Any) -> None:
    with profile.db.session() as session, session.begin():
        act(session, ctx, code, action, ActionInput(**data), NOW + timedelta(hours=1))


@pytest.mark.parametrize(
    ("outcome", "action"),
    [
        (Outcome(), "dossier.receive"),
        (Outcome(OutcomeKind.SUPPLEMENT, items=("Bản sao giấy khai sinh",)), "dossier.supplement"),
        (Outcome(OutcomeKind.REFUSE, reason="Không thuộc thẩm quyền"), "dossier.refuse"),
    ],
)
def test_intake_writes_one_step(
    profile: Profile, ctx: DeskContext, outcome: Outcome, action: str
) -> None:
    code = take_in(profile, ctx, outcome)
    assert written(profile, code) == (1, ["dossier", "step"], [action])


def test_a_step_and_satisfaction_each_write_their_tail_once(
    profile: Profile, ctx: DeskContext
) -> None:
    code = take_in(profile, ctx, Outcome())
    step(profile, ctx, code, Action.RESOLVE)
    assert written(profile, code) == (
        2,
        ["dossier", "step"] * 2,
        ["dossier.receive", "dossier.resolve"],
    )
    step(profile, ctx, code, Action.RETURN, recipient="Đặng Văn Ưng")
    with profile.db.session() as session, session.begin():
        record_satisfaction(session, ctx, code, 1, NOW + timedelta(hours=2))
    history, kinds, actions = written(profile, code)
    # Satisfaction is no step: a new version of the record only, and its audit line.
    assert (history, kinds[-3:], actions[-2:]) == (
        3,
        ["dossier", "step", "dossier"],
        ["dossier.return", "dossier.satisfaction"],
    )


def test_an_online_submission_is_the_portals_step(profile: Profile, ctx: DeskContext) -> None:
    catalogue = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
    record = online_records(ctx.office_code, catalogue, 1, NOW - timedelta(hours=1))[0]
    with profile.db.session() as session, session.begin():
        assert store_online(session, ctx, record, NOW).result == "stored"
    # One history row; nothing queued (the province has it) and no officer's audit line.
    assert written(profile, record["MaHoSo"]) == (1, [], [])


def test_only_the_step_tail_queues_and_audits_a_dossier() -> None:
    """Every path calls desktop/dossiers/steps.py instead of writing the tail itself."""
    tails = ("queue_dossier(", "queue_step(", "audit.append(", "StatusChange(")
    found = [
        f"{path.name}: {tail}"
        for path in sorted(DOSSIERS.glob("*.py"))
        if path.name != "steps.py"
        for tail in tails
        if tail in path.read_text(encoding="utf-8")
    ]
    assert found == []
