"""What the benchmark does to a profile: set it up, seed it, and make realistic inputs.

Imported by ``run.py`` (the script's folder is on ``sys.path`` when it runs); nothing here
depends on pytest or on the test fixtures.
"""

from __future__ import annotations

import json
import math
import os
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.models import Dossier, OutboxItem, Procedure, ProcedureVersion, StatusChange
from desktop.demo import (
    GIVEN_F,
    GIVEN_M,
    HAMLETS,
    MIDDLE_F,
    MIDDLE_M,
    MOBILE_PREFIXES,
    SURNAMES,
    seed_demo,
)
from desktop.dossiers.context import DeskContext, desk_context
from desktop.dossiers.validation import PROVINCE_CODES, id_number_for
from desktop.office_setup import OfficeInfo, setup_office
from desktop.profile import Profile

OFFICE_CODE = "000.00.00.H56"
OFFICE_NAME = "UBND xã Hòa Bình"
INIT_AT = datetime(2025, 1, 2, 8, 0)
# Seeding, queries and intake use this instant, never the wall clock (nor MOTCUA_NOW).
NOW = datetime(2026, 11, 20, 10, 0)
SEED_DAYS = 365
SEED = 2026

# Name searches as officers type them: common and rare words, several words, with and
# without diacritics, a short prefix, and a name that is not in the data at all.
NAME_TERMS = (
    "nguyen",
    "Nguyễn Văn An",
    "dang van ung",
    "tran thi",
    "le thi mai",
    "hoang",
    "ng",
    "khong minh",
)


# --- profile ----------------------------------------------------------------------------------


def init_office(profile: Profile) -> None:
    """The office row and the shipped catalogue, as `motcua init` makes them."""
    setup_office(
        profile, OfficeInfo(OFFICE_CODE, OFFICE_NAME, "UBND tỉnh Lâm Đồng", "Hòa Bình"), INIT_AT
    )


def context(profile: Profile) -> DeskContext:
    office = profile.office()
    with profile.db.read_session() as session, session.begin():
        return desk_context(session, office, profile.settings)


@dataclass(frozen=True)
class SeedResult:
    dossiers: int
    history_rows: int
    outbox_rows: int
    seconds: float
    by_status: dict[int, int]

    @property
    def dossiers_per_s(self) -> float:
        return self.dossiers / self.seconds if self.seconds else 0.0

    @property
    def rows_per_s(self) -> float:
        rows = self.dossiers + self.history_rows + self.outbox_rows
        return rows / self.seconds if self.seconds else 0.0


def seed(profile: Profile, ctx: DeskContext, count: int) -> SeedResult:
    """``count`` demo dossiers in one durable transaction, as ``motcua demo`` writes them."""
    started = time.perf_counter()
    with profile.db.session() as session, session.begin():
        outcome = seed_demo(session, ctx, count, NOW, seed=SEED, days=SEED_DAYS)
    seconds = time.perf_counter() - started
    with profile.db.read_session() as session:
        history = session.scalar(select(func.count()).select_from(StatusChange)) or 0
        outbox = session.scalar(select(func.count()).select_from(OutboxItem)) or 0
    return SeedResult(outcome.dossiers, history, outbox, seconds, dict(outcome.by_status))


# --- inputs -----------------------------------------------------------------------------------


def procedure_codes(profile: Profile) -> list[str]:
    """The procedures a counter can receive (a time limit known)."""
    query = (
        select(Procedure.code)
        .join(ProcedureVersion)
        .where(Procedure.active, ProcedureVersion.time_limit.is_not(None))
        .distinct()
    )
    with profile.db.read_session() as session:
        return sorted(session.scalars(query))


def intake_payloads(count: int, codes: list[str], rng: random.Random) -> list[str]:
    """``count`` dossiers as the intake form sends them (JSON text), all different."""
    return [json.dumps(_intake(codes, rng), ensure_ascii=False) for _ in range(count)]


def _intake(codes: list[str], rng: random.Random) -> dict[str, Any]:
    female = rng.random() < 0.5
    name = " ".join(
        (
            rng.choice(SURNAMES),
            rng.choice(MIDDLE_F if female else MIDDLE_M),
            rng.choice(GIVEN_F if female else GIVEN_M),
        )
    )
    birth = date(1945, 1, 1) + timedelta(days=rng.randrange(365 * 62))
    province = rng.choice(list(PROVINCE_CODES))
    payload: dict[str, Any] = {
        "procedure": rng.choice(codes),
        "applicant": {
            "full_name": name if rng.random() < 0.8 else f"  {name.upper()} ",
            "id_number": id_number_for(province, birth, female, rng.randrange(10**6)),
            "birth_date": birth.isoformat() if rng.random() < 0.5 else f"{birth:%d/%m/%Y}",
            "phone": rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}",
            "email": f"cd{rng.randrange(10**6)}@example.vn" if rng.random() < 0.3 else "",
            "address": f"{rng.choice(HAMLETS)}, xã Hòa Bình",
        },
        "channel": rng.choices((1, 2, 3), (70, 25, 5))[0],
        "summary": "",
        "sets": 1,
    }
    if rng.random() < 0.5:  # else the procedure's checklist is used
        payload["documents"] = [
            "Tờ khai theo mẫu",
            {"name": "Bản sao giấy tờ tùy thân", "originals": 0, "copies": 1},
        ]
    return payload


@dataclass(frozen=True)
class SearchTerms:
    names: tuple[str, ...]
    codes: tuple[str, ...]
    id_numbers: tuple[str, ...]


def search_terms(profile: Profile, rng: random.Random, samples: int = 10) -> SearchTerms:
    """Code and ID prefixes taken from dossiers that exist, at several lengths."""
    with profile.db.read_session() as session:
        top = session.scalar(select(func.max(Dossier.id))) or 0
        ids = [rng.randint(1, top) for _ in range(samples)] if top else []
        rows = session.execute(
            select(Dossier.code, Dossier.applicant_id_number).where(Dossier.id.in_(ids))
        ).all()
    codes: list[str] = []
    numbers: list[str] = []
    for code, number in rows:
        # Whole code (1 hit), minus 1 and 2 digits (≤10, ≤100), the whole day ("…-YYMMDD-").
        codes += [code, code[:-1], code[:-2], code[:-4]]
        if number:
            # Whole ID, 9 digits, province + sex/century + year, province + sex/century.
            numbers += [number, number[:9], number[:6], number[:4]]
    return SearchTerms(NAME_TERMS, tuple(codes), tuple(numbers))


# --- measuring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    n: int
    p50: float
    p95: float
    max: float
    mean: float

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 3) for k, v in asdict(self).items()}


def stats(samples_ms: list[float]) -> Stats:
    ordered = sorted(samples_ms)

    def rank(q: float) -> float:  # nearest-rank percentile
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]

    return Stats(len(ordered), rank(0.5), rank(0.95), ordered[-1], statistics.fmean(ordered))


def time_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def drop_from_page_cache(path: Path) -> bool:
    """Ask the OS to forget the file's cached pages (this file only), for a colder open."""
    if not path.exists() or not hasattr(os, "posix_fadvise"):
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)
    return True


def read_into_page_cache(path: Path) -> int:
    """Read the whole file once so that later phases measure a warm cache; bytes read."""
    total = 0
    if path.exists():
        with path.open("rb") as handle:
            while chunk := handle.read(8 << 20):
                total += len(chunk)
    return total
