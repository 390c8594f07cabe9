"""What every dossier service needs to know about the office and the workstation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CalendarOverride, Office
from desktop.calendar import OfficeHours, WorkingCalendar
from desktop.errors import NotFoundError
from desktop.outbox.records import WireCodes
from desktop.settings import Settings


@dataclass(frozen=True)
class DeskContext:
    office_id: int
    office_code: str
    office_name: str
    officer: str
    calendar: WorkingCalendar
    range_start: int = 1
    range_end: int = 9999
    audit_key: bytes = b""  # the office's audit key (``desktop.audit``); kept outside the DB
    role: str = "*"  # the signed-in account's role ("*": an office without accounts yet)
    wire_codes: WireCodes = field(
        default_factory=WireCodes
    )  # the province's codes in the records queued


def office_calendar(
    session: Session, office: Office, *, culture_day_compensated: bool = False
) -> WorkingCalendar:
    """The office's calendar: its hours and its own changes over the shipped holidays (24/11
    on a weekend compensated in computed years as the setting says)."""
    rows = session.execute(
        select(CalendarOverride.day, CalendarOverride.working).where(
            CalendarOverride.office_id == office.id
        )
    )
    overrides: dict[date, bool] = {day: working for day, working in rows}
    hours = OfficeHours.parse(office.office_hours) if office.office_hours else OfficeHours.default()
    return WorkingCalendar(
        hours, overrides=overrides, culture_day_compensated=culture_day_compensated
    )


def desk_context(
    session: Session,
    office: Office,
    settings: Settings,
    audit_key: bytes = b"",
    *,
    officer: str | None = None,
    role: str = "*",
) -> DeskContext:
    return DeskContext(
        office_id=office.id,
        office_code=office.code,
        office_name=office.name,
        officer=officer or settings.officer,
        calendar=office_calendar(
            session,
            office,
            culture_day_compensated=settings.holidays_culture_day_compensated,
        ),
        range_start=settings.number_range_start,
        range_end=settings.number_range_end,
        audit_key=audit_key,
        role=role,
        wire_codes=WireCodes(
            personal_id_type=settings.sync_id_type_personal,
            old_card_type=settings.sync_id_type_old_card,
            submission_place=settings.sync_submission_place,
            office_name=office.name,
        ),
    )


def office_for(session: Session, office_code: str | None = None) -> Office:
    """The named office, else the only one of the profile."""
    query = select(Office)
    if office_code:
        query = query.where(Office.code == office_code)
    offices = list(session.scalars(query.limit(2)))
    if len(offices) != 1:
        raise NotFoundError("Chưa xác định được cơ quan: hãy khởi tạo hồ sơ văn phòng trước.")
    return offices[0]
