"""The procedures in force as the officer picks them: plain data for the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Procedure, ProcedureVersion
from desktop.catalogue.store import version_in_force
from desktop.text import fold


@dataclass(frozen=True)
class ChecklistLine:
    name: str
    originals: int
    copies: int
    required: bool


@dataclass(frozen=True)
class ProcedureChoice:
    code: str
    name: str
    folded: str
    field_code: str
    field_name: str
    time_limit: str
    time_unit: str
    cutoff_15h: bool
    fee: int | None
    checklist: tuple[ChecklistLine, ...]


def procedures_in_force(session: Session, now: datetime) -> list[ProcedureChoice]:
    """The active procedures, by code, each as its version in force at ``now``."""
    codes = session.scalars(
        select(Procedure.code).where(Procedure.active).order_by(Procedure.code)
    ).all()
    return [choice_of(version_in_force(session, code, now)) for code in codes]


def choice_of(version: ProcedureVersion) -> ProcedureChoice:
    procedure = version.procedure
    return ProcedureChoice(
        code=procedure.code,
        name=version.name,
        folded=fold(f"{procedure.code} {version.name}"),
        field_code=procedure.field.code,
        field_name=procedure.field.name,
        time_limit=format(version.time_limit.normalize(), "f"),
        time_unit=version.time_unit,
        cutoff_15h=version.cutoff_15h,
        fee=version.fee,
        checklist=tuple(
            ChecklistLine(d.name, d.originals, d.copies, d.required) for d in version.documents
        ),
    )
