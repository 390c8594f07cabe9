"""Kill test: a counter taking in dossiers is killed with SIGKILL at random moments, 200 rounds
(``MOTCUA_KILL_ROUNDS``), in four lanes at once. After every round each acknowledged dossier is
present and whole — its history row, both outbox items and its scanned page, whose bytes hash
to their name — and ``integrity_check`` is ok."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Attachment, Dossier, OutboxItem, StatusChange
from desktop.profile import Profile
from desktop.safety.backups import sqlite_path
from desktop.safety.integrity import OK, check_sqlite

ROUNDS = int(os.environ.get("MOTCUA_KILL_ROUNDS", "200"))
LANES = 4
CHILD = Path(__file__).with_name("intake_child.py")
ROOT = CHILD.parents[2]


def one_round(profile: Profile, lane: int, rng: random.Random, *, first: bool = False) -> list[str]:
    """Start the counter, kill it after a random time; the codes it acknowledged. With
    ``first`` the random time starts once it acknowledged one (a slow machine may spend a
    whole round starting up)."""
    url = profile.db.engine.url.render_as_string(hide_password=False)
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(profile.data_dir), url, str(lane)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    codes: list[str] = []
    started = threading.Event()
    reader = threading.Thread(target=_read, args=(child, codes, started), daemon=True)
    reader.start()
    if first:
        started.wait(timeout=120)
    time.sleep(rng.uniform(0.5, 2.0))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    assert child.stderr is not None
    errors = child.stderr.read()
    assert "Traceback" not in errors, errors
    return codes


def _read(child: subprocess.Popen[str], codes: list[str], started: threading.Event) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if line.endswith("\n"):  # whole lines only
            codes.append(line[:-1])
            started.set()


def whole(profile: Profile, codes: list[str]) -> None:
    with profile.db.read_session() as session:
        for start in range(0, len(codes), 500):
            chunk = codes[start : start + 500]
            found = {
                code: ident
                for code, ident in session.execute(
                    select(Dossier.code, Dossier.id).where(Dossier.code.in_(chunk))
                )
            }
            assert set(found) == set(chunk), set(chunk) - set(found)
            history = {
                ident: n
                for ident, n in session.execute(
                    select(StatusChange.dossier_id, func.count())
                    .where(StatusChange.dossier_id.in_(found.values()))
                    .group_by(StatusChange.dossier_id)
                )
            }
            outbox = {
                code: n
                for code, n in session.execute(
                    select(OutboxItem.dossier_code, func.count())
                    .where(OutboxItem.dossier_code.in_(chunk))
                    .group_by(OutboxItem.dossier_code)
                )
            }
            assert all(history.get(i) == 1 for i in found.values())
            assert all(outbox.get(c) == 2 for c in chunk)  # the record and its first step
            files = list(
                session.scalars(
                    select(Attachment.sha256).where(Attachment.dossier_id.in_(found.values()))
                )
            )
            assert len(files) == len(chunk)
            for sha in files:  # the bytes were durable before the commit that names them
                assert hashlib.sha256(profile.files.read(session, sha)).hexdigest() == sha


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_dossier(profile: Profile) -> None:
    rounds = ROUNDS if sqlite_path(profile.db.url) is not None else max(8, ROUNDS // 4)
    acknowledged: list[str] = []
    lock = threading.Lock()

    def lane(number: int) -> int:
        rng = random.Random(1000 + number)
        done = 0
        for index in range(rounds // LANES):
            codes = one_round(profile, number, rng, first=index == rounds // LANES - 1)
            with lock:
                acknowledged.extend(codes)
                whole(profile, codes)
                path = sqlite_path(profile.db.url)
                if path is not None:
                    assert check_sqlite(path) == OK
            done += 1
        return done

    with ThreadPoolExecutor(max_workers=LANES) as pool:
        completed = sum(pool.map(lane, range(LANES)))
    whole(profile, acknowledged)
    assert len(set(acknowledged)) == len(acknowledged)  # no code given twice
    print(f"\nkill test: {completed} rounds, {len(acknowledged)} dossiers acknowledged, all whole")
    assert completed == (rounds // LANES) * LANES and acknowledged
