"""Legal time limits and appointments (DOMAIN §3 Deadlines).

Every limit counts from the *effective receipt*: the receipt itself when it falls inside an
office session, else the next session start (before opening, over lunch, after closing and on
a day off all count from the next opening).

- *N working days*: the same time of day on the N-th working day after the effective receipt
  (see :meth:`WorkingCalendar.add_working_days` for days with other hours). A fractional
  part adds that fraction of a standard working day of office time; 0 working days is
  treated as *same day*.
- *N working hours*: N hours of office time after the effective receipt; a result on a
  session end stays there (11:30, 17:00).
- *same day*: the closing time of the effective receipt day (the value is not used). With
  the 15:00 flag, an effective receipt after 15:00:00 is due at the closing time of the next
  working day. The flag only applies to same-day limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache

from desktop.calendar.working_calendar import WorkingCalendar
from desktop.calendar.year_index import micros_of
from desktop.errors import InputError

CUTOFF_TIME = time(15, 0)
"""The 15:00 rule: a same-day dossier received after this time is due the next working day."""

_HOUR = timedelta(hours=1)


class LimitUnit(StrEnum):
    """The unit of a legal time limit."""

    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    SAME_DAY = "same_day"

    @classmethod
    def parse(cls, text: str) -> LimitUnit:
        """Accept our names and the province's (``ngay_lam_viec``, ``gio_lam_viec``,
        ``trong_ngay``); :class:`InputError` for anything else."""
        key = text.strip().lower()
        for unit in cls:
            if key in (unit.value, unit.province_name):
                return unit
        raise InputError(
            f"Đơn vị thời hạn '{text}' không hợp lệ "
            "(dùng ngay_lam_viec, gio_lam_viec hoặc trong_ngay)",
            field="unit",
        )

    @property
    def province_name(self) -> str:
        """The name the provincial service uses (``DonViThoiHan``)."""
        return _PROVINCE_NAMES[self]

    @property
    def label_vi(self) -> str:
        """The Vietnamese words for printing ("3 ngày làm việc")."""
        return _LABELS_VI[self]


_PROVINCE_NAMES = {
    LimitUnit.WORKING_DAYS: "ngay_lam_viec",
    LimitUnit.WORKING_HOURS: "gio_lam_viec",
    LimitUnit.SAME_DAY: "trong_ngay",
}
_LABELS_VI = {
    LimitUnit.WORKING_DAYS: "ngày làm việc",
    LimitUnit.WORKING_HOURS: "giờ làm việc",
    LimitUnit.SAME_DAY: "trong ngày",
}


@dataclass(frozen=True)
class TimeLimit:
    """A procedure's legal time limit. ``value`` is a non-negative Decimal (an int or float is
    converted); it may be fractional (0.5 working days, 1.5 working hours)."""

    value: Decimal
    unit: LimitUnit
    cutoff_15h: bool = False

    def __post_init__(self) -> None:
        raw: object = self.value
        if isinstance(raw, bool) or not isinstance(raw, Decimal | int | float):
            raise InputError("Thời hạn giải quyết phải là một số", field="time_limit")
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw))
        if not value.is_finite() or value < 0:
            raise InputError("Thời hạn giải quyết phải là số không âm", field="time_limit")
        object.__setattr__(self, "value", value)
        if not isinstance(self.unit, LimitUnit):
            object.__setattr__(self, "unit", LimitUnit.parse(self.unit))


class DeadlineState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


class ResultTiming(StrEnum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


@lru_cache(maxsize=256)
def _scaled(value: Decimal, unit: timedelta) -> timedelta:
    micros = (value * micros_of(unit)).to_integral_value(rounding=ROUND_HALF_UP)
    return timedelta(microseconds=int(micros))


def _same_day(effective: datetime, cutoff_15h: bool, cal: WorkingCalendar) -> datetime:
    day = effective.date()
    if cutoff_15h and effective.time() > CUTOFF_TIME:
        day = cal.next_working_day(day)
    return cal.closing_time(day)


def appointment_for(received_at: datetime, limit: TimeLimit, cal: WorkingCalendar) -> datetime:
    """The appointment (hẹn trả kết quả) for a complete dossier received at ``received_at``."""
    effective = cal.next_opening(received_at)
    unit, value = limit.unit, limit.value
    if unit is LimitUnit.SAME_DAY or (unit is LimitUnit.WORKING_DAYS and value == 0):
        return _same_day(effective, limit.cutoff_15h, cal)
    if unit is LimitUnit.WORKING_HOURS:
        return cal.add_office_time(effective, _scaled(value, _HOUR))
    whole = int(value)
    due = cal.add_working_days(effective, whole)
    if value != whole:
        due = cal.add_office_time(due, _scaled(value - whole, cal.standard_day))
    return due


def resume_appointment(
    appointment: datetime, paused_at: datetime, resumed_at: datetime, cal: WorkingCalendar
) -> datetime:
    """The appointment after a supplement wait: later by the office time waited."""
    return cal.add_office_time(appointment, cal.office_time_between(paused_at, resumed_at))


def classify(appointment: datetime, now: datetime, cal: WorkingCalendar) -> DeadlineState:
    """Overdue after the appointment; due soon when at most one standard working day of office
    time is left; on time otherwise."""
    if now > appointment:
        return DeadlineState.OVERDUE
    if cal.office_time_between(now, appointment) <= cal.standard_day:
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME


def result_timing(end: datetime, appointment: datetime) -> ResultTiming:
    """Early, on time or late by calendar day, as the monthly report counts (DOMAIN §6)."""
    if end.date() < appointment.date():
        return ResultTiming.EARLY
    if end.date() == appointment.date():
        return ResultTiming.ON_TIME
    return ResultTiming.LATE


def is_finished_on_time(end: datetime, appointment: datetime) -> bool:
    """The national indicator's test: finished when the end time is at or before the
    appointment (to the instant, unlike :func:`result_timing`)."""
    return end <= appointment
