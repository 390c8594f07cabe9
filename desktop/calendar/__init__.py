"""Working-time calendar: holidays (data + lunar), office hours, deadlines.

Pure Python (stdlib and ``lunar_vn``); all datetimes are naive local Vietnam time.
"""

from desktop.calendar.deadlines import (
    CUTOFF_TIME,
    DeadlineState,
    LimitUnit,
    ResultTiming,
    TimeLimit,
    appointment_for,
    classify,
    is_finished_on_time,
    result_timing,
    resume_appointment,
)
from desktop.calendar.holiday_files import (
    dump_holiday_year,
    load_holiday_year,
    parse_holiday_json,
    save_holiday_year,
    shipped_holidays_dir,
)
from desktop.calendar.holidays import (
    CULTURE_DAY_FROM,
    HolidayYear,
    provisional_note,
    statutory_holidays,
)
from desktop.calendar.lunar import LunarDay, lunar_to_solar, solar_to_lunar, tet_date
from desktop.calendar.office_hours import OfficeHours, Session, Sessions
from desktop.calendar.working_calendar import WorkingCalendar

__all__ = [
    "CULTURE_DAY_FROM",
    "CUTOFF_TIME",
    "DeadlineState",
    "HolidayYear",
    "LimitUnit",
    "LunarDay",
    "OfficeHours",
    "ResultTiming",
    "Session",
    "Sessions",
    "TimeLimit",
    "WorkingCalendar",
    "appointment_for",
    "classify",
    "dump_holiday_year",
    "is_finished_on_time",
    "load_holiday_year",
    "lunar_to_solar",
    "parse_holiday_json",
    "provisional_note",
    "result_timing",
    "resume_appointment",
    "save_holiday_year",
    "shipped_holidays_dir",
    "solar_to_lunar",
    "statutory_holidays",
    "tet_date",
]
