"""Listing dossiers: filters, due soon and overdue, and search by code, ID, phone or name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session, joinedload

from db.models import Dossier, Procedure, ProcedureVersion
from desktop.calendar import WorkingCalendar
from desktop.dossiers.status import CLOCK_RUNNING, Status
from desktop.errors import InputError
from desktop.text import fold

MAX_LIMIT = 10_000
PREFIX_END = "\U0010ffff"
DIGITS = re.compile(r"^\+?\d[\d .-]*$")


@dataclass(frozen=True)
class DossierFilter:
    statuses: tuple[int, ...] = ()
    procedure_code: str = ""
    field_code: str = ""
    channel: int | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    due_soon: bool = False
    overdue: bool = False
    due_today: bool = False  # open dossiers due between now and the end of today
    limit: int = 200
    offset: int = 0
    # Read the page counted from the end of the list (``offset`` rows before its last one):
    # the order is reversed for the query, so a deep page is a short index walk, and the
    # rows come back in the list's own order.
    from_end: bool = False


def _with_procedure(query: Select[Any]) -> Select[Any]:
    return query.options(
        joinedload(Dossier.procedure_version).joinedload(ProcedureVersion.procedure)
    )


def clock_running_clause(session: Session) -> ColumnElement[bool]:
    """``status IN (2, 4, 6)`` written out literally, so the partial index on the appointment
    (``ix_dossier_open_appointment``) can serve deadline lists; on SQLite ``likely()`` keeps
    the planner off the status index when the database has no statistics."""
    values = sorted(int(s) for s in CLOCK_RUNNING)
    running: BindParameter[list[int]] = bindparam(
        "clock_running", values, expanding=True, literal_execute=True
    )
    clause: ColumnElement[bool] = Dossier.status.in_(running)
    if session.get_bind().dialect.name == "sqlite":
        clause = func.likely(clause)
    return clause


def is_deadline_list(flt: DossierFilter) -> bool:
    return flt.due_today or flt.overdue or flt.due_soon


def _deadline_where(
    query: Select[Any], session: Session, flt: DossierFilter, now: datetime, cal: WorkingCalendar
) -> Select[Any]:
    """Due today, due soon (within one working day), overdue, or both of the last two."""
    if not is_deadline_list(flt):
        return query
    query = query.where(clock_running_clause(session))
    appointment = Dossier.appointment
    if flt.due_today:
        end_of_day = datetime.combine(now.date(), time.max)
        return query.where(appointment >= now, appointment <= end_of_day)
    if flt.overdue and not flt.due_soon:
        return query.where(appointment < now)
    soon = cal.add_office_time(now, one_working_day(cal))
    if not flt.overdue:
        return query.where(appointment >= now, appointment <= soon)
    return query.where(appointment <= soon)


def list_dossiers(
    session: Session, flt: DossierFilter, now: datetime, cal: WorkingCalendar
) -> list[Dossier]:
    """Dossiers matching ``flt``: deadline lists soonest first, others newest first.

    With ``flt.from_end`` the page is counted from the end of that order: the query runs in
    the reverse order and the rows are handed back in the list's order."""
    _check_limit(flt.limit)
    query = _deadline_where(_with_procedure(select(Dossier)), session, flt, now, cal)
    if is_deadline_list(flt):
        order = (Dossier.appointment, Dossier.id)
        query = query.order_by(*(c.desc() for c in order) if flt.from_end else order)
    elif flt.from_end:
        query = query.order_by(Dossier.received_at, Dossier.id)
    else:
        query = query.order_by(Dossier.received_at.desc(), Dossier.id.desc())
    query = _apply_filters(query, flt)
    rows = list(session.scalars(query.offset(flt.offset).limit(flt.limit)).unique())
    if flt.from_end:
        rows.reverse()
    return rows


def count_dossiers(
    session: Session, flt: DossierFilter, now: datetime, cal: WorkingCalendar
) -> int:
    """How many dossiers match ``flt`` (its limit and offset aside)."""
    query = _deadline_where(select(func.count()).select_from(Dossier), session, flt, now, cal)
    return int(session.scalar(_apply_filters(query, flt)) or 0)


def one_working_day(cal: WorkingCalendar) -> timedelta:
    """ "Due soon" means within one working day of office time."""
    return cal.standard_day


def _apply_filters(query: Select[Any], flt: DossierFilter) -> Select[Any]:
    if flt.statuses:
        query = query.where(Dossier.status.in_([int(Status(s)) for s in flt.statuses]))
    if flt.channel is not None:
        query = query.where(Dossier.channel == flt.channel)
    if flt.received_from is not None:
        query = query.where(Dossier.received_at >= flt.received_from)
    if flt.received_to is not None:
        query = query.where(Dossier.received_at < flt.received_to)
    if flt.procedure_code or flt.field_code:
        versions = select(ProcedureVersion.id).join(Procedure)
        if flt.procedure_code:
            versions = versions.where(Procedure.code == flt.procedure_code)
        if flt.field_code:
            versions = versions.where(Procedure.field.has(code=flt.field_code))
        query = query.where(Dossier.procedure_version_id.in_(versions))
    return query


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"Số dòng phải từ 1 đến {MAX_LIMIT}.", field="limit")


def search(session: Session, raw: str, *, limit: int = 50) -> list[Dossier]:
    """By dossier code or ID/phone prefix when the text looks like one, else by folded name."""
    _check_limit(limit)
    term = raw.strip()
    if not term or len(term) > 200:
        raise InputError("Nhập từ 1 đến 200 ký tự để tìm kiếm.", field="text")
    if DIGITS.match(term):
        return _by_number(session, re.sub(r"[ .-]", "", term).replace("+84", "0", 1), limit)
    if "-" in term and any(ch.isdigit() for ch in term):
        return _by_prefix(session, Dossier.code, term.upper(), limit)
    return _by_name(session, fold(term), limit)


def _by_prefix(
    session: Session, column: InstrumentedAttribute[str], prefix: str, limit: int
) -> list[Dossier]:
    query = _with_procedure(select(Dossier)).where(column >= prefix, column < prefix + PREFIX_END)
    return list(session.scalars(query.order_by(column).limit(limit)).unique())


def _by_number(session: Session, digits: str, limit: int) -> list[Dossier]:
    found = {d.id: d for d in _by_prefix(session, Dossier.applicant_id_number, digits, limit)}
    for d in _by_prefix(session, Dossier.applicant_phone, digits, limit):
        found.setdefault(d.id, d)
    for d in _by_prefix(session, Dossier.code, digits, limit):
        found.setdefault(d.id, d)
    return sorted(found.values(), key=lambda d: d.received_at, reverse=True)[:limit]


def _by_name(session: Session, folded: str, limit: int) -> list[Dossier]:
    words = [w for w in re.split(r"[^0-9a-z]+", folded) if w]
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join(f'"{w}"*' for w in words)
        ids = (
            select(text("rowid"))
            .select_from(text("dossier_fts"))
            .where(text("dossier_fts MATCH :match"))
            .order_by(text("rowid DESC"))
            .limit(limit)
        )
        rows = session.execute(ids, {"match": match}).scalars().all()
        query = _with_procedure(select(Dossier)).where(Dossier.id.in_(rows))
    else:
        query = _with_procedure(select(Dossier))
        for w in words:  # words start with it, as FTS5's prefix query on SQLite
            name = Dossier.applicant_name_folded
            query = query.where(name.contains(w), name.regexp_match(f"(^|[^0-9a-z]){w}"))
        query = query.order_by(Dossier.id.desc()).limit(limit)
    found = list(session.scalars(query).unique())
    return sorted(found, key=lambda d: d.id, reverse=True)


def count_by_status(session: Session) -> dict[int, int]:
    """How many dossiers are at each status (the statuses with none left out)."""
    query = select(Dossier.status, func.count()).group_by(Dossier.status)
    return {int(status): int(n) for status, n in session.execute(query).tuples()}
