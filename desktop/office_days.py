"""An office's own changes to the calendar: an extra day off, or a working day (e.g. a make-up
Saturday decided locally). They win over the shipped holiday data for that office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import CalendarOverride, Office
from desktop.errors import InputError
from desktop.text import clean_text


@dataclass(frozen=True)
class OfficeDay:
    day: date
    working: bool
    note: str


def office_days(session: Session, office: Office, year: int) -> list[OfficeDay]:
    rows = session.scalars(
        select(CalendarOverride)
        .where(
            CalendarOverride.office_id == office.id,
            CalendarOverride.day >= date(year, 1, 1),
            CalendarOverride.day <= date(year, 12, 31),
        )
        .order_by(CalendarOverride.day)
    )
    return [OfficeDay(r.day, r.working, r.note) for r in rows]


def set_office_day(session: Session, office: Office, day: date, working: bool, note: str) -> None:
    """Mark ``day`` as a working day or a day off for this office (replacing an earlier mark)."""
    text = clean_text(note, field="note", label_vi="Ghi chú", max_len=200, required=False)
    if not 2000 <= day.year <= 2100:
        raise InputError("Ngày phải nằm trong khoảng năm 2000–2100.", field="day")
    row = session.scalar(
        select(CalendarOverride).where(
            CalendarOverride.office_id == office.id, CalendarOverride.day == day
        )
    )
    if row is None:
        row = CalendarOverride(office_id=office.id, day=day)
        session.add(row)
    row.working = working
    row.note = text


def clear_office_day(session: Session, office: Office, day: date) -> bool:
    """Remove the office's mark on ``day``; False when there was none."""
    result = session.execute(
        delete(CalendarOverride).where(
            CalendarOverride.office_id == office.id, CalendarOverride.day == day
        )
    )
    return bool(getattr(result, "rowcount", 0))
