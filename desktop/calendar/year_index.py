"""The working days of one year, indexed for fast office-time arithmetic.

Time inside the index is counted in integer microseconds so sums are exact: a position in
the year is the office time elapsed from 1 January 00:00 to that instant. Office time is then
a difference of positions, and adding office time is finding a position again — a binary
search over the working days instead of stepping minute by minute.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.calendar.office_hours import Sessions

MICROS_PER_DAY = 86_400_000_000

MicroSessions = tuple[tuple[int, int], ...]
"""Sessions as microseconds since midnight."""


def micros_of_time(t: time) -> int:
    """Microseconds from midnight to ``t``."""
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


def micros_of(span: timedelta) -> int:
    """A timedelta as integer microseconds."""
    return (span.days * 86_400 + span.seconds) * 1_000_000 + span.microseconds


def at_micros(ordinal: int, micros: int) -> datetime:
    """The naive datetime ``micros`` after midnight of the day with proleptic ``ordinal``."""
    return datetime.fromordinal(ordinal) + timedelta(microseconds=micros)


def elapsed_in_day(sessions: MicroSessions, micros: int) -> int:
    """Office time of one day elapsed at ``micros`` after midnight."""
    total = 0
    for start, end in sessions:
        if micros <= start:
            break
        total += min(micros, end) - start
    return total


def instant_in_day(sessions: MicroSessions, elapsed: int) -> int:
    """The earliest time of day at which ``elapsed`` office time has passed (a session end
    rather than the next session start); ``elapsed`` is clamped to the day's length."""
    remaining = elapsed
    for start, end in sessions:
        if remaining <= end - start:
            return start + remaining
        remaining -= end - start
    return sessions[-1][1]


@dataclass(frozen=True, eq=False)
class YearIndex:
    """Working days of one year: ordinals ascending, their sessions, and the office time
    before (``starts``) and up to the end of (``ends``) each day."""

    year: int
    ordinals: tuple[int, ...]
    positions: dict[int, int]
    sessions: tuple[Sessions, ...]
    micro_sessions: tuple[MicroSessions, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def build(cls, year: int, sessions_of: Callable[[date], Sessions]) -> YearIndex:
        """Index ``year`` given the sessions of each day (empty on a day off)."""
        ordinals: list[int] = []
        all_sessions: list[Sessions] = []
        day = date(year, 1, 1)
        while day.year == year:
            sessions = sessions_of(day)
            if sessions:
                ordinals.append(day.toordinal())
                all_sessions.append(sessions)
            day += timedelta(days=1)
        micro = tuple(
            tuple((micros_of_time(s), micros_of_time(e)) for s, e in day_sessions)
            for day_sessions in all_sessions
        )
        starts: list[int] = []
        ends: list[int] = []
        total = 0
        for day_micro in micro:
            starts.append(total)
            total += sum(end - start for start, end in day_micro)
            ends.append(total)
        return cls(
            year=year,
            ordinals=tuple(ordinals),
            positions={ordinal: i for i, ordinal in enumerate(ordinals)},
            sessions=tuple(all_sessions),
            micro_sessions=micro,
            starts=tuple(starts),
            ends=tuple(ends),
        )

    @property
    def total(self) -> int:
        """Office time of the whole year."""
        return self.ends[-1] if self.ends else 0

    def __len__(self) -> int:
        return len(self.ordinals)

    def first_after(self, ordinal: int) -> int:
        """Index of the first working day strictly after ``ordinal`` (``len`` if none)."""
        return bisect_right(self.ordinals, ordinal)

    def first_from(self, ordinal: int) -> int:
        """Index of the first working day on or after ``ordinal`` (``len`` if none)."""
        return bisect_left(self.ordinals, ordinal)

    def position(self, ordinal: int, micros: int) -> int:
        """Office time from the start of the year to ``micros`` after midnight of the day."""
        index = self.positions.get(ordinal)
        if index is None:
            later = self.first_from(ordinal)
            return self.starts[later] if later < len(self.ordinals) else self.total
        return self.starts[index] + elapsed_in_day(self.micro_sessions[index], micros)

    def instant(self, position: int) -> tuple[int, int]:
        """The earliest (ordinal, micros) at ``position`` office time into the year;
        ``0 < position <= total``, so the result is inside a session or at its end."""
        index = bisect_left(self.ends, position)
        elapsed = position - self.starts[index]
        return self.ordinals[index], instant_in_day(self.micro_sessions[index], elapsed)
