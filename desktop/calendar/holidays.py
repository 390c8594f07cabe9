"""Public holidays: the per-year data and the days the Labour Code gives by itself.

The government fixes the exact days off and swaps every year, so the shipped calendar is data
(see :mod:`desktop.calendar.holiday_files`); :func:`statutory_holidays` is the fallback for a
year nobody has written down yet, and is always marked provisional.

Labour Code 2019, Art. 112: 1/1; Tết (5 days); Hùng Kings day (10/3 lunar); 30/4; 1/5;
2/9 plus one adjacent day; and, from :data:`CULTURE_DAY_FROM`, 24/11. A holiday on a weekend
is compensated on the next working day that is not already a holiday — except 24/11, which is
reported to sit outside the Labour Code's list (DOMAIN §3): it gives a weekday off only with the
setting ``holidays.culture_day_compensated`` (default no).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from desktop.calendar.lunar import lunar_new_year_eve, lunar_to_solar, solar_to_lunar, tet_date

CULTURE_DAY_FROM = date(2026, 7, 1)
"""24/11 (Ngày Văn hóa Việt Nam) is a paid day off from this date on. [check] (DOMAIN §3)"""

TET_DAYS_AFTER_EVE = 4
"""Statutory Tết break: the last day of the lunar year and mùng 1 to mùng 4 (5 days)."""

_WEEKDAY_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class HolidayYear:
    """The days off and make-up working days of one solar year.

    ``days_off`` maps each government day off (including holidays that fall on a weekend and
    the weekdays given in compensation) to its Vietnamese name; ``makeup_days`` maps each
    make-up working day (usually a Saturday) to its name. ``provisional`` is true when the
    government has not yet decided the year and the days come from the law alone.
    """

    year: int
    days_off: dict[date, str]
    makeup_days: dict[date, str]
    provisional: bool
    source: str = field(default="", compare=False)
    note: str = field(default="", compare=False)


def provisional_note(holidays: HolidayYear) -> str:
    """What the officer is told when a date falls in a year whose days off are not decided
    yet ("" for a decided year)."""
    if not holidays.provisional:
        return ""
    return (
        f"Lịch nghỉ năm {holidays.year} là tạm tính (Chính phủ chưa công bố lịch chính thức): "
        "ngày hẹn có thể thay đổi khi cập nhật lịch nghỉ."
    )


def weekday_vi(d: date) -> str:
    """The Vietnamese name of the weekday of ``d`` ("thứ Hai" … "Chủ nhật")."""
    return _WEEKDAY_VI[d.weekday()]


def _is_weekend(d: date) -> bool:
    return d.weekday() >= 5


def _tet_days(year: int) -> dict[date, str]:
    eve = lunar_new_year_eve(year)
    days = {eve: f"Tết Nguyên đán ({solar_to_lunar(eve).day} tháng Chạp)"}
    first = tet_date(year)
    for offset in range(TET_DAYS_AFTER_EVE):
        days[first + timedelta(days=offset)] = f"Tết Nguyên đán (mùng {offset + 1})"
    return days


def national_day_adjacent(year: int) -> date:
    """The day added to 2/9: 1/9 when it is a weekday, otherwise 3/9.

    The government chooses it each year; this is the guess for provisional years (it keeps
    the pair touching a weekend when 2/9 is a Monday or a Sunday).
    """
    before = date(year, 9, 1)
    return before if not _is_weekend(before) else date(year, 9, 3)


def _raw_holidays(year: int) -> dict[date, str]:
    days: dict[date, str] = {date(year, 1, 1): "Tết Dương lịch"}
    days.update(_tet_days(year))
    days[lunar_to_solar(year, 3, 10)] = "Giỗ Tổ Hùng Vương (10/3 âm lịch)"
    days[date(year, 4, 30)] = "Ngày Chiến thắng (30/4)"
    days[date(year, 5, 1)] = "Ngày Quốc tế Lao động (1/5)"
    days[national_day_adjacent(year)] = "Quốc khánh (ngày liền kề)"
    days[date(year, 9, 2)] = "Quốc khánh (2/9)"
    if date(year, 11, 24) >= CULTURE_DAY_FROM:
        days[date(year, 11, 24)] = "Ngày Văn hóa Việt Nam (24/11)"
    return days


def _with_compensation(raw: dict[date, str], culture_day_compensated: bool) -> dict[date, str]:
    """Add, for each holiday on a weekend, the next weekday that is not already off (for 24/11
    only when ``culture_day_compensated``)."""
    result = dict(raw)
    for day in sorted(raw):
        if not _is_weekend(day) or (
            (day.month, day.day) == (11, 24) and not culture_day_compensated
        ):
            continue
        substitute = day + timedelta(days=1)
        while _is_weekend(substitute) or substitute in result:
            substitute += timedelta(days=1)
        label = raw[day]
        result[substitute] = f"Nghỉ bù cho {label}, {weekday_vi(day)} {day:%d/%m}"
    return dict(sorted(result.items()))


@lru_cache(maxsize=64)
def _statutory_items(year: int, culture_day_compensated: bool) -> tuple[tuple[date, str], ...]:
    return tuple(_with_compensation(_raw_holidays(year), culture_day_compensated).items())


def statutory_holidays(year: int, *, culture_day_compensated: bool = False) -> HolidayYear:
    """The days off the law gives in ``year`` by itself, with no swaps; provisional. 24/11 on a
    weekend gives the next working day off only when ``culture_day_compensated``."""
    return HolidayYear(
        year=year,
        days_off=dict(_statutory_items(year, culture_day_compensated)),
        makeup_days={},
        provisional=True,
        source="Bộ luật Lao động 2019, Điều 112 (tính tự động)",
        note=(
            "Tạm tính theo luật: Tết gồm ngày cuối năm âm lịch và mùng 1 đến mùng 4; "
            "ngày liền kề Quốc khánh là 1/9 (hoặc 3/9 nếu 1/9 rơi vào cuối tuần); "
            "ngày lễ trùng thứ Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp. "
            "Cần cập nhật khi Chính phủ công bố lịch nghỉ chính thức."
        ),
    )
