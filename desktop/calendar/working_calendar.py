"""The office's working calendar: which days are worked, in which sessions, and office time.

All datetimes are naive local Vietnam time (UTC+7, no daylight saving). A day is a working day
when it has sessions: an office override wins, then a make-up day of the holiday data (worked
with the make-up sessions), then a government day off, then the ordinary weekly hours.
Years are loaded on first use and kept; build a new calendar after the office edits its
hours, holiday files or overrides.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType

from desktop.calendar.holiday_files import load_holiday_year
from desktop.calendar.holidays import HolidayYear
from desktop.calendar.office_hours import OfficeHours, Sessions
from desktop.calendar.year_index import (
    YearIndex,
    at_micros,
    elapsed_in_day,
    instant_in_day,
    micros_of,
    micros_of_time,
)

MAX_YEARS_AHEAD = 100
"""How far a computation may run past its starting year before it is refused."""

OFFICE_DAY_OFF_NAME = "Ngày nghỉ do cơ quan quyết định"


class WorkingCalendar:
    """Working days and office time for one office (hours, holiday files, overrides)."""

    def __init__(
        self,
        hours: OfficeHours | None = None,
        *,
        holiday_dir: Path | None = None,
        overrides: Mapping[date, bool] | None = None,
        culture_day_compensated: bool = False,
    ) -> None:
        self._hours = hours if hours is not None else OfficeHours.default()
        self._holiday_dir = holiday_dir
        self._overrides: Mapping[date, bool] = MappingProxyType(dict(overrides or {}))
        self._culture_day_compensated = culture_day_compensated  # for computed years only
        self._standard_day = self._hours.standard_day
        self._holidays: dict[int, HolidayYear] = {}
        self._indexes: dict[int, YearIndex] = {}
        self._lock = threading.RLock()

    @property
    def hours(self) -> OfficeHours:
        return self._hours

    @property
    def holiday_dir(self) -> Path | None:
        return self._holiday_dir

    @property
    def overrides(self) -> Mapping[date, bool]:
        return self._overrides

    @property
    def standard_day(self) -> timedelta:
        """The office time of one working day for counting (7 h 30 with the default hours)."""
        return self._standard_day

    # -- days -------------------------------------------------------------------------------

    def holiday_year(self, year: int) -> HolidayYear:
        """The holiday data used for ``year`` (office file, shipped file or statutory)."""
        found = self._holidays.get(year)
        if found is None:
            with self._lock:
                found = self._holidays.get(year)
                if found is None:
                    found = load_holiday_year(
                        year,
                        self._holiday_dir,
                        culture_day_compensated=self._culture_day_compensated,
                    )
                    self._holidays[year] = found
        return found

    def _sessions_planned(self, d: date, holidays: HolidayYear) -> Sessions:
        weekly = self._hours.weekly[d.weekday()]
        override = self._overrides.get(d)
        if override is not None:
            return (weekly or self._hours.makeup_day) if override else ()
        if d in holidays.makeup_days:
            return self._hours.makeup_day
        if d in holidays.days_off:
            return ()
        return weekly

    def _index(self, year: int) -> YearIndex:
        found = self._indexes.get(year)
        if found is None:
            with self._lock:
                found = self._indexes.get(year)
                if found is None:
                    holidays = self.holiday_year(year)
                    found = YearIndex.build(year, lambda d: self._sessions_planned(d, holidays))
                    self._indexes[year] = found
        return found

    def is_working_day(self, d: date) -> bool:
        return d.toordinal() in self._index(d.year).positions

    def sessions_on(self, d: date) -> Sessions:
        """The sessions of ``d``; ``()`` on a day off."""
        index = self._index(d.year)
        position = index.positions.get(d.toordinal())
        return () if position is None else index.sessions[position]

    def holiday_name(self, d: date) -> str | None:
        """Why ``d`` is off, when it is a government or office day off (not a plain weekend)."""
        if self._overrides.get(d) is True:
            return None
        name = self.holiday_year(d.year).days_off.get(d)
        if name is None and self._overrides.get(d) is False:
            return OFFICE_DAY_OFF_NAME
        return name

    def closing_time(self, d: date) -> datetime:
        """The end of the last session of the working day ``d``."""
        sessions = self.sessions_on(d)
        if not sessions:
            raise ValueError(f"{d.isoformat()} is not a working day")
        return datetime.combine(d, sessions[-1][1])

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        index = self._index(d.year)
        index, position = self._carry(index, index.first_after(d.toordinal()))
        return date.fromordinal(index.ordinals[position])

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days ``d`` with ``a < d <= b`` (0 when ``b <= a``)."""
        if b <= a:
            return 0
        first, last = self._index(a.year), self._index(b.year)
        if a.year == b.year:
            return first.first_after(b.toordinal()) - first.first_after(a.toordinal())
        count = len(first) - first.first_after(a.toordinal())
        count += sum(len(self._index(year)) for year in range(a.year + 1, b.year))
        return count + last.first_after(b.toordinal())

    # -- instants ---------------------------------------------------------------------------

    def _carry(self, index: YearIndex, position: int) -> tuple[YearIndex, int]:
        """Move ``position`` (possibly past the end of ``index``) into the year it falls in."""
        for _ in range(MAX_YEARS_AHEAD):
            if position < len(index):
                return index, position
            position -= len(index)
            index = self._index(index.year + 1)
        raise ValueError("no working day found within the supported years")

    def next_opening(self, at: datetime) -> datetime:
        """``at`` itself when it is inside a session (start inclusive, end exclusive), else
        the start of the next session."""
        index = self._index(at.year)
        ordinal = at.toordinal()
        position = index.positions.get(ordinal)
        if position is not None:
            micros = micros_of_time(at.time())
            for start, end in index.micro_sessions[position]:
                if micros < start:
                    return at_micros(ordinal, start)
                if micros < end:
                    return at
        index, position = self._carry(index, index.first_after(ordinal))
        return at_micros(index.ordinals[position], index.micro_sessions[position][0][0])

    def add_working_days(self, start: datetime, n: int) -> datetime:
        """The same time of day on the ``n``-th working day after ``next_opening(start)``.

        When that time of day is not inside a session of the target day (the target has other
        hours), the result is the instant of the target day with as much of its office time
        elapsed as had elapsed at the effective start (clamped to its closing time): the
        office time between is then the sum of the ``n`` working days counted from the start.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        effective = self.next_opening(start)
        if n == 0:
            return effective
        index = self._index(effective.year)
        position = index.positions[effective.toordinal()]
        target, target_position = self._carry(index, position + n)
        micros = micros_of_time(effective.time())
        sessions = target.micro_sessions[target_position]
        if not any(begin <= micros <= end for begin, end in sessions):
            elapsed = elapsed_in_day(index.micro_sessions[position], micros)
            micros = instant_in_day(sessions, elapsed)
        return at_micros(target.ordinals[target_position], micros)

    def add_office_time(self, start: datetime, span: timedelta) -> datetime:
        """The earliest instant with ``span`` of office time since ``start``: a result on a
        session end stays there (11:30, not 13:30). ``start`` itself when ``span`` is zero."""
        micros = micros_of(span)
        if micros < 0:
            raise ValueError("span must not be negative")
        if micros == 0:
            return start
        index = self._index(start.year)
        target = index.position(start.toordinal(), micros_of_time(start.time())) + micros
        for _ in range(MAX_YEARS_AHEAD):
            if target <= index.total:
                ordinal, time_micros = index.instant(target)
                return at_micros(ordinal, time_micros)
            target -= index.total
            index = self._index(index.year + 1)
        raise ValueError("office time span too long")

    def office_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Office time from ``a`` to ``b``; zero when ``b <= a``."""
        if b <= a:
            return timedelta(0)
        first = self._index(a.year)
        start = first.position(a.toordinal(), micros_of_time(a.time()))
        last = self._index(b.year)
        end = last.position(b.toordinal(), micros_of_time(b.time()))
        if a.year != b.year:
            end += first.total
            end += sum(self._index(year).total for year in range(a.year + 1, b.year))
        return timedelta(microseconds=end - start)
