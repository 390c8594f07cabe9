"""Benchmark: push a queue of N dossiers to the reference province on loopback, per dialect.

    .venv/bin/python tests/perf/sync_bench.py [--dossiers 10000] [--refused 0.01]

Seeds N demo dossiers (one queued record each) in a fresh SQLite profile; then, each on a fresh
`motcua province-server` process with its own SQLite database (durable: synchronous=FULL), times
``push_pending`` in three runs: the extended dialect (per-record results), the national dialect
(whole-call answers, all or nothing), and the national dialect with ``--refused`` of the records
made invalid (an impossible NgayTiepNhan), which the server refuses and the desk splits out.
Prints time, records acknowledged, records needing attention and calls; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from sqlalchemy import select, update  # noqa: E402
from workload import NOW, context, init_office, seed  # noqa: E402

from db.models import OutboxItem  # noqa: E402
from desktop.outbox.queue import ItemState  # noqa: E402
from desktop.profile import open_profile  # noqa: E402
from desktop.sync.engine import push_pending  # noqa: E402
from desktop.sync.gateway import Gateway  # noqa: E402

MOTCUA = Path(sys.executable).with_name("motcua")
AGENCY = "000.00.00.H56"
USER, PASSWORD = "xa", "bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_province(folder: Path, dialect: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = {**os.environ, "MOTCUA_PROVINCE_PASSWORD": PASSWORD}
    process = subprocess.Popen(
        [
            str(MOTCUA),
            "province-server",
            "--port",
            str(port),
            "--database-url",
            f"sqlite+pysqlite:///{folder / f'province-{dialect}-{time.monotonic_ns()}.db'}",
            "--user",
            USER,
            "--agency",
            AGENCY,
            "--dialect",
            dialect,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    process.stdout.readline()
    return process, f"http://127.0.0.1:{port}"


class Counter(httpx.HTTPTransport):
    """Counts the integration calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/integration"):
            self.calls += 1
        return super().handle_request(request)


def requeue(profile_url: str, folder: Path, refused: float) -> int:
    """Every item pending again (the next run goes to a fresh province); every
    (1/refused)-th dossier record made invalid (runs with a share refused come last). The count."""
    profile = open_profile(folder / "desk", url=profile_url)
    every = round(1 / refused) if refused > 0 else 0
    spoilt = 0
    try:
        with profile.db.session() as session, session.begin():
            session.execute(
                update(OutboxItem).values(state=ItemState.PENDING.value, acked_at=None, attempts=0)
            )
            for item in session.scalars(select(OutboxItem).order_by(OutboxItem.id)):
                record = json.loads(item.payload)
                if every and item.kind == "dossier" and item.id % every == 0:
                    record["NgayTiepNhan"] = "x"
                    spoilt += 1
                item.payload = json.dumps(record, ensure_ascii=False)
    finally:
        profile.close()
    return spoilt


def push(folder: Path, profile_url: str, dialect: str) -> tuple[float, int, int, int]:
    """Seconds to push the queue, acked, needing attention, integration calls."""
    profile = open_profile(folder / "desk", url=profile_url)
    process, url = start_province(folder, dialect)
    counter = Counter()
    try:
        with Gateway(url, AGENCY, USER, PASSWORD, timeout=60, transport=counter) as gateway:
            gateway.login()
            started = time.perf_counter()
            summary = push_pending(profile.db, gateway, now=NOW, force=True)
            elapsed = time.perf_counter() - started
        return elapsed, summary.acked, summary.needs_attention, counter.calls
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        profile.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument("--refused", type=float, default=0.01, help="share made invalid")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="motcua-sync-bench-"))
    try:
        url = f"sqlite+pysqlite:///{folder / 'desk' / 'motcua.db'}"
        profile = open_profile(folder / "desk", url=url)
        init_office(profile)
        started = time.perf_counter()
        seed(profile, context(profile), args.dossiers)
        print(f"seeded {args.dossiers:,} dossiers in {time.perf_counter() - started:.1f} s")
        profile.close()
        runs = (("extended", 0.0), ("national", 0.0), ("national", args.refused))
        base = 0.0
        for dialect, refused in runs:
            spoilt = requeue(url, folder, refused)
            took, acked, attention, calls = push(folder, url, dialect)
            base = base or took
            label = f"{dialect}, {spoilt} refused" if spoilt else dialect
            print(
                f"{label:<24} {acked:>7,} acked {attention:>4} needing attention "
                f"{took:7.2f} s  {calls:>5} calls  {took / base:4.2f}× extended"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
