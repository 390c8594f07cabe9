"""Reporting periods: a calendar month, the 15th-to-14th window, or any date range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desktop.errors import InputError

MAX_DAYS = 3 * 366
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class Window(StrEnum):
    CALENDAR = "calendar"
    MID_MONTH = "15-14"


@dataclass(frozen=True)
class Period:
    """Days ``first`` to ``last`` inclusive; ``start``/``end`` are the instants bounding them
    (``end`` is midnight after ``last``, excluded)."""

    first: date
    last: date

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time.min)

    @property
    def label(self) -> str:
        return f"từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"

    def following(self) -> Period:
        """The period of the same length starting the day after this one ends (for months,
        use :func:`month_period` on the next month instead)."""
        days = (self.last - self.first).days
        first = self.last + timedelta(days=1)
        return Period(first, first + timedelta(days=days))


def month_period(year: int, month: int, window: Window = Window.CALENDAR) -> Period:
    """The reporting month: the calendar month, or the 15th of the month before to the 14th."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise InputError("Tháng báo cáo không hợp lệ (YYYY-MM).", field="period")
    if window == Window.MID_MONTH:
        before = date(year - 1, 12, 15) if month == 1 else date(year, month - 1, 15)
        return Period(before, date(year, month, 14))
    first = date(year, month, 1)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return Period(first, following - timedelta(days=1))


def parse_month(text: str, window: str = "calendar") -> Period:
    match = _MONTH.match(text.strip())
    if not match:
        raise InputError("Kỳ báo cáo phải viết YYYY-MM, ví dụ 2026-10.", field="period")
    try:
        chosen = Window(window)
    except ValueError:
        raise InputError(
            "Cách tính kỳ phải là 'calendar' (tháng dương lịch) hoặc '15-14' "
            "(từ ngày 15 tháng trước đến ngày 14).",
            field="window",
        ) from None
    return month_period(int(match.group(1)), int(match.group(2)), chosen)


def range_period(first: date, last: date) -> Period:
    if last < first:
        raise InputError("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.", field="to")
    if (last - first).days >= MAX_DAYS:
        raise InputError("Kỳ báo cáo tối đa ba năm.", field="to")
    return Period(first, last)
