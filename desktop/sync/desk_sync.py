"""The office's sync as the window sees it: push and pull, list, inspect, retry, reconcile.

No Qt here: the window calls these on a worker thread. A run opens its own gateway (the
password comes from the environment or the keyring each time, never kept by the window).
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from desktop.errors import InputError
from desktop.scope import DeskScope, Facet
from desktop.sync.items import ItemView, count_items, inspect_item, list_items, retry_items
from desktop.sync.outbox import ItemState
from desktop.sync.push_pull import (
    SyncOutcome,
    SyncReport,
    last_report,
    open_gateway,
    state_counts,
    sync_once,
)
from desktop.sync.reconcile import ReconcileReport, reconcile


class DeskSync(Facet):
    """One office's sync, for the window's sync scheduler and its Đồng bộ page."""

    def __init__(self, scope: DeskScope) -> None:
        super().__init__(scope)
        self.rng = random.Random()

    @property
    def url(self) -> str:
        return self.profile.settings.sync_url

    def configured(self) -> bool:
        settings = self.profile.settings
        return bool(settings.sync_url and settings.sync_user)

    @property
    def interval_seconds(self) -> int:
        return self.profile.settings.sync_interval

    def push_and_pull(self, *, force: bool) -> SyncReport:
        """One run; a missing address or password comes back as an ``unconfigured`` report."""
        ctx = self.scope.context
        try:
            gateway = open_gateway(self.profile.settings, ctx.office_code)
        except InputError as exc:
            report = SyncReport(started_at=self.now().strftime("%Y-%m-%d %H:%M:%S"))
            report.outcome, report.message = SyncOutcome.UNCONFIGURED, exc.message
            report.counts = state_counts(self.profile.db)
            return report
        with gateway:
            return sync_once(self.profile.db, gateway, ctx, now=self.now, force=force, rng=self.rng)

    def counts(self) -> dict[str, int]:
        return state_counts(self.profile.db)

    def last(self) -> dict[str, Any]:
        return last_report(self.profile.db)

    def items(self, states: tuple[ItemState, ...], limit: int = 500) -> tuple[list[ItemView], int]:
        """The newest ``limit`` items in ``states`` and how many there are in all."""
        return list_items(self.profile.db, states, limit=limit), count_items(
            self.profile.db, states
        )

    def inspect(self, item_id: int) -> dict[str, Any]:
        return inspect_item(self.profile.db, item_id)

    def retry(self, item_ids: list[int]) -> int:
        return retry_items(self.profile.db, item_ids, self.now())

    def reconcile(self, day_from: date, day_to: date) -> ReconcileReport:
        ctx = self.scope.context
        with open_gateway(self.profile.settings, ctx.office_code) as gateway:
            return reconcile(self.profile.db, gateway, ctx.office_id, day_from, day_to, self.now())
