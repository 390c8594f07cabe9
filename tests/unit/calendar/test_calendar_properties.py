"""Properties of appointments and office time, over 2025–2027 with the shipped holidays."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.calendar import (
    LimitUnit,
    OfficeHours,
    TimeLimit,
    WorkingCalendar,
    appointment_for,
    resume_appointment,
)

CAL = WorkingCalendar()
DAY = CAL.standard_day

instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31, 23, 59))
day_limits = st.builds(
    TimeLimit,
    value=st.integers(min_value=0, max_value=60).map(Decimal),
    unit=st.just(LimitUnit.WORKING_DAYS),
    cutoff_15h=st.booleans(),
)
hour_limits = st.builds(
    TimeLimit,
    # Quarter hours up to 120 h, as well as odd fractions such as 0.1 h (6 min).
    value=st.one_of(
        st.integers(min_value=0, max_value=480).map(lambda q: Decimal(q) / 4),
        st.integers(min_value=0, max_value=100).map(lambda t: Decimal(t) / 10),
    ),
    unit=st.just(LimitUnit.WORKING_HOURS),
    cutoff_15h=st.booleans(),
)
same_day_limits = st.builds(
    TimeLimit, value=st.just(Decimal(0)), unit=st.just(LimitUnit.SAME_DAY), cutoff_15h=st.booleans()
)
fractional_day_limits = st.builds(
    TimeLimit,
    value=st.integers(min_value=1, max_value=40).map(lambda h: Decimal(h) / 2),
    unit=st.just(LimitUnit.WORKING_DAYS),
)
any_limit = st.one_of(day_limits, hour_limits, same_day_limits, fractional_day_limits)


def inside_office_hours(cal: WorkingCalendar, instant: datetime) -> bool:
    """Inside a session, the end counting as inside."""
    moment = instant.time()
    return any(start <= moment <= end for start, end in cal.sessions_on(instant.date()))


@settings(max_examples=200, deadline=None)
@given(received=instants, time_limit=any_limit)
def test_an_appointment_is_always_inside_office_hours(
    received: datetime, time_limit: TimeLimit
) -> None:
    appointment = appointment_for(received, time_limit, CAL)
    assert inside_office_hours(CAL, appointment)
    assert appointment >= CAL.next_opening(received)


@settings(max_examples=200, deadline=None)
@given(received=instants, time_limit=st.one_of(hour_limits, fractional_day_limits))
def test_office_time_to_the_appointment_is_the_limit(
    received: datetime, time_limit: TimeLimit
) -> None:
    unit = DAY if time_limit.unit is LimitUnit.WORKING_DAYS else timedelta(hours=1)
    expected = timedelta(microseconds=int(time_limit.value * (unit // timedelta(microseconds=1))))
    appointment = appointment_for(received, time_limit, CAL)
    effective = CAL.next_opening(received)
    assert CAL.office_time_between(effective, appointment) == expected


@settings(max_examples=200, deadline=None)
@given(received=instants, days=st.integers(min_value=1, max_value=60))
def test_n_working_days_is_n_standard_days_at_the_same_time_of_day(
    received: datetime, days: int
) -> None:
    appointment = appointment_for(received, TimeLimit(Decimal(days), LimitUnit.WORKING_DAYS), CAL)
    effective = CAL.next_opening(received)
    assert CAL.office_time_between(effective, appointment) == days * DAY
    assert appointment.time() == effective.time()
    assert CAL.working_days_between(effective.date(), appointment.date()) == days


@settings(max_examples=200, deadline=None)
@given(first=instants, second=instants, time_limit=any_limit)
def test_appointments_are_monotonic(
    first: datetime, second: datetime, time_limit: TimeLimit
) -> None:
    early, late = sorted((first, second))
    assert appointment_for(early, time_limit, CAL) <= appointment_for(late, time_limit, CAL)


@settings(max_examples=200, deadline=None)
@given(
    received=instants,
    time_limit=any_limit,
    paused=instants,
    waited=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40)),
)
def test_resuming_moves_the_appointment_by_the_office_time_waited(
    received: datetime, time_limit: TimeLimit, paused: datetime, waited: timedelta
) -> None:
    appointment = appointment_for(received, time_limit, CAL)
    resumed = paused + waited
    moved = resume_appointment(appointment, paused, resumed, CAL)
    office_waited = CAL.office_time_between(paused, resumed)
    assert CAL.office_time_between(appointment, moved) == office_waited
    assert inside_office_hours(CAL, moved)


@st.composite
def office_hours(draw: st.DrawFn) -> OfficeHours:
    def sessions() -> tuple[tuple[time, time], ...]:
        points = sorted(draw(st.sets(st.integers(min_value=0, max_value=24 * 4 - 1), max_size=6)))
        pairs = zip(points[::2], points[1::2], strict=False)
        return tuple((time(a // 4, a % 4 * 15), time(b // 4, b % 4 * 15)) for a, b in pairs)

    week = {day: sessions() for day in range(7)}
    if not any(week.values()):
        week[0] = ((time(8), time(12)),)
    return OfficeHours(week, sessions())


@settings(max_examples=100, deadline=None)
@given(
    hours=office_hours(),
    start=instants,
    span=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=20)),
)
def test_add_office_time_is_the_earliest_inverse_of_office_time_between(
    hours: OfficeHours, start: datetime, span: timedelta
) -> None:
    cal = WorkingCalendar(hours)
    end = cal.add_office_time(start, span)
    assert cal.office_time_between(start, end) == span
    if span:
        assert cal.office_time_between(start, end - timedelta(microseconds=1)) < span
        assert inside_office_hours(cal, end)


@settings(max_examples=100, deadline=None)
@given(hours=office_hours(), start=instants, days=st.integers(min_value=0, max_value=30))
def test_working_days_with_any_hours_land_inside_a_session(
    hours: OfficeHours, start: datetime, days: int
) -> None:
    cal = WorkingCalendar(hours)
    opening = cal.next_opening(start)
    assert opening >= start
    assert cal.next_opening(opening) == opening
    due = cal.add_working_days(start, days)
    assert inside_office_hours(cal, due)
    assert cal.working_days_between(opening.date(), due.date()) == days
