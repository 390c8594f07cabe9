"""The office's sync as the window and ``motcua sync`` see it: push and pull, status, list,
inspect, retry, reconcile, offline bundle, the province's password.

No Qt here: the window calls these on a worker thread. A run opens its own gateway (the
password comes from the environment or the keyring each time, never kept by the window).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.accounts.roles import Permission
from desktop.errors import InputError
from desktop.outbox.listing import (
    ItemView,
    count_items,
    inspect_item,
    list_items,
    retry_items,
    state_counts,
)
from desktop.outbox.queue import ItemState, count_to_send
from desktop.scope import DeskScope, Facet
from desktop.sync import state
from desktop.sync.push_pull import (
    SyncOutcome,
    SyncReport,
    last_report,
    last_server,
    open_gateway,
    sync_once,
)
from desktop.sync.reconcile import Progress, ReconcileReport, reconcile
from desktop.sync.uploads import files_held

if TYPE_CHECKING:  # httpx and the keyring only when a command needs them
    from desktop.sync.gateway import Gateway


@dataclass(frozen=True)
class SyncStatus:
    counts: dict[str, int]
    left: int
    throttled_until: datetime | None  # only while the province still asks to wait
    last_run: dict[str, Any]
    files_held: int = 0  # files only at the desk (not uploaded)
    files_url: bool = False  # whether the province takes files (sync.files_url set)


@dataclass(frozen=True)
class ExportedBundle:
    file: Path
    dossiers: int
    steps: int


@dataclass(frozen=True)
class ServerOffer:
    """What the province answered a test login: the dialect the desk will speak, every
    extension offered (SYNC.md §1), the records a call, and whether files have an address."""

    dialect: str
    extensions: tuple[str, ...]
    max_batch: int
    files: bool


class DeskSync(Facet):
    """One office's sync, for the window's sync scheduler, its Đồng bộ page and the CLI."""

    def __init__(self, scope: DeskScope) -> None:
        super().__init__(scope)
        self.rng = random.Random()

    @property
    def url(self) -> str:
        """The province's address as the desk names it (and keys its password by): sync.url,
        or the login URL when only the separate URLs are set."""
        settings = self.profile.settings
        return settings.sync_url or settings.sync_auth_url

    @property
    def user(self) -> str:
        return self.profile.settings.sync_user

    def configured(self) -> bool:
        return bool(self.url and self.user)

    @property
    def interval_seconds(self) -> int:
        return self.profile.settings.sync_interval

    def push_and_pull(self, *, force: bool) -> SyncReport:
        """One run; a missing address or password comes back as an ``unconfigured`` report."""
        try:
            gateway = self._gateway()
        except InputError as exc:
            report = SyncReport(started_at=self.now().strftime("%Y-%m-%d %H:%M:%S"))
            report.outcome, report.message = SyncOutcome.UNCONFIGURED, exc.message
            report.counts = self.counts()
            return report
        return self._run(gateway, force=force)

    def sync_now(self) -> SyncReport:
        """One run started by the officer: everything pending goes now; a missing address or
        password is an :class:`InputError`."""
        self.scope.require(Permission.SYNC)
        return self._run(self._gateway(), force=True)

    def _gateway(self) -> Gateway:
        return open_gateway(self.profile.settings, self.scope.context.office_code)

    def _run(self, gateway: Gateway, *, force: bool) -> SyncReport:
        ctx = self.scope.context
        with gateway:
            return sync_once(
                self.profile.db,
                gateway,
                ctx,
                now=self.now,
                force=force,
                rng=self.rng,
                files=self.profile.files,
            )

    def pending(self) -> int:
        """Items the desk will still send (not those waiting for an officer)."""
        with self.scope.reading() as session:
            return count_to_send(session)

    def counts(self) -> dict[str, int]:
        """Outbox items per state (every state named, zero included)."""
        return state_counts(self.profile.db)

    def last(self) -> dict[str, Any]:
        return last_report(self.profile.db)

    def server(self) -> dict[str, Any]:
        """The dialect and extensions the province offered at the last login ({} before)."""
        return last_server(self.profile.db)

    def status(self) -> SyncStatus:
        self.scope.require(Permission.SYNC)
        counts = self.counts()
        with self.scope.reading() as session:
            until = state.read_time(session, state.THROTTLED_UNTIL)
        left = sum(n for s, n in counts.items() if s != ItemState.ACKED.value)
        waiting = until if until is not None and until > self.now() else None
        held = files_held(self.profile.db)
        return SyncStatus(
            counts, left, waiting, self.last(), held, bool(self.profile.settings.sync_files_url)
        )

    def files_notice(self) -> str:
        """What the sync page says about files kept at the desk: empty when the province
        takes files (``sync.files_url``) or none is waiting (SYNC.md §3)."""
        if self.profile.settings.sync_files_url:
            return ""
        held = files_held(self.profile.db)
        if not held:
            return ""
        return (
            f"Chưa cấu hình địa chỉ gửi tệp (sync.files_url): {held} tệp đang giữ tại máy, "
            "hồ sơ được gửi không kèm tệp."
        )

    def items(self, states: tuple[ItemState, ...], limit: int = 500) -> tuple[list[ItemView], int]:
        """The newest ``limit`` items in ``states`` and how many there are in all."""
        self.scope.require(Permission.SYNC)
        db = self.profile.db
        return list_items(db, states, limit=limit), count_items(db, states)

    def inspect(self, item_id: int, *, reveal: bool = False) -> dict[str, Any]:
        """The record as queued, personal numbers masked; ``reveal`` shows them in full and
        records a ``personal.reveal`` audit line in the same transaction."""
        self.scope.require(Permission.SYNC)
        if not reveal:
            with self.scope.reading() as session:
                return inspect_item(session, item_id).record
        self.scope.require(Permission.REVEAL)
        with self.scope.writing() as session:
            queued = inspect_item(session, item_id, reveal=True)
            self.scope.audit(session, "personal.reveal", queued.code, {"outbox_item": item_id})
        return queued.record

    def retry(self, item_ids: list[int] | None) -> int:
        """Failed and needs-attention items (the given ones, or all when None) back to pending."""
        self.scope.require(Permission.SYNC)
        return retry_items(self.profile.db, item_ids, self.now())

    def reconcile(
        self,
        day_from: date,
        day_to: date,
        *,
        requeue: bool = True,
        progress: Progress | None = None,
    ) -> ReconcileReport:
        """Compare a period with the province; ``progress(done, total)`` per TraCuuHoSo call
        when the province does not offer the ``reconcile`` extension."""
        self.scope.require(Permission.SYNC)
        office_id = self.scope.context.office_id
        with self._gateway() as gateway:
            return reconcile(
                self.profile.db,
                gateway,
                office_id,
                day_from,
                day_to,
                self.now(),
                requeue=requeue,
                progress=progress,
                pause=self.profile.settings.sync_lookup_pause,
                wire_codes=self.scope.context.wire_codes,
            )

    def export_bundle(self, out: Path) -> ExportedBundle:
        """The unsent items in a bundle file signed with the office's credentials; audited."""
        from desktop.sync.bundle import export_bundle
        from desktop.sync.credentials import find_password

        self.scope.require(Permission.SYNC)
        user = self.user
        password = find_password(self.url, user) if user else None
        agency = self.scope.context.office_code
        now = self.now()
        bundle = export_bundle(
            self.profile.db,
            out,
            agency=agency,
            user=user,
            password=password or "",
            now=now,
            dialect=self.server().get("dialect", "extended"),  # never logged in: both
            files=self.profile.files,
        )
        done = ExportedBundle(out, len(bundle.dossiers), len(bundle.steps))
        with self.scope.writing() as session:
            detail = {"dossiers": done.dossiers, "steps": done.steps}
            self.scope.audit(session, "export.sync_bundle", out.name, detail)
        return done

    def save_password(self, ask: Callable[[str], str]) -> None:
        """Keep the province's password in the OS keyring; ``ask(user)`` gives it, asked only
        once the role, the address and the account are checked."""
        self._check_configured()
        self.keep_password(ask(self.user))

    def _check_configured(self) -> None:
        self.scope.require(Permission.SETTINGS)
        if not self.configured():
            raise InputError(
                "Đặt địa chỉ cổng tỉnh (sync.url, hoặc sync.auth_url và sync.integration_url) "
                "và tài khoản (sync.user) trước: trang Cài đặt › Đồng bộ."
            )

    def keep_password(self, password: str) -> None:
        """The province's password for the address and account set, into the OS keyring."""
        from desktop.sync.credentials import store_password

        self._check_configured()
        if not password:
            raise InputError("Mật khẩu không được để trống.", field="password")
        store_password(self.url, self.user, password)

    def try_connection(self, values: Mapping[str, str], password: str = "") -> ServerOffer:
        """Log in with the addresses and account of ``values`` (settings keys, not saved)
        and ``password`` (else the one kept for them): what the province offers, or the
        sync error saying why not. Nothing is written."""
        from desktop.sync.dialects import choose

        self.scope.require(Permission.SETTINGS)
        candidate = replace(self.profile.settings)
        for key, value in values.items():
            candidate.set(key, value)
        gateway = open_gateway(candidate, self.scope.context.office_code, password or None)
        with gateway:
            gateway.login()
            return ServerOffer(
                choose(gateway.extensions).name,
                tuple(sorted(gateway.extensions)),
                gateway.max_batch,
                bool(candidate.sync_files_url),
            )
