"""The chaos harness: a desk that keeps working while its sync process is killed at random
moments and every call to the province may fail; then the books are compared.

A round: the desk takes in and moves a few dossiers (in this process, committed), then
``motcua sync`` runs as a child process through the fault proxy and is killed with SIGKILL
after a random delay (or ends by itself). After the last round the faults are switched off
and the desk syncs until nothing is left; :func:`compare` then counts what the province
lost, holds twice or holds in conflict.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.models import Dossier, OutboxItem, StatusChange
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action, Status
from desktop.outbox.queue import ItemState
from desktop.outbox.records import baseline_record, baseline_step
from desktop.profile import Profile
from desktop.province.national import step_key
from desktop.province.store import Store, server_dossier, server_step
from desktop.settings import save_settings
from tests.integration.dossier_factory import do, take_in

ROOT = Path(__file__).resolve().parents[2]
BROKEN_CLIENT = Path(__file__).with_name("broken_client.py")
CLIENT_TIMEOUT = 1  # seconds (sync.timeout): a "slow" answer outlasts it
NEXT_STEP = {
    Status.ACCEPTED: Action.TRANSFER,
    Status.IN_PROGRESS: Action.RESOLVE,
    Status.RESOLVED: Action.RETURN,
}


@dataclass
class Books:
    """What the comparison found; all zero when the sync kept its promises."""

    dossiers: int = 0
    steps: int = 0
    lost_dossiers: list[str] = field(default_factory=list)
    stale_dossiers: list[str] = field(default_factory=list)
    wrong_records: list[str] = field(default_factory=list)
    lost_steps: int = 0
    duplicated_steps: int = 0
    unknown_steps: int = 0
    conflicts: int = 0

    @property
    def lost(self) -> int:
        return len(self.lost_dossiers) + len(self.stale_dossiers) + self.lost_steps

    @property
    def clean(self) -> bool:
        return not (
            self.lost
            or self.wrong_records
            or self.duplicated_steps
            or self.unknown_steps
            or self.conflicts
        )


@dataclass
class Chaos:
    profile: Profile
    ctx: DeskContext
    province_url: str
    seed: int
    broken: bool = False
    clock: datetime = datetime(2026, 11, 16, 8, 0)
    kills: int = 0
    last_error: str = ""
    exits: Counter[int] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        settings = self.profile.settings
        settings.sync_url = self.province_url
        settings.sync_user = "xa-hoa-binh"
        settings.sync_timeout = CLIENT_TIMEOUT
        save_settings(self.profile.data_dir, settings)

    # ---- the desk's own work ---------------------------------------------------------------
    def tick(self) -> datetime:
        self.clock += timedelta(minutes=3)
        return self.clock

    def work(self) -> None:
        """One to three new dossiers and a step on up to three open ones."""
        for _ in range(self.rng.randint(1, 3)):
            take_in(self.profile, self.ctx, self.tick())
        with self.profile.db.read_session() as session:
            open_ones = list(
                session.execute(
                    select(Dossier.code, Dossier.status).where(
                        Dossier.status.in_([int(s) for s in NEXT_STEP])
                    )
                )
            )
        for code, status in self.rng.sample(open_ones, min(3, len(open_ones))):
            action = NEXT_STEP[Status(status)]
            do(
                self.profile,
                self.ctx,
                code,
                action,
                self.tick(),
                to_unit="Công chức Tư pháp - Hộ tịch",
                receiver="Lê Thị Hoa",
                recipient="Đặng Văn Ưng",
            )

    # ---- the sync process ------------------------------------------------------------------
    def command(self) -> list[str]:
        url = str(self.profile.db.engine.url.render_as_string(hide_password=False))
        args = ["sync", "--data-dir", str(self.profile.data_dir), "--database-url", url]
        if self.broken:
            return [sys.executable, str(BROKEN_CLIENT), *args]
        return [sys.executable, "-m", "desktop.cli", *args]

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
        env.update(
            MOTCUA_SYNC_PASSWORD="mật-khẩu-đúng",
            MOTCUA_HOME=str(self.profile.data_dir),
            PYTHONPATH=str(ROOT),
        )
        return env

    def sync_round(self, kill_within: float | None) -> int | None:
        """Run one sync; kill it after a random delay (``None``: let it end, within five
        minutes). Its exit code, or None when killed."""
        process = subprocess.Popen(
            self.command(),
            cwd=ROOT,
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            limit = 300.0 if kill_within is None else self.rng.uniform(0.1, kill_within)
            process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.kills += 1
            return None
        finally:
            assert process.stderr is not None
            errors = process.stderr.read()
            process.stderr.close()
        assert "Traceback" not in errors, errors
        self.last_error = errors
        self.exits[process.returncode] += 1
        return process.returncode

    def settle(self, attempts: int = 8) -> int:
        """Sync (no faults, no kills) until the desk has nothing left; the last exit code."""
        code = -1
        self.last_error = ""
        for _ in range(attempts):
            done = subprocess.run(
                self.command(),
                cwd=ROOT,
                env=self.env(),
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert "Traceback" not in done.stderr, done.stderr
            code = done.returncode
            self.last_error = done.stderr
            if code == 0:
                break
            time.sleep(0.5)
        return code


def compare(profile: Profile, province: Store, dialect: str = "extended") -> Books:
    """The province against the desk: every dossier at its latest version, every step once.

    A national province keeps no versions or keys of the desk's: there a dossier must hold
    exactly the baseline record of its newest version, and a step is known by (MaHoSo,
    ThoiDiemXuLy, TrangThai) as the province knows it."""
    national = dialect == "national"
    agency = profile.office().code
    books = Books()
    with profile.db.read_session() as session:
        local = {
            code: version
            for code, version in session.execute(select(Dossier.code, Dossier.record_version))
        }
        newest: dict[str, dict[str, Any]] = {}
        for item in session.scalars(
            select(OutboxItem).where(OutboxItem.kind == "dossier").order_by(OutboxItem.id)
        ):
            record = json.loads(item.payload)
            best = newest.get(item.dossier_code)
            if best is None or record["RecordVersion"] >= best["RecordVersion"]:
                newest[item.dossier_code] = record
        step_items = session.execute(
            select(OutboxItem.idempotency_key, OutboxItem.payload).where(OutboxItem.kind == "step")
        ).all()
        step_keys = Counter(
            step_key(agency, baseline_step(json.loads(payload))) if national else key
            for key, payload in step_items
        )
        history = session.scalar(select(func.count()).select_from(StatusChange)) or 0
        books.conflicts = int(
            session.scalar(
                select(func.count())
                .select_from(OutboxItem)
                .where(OutboxItem.state == ItemState.NEEDS_ATTENTION.value)
            )
            or 0
        )
    assert sum(step_keys.values()) == history  # every history row queued exactly one step
    with province.engine.connect() as conn:
        remote = {
            row.ma_ho_so: (row.record_version, json.loads(row.record))
            for row in conn.execute(select(server_dossier))
        }
        remote_steps = Counter(conn.scalars(select(server_step.c.idempotency_key)))
    books.dossiers, books.steps = len(local), sum(step_keys.values())
    for code, version in local.items():
        if code not in remote:
            books.lost_dossiers.append(code)
        elif national:
            if remote[code][1] != baseline_record(newest[code]):
                books.stale_dossiers.append(code)
        elif remote[code][0] < version:
            books.stale_dossiers.append(code)
        elif remote[code][1] != newest[code]:
            books.wrong_records.append(code)
    books.lost_steps = sum(1 for key in step_keys if key not in remote_steps)
    books.duplicated_steps = sum(n - 1 for n in remote_steps.values() if n > 1)
    books.unknown_steps = sum(1 for key in remote_steps if key not in step_keys)
    return books
