"""What the desk takes from the province: the catalogue (§2.4) and online submissions (§4).

From a province offering the extensions, each pull sends the ``server_time`` of the previous
one as ``TuNgay`` and stores the new one in the same transaction as what it brought, so a crash
in between repeats the pull (which is harmless: versions already stored and dossiers already
here are left as they are). From a national adapter the catalogue is ``LayDanhSachTTHC`` then
one ``LayThuTuc`` per procedure, at most once a day (the listing carries no change dates).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from db.engine import Database
from desktop.catalogue.national import parse_pull
from desktop.catalogue.store import import_entries, national_entries, parse_entries
from desktop.dossiers.context import DeskContext
from desktop.dossiers.online import PulledOutcome, store_online
from desktop.errors import InputError
from desktop.outbox.records import wire_time
from desktop.sync import state
from desktop.sync.dialects import choose
from desktop.sync.dialects.base import message_of, succeeded
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
    if choose(gateway.extensions).name == "national":
        return _pull_national_catalogue(db, gateway, now, since)
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


def _pull_national_catalogue(
    db: Database, gateway: Gateway, now: datetime, since: str
) -> CatalogueOutcome:
    """``LayDanhSachTTHC``, then ``LayThuTuc`` for each procedure listed; once a day."""
    today = wire_time(now)[:8]
    if since[:8] == today:
        return CatalogueOutcome(0, 0)
    listing = _answered(gateway.call("LayDanhSachTTHC"), "LayDanhSachTTHC")
    details: dict[str, Any] = {}
    listed = listing.get("result")
    for item in listed if isinstance(listed, list) else []:
        code = str(item.get("MATTHC", "")).strip() if isinstance(item, dict) else ""
        if code and code not in details:
            details[code] = _answered(gateway.call("LayThuTuc", maTTHC=code), "LayThuTuc")
    catalogue = parse_pull(listing, details, now)
    for note in catalogue.notes:
        log.info("sync: catalogue: %s", note)
    with db.session() as session, session.begin():
        outcome = import_entries(session, national_entries(catalogue), now, "province")
        state.write(session, state.CURSOR_CATALOGUE, wire_time(now), now)
    log.info("sync: catalogue %d added, %d unchanged", outcome.added, outcome.unchanged)
    return CatalogueOutcome(outcome.added, outcome.unchanged)


def _answered(answer: dict[str, Any], service: str) -> dict[str, Any]:
    """A baseline answer that succeeded; :class:`Unreachable` when the call failed."""
    if not succeeded(answer):
        reason = message_of(answer) or "không rõ lý do"
        raise Unreachable(f"Cổng tỉnh không trả lời được {service}: {reason}.")
    return answer


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
