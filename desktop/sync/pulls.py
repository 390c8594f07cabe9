"""What the desk takes from the province: the catalogue (§2.5) and online submissions (§2.6).

Each pull sends the ``server_time`` of the previous one as ``TuNgay`` and stores the new one
in the same transaction as what it brought, so a crash in between repeats the pull (which is
harmless: versions already stored and dossiers already here are left as they are).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from db.engine import Database
from desktop.catalogue.store import import_entries, parse_entries
from desktop.dossiers.context import DeskContext
from desktop.dossiers.online import PulledOutcome, store_online
from desktop.errors import InputError
from desktop.sync import state
from desktop.sync.errors import Unreachable
from desktop.sync.gateway import Gateway

log = logging.getLogger("motcua.sync")

WIRE_TIME_LENGTH = 14


@dataclass(frozen=True)
class CatalogueOutcome:
    added: int
    unchanged: int


@dataclass
class OnlineOutcome:
    stored: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[PulledOutcome] = field(default_factory=list)


def _data(answer: dict[str, Any], service: str) -> tuple[list[Any], str]:
    data, server_time = answer.get("data"), answer.get("server_time", "")
    if not isinstance(data, list):
        raise Unreachable(f"Cổng tỉnh trả lời {service} không đúng định dạng (thiếu data).")
    if not isinstance(server_time, str) or not (
        server_time == "" or (len(server_time) == WIRE_TIME_LENGTH and server_time.isdigit())
    ):
        raise Unreachable(f"Cổng tỉnh trả lời {service} với server_time không hợp lệ.")
    return data, server_time


def pull_catalogue(db: Database, gateway: Gateway, now: datetime) -> CatalogueOutcome:
    """Add the procedure versions the desk lacks; stored versions never change."""
    with db.read_session() as session, session.begin():
        since = state.read(session, state.CURSOR_CATALOGUE)
    answer = gateway.call("LayDanhSachTTHC", TuNgay=since)
    data, server_time = _data(answer, "LayDanhSachTTHC")
    try:
        entries = parse_entries(data)
    except InputError as exc:
        raise Unreachable(f"Danh mục thủ tục từ cổng tỉnh không hợp lệ: {exc.message}") from exc
    with db.session() as session, session.begin():
        outcome = import_entries(session, entries, now, "province")
        if server_time:
            state.write(session, state.CURSOR_CATALOGUE, server_time, now)
    log.info("sync: catalogue %d added, %d unchanged", outcome.added, outcome.unchanged)
    return CatalogueOutcome(outcome.added, outcome.unchanged)


def pull_online(db: Database, gateway: Gateway, ctx: DeskContext, now: datetime) -> OnlineOutcome:
    """Store each new online submission as waiting for acceptance (status 1)."""
    with db.read_session() as session, session.begin():
        since = state.read(session, state.CURSOR_ONLINE)
    answer = gateway.call("LayHoSoTrucTuyen", TuNgay=since)
    data, server_time = _data(answer, "LayHoSoTrucTuyen")
    outcome = OnlineOutcome()
    with db.session() as session, session.begin():
        for record in data:
            pulled = store_online(session, ctx, record, now)
            if pulled.result == "stored":
                outcome.stored.append(pulled.code)
            elif pulled.result == "unchanged":
                outcome.unchanged += 1
            else:
                outcome.skipped.append(pulled)
        # A skipped record is asked for again on the next pull (its cause may be fixed by then).
        if server_time and not outcome.skipped:
            state.write(session, state.CURSOR_ONLINE, server_time, now)
    log.info(
        "sync: online %d stored, %d unchanged, %d skipped",
        len(outcome.stored),
        outcome.unchanged,
        len(outcome.skipped),
    )
    return outcome
