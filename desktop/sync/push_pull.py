"""One sync pass: push what is pending, then pull the catalogue and online submissions.

The run never raises for the province's failures: it returns a :class:`SyncReport` saying
what went through and why it stopped; the report is also kept (``sync_state.last_run``) for
the status bar and the sync page. Exit codes of ``motcua sync``: 0 when nothing is left to
send, 3 when items remain (the province unreachable or throttling, items needing attention),
4 when the province refused the account (bad credentials, 403).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from db.engine import Database
from desktop.dossiers.context import DeskContext
from desktop.errors import InputError
from desktop.outbox.listing import state_counts
from desktop.outbox.queue import ItemState
from desktop.settings import Settings
from desktop.sync import state
from desktop.sync.errors import BadCredentials, Forbidden, Malformed, RateLimited, SyncError

if TYPE_CHECKING:
    from desktop.attachments.storage import FileStore
    from desktop.sync.gateway import Gateway

MAX_THROTTLE_WAIT = 10.0  # a manual run waits this long for the province's Retry-After


class SyncOutcome:
    """How a sync pass ended (kept in its report; the CLI and the window show it)."""

    OK = "ok"
    UNREACHABLE = "unreachable"
    THROTTLED = "throttled"
    CREDENTIALS = "credentials"
    FORBIDDEN = "forbidden"
    MALFORMED = "malformed"
    UNCONFIGURED = "unconfigured"


@dataclass
class SyncReport:
    started_at: str
    finished_at: str = ""
    outcome: str = SyncOutcome.OK
    message: str = ""
    acked: int = 0
    failed: int = 0
    needs_attention: int = 0
    catalogue_added: int = 0
    online_stored: list[str] = field(default_factory=list)
    online_skipped: list[dict[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def left(self) -> int:
        """Items not acknowledged: still to send, or waiting for an officer."""
        return sum(n for s, n in self.counts.items() if s != ItemState.ACKED.value)

    @property
    def exit_code(self) -> int:
        if self.outcome in (SyncOutcome.CREDENTIALS, SyncOutcome.FORBIDDEN):
            return 4
        if self.outcome != SyncOutcome.OK or self.left:
            return 3
        return 0

    def to_json(self) -> dict[str, Any]:
        value = asdict(self)
        value["left"] = self.left
        value["exit_code"] = self.exit_code
        return value


def open_gateway(settings: Settings, agency: str, password: str | None = None) -> Gateway:
    """The gateway of this profile's settings; the password from the environment or keyring."""
    from desktop.sync.credentials import require_password
    from desktop.sync.endpoints import sync_endpoints
    from desktop.sync.gateway import Gateway

    settings.check_sync_target()
    endpoints = sync_endpoints(settings)
    if not settings.sync_user:
        raise InputError(
            "Chưa đặt tài khoản cổng tỉnh (sync.user): trang Cài đặt › Đồng bộ.", field="sync.user"
        )
    secret = password or require_password(
        settings.sync_url or settings.sync_auth_url, settings.sync_user
    )
    return Gateway(
        settings.sync_url,
        agency,
        settings.sync_user,
        secret,
        timeout=float(settings.sync_timeout),
        max_batch=settings.sync_max_batch,  # used when the login answer names none
        auth_url=endpoints.auth,
        integration_url=endpoints.integration,
        files_url=endpoints.files or "",
    )


def sync_once(
    db: Database,
    gateway: Gateway,
    ctx: DeskContext,
    *,
    now: Callable[[], datetime],
    force: bool = True,
    rng: random.Random | None = None,
    sleep: Callable[[float], None] = time.sleep,
    files: FileStore | None = None,
) -> SyncReport:
    """Push, then pull. ``force`` ("sync now") ignores the backoff of failed items; the
    files the records name are read from ``files`` (uploaded first when the province takes
    files)."""
    from desktop.sync.engine import push_pending

    report = SyncReport(started_at=_stamp(now()))
    try:
        if _wait_for_throttle(db, now(), force, sleep, report):
            pushed = push_pending(db, gateway, now=now(), rng=rng, force=force, files=files)
            report.acked, report.failed = pushed.acked, pushed.failed
            report.needs_attention = pushed.needs_attention
            if pushed.retry_after:
                _throttle(db, report, now(), pushed.retry_after, pushed.stopped)
            elif pushed.stopped:
                report.outcome, report.message = SyncOutcome.UNREACHABLE, pushed.stopped
            else:
                _pull(db, gateway, ctx, now(), report)
    except BadCredentials as exc:
        report.outcome, report.message = SyncOutcome.CREDENTIALS, exc.message
    except Forbidden as exc:
        report.outcome, report.message = SyncOutcome.FORBIDDEN, exc.message
    except Malformed as exc:
        report.outcome, report.message = SyncOutcome.MALFORMED, exc.message
    except RateLimited as exc:
        _throttle(db, report, now(), exc.retry_after, exc.message)
    except SyncError as exc:
        report.outcome, report.message = SyncOutcome.UNREACHABLE, exc.message
    report.counts = state_counts(db)
    report.finished_at = _stamp(now())
    with db.session() as session, session.begin():
        state.write_json(session, state.LAST_RUN, report.to_json(), now())
        if gateway.session is not None:
            state.write_json(session, state.SERVER, server_offer(gateway), now())
    return report


def server_offer(gateway: Gateway) -> dict[str, Any]:
    """The dialect and the extensions the province offered at the gateway's last login."""
    from desktop.sync.dialects import choose

    return {
        "dialect": choose(gateway.extensions).name,
        "extensions": sorted(gateway.extensions),
    }


def last_server(db: Database) -> dict[str, Any]:
    """What :func:`server_offer` stored at the last login ({} before the first one)."""
    with db.read_session() as session, session.begin():
        return state.read_json(session, state.SERVER)


def last_report(db: Database) -> dict[str, Any]:
    with db.read_session() as session, session.begin():
        return state.read_json(session, state.LAST_RUN)


def _pull(db: Database, gateway: Gateway, ctx: DeskContext, now: datetime, rep: SyncReport) -> None:
    from desktop.sync.pulls import pull_catalogue, pull_online

    if gateway.session is None:  # nothing was pushed: log in to learn what the province offers
        gateway.login()
    rep.catalogue_added = pull_catalogue(db, gateway, now).added
    if "online" not in gateway.extensions:  # the baseline has no online submissions (§4)
        return
    online = pull_online(db, gateway, ctx, now)
    rep.online_stored = online.stored
    rep.online_skipped = [{"MaHoSo": s.code, "message": s.message} for s in online.skipped]


def _wait_for_throttle(
    db: Database, now: datetime, force: bool, sleep: Callable[[float], None], rep: SyncReport
) -> bool:
    """Whether the run may call the province (it asked to wait until ``throttled_until``)."""
    with db.read_session() as session, session.begin():
        until = state.read_time(session, state.THROTTLED_UNTIL)
    if until is None or until <= now:
        return True
    wait = (until - now).total_seconds()
    if force and wait <= MAX_THROTTLE_WAIT:
        sleep(wait)
        return True
    rep.outcome = SyncOutcome.THROTTLED
    rep.message = f"Cổng tỉnh yêu cầu chờ đến {until:%H:%M:%S} rồi mới gửi tiếp."
    return False


def _throttle(db: Database, rep: SyncReport, now: datetime, seconds: float, message: str) -> None:
    # Stored to the second, rounded up: the wait is never shorter than the province asked.
    until = (now + timedelta(seconds=max(seconds, 0.0))).replace(microsecond=0)
    until += timedelta(seconds=1)
    with db.session() as session, session.begin():
        state.write_time(session, state.THROTTLED_UNTIL, until, now)
    rep.outcome, rep.message = SyncOutcome.THROTTLED, message


def _stamp(value: datetime) -> str:
    return value.strftime(state.TIME_FORMAT)
