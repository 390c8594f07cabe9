"""Properties of form II.06a over a random office built through the real services.

The office: 160 dossiers received between August and mid-December 2026, each walked through
random allowed steps (transfers, supplements and resumptions, extensions, fees, results,
returns, withdrawals, stops) at increasing times. Hypothesis then draws periods over it.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.dossiers.context import DeskContext, desk_context
from desktop.dossiers.intake import parse_intake, receive
from desktop.dossiers.lifecycle import act
from desktop.dossiers.outcome import Outcome, OutcomeKind
from desktop.dossiers.status import Action, Status, allowed_actions
from desktop.dossiers.step_input import ActionInput
from desktop.errors import DeskError
from desktop.profile import Profile, open_profile
from desktop.reports.form06a import Counts, Form06a, GroupBy, compute
from desktop.reports.period import Period, Window, month_period
from tests.conftest import init_office
from tests.integration.dossier_factory import intake_json

NOW = datetime(2027, 1, 31, 12, 0)
PROCEDURES = ("1.004873", "1.001193", "1.001776", "1.013225", "2.000815", "1.004884")


def _input(rng: random.Random, action: Action, appointment: datetime | None) -> ActionInput:
    later = (appointment or NOW) + timedelta(days=rng.randint(1, 6))
    return ActionInput(
        reason="Lý do thử nghiệm",
        to_unit="Công chức Tư pháp - Hộ tịch",
        receiver="Lê Thị Hoa",
        items=("Bản sao giấy khai sinh",),
        new_appointment=later,
        recipient="Đặng Văn Ưng",
        fee_name="Lệ phí",
        fee_amount=rng.choice((5000, 10000, 20000)),
        fee_method=rng.choice(("cash", "bank_transfer", "online")),
    )


def build_office(profile: Profile, ctx: DeskContext, seed: int = 11) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 8, 1, 7, 30)
    span = (datetime(2026, 12, 15) - start).total_seconds()
    times = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(160))
    for received in times:
        kind = rng.choices(
            (OutcomeKind.ACCEPT, OutcomeKind.SUPPLEMENT, OutcomeKind.REFUSE), (85, 10, 5)
        )[0]
        outcome = Outcome(kind, items=("Ảnh 4x6",), reason="Không đủ điều kiện")
        raw = intake_json(
            procedure=rng.choice(PROCEDURES),
            channel=rng.choice((1, 1, 1, 2, 3)),
            received_at=f"{received:%Y-%m-%d %H:%M}",
        )
        with profile.db.session() as session, session.begin():
            dossier = receive(session, ctx, parse_intake(raw, today=NOW.date()), NOW, outcome)
            code, status, appointment = dossier.code, Status(dossier.status), dossier.appointment
        at = received
        for _ in range(rng.randint(0, 5)):
            choices = [a for a in allowed_actions(status) if a != Action.ACCEPT]
            if not choices:
                break
            action = rng.choice(choices)
            at += timedelta(hours=rng.choice((1, 5, 26, 50, 100)))
            if at >= NOW:
                break
            try:
                with profile.db.session() as session, session.begin():
                    data = _input(rng, action, appointment)
                    moved = act(session, ctx, code, action, data, at)
                    status, appointment = Status(moved.status), moved.appointment
            except DeskError:
                continue  # e.g. an extension asked after the deadline: skipped


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    """Built once (SQLite); the hand-worked fixture runs on both backends."""
    folder: Path = tmp_path_factory.mktemp("report-properties")
    profile = open_profile(folder / "profile")
    init_office(profile, datetime(2025, 1, 2, 8, 0))
    with profile.db.read_session() as session, session.begin():
        ctx = desk_context(session, profile.office(), profile.settings)
    build_office(profile, ctx)
    yield profile
    profile.close()


def form(profile: Profile, period: Period, by: GroupBy = GroupBy.FIELD) -> Form06a:
    with profile.db.read_session() as session:
        return compute(session, profile.office(), period, by, NOW)


def check_form(result: Form06a) -> None:
    total = Counts()
    for row in result.rows:
        c = row.counts.columns()
        assert all(v >= 0 for v in c)
        assert c[0] == c[1] + c[2] + c[3]  # 3 = 4 + 5 + 6
        assert c[4] == c[5] + c[6] + c[7]  # 7 = 8 + 9 + 10
        assert c[8] == c[9] + c[10]  # 11 = 12 + 13
        assert c[0] == c[4] + c[8]  # what came in either ended or is still in progress
        total.add(row.counts)
    assert total.columns() == result.total.columns()


def by_row(result: Form06a) -> dict[str, Counts]:
    return {row.code: row.counts for row in result.rows}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.dates(date(2026, 7, 20), date(2027, 1, 20)),
    length=st.integers(0, 70),
    by=st.sampled_from(list(GroupBy)),
)
def test_rows_columns_and_consecutive_periods(
    office: Profile, first: date, length: int, by: GroupBy
) -> None:
    this = Period(first, first + timedelta(days=length))
    following = this.following()
    now, then = form(office, this, by), form(office, following, by)
    check_form(now)
    check_form(then)
    carried = {code: c.carried for code, c in by_row(then).items()}
    in_progress = {code: c.in_progress for code, c in by_row(now).items()}
    for code in set(carried) | set(in_progress):
        assert carried.get(code, 0) == in_progress.get(code, 0), code


@pytest.mark.parametrize("window", list(Window))
def test_consecutive_months_chain(office: Profile, window: Window) -> None:
    months = [(2026, m) for m in range(8, 13)] + [(2027, 1)]
    forms = [form(office, month_period(y, m, window)) for y, m in months]
    assert sum(f.total.received for f in forms) > 100
    for before, after in itertools.pairwise(forms):
        check_form(before)
        assert after.total.carried == before.total.in_progress
        assert after.period.first == before.period.last + timedelta(days=1)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=st.dates(date(2026, 7, 20), date(2027, 2, 10)))
def test_both_ways_of_counting_carried_over_agree(office: Profile, start: date) -> None:
    from sqlalchemy import literal

    from desktop.reports.count_rules import CountRules, SupplementRule
    from desktop.reports.form06a import carried_before, carried_since

    moment = datetime.combine(start, datetime.min.time())
    with office.db.read_session() as session:
        scope = literal(True)
        assert carried_since(session, scope, moment) == carried_before(session, scope, moment)
        national = CountRules(SupplementRule.FIRST_REQUEST).end()
        assert carried_since(session, scope, moment, national) == carried_before(
            session, scope, moment, national
        )
