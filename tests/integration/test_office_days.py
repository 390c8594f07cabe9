"""An office's own days off and working days change its deadlines (both backends)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.dossiers.context import desk_context
from desktop.office_days import clear_office_day, office_days, set_office_day
from desktop.profile import Profile
from tests.integration.dossier_factory import take_in

NOW = datetime(2026, 11, 20, 10, 0)


def test_office_day_off_moves_the_appointment(profile: Profile) -> None:
    office = profile.office()
    with profile.db.session() as session, session.begin():
        set_office_day(session, office, date(2026, 11, 25), False, "Bầu cử")
        set_office_day(session, office, date(2026, 11, 25), False, "Bầu cử đại biểu")
    with profile.db.read_session() as session:
        ctx = desk_context(session, office, profile.settings)
        assert office_days(session, office, 2026)[0].note == "Bầu cử đại biểu"
    code = take_in(profile, ctx, NOW)
    detail_appointment = _appointment(profile, code)
    assert detail_appointment == datetime(2026, 11, 27, 10, 0)  # 24/11 and 25/11 off
    with profile.db.session() as session, session.begin():
        assert clear_office_day(session, office, date(2026, 11, 25))
        assert not clear_office_day(session, office, date(2026, 11, 25))
    with profile.db.read_session() as session:
        assert office_days(session, office, 2026) == []


def _appointment(profile: Profile, code: str) -> datetime | None:
    from sqlalchemy import select

    from db.models import Dossier

    with profile.db.read_session() as session:
        return session.scalar(select(Dossier.appointment).where(Dossier.code == code))


def test_the_culture_day_setting_reaches_the_desk_calendar(profile: Profile) -> None:
    """holidays.culture_day_compensated: Saturday 24/11/2029 gives Monday 26/11 off only when
    set, in the desk's calendar and after the office marks one of its own days."""
    from desktop.desk import Desk

    monday = date(2029, 11, 26)
    assert Desk(profile).calendar.is_working_day(monday)
    profile.settings.holidays_culture_day_compensated = True
    desk = Desk(profile)
    assert not desk.calendar.is_working_day(monday)
    desk.office_days.mark(date(2029, 12, 3), working=False, note="Họp xã")
    assert not desk.calendar.is_working_day(monday)
