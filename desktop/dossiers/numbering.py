"""Dossier codes ``<agency code>-YYMMDD-NNNN`` that never collide.

The number is taken inside the intake transaction: on SQLite the write lock is held from
``BEGIN IMMEDIATE``; on PostgreSQL the counter row is locked by the ``UPDATE`` until commit.
Counters that work apart (separate databases) use disjoint ranges set per workstation.
A number already used by a dossier pulled from the portal (which keeps the portal's code)
is skipped.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import DayCounter, Dossier
from db.upsert import insert_on_conflict
from desktop.errors import InputError, StorageError

AGENCY_CODE = re.compile(r"^[0-9A-Z]{1,6}(\.[0-9A-Z]{1,6}){3}$")
DOSSIER_CODE = re.compile(r"^(?P<agency>[0-9A-Z.]+)-(?P<day>\d{6})-(?P<number>\d{4})$")


def check_agency_code(code: str) -> str:
    """An office's electronic agency code, such as ``000.00.00.H56``."""
    value = code.strip().upper()
    if not AGENCY_CODE.match(value):
        raise InputError(
            "Mã định danh điện tử của cơ quan phải gồm bốn nhóm cách nhau bởi dấu chấm, "
            "ví dụ 000.00.00.H56.",
            field="office_code",
        )
    return value


def format_code(agency: str, day: date, number: int) -> str:
    return f"{agency}-{day:%y%m%d}-{number:04d}"


def next_code(
    session: Session, agency: str, day: date, *, range_start: int = 1, range_end: int = 9999
) -> str:
    """Take the next number of ``day`` in this workstation's range (inside the caller's tx)."""
    while True:
        number = _take_number(session, agency, day, range_start)
        code = format_code(agency, day, number)
        if number > range_end or not _used(session, code):
            break
    if number > range_end:
        raise StorageError(
            f"Đã dùng hết dải số hồ sơ của máy này trong ngày ({range_start}–{range_end}). "
            "Hãy báo quản trị để mở rộng dải số."
        )
    return code


def _used(session: Session, code: str) -> bool:
    return session.scalar(select(Dossier.id).where(Dossier.code == code)) is not None


def _take_number(session: Session, agency: str, day: date, range_start: int) -> int:
    session.execute(
        insert_on_conflict(session, DayCounter)
        .values(office_code=agency, day=day, range_start=range_start, last_number=range_start - 1)
        .on_conflict_do_nothing()
    )
    taken = session.execute(
        update(DayCounter)
        .where(
            DayCounter.office_code == agency,
            DayCounter.day == day,
            DayCounter.range_start == range_start,
        )
        .values(last_number=DayCounter.last_number + 1)
        .returning(DayCounter.last_number)
    ).scalar_one()
    return int(taken)
