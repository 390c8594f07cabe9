"""`motcua demo`: fill the profile with realistic demo dossiers."""

from __future__ import annotations

import time

from desktop.commands.common import Run, emit
from desktop.demo import seed_demo
from desktop.errors import InputError

MAX_DEMO = 2_000_000


def cmd_demo(run: Run) -> int:
    count = run.args.dossiers
    if not 1 <= count <= MAX_DEMO:
        raise InputError(f"Số hồ sơ mẫu phải từ 1 đến {MAX_DEMO:,}.", field="dossiers")
    started = time.perf_counter()
    now = run.now()
    with run.writing() as (session, ctx):
        outcome = seed_demo(session, ctx, count, now, seed=run.args.seed)
    seconds = round(time.perf_counter() - started, 1)
    result = {"dossiers": outcome.dossiers, "by_status": outcome.by_status, "seconds": seconds}
    emit(
        run,
        result,
        f"Đã tạo {outcome.dossiers} hồ sơ mẫu trong {seconds} giây "
        f"(theo trạng thái: {dict(sorted(outcome.by_status.items()))}).",
    )
    return 0
