"""The one family of expected failures, each carrying a message for the officer in Vietnamese.

Anything that is not a :class:`DeskError` is a bug and goes to the crash handler.
"""

from __future__ import annotations

from pathlib import Path


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


class ScannerError(DeskError):
    """The scanner could not give the pages (not installed, not found, busy, jammed, out of
    paper, no answer) or the scan folder cannot be read; nothing was stored."""


class DatabaseFailure(StorageError):  # noqa: N818 - the family of the errors below
    """The database failed while in use: translated by the session from the driver's error;
    the transaction was rolled back, so nothing was stored half way."""


class DatabaseBusyError(DatabaseFailure):
    """Another counter or program held the database's write lock past the busy timeout."""


class DiskFullError(DatabaseFailure):
    """The disk (or the server's) has no room for the change."""


class ReadOnlyStorageError(DatabaseFailure):
    """The database, its file or its folder cannot be written to."""


class DatabaseGoneError(DatabaseFailure):
    """The database server went away or cannot be reached."""


class DamagedDatabaseError(DatabaseFailure):
    """The database is damaged: found at the start-up check, by `motcua check` or wherever
    SQLite reported it; the profile stays read-only until `check` or `restore` clears it."""

    def __init__(
        self, message: str, path: Path | None, problem: str, backup: Path | None = None
    ) -> None:
        super().__init__(message)
        self.path, self.problem, self.backup = path, problem, backup
