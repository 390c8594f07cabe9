"""The Vietnamese (UTC+7) lunar calendar, pinned on the years where Chinese tables differ."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.calendar import LunarDay, lunar_to_solar, solar_to_lunar, tet_date
from desktop.calendar.lunar import lunar_new_year_eve
from desktop.errors import InputError


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1985, date(1985, 1, 21)),  # Chinese tables: 20 February 1985
        (2007, date(2007, 2, 17)),  # Chinese tables: 18 February 2007
        (2025, date(2025, 1, 29)),
        (2026, date(2026, 2, 17)),
        (2027, date(2027, 2, 6)),
        (2030, date(2030, 2, 2)),  # Chinese tables: 3 February 2030
    ],
)
def test_tet_is_the_vietnamese_date(year: int, expected: date) -> None:
    assert tet_date(year) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2025, date(2025, 4, 7)),
        (2026, date(2026, 4, 26)),  # a Sunday
        (2027, date(2027, 4, 16)),  # a Friday
    ],
)
def test_hung_kings_day_is_10_3_lunar(year: int, expected: date) -> None:
    assert lunar_to_solar(year, 3, 10) == expected


def test_new_year_eve_is_the_last_day_of_the_lunar_year() -> None:
    assert lunar_new_year_eve(2026) == date(2026, 2, 16)
    assert solar_to_lunar(date(2026, 2, 16)) == LunarDay(2025, 12, 29)
    assert solar_to_lunar(date(1985, 1, 20)) == LunarDay(1984, 12, 30)


def test_solar_to_lunar_round_trips() -> None:
    day = date(2026, 9, 25)
    lunar = solar_to_lunar(day)
    assert lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap) == day


def test_leap_month_is_supported() -> None:
    # 2025 has a leap sixth month (tháng 6 nhuận).
    start = lunar_to_solar(2025, 6, 1, leap=True)
    assert solar_to_lunar(start) == LunarDay(2025, 6, 1, leap=True)
    assert start > lunar_to_solar(2025, 6, 1)


@pytest.mark.parametrize(
    ("year", "month", "day", "leap"),
    # tháng Chạp of 2025 has 29 days; 2026 has no leap month.
    [(2025, 12, 30, False), (2026, 6, 1, True), (2026, 13, 1, False)],
)
def test_a_day_that_does_not_exist_is_refused(year: int, month: int, day: int, leap: bool) -> None:
    with pytest.raises(InputError, match="không tồn tại"):
        lunar_to_solar(year, month, day, leap)


def test_a_year_out_of_range_is_refused_in_vietnamese() -> None:
    with pytest.raises(InputError, match="ngoài phạm vi"):
        tet_date(2150)
