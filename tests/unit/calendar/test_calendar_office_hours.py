"""Office hours: the default, the text form and its checks."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.calendar import OfficeHours
from desktop.errors import InputError

MORNING = (time(7, 30), time(11, 30))
AFTERNOON = (time(13, 30), time(17, 0))


def test_default_is_monday_to_friday_two_sessions() -> None:
    hours = OfficeHours.default()
    for weekday in range(5):
        assert hours.weekly[weekday] == (MORNING, AFTERNOON)
    assert hours.weekly[5] == hours.weekly[6] == ()
    assert hours.makeup_day == (MORNING, AFTERNOON)
    assert hours.standard_day == timedelta(hours=7, minutes=30)
    assert hours.to_text() == "07:30-11:30,13:30-17:00"


def test_the_simple_text_means_monday_to_friday() -> None:
    assert OfficeHours.parse("07:30-11:30,13:30-17:00") == OfficeHours.default()
    assert OfficeHours.parse(" 7h30 – 11h30 , 13:30-17:00 ") == OfficeHours.default()
    assert OfficeHours.parse("13:30-17:00,07:30-11:30") == OfficeHours.default()


def test_eight_hour_days() -> None:
    hours = OfficeHours.parse("07:00-11:30,13:30-17:00")
    assert hours.standard_day == timedelta(hours=8)


def test_per_weekday_text_and_makeup_sessions() -> None:
    hours = OfficeHours.parse("T2-T6=07:00-11:30,13:30-17:00; T7=07:30-11:30; bù=08:00-11:30")
    assert hours.weekly[4] == ((time(7), time(11, 30)), AFTERNOON)
    assert hours.weekly[5] == (MORNING,)
    assert hours.weekly[6] == ()
    assert hours.makeup_day == ((time(8), time(11, 30)),)
    assert hours.standard_day == timedelta(hours=8)
    assert OfficeHours.parse(hours.to_text()) == hours


def test_makeup_defaults_to_the_first_open_weekday() -> None:
    hours = OfficeHours({1: (MORNING,), 2: (MORNING, AFTERNOON)})
    assert hours.makeup_day == (MORNING,)
    assert hours.weekly[0] == ()


def test_office_hours_are_hashable_and_comparable() -> None:
    assert hash(OfficeHours.default()) == hash(OfficeHours.parse("07:30-11:30,13:30-17:00"))
    assert OfficeHours.default() != OfficeHours.parse("07:00-11:30,13:30-17:00")


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("", "chưa nhập"),
        ("07:30-11:30,11:00-17:00", "chồng nhau"),
        ("11:30-07:30", "không trước giờ kết thúc"),
        ("07:30-07:30", "không trước giờ kết thúc"),
        ("07:30", "giờ-giờ"),
        ("7 giờ-11 giờ", "không phải giờ"),
        ("25:00-26:00", "không phải giờ hợp lệ"),
        ("T8=07:30-11:30", "không phải thứ"),
        ("T6-T2=07:30-11:30", "bị ngược"),
        ("T2-T6=07:30-11:30; T3=13:30-17:00", "hai lần"),
        ("T7-CN=07:30-11:30; bu=", "giờ-giờ"),
    ],
)
def test_bad_text_is_refused_in_vietnamese(text: str, detail: str) -> None:
    with pytest.raises(InputError) as caught:
        OfficeHours.parse(text)
    assert caught.value.message.startswith("Giờ làm việc không hợp lệ")
    assert detail in caught.value.message


def test_a_week_without_sessions_is_refused() -> None:
    with pytest.raises(InputError, match="ít nhất một ngày"):
        OfficeHours({})
    with pytest.raises(InputError, match="0 \\(thứ Hai\\) đến 6"):
        OfficeHours({7: (MORNING,)})


_minutes = st.integers(min_value=0, max_value=24 * 60 - 1)


@st.composite
def _sessions(draw: st.DrawFn) -> tuple[tuple[time, time], ...]:
    points = sorted(draw(st.sets(_minutes, min_size=2, max_size=6)))
    pairs = list(zip(points[::2], points[1::2], strict=False))
    return tuple((time(a // 60, a % 60), time(b // 60, b % 60)) for a, b in pairs)


@settings(max_examples=200)
@given(
    week=st.lists(st.one_of(st.just(()), _sessions()), min_size=7, max_size=7),
    makeup=st.one_of(st.just(()), _sessions()),
)
def test_text_round_trips(
    week: list[tuple[tuple[time, time], ...]], makeup: tuple[tuple[time, time], ...]
) -> None:
    if not any(week):
        week[0] = (MORNING,)
    hours = OfficeHours(dict(enumerate(week)), makeup)
    assert OfficeHours.parse(hours.to_text()) == hours


def test_a_text_longer_than_its_column_is_refused_in_vietnamese() -> None:
    with pytest.raises(InputError, match="dài quá 2000 ký tự"):
        OfficeHours.parse("07:30-11:30," * 1000)
