"""The working calendar: openings, closing times, office time and working days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from desktop.calendar import OfficeHours, WorkingCalendar

CAL = WorkingCalendar()
DAY = timedelta(hours=7, minutes=30)  # 07:30–11:30 and 13:30–17:00


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ("2026-11-19 07:30", "2026-11-19 07:30"),  # a session start is inside
        ("2026-11-19 09:15:30.5", "2026-11-19 09:15:30.5"),
        ("2026-11-19 06:00", "2026-11-19 07:30"),
        ("2026-11-19 11:30", "2026-11-19 13:30"),  # a session end is not
        ("2026-11-19 12:00", "2026-11-19 13:30"),
        ("2026-11-19 17:00", "2026-11-20 07:30"),
        ("2026-11-20 18:00", "2026-11-23 07:30"),
        ("2026-11-21 10:00", "2026-11-23 07:30"),  # Saturday
        ("2026-11-23 23:59", "2026-11-25 07:30"),  # 24/11 is off
        ("2026-12-31 17:30", "2027-01-04 07:30"),  # 1/1/2027 off, then a weekend
        ("2026-08-21 17:30", "2026-08-22 07:30"),  # make-up Saturday
    ],
)
def test_next_opening(at: str, expected: str) -> None:
    assert CAL.next_opening(dt(at)) == dt(expected)


def test_closing_time() -> None:
    assert CAL.closing_time(date(2026, 11, 20)) == dt("2026-11-20 17:00")
    with pytest.raises(ValueError):
        CAL.closing_time(date(2026, 11, 24))


def test_next_working_day_and_count() -> None:
    assert CAL.next_working_day(date(2026, 11, 23)) == date(2026, 11, 25)
    assert CAL.next_working_day(date(2026, 12, 31)) == date(2027, 1, 4)
    assert CAL.working_days_between(date(2026, 11, 20), date(2026, 11, 26)) == 3
    assert CAL.working_days_between(date(2026, 11, 26), date(2026, 11, 20)) == 0
    # 2026-12-31 → 2027-01-04 crosses a year and New Year's Day.
    assert CAL.working_days_between(date(2026, 12, 30), date(2027, 1, 4)) == 2


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2026-11-19 10:00", "2026-11-19 10:00", timedelta(0)),
        ("2026-11-19 10:00", "2026-11-19 09:00", timedelta(0)),
        ("2026-11-19 10:00", "2026-11-19 14:00", timedelta(hours=2)),
        ("2026-11-19 12:00", "2026-11-19 13:00", timedelta(0)),
        ("2026-11-19 10:00", "2026-11-20 10:00", DAY),
        ("2026-11-20 10:00", "2026-11-26 10:00", 3 * DAY),
        ("2026-11-21 00:00", "2026-11-22 23:59", timedelta(0)),
        ("2026-12-31 10:00", "2027-01-05 10:00", 2 * DAY),
        # 261 weekdays - 12 weekday days off + 1 make-up Saturday
        ("2025-01-01 00:00", "2025-12-31 23:59", 250 * DAY),
    ],
)
def test_office_time_between(a: str, b: str, expected: timedelta) -> None:
    assert CAL.office_time_between(dt(a), dt(b)) == expected


def test_office_time_over_several_years_adds_up() -> None:
    total = CAL.office_time_between(dt("2025-01-01 00:00"), dt("2028-01-01 00:00"))
    by_year = sum(
        (
            CAL.office_time_between(datetime(year, 1, 1), datetime(year + 1, 1, 1))
            for year in (2025, 2026, 2027)
        ),
        timedelta(),
    )
    assert total == by_year


@pytest.mark.parametrize(
    ("start", "span", "expected"),
    [
        ("2026-11-19 09:30", timedelta(hours=2), "2026-11-19 11:30"),  # stays on the end
        ("2026-11-19 09:30", timedelta(hours=2, seconds=1), "2026-11-19 13:30:01"),
        ("2026-11-19 16:00", timedelta(hours=1), "2026-11-19 17:00"),  # not next morning
        ("2026-11-19 12:00", timedelta(hours=1), "2026-11-19 14:30"),
        ("2026-11-19 16:00", DAY, "2026-11-20 16:00"),
        ("2026-11-20 10:00", timedelta(0), "2026-11-20 10:00"),
        ("2026-12-31 16:00", 2 * DAY, "2027-01-05 16:00"),
    ],
)
def test_add_office_time(start: str, span: timedelta, expected: str) -> None:
    assert CAL.add_office_time(dt(start), span) == dt(expected)


def test_negative_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_office_time(dt("2026-11-19 09:30"), timedelta(hours=-1))
    with pytest.raises(ValueError):
        CAL.add_working_days(dt("2026-11-19 09:30"), -1)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-11-20 10:00", 3, "2026-11-26 10:00"),  # over 24/11
        ("2026-11-20 10:00", 0, "2026-11-20 10:00"),
        ("2026-11-20 12:15", 1, "2026-11-23 13:30"),
        ("2026-02-13 09:00", 1, "2026-02-23 09:00"),  # over Tết 2026
        ("2026-08-21 09:00", 1, "2026-08-22 09:00"),  # make-up Saturday counts
        ("2025-12-31 14:00", 2, "2026-01-06 14:00"),  # 1/1 and 2/1/2026 off
    ],
)
def test_add_working_days(start: str, n: int, expected: str) -> None:
    assert CAL.add_working_days(dt(start), n) == dt(expected)


def test_add_working_days_over_sixty_days_is_exact() -> None:
    start = dt("2026-01-05 09:00")
    due = CAL.add_working_days(start, 60)
    assert CAL.working_days_between(start.date(), due.date()) == 60
    assert due.time() == time(9, 0)
    assert CAL.office_time_between(start, due) == 60 * DAY


def test_working_days_onto_a_day_with_other_hours() -> None:
    # Friday afternoon closed: 15:00 Thursday + 1 working day has no 15:00 on Friday, so the
    # result keeps the elapsed office time of the day and is clamped to Friday's closing time.
    short_friday = OfficeHours.parse("T2-T5=07:30-11:30,13:30-17:00; T6=07:30-11:30")
    cal = WorkingCalendar(short_friday)
    assert cal.add_working_days(dt("2026-11-19 15:00"), 1) == dt("2026-11-20 11:30")
    assert cal.add_working_days(dt("2026-11-19 10:00"), 1) == dt("2026-11-20 10:00")
    # Friday 10:00 + 1 day: 10:00 is inside Monday's sessions, so it stays.
    assert cal.add_working_days(dt("2026-11-20 10:00"), 1) == dt("2026-11-23 10:00")
    # Afternoons start at 14:00 on Mondays: 13:45 does not exist, the position does.
    late_monday = OfficeHours.parse("T2=07:30-11:30,14:00-17:30; T3-T6=07:30-11:30,13:30-17:00")
    cal = WorkingCalendar(late_monday)
    due = cal.add_working_days(dt("2026-11-20 13:45"), 1)
    assert due == dt("2026-11-23 14:15")
    assert cal.office_time_between(dt("2026-11-20 13:45"), due) == DAY


def test_makeup_day_uses_the_makeup_sessions() -> None:
    hours = OfficeHours.parse("T2-T6=07:30-11:30,13:30-17:00; bu=07:30-11:30")
    cal = WorkingCalendar(hours)
    assert cal.sessions_on(date(2026, 8, 22)) == ((time(7, 30), time(11, 30)),)
    assert cal.closing_time(date(2026, 8, 22)) == dt("2026-08-22 11:30")


def test_an_office_override_turns_a_weekday_off_and_shifts_deadlines() -> None:
    plain = WorkingCalendar()
    closed = WorkingCalendar(overrides={date(2026, 11, 25): False})
    assert plain.is_working_day(date(2026, 11, 25))
    assert not closed.is_working_day(date(2026, 11, 25))
    assert closed.holiday_name(date(2026, 11, 25)) == "Ngày nghỉ do cơ quan quyết định"
    start = dt("2026-11-20 10:00")
    assert plain.add_working_days(start, 3) == dt("2026-11-26 10:00")
    assert closed.add_working_days(start, 3) == dt("2026-11-27 10:00")


def test_an_office_override_makes_a_holiday_or_a_saturday_a_working_day() -> None:
    cal = WorkingCalendar(overrides={date(2026, 11, 24): True, date(2026, 11, 28): True})
    assert cal.is_working_day(date(2026, 11, 24))
    assert cal.holiday_name(date(2026, 11, 24)) is None
    assert cal.sessions_on(date(2026, 11, 28)) == cal.hours.makeup_day
    assert cal.add_working_days(dt("2026-11-20 10:00"), 3) == dt("2026-11-25 10:00")
    # An office can also cancel a shipped make-up Saturday.
    cancelled = WorkingCalendar(overrides={date(2026, 8, 22): False})
    assert not cancelled.is_working_day(date(2026, 8, 22))


def test_overrides_are_copied() -> None:
    overrides = {date(2026, 11, 25): False}
    cal = WorkingCalendar(overrides=overrides)
    overrides.clear()
    assert not cal.is_working_day(date(2026, 11, 25))
    assert dict(cal.overrides) == {date(2026, 11, 25): False}
