"""The one family of expected failures, each carrying a message for the officer in Vietnamese.

Anything that is not a :class:`DeskError` is a bug and goes to the crash handler.
"""

from __future__ import annotations


class DeskError(Exception):
    """An expected failure with a Vietnamese message that can be shown to the officer as is."""

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message


class InputError(DeskError):
    """The officer's (or a file's) input is invalid; nothing was stored."""

    exit_code = 2


class NotFoundError(DeskError):
    """A dossier, procedure or profile that was asked for does not exist."""

    exit_code = 2


class TransitionError(InputError):
    """The action is not allowed for the dossier in its current status."""


class StorageError(DeskError):
    """The database cannot be used as it is (newer schema, locked, damaged, disk full)."""

    exit_code = 3


class PermissionDenied(DeskError):  # noqa: N818 - reads as the officer sees it
    """The signed-in account's role does not allow the action, or nobody is signed in."""

    exit_code = 5
