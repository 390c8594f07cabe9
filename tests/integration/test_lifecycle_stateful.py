"""A hypothesis state machine: every allowed transition works, every other one is refused."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from db.models import Dossier, OutboxItem, StatusChange
from desktop.dossiers.context import DeskContext
from desktop.dossiers.lifecycle import act
from desktop.dossiers.status import RULES, Action, Status
from desktop.dossiers.step_input import ActionInput
from desktop.errors import TransitionError
from desktop.profile import Profile
from tests.integration.dossier_factory import take_in

START = datetime(2026, 3, 2, 8, 0)

FIELDS = {
    Action.REFUSE: {"reason": "Không thuộc thẩm quyền"},
    Action.TRANSFER: {"to_unit": "Công chức Tư pháp - Hộ tịch"},
    Action.SUPPLEMENT: {"items": ("Bản sao giấy khai sinh",)},
    Action.PAY_FEE: {"fee_amount": 8000, "fee_method": "bank_transfer"},
    Action.RETURN: {"recipient": "Đặng Văn Ưng"},
    Action.STOP: {"reason": "Cơ quan có thẩm quyền yêu cầu dừng"},
    Action.WITHDRAW: {"reason": "Công dân xin rút"},
}


def expected_target(action: Action, current: Status, model: Model) -> Status:
    if action == Action.EXTEND:
        return current
    if action in (Action.RESUME, Action.PAY_FEE):
        if model.appointment_missing:
            return Status.ACCEPTED
        return Status.IN_PROGRESS if model.transferred else Status.ACCEPTED
    target = RULES[action].target
    assert target is not None
    return target


class Model:
    def __init__(self) -> None:
        self.status = Status.ACCEPTED
        self.transferred = False
        self.appointment_missing = False
        self.steps = 1


class LifecycleMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.clock = START
        self.model = Model()
        self.ctx = CTX
        self.code = take_in(PROFILE, CTX, self.clock)

    def _tick(self) -> datetime:
        self.clock += timedelta(minutes=7)
        return self.clock

    @rule(action=st.sampled_from([a for a in RULES]))
    def step(self, action: Action) -> None:
        now = self._tick()
        current = self.model.status
        data = dict(FIELDS.get(action, {}))
        if action == Action.EXTEND:
            data = {"reason": "Cần xác minh", "new_appointment": now + timedelta(days=30)}
        allowed = current in RULES[action].sources
        with PROFILE.db.session() as session, session.begin():
            if not allowed:
                with pytest.raises(TransitionError):
                    act(session, self.ctx, self.code, action, ActionInput(**data), now)
                return
            dossier = act(session, self.ctx, self.code, action, ActionInput(**data), now)
            got = Status(dossier.status)
        assert got == expected_target(action, current, self.model)
        self.model.status = got
        self.model.transferred |= action == Action.TRANSFER
        self.model.steps += 1

    @invariant()
    def history_and_outbox_match(self) -> None:
        with PROFILE.db.read_session() as session:
            dossier = session.scalar(select(Dossier).where(Dossier.code == self.code))
            assert dossier is not None
            history = session.scalar(
                select(func.count())
                .select_from(StatusChange)
                .where(StatusChange.dossier_id == dossier.id)
            )
            items = list(
                session.execute(
                    select(OutboxItem.kind, OutboxItem.record_version)
                    .where(OutboxItem.dossier_code == self.code)
                    .order_by(OutboxItem.id)
                )
            )
        assert dossier.status == int(self.model.status)
        assert history == self.model.steps == dossier.record_version
        assert [v for kind, v in items if kind == "dossier"] == list(range(1, self.model.steps + 1))
        assert len(items) == 2 * self.model.steps


PROFILE: Profile
CTX: DeskContext


def test_lifecycle_state_machine(profile: Profile, ctx: DeskContext) -> None:
    global PROFILE, CTX
    PROFILE, CTX = profile, ctx
    LifecycleMachine.TestCase.settings = settings(
        max_examples=30,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    LifecycleMachine.TestCase().runTest()
