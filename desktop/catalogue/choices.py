"""The procedures in force as the officer picks them: plain data for the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Procedure, ProcedureVersion
from desktop.catalogue.store import in_force, version_at
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
    time_limit: str  # "" when no source confirmed it: the procedure takes no dossier yet
    time_unit: str
    cutoff_15h: bool
    fee: int | None
    checklist: tuple[ChecklistLine, ...]
    confirmed: bool = True
    legal_source: str = ""
    note: str = ""
    effective_to: datetime | None = None

    @property
    def takes_dossiers(self) -> bool:
        return self.time_limit != ""


def procedures_in_force(session: Session, now: datetime) -> list[ProcedureChoice]:
    """The active procedures, by code, each as its version in force at ``now`` (a procedure
    whose versions have all ended, or none has started, is left out)."""
    procedures = session.scalars(
        select(Procedure).where(Procedure.active).order_by(Procedure.code)
    ).all()
    versions = [version_at(session, procedure, now) for procedure in procedures]
    return [choice_of(v) for v in versions if v is not None and in_force(v, now)]


def choice_of(version: ProcedureVersion) -> ProcedureChoice:
    procedure = version.procedure
    return ProcedureChoice(
        code=procedure.code,
        name=version.name,
        folded=fold(f"{procedure.code} {version.name}"),
        field_code=procedure.field.code,
        field_name=procedure.field.name,
        time_limit=""
        if version.time_limit is None
        else format(version.time_limit.normalize(), "f"),
        time_unit=version.time_unit,
        cutoff_15h=version.cutoff_15h,
        fee=version.fee,
        checklist=tuple(
            ChecklistLine(d.name, d.originals, d.copies, d.required) for d in version.documents
        ),
        confirmed=version.confirmed,
        legal_source=version.legal_source,
        note=version.note,
        effective_to=version.effective_to,
    )
