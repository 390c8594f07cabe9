"""Chaos: many rounds of faults and SIGKILLs, then 0 lost, 0 duplicated, 0 conflicts — and a
deliberately broken client caught by the same comparison.

Rounds: ``MOTCUA_CHAOS_ROUNDS`` (default 30). A round whose sync is killed before it reaches
the province injects no fault, and on a slow machine (PostgreSQL, a busy CI) many are; on a
fast one many syncs end before their kill. So the run goes on past its rounds, up to four
times as many, until at least half as many faults as rounds have met the client and a
quarter as many syncs were killed. The figures of each run are printed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.dossiers.context import DeskContext
from desktop.profile import Profile
from tests.chaos.fault_proxy import FaultProxy
from tests.chaos.harness import CLIENT_TIMEOUT, Chaos, compare
from tests.integration.sync_helpers import Province1

ROUNDS = int(os.environ.get("MOTCUA_CHAOS_ROUNDS", "30"))


@pytest.fixture(params=["extended", "national"])
def dialect(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def province(tmp_path: Path, dialect: str) -> Iterator[Province1]:
    server = Province1(tmp_path, dialect=dialect)
    server.province.max_batch = 4  # several batches per run, so kills land between them
    yield server
    server.stop()
    server.store.dispose()


@pytest.fixture
def proxy(province: Province1) -> Iterator[FaultProxy]:
    server = FaultProxy(province.url, seed=20261121, client_timeout=CLIENT_TIMEOUT)
    yield server
    server.close()


def enough(chaos: Chaos, proxy: FaultProxy) -> bool:
    """Whether the run has killed and broken enough to mean something."""
    return chaos.kills >= ROUNDS // 4 and proxy.faults >= ROUNDS // 2


@pytest.mark.slow
def test_sigkill_and_faults_lose_nothing(
    profile: Profile, ctx: DeskContext, province: Province1, proxy: FaultProxy, dialect: str
) -> None:
    chaos = Chaos(profile, ctx, proxy.url, seed=7)
    rounds = 0
    while rounds < ROUNDS or (not enough(chaos, proxy) and rounds < 4 * ROUNDS):
        chaos.work()
        chaos.sync_round(kill_within=2.5)
        rounds += 1
    faults = proxy.faults
    proxy.enabled = False
    assert chaos.settle() == 0, chaos.last_error
    books = compare(profile, province.store, dialect)
    print(
        f"\nchaos ({dialect}): {rounds} rounds, {chaos.kills} SIGKILLs, exits {dict(chaos.exits)}, "
        f"faults {dict(proxy.seen)}; {books.dossiers} dossiers, {books.steps} steps; "
        f"lost {books.lost}, duplicated {books.duplicated_steps}, conflicts {books.conflicts}"
    )
    assert chaos.kills >= ROUNDS // 4, "the harness must actually kill the sync process"
    assert faults >= ROUNDS // 2, "the proxy must actually break requests"
    assert books.clean, books
    assert books.dossiers > ROUNDS and books.steps > books.dossiers


@pytest.mark.slow
def test_a_broken_client_is_caught(
    profile: Profile, ctx: DeskContext, province: Province1, proxy: FaultProxy, dialect: str
) -> None:
    chaos = Chaos(profile, ctx, proxy.url, seed=11, broken=True)
    for _ in range(max(4, ROUNDS // 5)):
        chaos.work()
        chaos.sync_round(kill_within=2.5)
    # Whether those rounds reached the province before their kill depends on the machine, so
    # the last one runs to its end with its first batch reset on the wire: the broken client
    # marks that batch delivered, and no later work brings its records back.
    # No random fault in that round: a "slow" login drawn by chance (how many draws came
    # before depends on where the kills landed) would time it out before its first batch.
    proxy.forced, proxy.only_forced = ["reset"], True
    chaos.work()
    assert chaos.sync_round(kill_within=None) is not None
    assert not proxy.forced, f"the last round must have met the reset: {chaos.last_error}"
    proxy.enabled = False
    chaos.settle()
    books = compare(profile, province.store, dialect)
    print(f"\nbroken client ({dialect}): lost {books.lost} ({books.lost_dossiers[:3]} …)")
    assert not books.clean and books.lost > 0
