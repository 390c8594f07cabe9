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
