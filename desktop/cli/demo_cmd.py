"""`motcua demo`: fill a demo profile with realistic demo dossiers.

Demo data goes only into a profile made for it: a new, empty profile becomes one (marked in
its settings, so it never syncs to a real province); any other office is refused.
"""

from __future__ import annotations

import time

from desktop.cli.common import Invocation, emit
from desktop.demo_office import prepare_demo_profile
from desktop.errors import InputError

MAX_DEMO = 2_000_000


def cmd_demo(run: Invocation) -> int:
    count = run.args.dossiers
    if not 1 <= count <= MAX_DEMO:
        raise InputError(f"Số hồ sơ mẫu phải từ 1 đến {MAX_DEMO:,}.", field="dossiers")
    prepare_demo_profile(run.profile(), run.now())
    started = time.perf_counter()
    outcome = run.desk().demo.seed(count, seed=run.args.seed)
    seconds = round(time.perf_counter() - started, 1)
    result = {"dossiers": outcome.dossiers, "by_status": outcome.by_status, "seconds": seconds}
    emit(
        run,
        result,
        f"Đã tạo {outcome.dossiers} hồ sơ mẫu trong {seconds} giây "
        f"(theo trạng thái: {dict(sorted(outcome.by_status.items()))}).",
    )
    return 0
