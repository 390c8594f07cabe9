"""Four processes take in 250 dossiers each at the same moment: 1,000 distinct codes."""

from __future__ import annotations

import multiprocessing as mp
from datetime import datetime
from multiprocessing.synchronize import Barrier
from pathlib import Path

from sqlalchemy import func, select

from db.models import DayCounter, Dossier
from desktop.dossiers.context import desk_context
from desktop.profile import Profile, open_profile

WORKERS = 4
PER_WORKER = 250
NOW = datetime(2026, 11, 20, 9, 30)


def _worker(data_dir: str, url: str, barrier: Barrier, out: mp.Queue[list[str]]) -> None:
    from tests.integration.dossier_factory import take_in

    profile = open_profile(Path(data_dir), url=url, migrate=False)
    with profile.db.read_session() as session:
        ctx = desk_context(session, profile.office(), profile.settings)
    barrier.wait()
    codes = [
        take_in(profile, ctx, NOW, applicant={"full_name": "Trần Thị Bình"})
        for _ in range(PER_WORKER)
    ]
    profile.close()
    out.put(codes)


def test_parallel_intakes_never_collide(profile: Profile) -> None:
    spawn = mp.get_context("spawn")
    barrier = spawn.Barrier(WORKERS)
    out: mp.Queue[list[str]] = spawn.Queue()
    procs = [
        spawn.Process(target=_worker, args=(str(profile.data_dir), profile.db.url, barrier, out))
        for _ in range(WORKERS)
    ]
    for p in procs:
        p.start()
    codes = [code for _ in procs for code in out.get(timeout=300)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert len(codes) == len(set(codes)) == WORKERS * PER_WORKER
    numbers = sorted(int(c.rsplit("-", 1)[1]) for c in codes)
    assert numbers == list(range(1, WORKERS * PER_WORKER + 1))
    with profile.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 1000
        assert session.scalar(select(DayCounter.last_number)) == 1000
