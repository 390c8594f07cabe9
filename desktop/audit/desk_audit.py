"""The audit trail as an auditor reads it: the chain checked, the latest lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.models import AuditEntry
from desktop.accounts.roles import Permission
from desktop.audit.chain import Problem, head, verify
from desktop.scope import Facet


@dataclass(frozen=True)
class ChainCheck:
    """How far the chain holds: the lines that matched, the first problem, the last line."""

    checked: int
    problem: Problem | None
    head_seq: int
    head_hash: str

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class AuditLine:
    seq: int
    at_utc: datetime
    officer: str
    action: str
    record: str
    detail: str  # JSON, personal numbers masked


class DeskAudit(Facet):
    """`motcua audit …`: for the roles that may read the trail."""

    def verify(self) -> ChainCheck:
        """Walk the whole chain (and the head and account seals beside it)."""
        self.scope.require(Permission.AUDIT)
        with self.scope.reading() as session:
            verdict = verify(session, self.scope.audit_key)
            last_seq, last_hash = head(session)
        return ChainCheck(verdict.checked, verdict.problem, last_seq, last_hash)

    def latest(self, limit: int) -> list[AuditLine]:
        """The newest ``limit`` lines, newest first."""
        self.scope.require(Permission.AUDIT)
        with self.scope.reading() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit))
            return [
                AuditLine(e.seq, e.at_utc, e.officer, e.action, e.record, e.detail) for e in rows
            ]
