"""What every part of the service API shares: the profile, the clock, who acts, the listeners.

`Desk` holds one :class:`DeskScope`; each sub-facade (``desk.sync``, ``desk.reports`` …) is a
:class:`Facet` built from that same scope, so a sign-in seen by one is seen by all. The scope
is the one place an operation opens its transaction, checks a role and writes its audit line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar, overload

from sqlalchemy.orm import Session

from desktop.accounts.roles import Permission, allows, require
from desktop.audit import chain as audit
from desktop.calendar import WorkingCalendar
from desktop.changes import ChangeBoard, changes
from desktop.dossiers.context import DeskContext
from desktop.profile import Profile

F = TypeVar("F")


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


class facet(Generic[F]):  # noqa: N801 - used as a decorator, like property
    """A sub-facade of `Desk` built, and its module imported, the first time it is used, so a
    command or a first page pays only for the parts it calls. Built once per desk even when
    two threads ask at the same moment (a background job and the window)."""

    def __init__(self, build: Callable[[Any], F]) -> None:
        self.build = build
        self.name = build.__name__
        self.lock = threading.Lock()
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, desk: None, owner: type) -> facet[F]: ...

    @overload
    def __get__(self, desk: object, owner: type | None = None) -> F: ...

    def __get__(self, desk: object, owner: type | None = None) -> F | facet[F]:
        if desk is None:  # looked up on the class (documentation, inspection): the descriptor
            return self
        built: F | None = desk.__dict__.get(self.name)
        if built is None:
            with self.lock:
                built = desk.__dict__.get(self.name)
                if built is None:
                    built = desk.__dict__[self.name] = self.build(desk)
        return built
