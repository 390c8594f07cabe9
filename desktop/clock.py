"""Vietnam local time. The desk stores naive local times (UTC+7, no daylight saving)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "ICT")
FAKE_NOW_ENV = "MOTCUA_NOW"


def now() -> datetime:
    """The current Vietnam local time, to the second (``MOTCUA_NOW`` fixes it for demos/tests)."""
    fixed = os.environ.get(FAKE_NOW_ENV)
    if fixed:
        value = datetime.fromisoformat(fixed).replace(microsecond=0)
        if value.tzinfo is not None:
            value = value.astimezone(VIETNAM).replace(tzinfo=None)
        return value
    return datetime.now(VIETNAM).replace(tzinfo=None, microsecond=0)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
