"""The national service index (Decision 766/QĐ-TTg, DOMAIN.md §10) from the desk's data.

Each indicator the desk can compute comes with its numerator and denominator (the value is
their percent, two decimals, ``N/A`` when nothing divides); one it cannot compute says why.
The counts reuse form II.06a (received = taken in for processing in the period; "received or
processed" = its columns 7 + 11, judged as of now for a month not over) and the digitisation
figures 4.1–4.4. The words of each formula are in :mod:`desktop.index.texts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from db.models import Dossier, Fee, Office, OutboxItem, Procedure, ProcedureVersion
from desktop.calendar import WorkingCalendar
from desktop.calendar.deadlines import LimitUnit, is_finished_on_time
from desktop.catalogue.time_limits import time_limit
from desktop.dossiers.status import Channel
from desktop.index import texts
from desktop.outbox.queue import ItemKind, ItemState
from desktop.reports.digitisation import RESULT_STATUSES, digitisation
from desktop.reports.form06a import Counts, GroupBy, compute
from desktop.reports.period import Period, month_period

DISSATISFIED = 3
CASHLESS = ("online", "bank_transfer")
MONTHS = 12


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    numerator: int | None  # None: the desk cannot compute it (``note`` says why)
    denominator: int | None
    formula: str
    full_marks: float | None
    target: float | None
    note: str = ""

    @property
    def computable(self) -> bool:
        return self.denominator is not None

    @property
    def value(self) -> float | None:
        """Percent, two decimals; ``None`` when not computable or nothing divides."""
        if not self.denominator or self.numerator is None:
            return None
        return round(100 * self.numerator / self.denominator, 2)

    @property
    def value_text(self) -> str:
        return texts.percent_text(self.value) if self.computable else texts.NOT_COMPUTABLE


@dataclass(frozen=True)
class ProcedureTime:
    """2.2 for one procedure: its average handling time in its own unit, against its limit."""

    code: str
    name: str
    dossiers: int
    average: float
    limit: float
    unit: str

    @property
    def within(self) -> bool:
        return self.average <= self.limit


@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    values: dict[str, float | None]

    @property
    def label(self) -> str:
        return f"{self.month:02d}/{self.year}"


@dataclass(frozen=True)
class NationalIndex:
    office_code: str
    office_name: str
    year: int
    month: int
    period: Period
    made_at: datetime
    indicators: tuple[Indicator, ...]
    times: tuple[ProcedureTime, ...]
    months: tuple[MonthPoint, ...] = ()

    @property
    def unfinished(self) -> bool:
        return self.made_at < self.period.end

    def indicator(self, code: str) -> Indicator:
        return next(i for i in self.indicators if i.code == code)

    @property
    def heading(self) -> str:
        return texts.PERIOD.format(month=self.month, year=self.year, label=self.period.label)


def _indicator(
    code: str, numerator: int | None, denominator: int | None, note: str = ""
) -> Indicator:
    d = texts.definition(code)
    return Indicator(code, d.name, numerator, denominator, d.formula, d.full_marks, d.target, note)


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(Dossier.id)).where(*conditions)) or 0)


def national_index(
    session: Session,
    office: Office,
    calendar: WorkingCalendar,
    year: int,
    month: int,
    now: datetime,
    *,
    months: int = MONTHS,
) -> NationalIndex:
    """The index of calendar month ``year``-``month``, with the ``months`` months up to it."""
    index = _month(session, office, calendar, year, month, now)
    series = [
        MonthPoint(
            y, m, {i.code: i.value for i in _month(session, office, calendar, y, m, now).indicators}
        )
        for y, m in _months_to(year, month, months)
    ]
    return NationalIndex(
        index.office_code,
        index.office_name,
        year,
        month,
        index.period,
        now,
        index.indicators,
        index.times,
        tuple(series),
    )


def _months_to(year: int, month: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` calendar months ending with ``year``-``month``, oldest first."""
    last = year * 12 + month - 1
    return [(o // 12, o % 12 + 1) for o in range(last - count + 1, last + 1)]


def _month(
    session: Session,
    office: Office,
    calendar: WorkingCalendar,
    year: int,
    month: int,
    now: datetime,
) -> NationalIndex:
    period = month_period(year, month)
    form = compute(session, office, period, GroupBy.FIELD, now)
    total = form.total
    counted_to = form.counted_to
    dig = digitisation(session, period)
    times = _handling_times(session, office, calendar, period)
    indicators = (
        _synced(session, office, period, total),
        _on_time(session, office, period, counted_to),
        _indicator("2.2", sum(t.within for t in times), len(times)),
        _online(session, office, period),
        _paid_online(session, office, period),
        _indicator("4.1", dig.electronic_results, dig.results),
        _indicator("4.2", dig.digitised, dig.received),
        _indicator("4.3", dig.reused, dig.received),
        _indicator("4.4", dig.from_store, dig.received),
        _indicator("4.5", None, None, texts.NO_VNEID),
        _satisfaction(session, office, period, total),
    )
    return NationalIndex(
        office.code, office.name, year, month, period, now, indicators, tuple(times)
    )


def _received(office: Office, period: Period) -> tuple[ColumnElement[bool], ...]:
    """Taken in for processing in the period (form II.06a's columns 4 + 5)."""
    return (
        Dossier.office_id == office.id,
        Dossier.accepted_at >= period.start,
        Dossier.accepted_at < period.end,
    )


def _synced(session: Session, office: Office, period: Period, total: Counts) -> Indicator:
    acked = exists().where(
        OutboxItem.dossier_code == Dossier.code,
        OutboxItem.kind == ItemKind.DOSSIER.value,
        OutboxItem.state == ItemState.ACKED.value,
    )
    reached = or_(Dossier.channel == int(Channel.ONLINE), acked)
    return _indicator(
        "1.4", _count(session, *_received(office, period), reached), total.online + total.counter
    )


def _on_time(session: Session, office: Office, period: Period, counted_to: datetime) -> Indicator:
    """Received or processed in the period (form II.06a's columns 7 + 11), on time by the
    national test (see :func:`finished_on_time`)."""
    dossiers = session.scalars(
        select(Dossier)
        .options(selectinload(Dossier.supplements))
        .where(
            Dossier.office_id == office.id,
            Dossier.accepted_at.is_not(None),
            Dossier.accepted_at < counted_to,
            or_(Dossier.ended_at.is_(None), Dossier.ended_at >= period.start),
        )
    ).all()
    on_time = sum(finished_on_time(d, counted_to) for d in dossiers)
    return _indicator("2.1", on_time, len(dossiers))


def finished_on_time(dossier: Dossier, counted_to: datetime) -> bool:
    """End of processing ≤ the appointment. The end is the first supplement request after
    acceptance (a second request is late), else the end of processing, else ``counted_to``."""
    accepted = dossier.accepted_at
    requests = sorted(
        (r for r in dossier.supplements if accepted and accepted <= r.requested_at < counted_to),
        key=lambda r: r.requested_at,
    )
    if len(requests) > 1:
        return False
    if requests:
        due = requests[0].appointment_before or dossier.appointment
        return due is None or is_finished_on_time(requests[0].requested_at, due)
    ended = dossier.ended_at
    end = ended if ended is not None and ended < counted_to else counted_to
    return dossier.appointment is None or is_finished_on_time(end, dossier.appointment)


def _online(session: Session, office: Office, period: Period) -> Indicator:
    by_channel = dict(
        session.execute(
            select(Dossier.channel, func.count(Dossier.id))
            .where(*_received(office, period))
            .group_by(Dossier.channel)
        ).all()
    )
    online = int(by_channel.get(int(Channel.ONLINE), 0))
    post = int(by_channel.get(int(Channel.POST), 0))
    total = sum(int(n) for n in by_channel.values())
    note = texts.CHANNELS.format(online=online, counter=total - online - post, post=post)
    return _indicator("3.3", online, total, note)


def _paid_online(session: Session, office: Office, period: Period) -> Indicator:
    with_fee = exists().where(
        ProcedureVersion.id == Dossier.procedure_version_id,
        ProcedureVersion.fee.is_not(None),
        ProcedureVersion.fee != 0,
    )
    paid = exists().where(Fee.dossier_id == Dossier.id, Fee.method.in_(CASHLESS))
    received = (*_received(office, period), with_fee)
    return _indicator("3.6", _count(session, *received, paid), _count(session, *received))


def _satisfaction(session: Session, office: Office, period: Period, total: Counts) -> Indicator:
    returned = (
        Dossier.office_id == office.id,
        Dossier.returned_at >= period.start,
        Dossier.returned_at < period.end,
        Dossier.satisfaction.is_not(None),
    )
    answers = _count(session, *returned)
    unhappy = _count(session, *returned, Dossier.satisfaction == DISSATISFIED)
    processed = total.resolved + total.in_progress
    late = total.late + total.overdue
    note = texts.RATINGS.format(answers=answers, unhappy=unhappy) if answers else texts.NO_RATINGS
    return _indicator("5.4", max(processed - late - unhappy, 0), processed, note)


def _handling_times(
    session: Session, office: Office, calendar: WorkingCalendar, period: Period
) -> list[ProcedureTime]:
    """Dossiers resolved in the period, per procedure: office time from acceptance to the end,
    less the time waiting for a supplement, in the procedure's unit."""
    rows = session.execute(
        select(Dossier, ProcedureVersion, Procedure)
        .join(ProcedureVersion, ProcedureVersion.id == Dossier.procedure_version_id)
        .join(Procedure, Procedure.id == ProcedureVersion.procedure_id)
        .options(selectinload(Dossier.supplements))
        .where(
            Dossier.office_id == office.id,
            Dossier.accepted_at.is_not(None),
            Dossier.ended_at >= period.start,
            Dossier.ended_at < period.end,
            Dossier.status.in_(RESULT_STATUSES),
        )
    ).all()
    spans: dict[str, list[float]] = {}
    limits: dict[str, tuple[str, float, str]] = {}
    for dossier, version, procedure in rows:
        unit = LimitUnit(version.time_unit)
        spans.setdefault(procedure.code, []).append(
            _in_unit(_handling_time(dossier, calendar), unit, calendar)
        )
        limit = 1.0 if unit == LimitUnit.SAME_DAY else float(time_limit(version).value)
        limits[procedure.code] = (procedure.name, limit, _unit_label(unit))
    return [
        ProcedureTime(
            code, limits[code][0], len(values), sum(values) / len(values), *limits[code][1:]
        )
        for code, values in sorted(spans.items())
    ]


def _handling_time(dossier: Dossier, calendar: WorkingCalendar) -> timedelta:
    start, end = dossier.accepted_at, dossier.ended_at
    assert start is not None and end is not None
    spent = calendar.office_time_between(start, end)
    for request in dossier.supplements:
        if request.requested_at >= start:
            back = min(request.supplemented_at or end, end)
            spent -= calendar.office_time_between(request.requested_at, back)
    return max(spent, timedelta(0))


def _in_unit(span: timedelta, unit: LimitUnit, calendar: WorkingCalendar) -> float:
    if unit == LimitUnit.WORKING_HOURS:
        return span / timedelta(hours=1)
    return span / calendar.standard_day


def _unit_label(unit: LimitUnit) -> str:
    return LimitUnit.WORKING_HOURS.label_vi if unit == LimitUnit.WORKING_HOURS else "ngày làm việc"


def series_values(index: NationalIndex, code: str) -> Sequence[float | None]:
    return [point.values.get(code) for point in index.months]
