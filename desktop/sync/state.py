"""Named values the sync engine keeps in the database (table ``sync_state``).

- ``cursor.catalogue`` / ``cursor.online``: the province's ``server_time`` of the last pull,
  sent back as ``TuNgay`` so that only what changed since comes again;
- ``throttled_until``: the province asked to wait (429 ``Retry-After``) until this local time;
- ``last_run``: the summary of the last run (JSON), shown in the status bar and the sync page;
- ``server``: what the province offered at the last login (JSON ``{"dialect": "national" |
  "extended", "extensions": [...]}``), shown on the sync page.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from db.models import SyncState

CURSOR_CATALOGUE = "cursor.catalogue"
CURSOR_ONLINE = "cursor.online"
THROTTLED_UNTIL = "throttled_until"
LAST_RUN = "last_run"
SERVER = "server"
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def read(session: Session, name: str) -> str:
    row = session.get(SyncState, name)
    return row.value if row is not None else ""


def write(session: Session, name: str, value: str, now: datetime) -> None:
    row = session.get(SyncState, name)
    if row is None:
        session.add(SyncState(name=name, value=value, updated_at=now))
    else:
        row.value = value
        row.updated_at = now


def read_time(session: Session, name: str) -> datetime | None:
    text = read(session, name)
    try:
        return datetime.strptime(text, TIME_FORMAT) if text else None
    except ValueError:
        return None


def write_time(session: Session, name: str, value: datetime | None, now: datetime) -> None:
    write(session, name, value.strftime(TIME_FORMAT) if value is not None else "", now)


def read_json(session: Session, name: str) -> dict[str, Any]:
    text = read(session, name)
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write_json(session: Session, name: str, value: dict[str, Any], now: datetime) -> None:
    write(session, name, json.dumps(value, ensure_ascii=False, sort_keys=True), now)
