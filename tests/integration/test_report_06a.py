"""Form II.06a on a hand-built office: every cell worked out by hand (October 2026).

Calendar: 1/10/2026 is a Thursday; no holiday in October. Office hours 07:30–11:30, 13:30–17:00.
Procedures: 1.004873 and 1.004859 (Hộ tịch, 3 working days), 1.001193 (Hộ tịch, within the day,
15:00 cut-off), 1.001776 (Bảo trợ xã hội, 10 working days), 1.013225 (Xây dựng, 15 working days).

| dossier | received | what happens | October cells |
|---|---|---|---|
| D1 BTXH | 28/9 09:00, due 12/10 09:00 | resolved 8/10 | carried, early |
| D2 XD | 15/9 08:00, due 6/10 08:00 | transferred 16/9, never resolved | carried, overdue |
| D3 1.004873 | 5/10 09:00, due 8/10 09:00 | resolved 8/10 08:30 (same day) | counter, on time |
| D4 1.004873 online | sent 9/10 20:00, accepted 12/10 08:00, due 15/10 | done 16/10 | online, late|
| D5 1.004859 | 13/10 10:00, due 16/10 10:00 | withdrawn 14/10 | counter, early |
| D6 1.004873 | 20/10 09:00, due 23/10 09:00 | supplement 22/10, resumed 3/11 | counter, within |
| D7 1.004873 | 26/10 09:00, due 29/10 09:00 | transferred, resolved 3/11 | counter, overdue |
| D8 1.001193 | 1/10 00:00 (first minute), due 1/10 17:00 | resolved 1/10 11:00 | counter, on time |
| D9 1.001193 | 31/10 23:59 (last minute), due 2/11 17:00 | open | counter, within |
| D10 1.001193 | 30/9 23:59, due 1/10 17:00 | resolved 1/10 08:00 | carried, on time |
| D11 1.001193 | 1/11 00:00 | — | nothing (November) |
| D12 1.004873 | 5/10 10:00, due 8/10 10:00 | extended 7/10 to 14/10, done 13/10 | counter, early |
| D13 | 6/10, refused at the counter | — | nothing |
| D14 | 7/10, guided to supplement at intake, never back | — | nothing |
| D15 online | submitted 20/10, never accepted | — | nothing |
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.profile import Profile
from desktop.reports.count_rules import CountRules, SupplementRule, WithdrawnRule
from desktop.reports.form06a import Counts, Form06a, GroupBy, compute
from desktop.reports.period import Window, month_period
from tests.integration.dossier_factory import do
from tests.integration.report_fixture import (
    NOW,
    OCTOBER,
    appointment,
    at,
    build_october,
    counter,
)


@pytest.fixture
def october(profile: Profile, ctx: DeskContext) -> dict[str, str]:
    return build_october(profile, ctx)


def report(profile: Profile, by: GroupBy, period: Any = OCTOBER) -> Form06a:
    with profile.db.read_session() as session:
        return compute(session, profile.office(), period, by, NOW)


def cells(counts: Counts) -> dict[str, int]:
    return {
        name: getattr(counts, name)
        for name in (
            "online",
            "counter",
            "carried",
            "early",
            "on_time",
            "late",
            "within",
            "overdue",
        )
    }


def c(**values: int) -> dict[str, int]:
    base = dict.fromkeys(
        ("online", "counter", "carried", "early", "on_time", "late", "within", "overdue"), 0
    )
    return base | values


def test_every_cell_by_field(profile: Profile, october: dict[str, str]) -> None:
    form = report(profile, GroupBy.FIELD)
    rows = {row.code: cells(row.counts) for row in form.rows}
    assert rows == {
        "BTXH": c(carried=1, early=1),
        "HT": c(online=1, counter=7, carried=1, early=2, on_time=3, late=1, within=2, overdue=1),
        "XD": c(carried=1, overdue=1),
    }
    assert cells(form.total) == c(
        online=1, counter=7, carried=3, early=3, on_time=3, late=1, within=2, overdue=2
    )
    # Columns 3..13 of the total row, as printed.
    assert form.total.columns() == [11, 1, 7, 3, 7, 3, 3, 1, 4, 2, 2]


def test_every_cell_by_procedure(profile: Profile, october: dict[str, str]) -> None:
    rows = {row.code: cells(row.counts) for row in report(profile, GroupBy.PROCEDURE).rows}
    assert rows == {
        "1.001776": c(carried=1, early=1),
        "1.001193": c(counter=2, carried=1, on_time=2, within=1),
        "1.004859": c(counter=1, early=1),
        "1.004873": c(online=1, counter=4, early=1, on_time=1, late=1, within=1, overdue=1),
        "1.013225": c(carried=1, overdue=1),
    }


def test_november_carries_what_october_left_in_progress(
    profile: Profile, october: dict[str, str]
) -> None:
    october_form = report(profile, GroupBy.FIELD)
    november = report(profile, GroupBy.FIELD, month_period(2026, 11))
    assert november.total.carried == october_form.total.in_progress == 4
    # D11 (1/11 00:00) is November's; D6 resumed and D7 resolved there.
    assert november.total.counter == 1


def test_mid_month_window_bounds() -> None:
    period = month_period(2026, 10, Window.MID_MONTH)
    assert (period.first, period.last) == (date(2026, 9, 15), date(2026, 10, 14))
    january = month_period(2027, 1, Window.MID_MONTH)
    assert (january.first, january.last) == (date(2026, 12, 15), date(2027, 1, 14))


def supplement_twice(profile: Profile, ctx: DeskContext) -> str:
    """D16 (1.004873): received 19/10 09:00, due 22/10 09:00; supplement asked 20/10, resumed
    21/10, asked again 26/10 and still waiting at the end of October."""
    code = counter(profile, ctx, "1.004873", "19/10/2026 09:00")
    assert appointment(profile, code) == at("22/10/2026 09:00")
    for action, when in (
        (Action.SUPPLEMENT, "20/10/2026 10:00"),
        (Action.RESUME, "21/10/2026 09:00"),
        (Action.SUPPLEMENT, "26/10/2026 10:00"),
    ):
        extra = {"items": ("Bản sao giấy khai sinh",)} if action == Action.SUPPLEMENT else {}
        do(profile, ctx, code, action, at(when), **extra)
    return code


@pytest.mark.parametrize(
    ("rules", "hộ_tịch"),
    [
        # As the desk always counted: D5 (withdrawn) early, D6 and D16 waiting → within.
        (
            CountRules(),
            c(online=1, counter=8, carried=1, early=2, on_time=3, late=1, within=3, overdue=1),
        ),
        # Withdrawn counts on time: D5 moves from early to on time.
        (
            CountRules(withdrawn=WithdrawnRule.ON_TIME),
            c(online=1, counter=8, carried=1, early=1, on_time=4, late=1, within=3, overdue=1),
        ),
        # Waiting for a supplement counts resolved on time: D6 and D16 leave "within".
        (
            CountRules(supplement=SupplementRule.ON_TIME),
            c(online=1, counter=8, carried=1, early=2, on_time=5, late=1, within=1, overdue=1),
        ),
        # The national index: D6 ends at its first request (22/10, before 23/10: early);
        # D16 was asked twice: late.
        (
            CountRules(supplement=SupplementRule.FIRST_REQUEST),
            c(online=1, counter=8, carried=1, early=3, on_time=3, late=2, within=1, overdue=1),
        ),
    ],
    ids=["default", "withdrawn-on-time", "supplement-on-time", "first-request"],
)
def test_the_two_cells_count_by_the_rules(
    profile: Profile, ctx: DeskContext, october: dict[str, str], rules: CountRules, hộ_tịch: Any
) -> None:
    supplement_twice(profile, ctx)
    with profile.db.read_session() as session:
        form = compute(session, profile.office(), OCTOBER, GroupBy.FIELD, NOW, rules)
    rows = {row.code: cells(row.counts) for row in form.rows}
    assert rows["HT"] == hộ_tịch
    total = form.total
    assert total.received == total.resolved + total.in_progress  # 3 = 7 + 11 under any rule


def test_the_national_rule_carries_over_only_what_was_not_asked(
    profile: Profile, ctx: DeskContext, october: dict[str, str]
) -> None:
    """November under the national rule: D6 ended in October at its first request, so it is
    not carried over; under the default it is (it resumed on 3/11)."""
    november = month_period(2026, 11)
    with profile.db.read_session() as session:
        office = profile.office()
        default = compute(session, office, november, GroupBy.FIELD, NOW).total
        national = compute(
            session, office, november, GroupBy.FIELD, NOW, CountRules(SupplementRule.FIRST_REQUEST)
        ).total
    assert default.carried - national.carried == 1
