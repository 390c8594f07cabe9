"""Chaos on the other side: the province's own process is killed with SIGKILL in every round
(while the desk's sync may be killed too), then started again on the same database; at the end
the province holds exactly the desk's dossiers and every step once, in both dialects.

Where each kill lands depends on the machine; what is asserted does not: every round kills the
server (the kill is waited for), and the books must balance whatever was in flight.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.dossiers.context import DeskContext
from desktop.profile import Profile
from desktop.province.store import Store
from tests.chaos.harness import Chaos, compare
from tests.e2e.province_process import free_port

ROUNDS = max(6, int(os.environ.get("MOTCUA_CHAOS_ROUNDS", "30")) // 4)
USER, PASSWORD = "xa-hoa-binh", "mật-khẩu-đúng"  # what the harness's desk signs in with


def start_province(database: Path, port: int, agency: str, dialect: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    env["MOTCUA_PROVINCE_PASSWORD"] = PASSWORD
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop.province.cli",
            "--port",
            str(port),
            "--database-url",
            f"sqlite+pysqlite:///{database}",
            "--user",
            USER,
            "--agency",
            agency,
            "--max-batch",
            "4",
            "--dialect",
            dialect,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith("listening on ")
    return process


@pytest.mark.slow
@pytest.mark.parametrize("dialect", ["extended", "national"])
def test_the_province_killed_in_every_round_loses_nothing(
    profile: Profile, ctx: DeskContext, tmp_path: Path, dialect: str
) -> None:
    database, port, agency = tmp_path / "province.db", free_port(), profile.office().code
    server = start_province(database, port, agency, dialect)
    chaos = Chaos(profile, ctx, f"http://127.0.0.1:{port}", seed=13)
    server_kills = 0
    try:
        for _ in range(ROUNDS):
            chaos.work()
            victim = server
            killer = threading.Timer(chaos.rng.uniform(0.05, 2.0), victim.kill)  # SIGKILL
            killer.start()
            chaos.sync_round(kill_within=2.5)
            killer.join()  # the kill always happens, early or late in the round
            assert victim.wait() == -signal.SIGKILL
            server_kills += 1
            server = start_province(database, port, agency, dialect)
        assert chaos.settle() == 0, chaos.last_error
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    store = Store(f"sqlite+pysqlite:///{database}")
    try:
        books = compare(profile, store, dialect)
    finally:
        store.dispose()
    print(
        f"\nserver kills ({dialect}): {ROUNDS} rounds, {server_kills} server SIGKILLs, "
        f"{chaos.kills} client SIGKILLs, exits {dict(chaos.exits)}; {books.dossiers} dossiers, "
        f"{books.steps} steps; lost {books.lost}, duplicated {books.duplicated_steps}, "
        f"conflicts {books.conflicts}"
    )
    assert server_kills == ROUNDS
    assert books.clean, books
