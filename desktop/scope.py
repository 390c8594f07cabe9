"""What every part of the service API shares: the profile, the clock, who acts, the listeners.

`Desk` holds one :class:`DeskScope`; each sub-facade (``desk.sync``, ``desk.reports`` …) is a
:class:`Facet` built from that same scope, so a sign-in seen by one is seen by all. The scope
is the one place an operation opens its transaction, checks a role and writes its audit line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.accounts.roles import Permission, allows, require
from desktop.audit import chain as audit
from desktop.calendar import WorkingCalendar
from desktop.changes import ChangeBoard, changes
from desktop.dossiers.context import DeskContext
from desktop.profile import Profile


@dataclass
class DeskScope:
    profile: Profile
    now: Callable[[], datetime]
    context: DeskContext
    board: ChangeBoard = field(default_factory=ChangeBoard)

    @property
    def officer(self) -> str:
        return self.context.officer

    @property
    def role(self) -> str:
        return self.context.role

    @property
    def calendar(self) -> WorkingCalendar:
        return self.context.calendar

    @property
    def audit_key(self) -> bytes:
        return self.context.audit_key

    def require(self, permission: Permission) -> None:
        """Refuse (:class:`~desktop.errors.PermissionDenied`) unless the role allows it."""
        require(self.context.role, permission)

    def allows(self, permission: Permission) -> bool:
        return allows(self.context.role, permission)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction (on a read-only profile too)."""
        with self.profile.db.read_session() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One officer action: a write transaction committed (durably) on success."""
        with self.profile.db.session() as session, session.begin():
            yield session

    def audit(
        self, session: Session, action: str, record: str, detail: dict[str, Any] | None = None
    ) -> None:
        """An audit line by the acting officer, in ``session``'s transaction."""
        audit.append(session, self.audit_key, self.officer, action, record, detail or {})

    def publish(self, kinds: Iterable[str], dossiers: Iterable[str] = ()) -> None:
        """Tell the listeners what a committed write changed."""
        self.board.publish(changes(kinds, dossiers))


class Facet:
    """A part of the service API (one capability), sharing the desk's scope."""

    def __init__(self, scope: DeskScope) -> None:
        self.scope = scope

    @property
    def profile(self) -> Profile:
        return self.scope.profile

    def now(self) -> datetime:
        return self.scope.now()
