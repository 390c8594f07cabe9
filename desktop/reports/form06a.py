"""Form II.06a — "tình hình, kết quả giải quyết TTHC" — computed from the history.

Every column is a fact about the period's bounds, not about today (DOMAIN.md §6):

- a dossier is **received** when the office took it in for processing (``accepted_at``: the
  first step into "accepted" or "in progress"; a refusal at the counter, an online submission
  not yet accepted or a dossier guided to supplement that never came back are not received);
- it is **resolved** when processing ended (``ended_at``: resolved, withdrawn or stopped), and
  that end is early, on time or late against the appointment then in force (by calendar day);
- col 4/5: received in the period online / at the counter or by post; col 6: received before
  the period and not ended at its start; col 7–10: ended in the period;
- col 11–13: received before the period's end and not ended then; within the deadline when the
  appointment in force at the end (the last step before it) is not before the end, or when the
  dossier was then waiting for a supplement; otherwise overdue. For a period not over yet the
  "end" of these columns is now, not the period's last day (the report says so).

So 3 = 4+5+6 = 7+11, and what is in progress at the end of a period is what the next one
carries over. Counting runs in SQL per procedure version; rows are grouped in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Executable, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from db.models import Dossier, Field, Office, Procedure, ProcedureVersion, StatusChange
from desktop.dossiers.status import Channel, Status
from desktop.reports import texts
from desktop.reports.count_rules import AS_ALWAYS, CountRules
from desktop.reports.period import Period


class GroupBy(StrEnum):
    FIELD = "field"
    PROCEDURE = "procedure"


@dataclass
class Counts:
    """Columns 4–6, 8–10, 12–13 of the form; 3, 7 and 11 are their sums."""

    online: int = 0
    counter: int = 0
    carried: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    within: int = 0
    overdue: int = 0

    @property
    def received(self) -> int:
        return self.online + self.counter + self.carried

    @property
    def resolved(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def in_progress(self) -> int:
        return self.within + self.overdue

    def columns(self) -> list[int]:
        """Columns 3 to 13 in the form's order."""
        return [
            self.received,
            self.online,
            self.counter,
            self.carried,
            self.resolved,
            self.early,
            self.on_time,
            self.late,
            self.in_progress,
            self.within,
            self.overdue,
        ]

    def add(self, other: Counts) -> None:
        for name in (
            "online",
            "counter",
            "carried",
            "early",
            "on_time",
            "late",
            "within",
            "overdue",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    counts: Counts
    field_code: str = ""


@dataclass(frozen=True)
class Form06a:
    office_code: str
    office_name: str
    period: Period
    by: GroupBy
    rows: tuple[Row, ...]
    total: Counts
    made_at: datetime

    @property
    def unfinished(self) -> bool:
        """The period has not ended when the form was made: counted as of ``made_at``."""
        return self.made_at < self.period.end

    @property
    def counted_to(self) -> datetime:
        """The instant "in progress" is judged at: the period's end, or now if sooner."""
        return min(self.made_at, self.period.end)

    @property
    def period_line(self) -> str:
        """ "Kỳ báo cáo: …", and for a period not over, that the figures run to now."""
        line = texts.PERIOD.format(label=self.period.label)
        if self.unfinished:
            line += f" ({unfinished_note(self.made_at)})"
        return line


@dataclass(frozen=True)
class Submission:
    """Who the form goes to and who made it: its header's receiving unit and the preparer's
    full name signed under "Người lập biểu" (blank — written by hand — when unknown)."""

    receiving_unit: str = ""
    preparer: str = ""


UNSIGNED = Submission()  # no receiving unit named, the preparer's name written by hand


def unfinished_note(now: datetime) -> str:
    return texts.UNFINISHED.format(time=f"{now:%H:%M}", day=f"{now:%d/%m/%Y}")


@dataclass(frozen=True)
class _Version:
    procedure_code: str
    procedure_name: str
    field_code: str
    field_name: str


@dataclass
class _Tally:
    by_version: dict[int, Counts] = field(default_factory=dict)

    def of(self, version_id: int) -> Counts:
        return self.by_version.setdefault(version_id, Counts())


def compute(
    session: Session,
    office: Office,
    period: Period,
    by: GroupBy,
    now: datetime,
    rules: CountRules = AS_ALWAYS,
) -> Form06a:
    """The form for ``period``, grouped by field or by procedure, with its total row; the
    supplement and withdrawn cells counted by ``rules`` (:mod:`desktop.reports.count_rules`)."""
    tally = _Tally()
    scope = _scope(session, office)
    start, end = period.start, period.end
    _received(session, tally, scope, start, end)
    _carried(session, tally, scope, start, now, rules)
    _resolved(session, tally, scope, start, end, rules)
    _in_progress(session, tally, scope, min(end, now), rules)
    rows = _rows(_versions(session), tally, by)
    total = Counts()
    for row in rows:
        total.add(row.counts)
    return Form06a(office.code, office.name, period, by, tuple(rows), total, now)


def _scope(session: Session, office: Office) -> Any:
    """The office filter, needed only when the database holds several offices."""
    offices = session.scalar(select(func.count()).select_from(Office)) or 0
    return Dossier.office_id == office.id if offices > 1 else literal(True)


def _received(session: Session, tally: _Tally, scope: Any, start: datetime, end: datetime) -> None:
    online = Dossier.channel == int(Channel.ONLINE)
    query = (
        select(Dossier.procedure_version_id, online, func.count())
        .where(scope, Dossier.accepted_at >= start, Dossier.accepted_at < end)
        .group_by(Dossier.procedure_version_id, online)
    )
    for version_id, is_online, count in session.execute(query):
        counts = tally.of(version_id)
        if is_online:
            counts.online += int(count)
        else:
            counts.counter += int(count)


def _count_by_version(session: Session, query: Executable) -> dict[int, int]:
    return {int(v): int(n) for v, n in session.execute(query)}


def _carried(
    session: Session, tally: _Tally, scope: Any, start: datetime, now: datetime, rules: CountRules
) -> None:
    """Taken in before ``start`` and not ended before it, counted on whichever index range is
    shorter: for a recent start, the dossiers still open or ended since; for an old one, those
    taken in before it minus those of them that ended before it."""
    first = session.scalar(select(func.min(Dossier.accepted_at)).where(scope))
    ended = rules.end()
    counts = carried_since(session, scope, start, ended)
    if first is not None and (start - first) < (now - start):
        counts = carried_before(session, scope, start, ended)
    for version_id, count in counts.items():
        tally.of(version_id).carried += count


def carried_since(
    session: Session, scope: Any, start: datetime, ended: Any = Dossier.ended_at
) -> dict[int, int]:
    version = Dossier.procedure_version_id
    counts: dict[int, int] = {}
    for still_open in (ended.is_(None), ended >= start):
        query = (
            select(version, func.count())
            .where(scope, still_open, Dossier.accepted_at < start)
            .group_by(version)
        )
        for version_id, count in _count_by_version(session, query).items():
            counts[version_id] = counts.get(version_id, 0) + count
    return counts


def carried_before(
    session: Session, scope: Any, start: datetime, ended: Any = Dossier.ended_at
) -> dict[int, int]:
    version = Dossier.procedure_version_id
    taken = _count_by_version(
        session,
        select(version, func.count()).where(scope, Dossier.accepted_at < start).group_by(version),
    )
    ended = _count_by_version(
        session,
        select(version, func.count())
        .where(scope, ended < start, Dossier.accepted_at.is_not(None))
        .group_by(version),
    )
    return {v: n - ended.get(v, 0) for v, n in taken.items() if n - ended.get(v, 0)}


def _resolved(
    session: Session, tally: _Tally, scope: Any, start: datetime, end: datetime, rules: CountRules
) -> None:
    ended, verdict = rules.end(), rules.verdict()
    query = (
        select(Dossier.procedure_version_id, verdict, func.count())
        .where(
            scope,
            ended >= start,
            ended < end,
            Dossier.accepted_at.is_not(None),
        )
        .group_by(Dossier.procedure_version_id, verdict)
    )
    for version_id, name, count in session.execute(query):
        counts = tally.of(version_id)
        setattr(counts, str(name), getattr(counts, str(name)) + int(count))


def _in_progress(
    session: Session, tally: _Tally, scope: Any, end: datetime, rules: CountRules
) -> None:
    """Open at ``end``: judged by the last step before it (status and appointment then); one
    waiting for a supplement goes to the cell ``rules`` name."""
    last = aliased(StatusChange)
    latest_seq = (
        select(func.max(last.seq))
        .where(last.dossier_id == Dossier.id, last.at < end)
        .correlate(Dossier)
        .scalar_subquery()
    )
    within = or_(StatusChange.appointment_after.is_(None), StatusChange.appointment_after >= end)
    waiting = StatusChange.to_status == int(Status.WAITING_SUPPLEMENT)
    verdict = case((waiting, rules.waiting_cell), (within, "within"), else_="overdue")
    ended = rules.end()
    for open_at_end in (
        and_(ended.is_(None), Dossier.accepted_at < end),
        and_(ended >= end, Dossier.accepted_at < end),
    ):
        query = (
            select(Dossier.procedure_version_id, verdict, func.count())
            .join(
                StatusChange,
                and_(StatusChange.dossier_id == Dossier.id, StatusChange.seq == latest_seq),
            )
            .where(scope, open_at_end)
            .group_by(Dossier.procedure_version_id, verdict)
        )
        for version_id, name, count in session.execute(query):
            counts = tally.of(version_id)
            setattr(counts, str(name), getattr(counts, str(name)) + int(count))


def _versions(session: Session) -> dict[int, _Version]:
    query = (
        select(ProcedureVersion.id, Procedure.code, Procedure.name, Field.code, Field.name)
        .join(Procedure, ProcedureVersion.procedure_id == Procedure.id)
        .join(Field, Procedure.field_id == Field.id)
    )
    return {
        int(vid): _Version(str(pcode), str(pname), str(fcode), str(fname))
        for vid, pcode, pname, fcode, fname in session.execute(query)
    }


def _rows(versions: dict[int, _Version], tally: _Tally, by: GroupBy) -> list[Row]:
    grouped: dict[tuple[str, str], tuple[str, str, Counts]] = {}
    for version_id, counts in tally.by_version.items():
        info = versions[version_id]
        if by == GroupBy.FIELD:
            key, code, name = (info.field_code, ""), info.field_code, info.field_name
        else:
            key = (info.field_code, info.procedure_code)
            code, name = info.procedure_code, info.procedure_name
        entry = grouped.setdefault(key, (code, name, Counts()))
        entry[2].add(counts)
    ordered: Iterable[tuple[tuple[str, str], tuple[str, str, Counts]]] = sorted(grouped.items())
    return [
        Row(code=code, name=name, counts=counts, field_code=key[0])
        for key, (code, name, counts) in ordered
        if any(counts.columns())
    ]
