"""Office hours: the sessions (buổi làm việc) of each weekday and of a make-up Saturday.

Text form, as an office types it in the settings::

    07:30-11:30,13:30-17:00                       Monday to Friday, weekend closed
    T2-T6=07:00-11:30,13:30-17:00; T7=07:30-11:30  per weekday (T2 … T7, CN), ranges allowed
    T2-T6=07:30-11:30,13:30-17:00; bu=08:00-11:30  "bu" (or "bù"): the make-up Saturday

Hours may be written ``7:30``, ``07:30``, ``07:30:15`` or ``7h30``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import time, timedelta
from itertools import pairwise
from types import MappingProxyType

from desktop.errors import InputError

Session = tuple[time, time]
"""One session: start (inclusive) and end (the end counts as inside for an appointment)."""

Sessions = tuple[Session, ...]

DAY_KEYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
"""Vietnamese weekday keys used in the text form, index 0 = Monday."""

MAKEUP_KEYS = ("BU", "BÙ")

_DEFAULT_SESSIONS: Sessions = ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))
_EXAMPLE = "07:30-11:30,13:30-17:00"
_TIME = re.compile(r"(\d{1,2})[:hH](\d{2})(?::(\d{2}))?")
_FIELD = "office_hours"
TEXT_MAX = 2000  # characters typed, at most (an office's week takes well under 100)


def _bad(detail: str) -> InputError:
    return InputError(f"Giờ làm việc không hợp lệ: {detail}", field=_FIELD)


def _fmt(t: time) -> str:
    return f"{t:%H:%M:%S}" if t.second else f"{t:%H:%M}"


def _normalise(sessions: Iterable[Session]) -> Sessions:
    """Sorted sessions, checked: each starts before it ends and none overlap."""
    ordered = tuple(sorted(sessions))
    for start, end in ordered:
        if start.tzinfo is not None or end.tzinfo is not None:
            raise _bad("giờ phải là giờ địa phương, không kèm múi giờ")
        if start >= end:
            raise _bad(f"buổi {_fmt(start)}-{_fmt(end)} có giờ bắt đầu không trước giờ kết thúc")
    for (start1, end1), (start2, end2) in pairwise(ordered):
        if start2 < end1:
            raise _bad(
                f"hai buổi {_fmt(start1)}-{_fmt(end1)} và {_fmt(start2)}-{_fmt(end2)} chồng nhau"
            )
    return ordered


def _length(sessions: Sessions) -> timedelta:
    total = timedelta()
    for start, end in sessions:
        total += _seconds(end) - _seconds(start)
    return total


def _seconds(t: time) -> timedelta:
    return timedelta(hours=t.hour, minutes=t.minute, seconds=t.second, microseconds=t.microsecond)


@dataclass(frozen=True)
class OfficeHours:
    """Sessions per weekday (0 = Monday … 6 = Sunday; a missing or empty day is closed) and
    the sessions of a make-up working Saturday (by default those of Monday, or of the first
    open weekday when Monday is closed)."""

    weekly: Mapping[int, Sessions]
    makeup_day: Sessions = ()

    def __post_init__(self) -> None:
        unknown = sorted(set(self.weekly) - set(range(7)))
        if unknown:
            raise _bad(f"thứ trong tuần phải từ 0 (thứ Hai) đến 6 (Chủ nhật), có {unknown}")
        weekly = {day: _normalise(self.weekly.get(day, ())) for day in range(7)}
        open_days = [day for day in range(7) if weekly[day]]
        if not open_days:
            raise _bad("phải có ít nhất một ngày làm việc trong tuần")
        makeup = _normalise(self.makeup_day) or weekly[open_days[0]]
        object.__setattr__(self, "weekly", MappingProxyType(weekly))
        object.__setattr__(self, "makeup_day", makeup)

    def __hash__(self) -> int:
        return hash((tuple(self.weekly.items()), self.makeup_day))

    @classmethod
    def default(cls) -> OfficeHours:
        """Monday to Friday 07:30–11:30 and 13:30–17:00 (4 h + 3 h 30 = 7 h 30 a day)."""
        return cls({day: _DEFAULT_SESSIONS for day in range(5)})

    def day_length(self, weekday: int) -> timedelta:
        """Office time on an ordinary ``weekday`` (0 = Monday)."""
        return _length(self.weekly[weekday])

    @property
    def standard_day(self) -> timedelta:
        """The length of one working day for counting: the most common length among the open
        weekdays Monday to Friday (the earliest weekday wins a tie); 7 h 30 by default."""
        lengths = [self.day_length(day) for day in range(7) if self.weekly[day]]
        weekdays = [self.day_length(day) for day in range(5) if self.weekly[day]]
        return Counter(weekdays or lengths).most_common(1)[0][0]

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """Read the text form (see the module docstring); :class:`InputError` if it is wrong."""
        if len(text) > TEXT_MAX:
            raise _bad(f"dài quá {TEXT_MAX} ký tự (ví dụ: {_EXAMPLE})")
        parts = [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]
        if not parts:
            raise _bad(f"chưa nhập giờ làm việc (ví dụ: {_EXAMPLE})")
        weekly: dict[int, Sessions] = {}
        makeup: Sessions = ()
        for part in parts:
            key, _, sessions_text = part.rpartition("=")
            sessions = _parse_sessions(sessions_text)
            if _folded(key) in MAKEUP_KEYS:
                makeup = sessions
                continue
            for day in _parse_days(key or "T2-T6"):
                if day in weekly:
                    raise _bad(f"{DAY_KEYS[day]} được khai báo hai lần")
                weekly[day] = sessions
        return cls(weekly, makeup)

    def to_text(self) -> str:
        """The text form; ``OfficeHours.parse(h.to_text()) == h`` (to the second)."""
        derived_makeup = OfficeHours(self.weekly).makeup_day
        week = [self.weekly[day] for day in range(7)]
        if week[5:] == [(), ()] and len(set(week[:5])) == 1 and self.makeup_day == week[0]:
            return _sessions_text(week[0])
        parts = [
            f"{_range_text(first, last)}={_sessions_text(week[first])}"
            for first, last in _runs(week)
        ]
        if self.makeup_day != derived_makeup:
            parts.append(f"bu={_sessions_text(self.makeup_day)}")
        return "; ".join(parts)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().upper()


def _parse_time(text: str) -> time:
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise _bad(f"'{text.strip()}' không phải giờ (ví dụ: 07:30)")
    hour, minute, second = (int(group or 0) for group in match.groups())
    if hour > 23 or minute > 59 or second > 59:
        raise _bad(f"'{text.strip()}' không phải giờ hợp lệ")
    return time(hour, minute, second)


def _parse_sessions(text: str) -> Sessions:
    sessions: list[Session] = []
    for chunk in text.split(","):
        start, dash, end = chunk.replace("–", "-").partition("-")
        if not dash:
            raise _bad(f"'{chunk.strip()}' phải có dạng giờ-giờ (ví dụ: {_EXAMPLE})")
        sessions.append((_parse_time(start), _parse_time(end)))
    return _normalise(sessions)


def _parse_days(key: str) -> range:
    first, dash, last = _folded(key).replace("–", "-").partition("-")
    try:
        start = DAY_KEYS.index(first.strip())
        stop = DAY_KEYS.index(last.strip()) if dash else start
    except ValueError as exc:
        raise _bad(f"'{key.strip()}' không phải thứ trong tuần (T2 … T7, CN)") from exc
    if stop < start:
        raise _bad(f"khoảng ngày '{key.strip()}' bị ngược")
    return range(start, stop + 1)


def _sessions_text(sessions: Sessions) -> str:
    return ",".join(f"{_fmt(start)}-{_fmt(end)}" for start, end in sessions)


def _range_text(first: int, last: int) -> str:
    return DAY_KEYS[first] if first == last else f"{DAY_KEYS[first]}-{DAY_KEYS[last]}"


def _runs(week: list[Sessions]) -> list[tuple[int, int]]:
    """Runs of consecutive open weekdays with the same sessions, as (first, last)."""
    runs: list[tuple[int, int]] = []
    for day, sessions in enumerate(week):
        if not sessions:
            continue
        if runs and runs[-1][1] == day - 1 and week[runs[-1][0]] == sessions:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs
