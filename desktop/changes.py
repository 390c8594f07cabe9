"""What a write changed, as the desk tells whoever listens (the window's pages, say).

A :class:`Changes` names the dossiers a committed write touched and the kinds of thing it
changed; each listener decides whether it concerns what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

DOSSIER = "dossier"  # a dossier's status, steps or details
OUTBOX = "outbox"  # something was queued for the province
PRINT = "print"  # a form was printed (recorded for the dossier)
WORKSTATION = "workstation"  # this workstation's officer name or language
OFFICER = "officer"  # another officer signed in
CATALOGUE = "catalogue"  # procedure versions were added (a file imported, the shipped list)


@dataclass(frozen=True)
class Changes:
    dossiers: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()

    def concerns(self, *kinds: str) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)


def changes(kinds: Iterable[str], dossiers: Iterable[str] = ()) -> Changes:
    return Changes(dossiers=frozenset(dossiers), kinds=frozenset(kinds))


Listener = Callable[[Changes], None]


class ChangeBoard:
    """The listeners of one desk; told once a write has committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Tell ``listener`` of every change from now on; returns how to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: Changes) -> None:
        for listener in list(self._listeners):
            listener(change)
