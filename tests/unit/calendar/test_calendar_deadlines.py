"""Appointments for the three kinds of legal time limit, with worked examples."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from desktop.calendar import (
    DeadlineState,
    LimitUnit,
    OfficeHours,
    ResultTiming,
    TimeLimit,
    WorkingCalendar,
    appointment_for,
    classify,
    is_finished_on_time,
    result_timing,
    resume_appointment,
)
from desktop.errors import InputError

CAL = WorkingCalendar()
EIGHT_HOUR_CAL = WorkingCalendar(OfficeHours.parse("07:00-11:30,13:30-17:00"))
DAY = timedelta(hours=7, minutes=30)

DAYS = LimitUnit.WORKING_DAYS
HOURS = LimitUnit.WORKING_HOURS
SAME = LimitUnit.SAME_DAY


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def limit(value: str | int, unit: LimitUnit, cutoff_15h: bool = False) -> TimeLimit:
    return TimeLimit(Decimal(value), unit, cutoff_15h)


@pytest.mark.parametrize(
    ("received", "time_limit", "expected"),
    [
        # Friday 10:00 + 3 working days: Mon 23, (Tue 24/11 off), Wed 25, Thu 26.
        ("2026-11-20 10:00", limit(3, DAYS), "2026-11-26 10:00"),
        # Over lunch: counts from 13:30.
        ("2026-11-20 12:10", limit(3, DAYS), "2026-11-26 13:30"),
        ("2026-11-20 12:10", limit(2, HOURS), "2026-11-20 15:30"),
        # On a Saturday: counts from Monday 07:30.
        ("2026-11-21 09:00", limit(1, DAYS), "2026-11-25 07:30"),  # 24/11 off
        ("2026-11-21 09:00", limit(0, HOURS), "2026-11-23 07:30"),
        ("2026-11-21 09:00", limit(0, SAME), "2026-11-23 17:00"),
        # After closing: the next working morning.
        ("2026-11-19 17:00", limit(1, DAYS), "2026-11-23 07:30"),
        # Same day with the 15:00 rule.
        ("2026-11-19 15:30", limit(0, SAME, True), "2026-11-20 17:00"),
        ("2026-11-19 14:59", limit(0, SAME, True), "2026-11-19 17:00"),
        ("2026-11-19 15:00", limit(0, SAME, True), "2026-11-19 17:00"),
        ("2026-11-19 15:00:00.000001", limit(0, SAME, True), "2026-11-20 17:00"),
        ("2026-11-19 15:30", limit(0, SAME), "2026-11-19 17:00"),
        ("2026-11-23 15:30", limit(0, SAME, True), "2026-11-25 17:00"),  # 24/11 off
        ("2026-11-19 18:00", limit(0, SAME, True), "2026-11-20 17:00"),
        ("2026-11-19 15:30", limit(1, SAME, True), "2026-11-20 17:00"),  # value not used
        # 0 working days is same day (and honours the flag).
        ("2026-11-19 10:00", limit(0, DAYS), "2026-11-19 17:00"),
        ("2026-11-19 15:30", limit(0, DAYS, True), "2026-11-20 17:00"),
        # The flag does not change other units.
        ("2026-11-19 15:30", limit(1, DAYS, True), "2026-11-20 15:30"),
        # Working hours: a result on a session end stays there.
        ("2026-11-19 09:30", limit(2, HOURS), "2026-11-19 11:30"),
        ("2026-11-19 16:00", limit(1, HOURS), "2026-11-19 17:00"),
        ("2026-11-19 16:00", limit("7.5", HOURS), "2026-11-20 16:00"),  # one working day
        ("2026-11-19 16:00", limit(8, HOURS), "2026-11-20 16:30"),
        ("2026-11-19 16:00", limit("0.5", HOURS), "2026-11-19 16:30"),
        ("2026-11-23 16:00", limit(4, HOURS), "2026-11-25 10:30"),  # 24/11 off
        # Fractional working days add that share of a standard day.
        ("2026-11-19 10:00", limit("1.5", DAYS), "2026-11-20 15:45"),
        ("2026-11-19 10:00", limit("0.5", DAYS), "2026-11-19 15:45"),
        # Tết 2026: 14–22 February are off.
        ("2026-02-13 10:00", limit(1, DAYS), "2026-02-23 10:00"),
        ("2026-02-12 16:00", limit(5, DAYS), "2026-02-26 16:00"),
        ("2026-02-13 16:00", limit(4, HOURS), "2026-02-23 10:30"),
        ("2026-02-14 08:00", limit(0, SAME, True), "2026-02-23 17:00"),
        # Make-up Saturday 22/8/2026 is a working day; 31/8–2/9 are off.
        ("2026-08-21 10:00", limit(1, DAYS), "2026-08-22 10:00"),
        ("2026-08-28 10:00", limit(1, DAYS), "2026-09-03 10:00"),
        # Across the year end: 1/1/2027 is off.
        ("2026-12-31 10:00", limit(1, DAYS), "2027-01-04 10:00"),
    ],
)
def test_worked_examples(received: str, time_limit: TimeLimit, expected: str) -> None:
    assert appointment_for(dt(received), time_limit, CAL) == dt(expected)


def test_eight_working_hours_from_16h_with_an_eight_hour_day() -> None:
    # With 07:00–11:30 and 13:30–17:00 a working day is 8 h.
    assert EIGHT_HOUR_CAL.standard_day == timedelta(hours=8)
    due = appointment_for(dt("2026-11-19 16:00"), limit(8, HOURS), EIGHT_HOUR_CAL)
    assert due == dt("2026-11-20 16:00")
    assert appointment_for(dt("2026-11-20 06:50"), limit(1, DAYS), EIGHT_HOUR_CAL) == dt(
        "2026-11-23 07:00"
    )


def test_supplement_pause_of_one_and_a_half_office_days() -> None:
    appointment = appointment_for(dt("2026-11-16 09:00"), limit(3, DAYS), CAL)
    assert appointment == dt("2026-11-19 09:00")
    paused, resumed = dt("2026-11-17 09:00"), dt("2026-11-18 14:45")  # 1.5 office days
    assert CAL.office_time_between(paused, resumed) == DAY * 3 / 2
    moved = resume_appointment(appointment, paused, resumed, CAL)
    # Thu 09:00 + 11 h 15 min: to 17:00 is 6 h, Friday morning 4 h, then 13:30 + 1 h 15.
    assert moved == dt("2026-11-20 14:45")
    assert CAL.office_time_between(appointment, moved) == DAY * 3 / 2


def test_a_pause_over_a_weekend_and_a_holiday_only_counts_office_time() -> None:
    appointment = dt("2026-11-27 10:00")
    moved = resume_appointment(appointment, dt("2026-11-20 17:00"), dt("2026-11-25 07:30"), CAL)
    assert moved == dt("2026-11-30 10:00")  # one office day waited (Mon 23)


def test_a_pause_with_no_office_time_leaves_the_appointment() -> None:
    appointment = dt("2026-11-27 10:00")
    assert resume_appointment(appointment, dt("2026-11-21 08:00"), dt("2026-11-22 20:00"), CAL) == (
        appointment
    )


def test_resume_from_a_closing_time_goes_to_the_next_day() -> None:
    moved = resume_appointment(
        dt("2026-11-19 17:00"), dt("2026-11-19 08:00"), dt("2026-11-19 09:00"), CAL
    )
    assert moved == dt("2026-11-20 08:30")


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-11-26 10:00:00.000001", DeadlineState.OVERDUE),
        ("2026-11-26 10:00", DeadlineState.DUE_SOON),
        ("2026-11-25 10:00", DeadlineState.DUE_SOON),  # exactly one working day left
        ("2026-11-25 09:59", DeadlineState.ON_TIME),
        ("2026-11-23 16:00", DeadlineState.ON_TIME),  # 1 h + (24/11 off) + 7.5 h + 2.5 h
        ("2026-11-20 10:00", DeadlineState.ON_TIME),
    ],
)
def test_classify(now: str, expected: DeadlineState) -> None:
    assert classify(dt("2026-11-26 10:00"), dt(now), CAL) is expected


def test_classify_counts_office_time_over_a_holiday() -> None:
    # Two calendar days but only 3 h 30 min of office time left (24/11 is off).
    assert classify(dt("2026-11-25 10:00"), dt("2026-11-23 16:00"), CAL) is DeadlineState.DUE_SOON


def test_classify_uses_the_office_standard_day() -> None:
    mornings_only = WorkingCalendar(OfficeHours.parse("07:30-11:30"))
    appointment, now = dt("2026-11-19 10:00"), dt("2026-11-17 10:00")
    assert mornings_only.office_time_between(now, appointment) == timedelta(hours=8)
    assert classify(appointment, now, mornings_only) is DeadlineState.ON_TIME  # two 4 h days
    assert classify(appointment, dt("2026-11-18 10:00"), mornings_only) is DeadlineState.DUE_SOON


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("2026-11-25 16:59", ResultTiming.EARLY),
        ("2026-11-26 08:00", ResultTiming.ON_TIME),
        ("2026-11-26 16:00", ResultTiming.ON_TIME),  # same day, later hour: on time by day
        ("2026-11-27 07:30", ResultTiming.LATE),
    ],
)
def test_result_timing_compares_by_day(end: str, expected: ResultTiming) -> None:
    assert result_timing(dt(end), dt("2026-11-26 10:00")) is expected


def test_is_finished_on_time_compares_instants() -> None:
    appointment = dt("2026-11-26 10:00")
    assert is_finished_on_time(dt("2026-11-26 10:00"), appointment)
    assert is_finished_on_time(dt("2026-11-20 10:00"), appointment)
    assert not is_finished_on_time(dt("2026-11-26 10:01"), appointment)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("working_days", DAYS),
        ("ngay_lam_viec", DAYS),
        ("gio_lam_viec", HOURS),
        (" Working_Hours ", HOURS),
        ("trong_ngay", SAME),
        ("same_day", SAME),
    ],
)
def test_limit_unit_parse(text: str, unit: LimitUnit) -> None:
    assert LimitUnit.parse(text) is unit


def test_limit_unit_names() -> None:
    assert DAYS.province_name == "ngay_lam_viec"
    assert HOURS.province_name == "gio_lam_viec"
    assert SAME.province_name == "trong_ngay"
    assert DAYS == "working_days"
    assert DAYS.label_vi == "ngày làm việc"
    with pytest.raises(InputError, match="không hợp lệ"):
        LimitUnit.parse("ngay")


def test_time_limit_checks_its_value() -> None:
    assert TimeLimit(3, DAYS).value == Decimal(3)  # type: ignore[arg-type]
    assert TimeLimit(0.5, HOURS).value == Decimal("0.5")  # type: ignore[arg-type]
    assert TimeLimit(Decimal(1), "trong_ngay").unit is SAME  # type: ignore[arg-type]
    for bad in (Decimal(-1), Decimal("NaN"), Decimal("Infinity"), True, "3"):
        with pytest.raises(InputError, match="Thời hạn"):
            TimeLimit(bad, DAYS)  # type: ignore[arg-type]
