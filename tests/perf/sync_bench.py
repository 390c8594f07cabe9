"""Benchmark: push a queue of N dossiers to the reference province on loopback.

    .venv/bin/python tests/perf/sync_bench.py [--dossiers 10000] [--single 10000]

Seeds N demo dossiers (one queued record each) in a fresh SQLite profile, starts
`motcua province-server` as its own process on a fresh SQLite database, and times
``push_pending`` with the province's batches of 100; then the same on a second fresh
province that takes one record per call (``--max-batch 1``), for ``--single`` dossiers.
Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from sqlalchemy import update  # noqa: E402
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


def start_province(folder: Path, max_batch: int) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = {**os.environ, "MOTCUA_PROVINCE_PASSWORD": PASSWORD}
    process = subprocess.Popen(
        [
            str(MOTCUA),
            "province-server",
            "--port",
            str(port),
            "--database-url",
            f"sqlite+pysqlite:///{folder / f'province-{max_batch}.db'}",
            "--user",
            USER,
            "--agency",
            AGENCY,
            "--max-batch",
            str(max_batch),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    process.stdout.readline()
    return process, f"http://127.0.0.1:{port}"


def push(folder: Path, profile_url: str, max_batch: int, limit: int) -> tuple[float, int, int]:
    """Seconds to push ``limit`` items (the others held back), acked count, calls."""
    profile = open_profile(folder / "desk", url=profile_url)
    with profile.db.session() as session, session.begin():
        session.execute(update(OutboxItem).values(state=ItemState.PENDING.value, acked_at=None))
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id > limit)
            .values(state=ItemState.NEEDS_ATTENTION.value)
        )
    process, url = start_province(folder, max_batch)
    try:
        with Gateway(url, AGENCY, USER, PASSWORD, timeout=60) as gateway:
            gateway.login()
            started = time.perf_counter()
            summary = push_pending(profile.db, gateway, now=NOW)
            elapsed = time.perf_counter() - started
        calls = -(-summary.acked // max(1, gateway.max_batch))
        return elapsed, summary.acked, calls
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        profile.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument("--single", type=int, default=10_000, help="dossiers one per call")
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
        batched, acked, calls = push(folder, url, 100, args.dossiers)
        print(
            f"batches of 100: {acked:,} dossiers in {batched:.2f} s "
            f"({acked / batched:,.0f}/s, {calls} calls; target < 10 s)"
        )
        single = min(args.single, args.dossiers)
        one, acked_one, calls_one = push(folder, url, 1, single)
        print(
            f"one record per call: {acked_one:,} dossiers in {one:.2f} s "
            f"({acked_one / one:,.0f}/s, {calls_one} calls)"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
