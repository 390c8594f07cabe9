"""Typed failures of a call to the provincial gateway (SYNC.md §1–§2), messages in Vietnamese."""

from __future__ import annotations

from desktop.errors import DeskError


class SyncError(DeskError):
    """A call to the provincial gateway did not go through."""


class BadCredentials(SyncError):  # noqa: N818 - names of the contract
    """The province refused the account (401 on /auth): stop and tell the officer."""


class Forbidden(SyncError):  # noqa: N818 - names of the contract
    """The account may not act for this agency (403): not retried."""


class Malformed(SyncError):  # noqa: N818 - names of the contract
    """The province judged the envelope malformed (400): not retried, a bug report."""


class RateLimited(SyncError):  # noqa: N818 - names of the contract
    """The province asked the desk to slow down (429): wait at least ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Unreachable(SyncError):  # noqa: N818 - names of the contract
    """No usable answer (5xx, timeout, connection error, not JSON): retried later."""


class Refused(SyncError):  # noqa: N818 - names of the contract
    """The adapter answered a call with a non-success ``error_code``: refused as a whole."""
