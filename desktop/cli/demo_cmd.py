"""`motcua demo`: fill a demo profile with realistic demo dossiers.

Demo data goes only into a profile made for it: a new, empty profile becomes one (marked in
its settings, so it never syncs to a real province); any other office is refused.
"""

from __future__ import annotations

import time

from sqlalchemy import func, select

from db.models import Dossier
from desktop.audit import chain as audit
from desktop.cli.common import Invocation, emit
from desktop.cli.desk_cmd import has_office, make_demo_office
from desktop.demo import seed_demo
from desktop.errors import InputError

MAX_DEMO = 2_000_000


def _demo_profile_only(run: Invocation) -> None:
    """Make a new profile a demo one; refuse a real office (its data must stay real)."""
    profile = run.profile()
    if profile.settings.demo:
        return
    if has_office(profile):
        raise InputError(
            "Đây là hồ sơ của một văn phòng thật: không tạo dữ liệu mẫu vào đây (hồ sơ bịa ra "
            "sẽ lẫn vào sổ sách và bị gửi lên tỉnh). Dữ liệu mẫu chỉ tạo trong hồ sơ mẫu riêng: "
            "`motcua --demo`, hoặc `motcua demo --data-dir THƯ_MỤC_MỚI`.",
            field="data_dir",
        )
    make_demo_office(profile, run.now())


def cmd_demo(run: Invocation) -> int:
    count = run.args.dossiers
    if not 1 <= count <= MAX_DEMO:
        raise InputError(f"Số hồ sơ mẫu phải từ 1 đến {MAX_DEMO:,}.", field="dossiers")
    _demo_profile_only(run)
    started = time.perf_counter()
    now = run.now()
    with run.writing() as (session, ctx):
        # A second run goes on from the first: another seed, or its sync keys would repeat.
        seed = run.args.seed + int(session.scalar(select(func.count()).select_from(Dossier)) or 0)
        outcome = seed_demo(session, ctx, count, now, seed=seed)
        audit.append(
            session, ctx.audit_key, ctx.officer, "demo.seed", "", {"dossiers": outcome.dossiers}
        )
    seconds = round(time.perf_counter() - started, 1)
    result = {"dossiers": outcome.dossiers, "by_status": outcome.by_status, "seconds": seconds}
    emit(
        run,
        result,
        f"Đã tạo {outcome.dossiers} hồ sơ mẫu trong {seconds} giây "
        f"(theo trạng thái: {dict(sorted(outcome.by_status.items()))}).",
    )
    return 0
