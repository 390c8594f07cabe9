"""How form II.06a counts the two cells provinces count differently (DOMAIN.md §6).

``report.supplement_rule`` — a dossier sent back for the citizen's supplement:

- ``within`` (default, what the desk has always done): the waiting time is left out of the
  deadline; a dossier waiting at the period's end is in progress within the deadline (col 12);
- ``on_time``: a dossier waiting at the period's end counts as resolved on time (col 9);
- ``first_request`` (the national index, Decision 766 indicator 2.1): processing ends at the
  first supplement request, judged against the appointment then in force; a dossier asked a
  second time counts as resolved late (col 10).

``report.withdrawn_rule`` — a dossier withdrawn by the citizen or stopped:

- ``appointment`` (default): judged like a result, its end against the appointment;
- ``on_time``: always resolved on time (col 9).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from db.models import Dossier, StatusChange
from desktop.dossiers.status import Status
from desktop.errors import InputError


class SupplementRule(StrEnum):
    WITHIN = "within"
    ON_TIME = "on_time"
    FIRST_REQUEST = "first_request"


class WithdrawnRule(StrEnum):
    APPOINTMENT = "appointment"
    ON_TIME = "on_time"


@dataclass(frozen=True)
class CountRules:
    supplement: SupplementRule = SupplementRule.WITHIN
    withdrawn: WithdrawnRule = WithdrawnRule.APPOINTMENT

    @classmethod
    def named(cls, supplement: str, withdrawn: str) -> CountRules:
        """The rules from the settings' text, or :class:`InputError` listing the values."""
        try:
            return cls(SupplementRule(supplement), WithdrawnRule(withdrawn))
        except ValueError:
            raise InputError(
                "report.supplement_rule là within, on_time hoặc first_request; "
                "report.withdrawn_rule là appointment hoặc on_time.",
                field="report",
            ) from None

    @property
    def ends_at_first_request(self) -> bool:
        return self.supplement == SupplementRule.FIRST_REQUEST

    def end(self) -> Any:
        """When processing ended, as the form counts it (a column expression over Dossier)."""
        if not self.ends_at_first_request:
            return Dossier.ended_at
        return func.coalesce(_first_request("at"), Dossier.ended_at)

    def verdict(self) -> Any:
        """early / on_time / late of a dossier ended, as a SQL ``case``."""
        end = self.end()
        due: Any = Dossier.appointment
        whens: list[tuple[Any, str]] = []
        if self.withdrawn == WithdrawnRule.ON_TIME:
            stopped = Dossier.status.in_((int(Status.WITHDRAWN), int(Status.STOPPED)))
            whens.append((stopped, "on_time"))
        if self.ends_at_first_request:
            whens.append((_requests() > 1, "late"))
            due = func.coalesce(_first_request("appointment_before"), due)
        ended_day, due_day = func.date(end), func.date(due)
        return case(
            *whens,
            (due.is_(None), "on_time"),
            (ended_day < due_day, "early"),
            (ended_day == due_day, "on_time"),
            else_="late",
        )

    @property
    def waiting_cell(self) -> str:
        """The cell of a dossier waiting for a supplement at the period's end."""
        return "on_time" if self.supplement == SupplementRule.ON_TIME else "within"


AS_ALWAYS = CountRules()  # the defaults: what the desk counted before the settings existed


def _asked(step: Any) -> Any:
    """``step`` is a supplement request made after the office took the dossier in."""
    return and_(
        step.dossier_id == Dossier.id,
        step.to_status == int(Status.WAITING_SUPPLEMENT),
        step.at >= Dossier.accepted_at,
    )


def _first_request(column: str) -> Any:
    """``column`` of the dossier's first supplement request (NULL without one)."""
    step, first = aliased(StatusChange), aliased(StatusChange)
    first_seq = select(func.min(first.seq)).where(_asked(first)).correlate(Dossier)
    return (
        select(getattr(step, column))
        .where(_asked(step), step.seq == first_seq.scalar_subquery())
        .correlate(Dossier)
        .scalar_subquery()
    )


def _requests() -> Any:
    step = aliased(StatusChange)
    return select(func.count()).where(_asked(step)).correlate(Dossier).scalar_subquery()
