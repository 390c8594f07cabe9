"""The office's own days: an extra day off, or a working day, over the shipped holidays.

Reading them is open to anyone at the desk; changing them, or the office hours, is a
setting (an admin's), one transaction with its audit line (``calendar.set`` /
``calendar.unset`` / ``office.hours``). The desk's calendar
follows the change at once, so its deadlines count the new day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from db.models import Office
from desktop.accounts.roles import Permission
from desktop.calendar.holiday_files import load_holiday_year
from desktop.calendar.holidays import HolidayYear
from desktop.calendar.office_hours import OfficeHours
from desktop.calendar.working_calendar import WorkingCalendar
from desktop.changes import WORKSTATION
from desktop.dossiers.context import office_calendar
from desktop.errors import InputError
from desktop.office_days import OfficeDay, clear_office_day, office_days, set_office_day
from desktop.scope import Facet

HOURS_STORED_MAX = 200  # the size of office.office_hours


class DeskCalendar(Facet):
    def of_year(self, year: int) -> list[OfficeDay]:
        """The office's own days of ``year``, in date order."""
        with self.scope.reading() as session:
            return office_days(session, self._office(session), year)

    def holidays(self, year: int) -> HolidayYear:
        """The government's days off and make-up days of ``year`` as this office counts them
        (its 24/11 setting applied); ``provisional`` until the year is decided."""
        if not 1900 <= year <= 2199:
            raise InputError("Năm phải nằm trong khoảng 1900–2199.", field="year")
        compensated = self.profile.settings.holidays_culture_day_compensated
        return load_holiday_year(year, culture_day_compensated=compensated)

    def mark(self, day: date, *, working: bool, note: str = "") -> None:
        """Make ``day`` a working day (``working``) or a day off for this office."""
        self.scope.require(Permission.SETTINGS)
        with self.scope.writing() as session:
            office = self._office(session)
            set_office_day(session, office, day, working, note)
            self.scope.audit(session, "calendar.set", day.isoformat(), {"working": working})
            session.flush()
            calendar = self._calendar(session, office)
        self.scope.context = replace(self.scope.context, calendar=calendar)

    def clear(self, day: date) -> bool:
        """Drop the office's own mark on ``day``; False when there was none."""
        self.scope.require(Permission.SETTINGS)
        with self.scope.writing() as session:
            office = self._office(session)
            removed = clear_office_day(session, office, day)
            self.scope.audit(session, "calendar.unset", day.isoformat())
            calendar = self._calendar(session, office)
        self.scope.context = replace(self.scope.context, calendar=calendar)
        return removed

    def set_hours(self, hours: OfficeHours) -> None:
        """The office's sessions of each weekday and of a make-up Saturday; appointments
        given from now on count them (those already given keep their date)."""
        self.scope.require(Permission.SETTINGS)
        text = hours.to_text()
        if len(text) > HOURS_STORED_MAX:
            raise InputError(
                f"Giờ làm việc không hợp lệ: quá nhiều buổi (lưu được tối đa {HOURS_STORED_MAX} "
                "ký tự, ví dụ: T2-T6=07:30-11:30,13:30-17:00; T7=07:30-11:30).",
                field="office_hours",
            )
        with self.scope.writing() as session:
            office = self._office(session)
            office.office_hours = text
            self.scope.audit(session, "office.hours", office.code, {"hours": text})
            session.flush()
            calendar = self._calendar(session, office)
        self.scope.context = replace(self.scope.context, calendar=calendar)
        self.scope.publish({WORKSTATION})

    def refresh(self) -> None:
        """Count the settings' 24/11 rule from now on (after it changed)."""
        with self.scope.reading() as session:
            calendar = self._calendar(session, self._office(session))
        self.scope.context = replace(self.scope.context, calendar=calendar)

    def _calendar(self, session: Session, office: Office) -> WorkingCalendar:
        compensated = self.profile.settings.holidays_culture_day_compensated
        return office_calendar(session, office, culture_day_compensated=compensated)

    def _office(self, session: Session) -> Office:
        office = session.get(Office, self.scope.context.office_id)
        assert office is not None  # the desk was opened over it
        return office
