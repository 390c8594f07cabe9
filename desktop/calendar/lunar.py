"""The Vietnamese lunar calendar (âm lịch), computed for UTC+7.

A thin typed wrapper over ``lunar_vn``. Vietnamese dates differ from Chinese tables in some
years because the new moon is dated in Vietnam's time zone: Tết 2030 is 2 February (not
3 February), Tết 2007 is 17 February (not 18 February) and Tết 1985 is 21 January (a whole
month before the Chinese 20 February).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

import lunar_vn

from desktop.errors import InputError

VIETNAM_UTC_OFFSET_HOURS = 7.0
"""The time zone the lunar months are computed in (Asia/Ho_Chi_Minh, no daylight saving)."""

SUPPORTED_YEARS = (1900, 2100)
"""Solar years the lunar computation supports."""


class LunarDay(NamedTuple):
    """A day of the lunar calendar; ``leap`` marks a day of a leap month (tháng nhuận)."""

    year: int
    month: int
    day: int
    leap: bool = False


def _check_year(year: int) -> None:
    low, high = SUPPORTED_YEARS
    if not low <= year <= high:
        raise InputError(
            f"Năm {year} nằm ngoài phạm vi lịch âm được hỗ trợ ({low}–{high})", field="year"
        )


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of lunar ``day``/``month``/``year`` (``leap`` for a leap month)."""
    _check_year(year)
    try:
        lunar = lunar_vn.LunarDate(day=day, month=month, year=year, leap=leap)
        result = lunar_vn.lunar_to_solar(lunar, time_zone=VIETNAM_UTC_OFFSET_HOURS)
    except ValueError as exc:
        raise _no_such_day(year, month, day) from exc
    solar = date(result.year, result.month, result.day)
    # lunar_vn silently rolls 30 over into the next month when the month has 29 days.
    if solar_to_lunar(solar) != LunarDay(year, month, day, leap):
        raise _no_such_day(year, month, day)
    return solar


def _no_such_day(year: int, month: int, day: int) -> InputError:
    return InputError(
        f"Ngày âm lịch {day:02d}/{month:02d}/{year} không tồn tại", field="lunar_date"
    )


def solar_to_lunar(d: date) -> LunarDay:
    """The lunar day that falls on the solar date ``d``."""
    _check_year(d.year)
    lunar = lunar_vn.solar_to_lunar(d, time_zone=VIETNAM_UTC_OFFSET_HOURS)
    return LunarDay(lunar.year, lunar.month, lunar.day, lunar.leap)


def tet_date(year: int) -> date:
    """Mùng 1 Tết: the first day of the lunar year that starts in solar ``year``."""
    return lunar_to_solar(year, 1, 1)


def lunar_new_year_eve(year: int) -> date:
    """The last day of the lunar year that ends in solar ``year`` (29 or 30 tháng Chạp)."""
    return tet_date(year) - timedelta(days=1)
