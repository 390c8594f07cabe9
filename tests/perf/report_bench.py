"""Benchmark: form II.06a (with its indicators) on a big SQLite profile.

    .venv/bin/python tests/perf/report_bench.py [--dossiers 1000000] [--data-dir DIR] [--keep]

Seeds N demo dossiers over a year (as ``tests/perf/run.py`` does; or reuses ``--data-dir``
when it holds a seeded profile), then times the form for one month (calendar and 15→14), a
quarter and one year, by field and by procedure, five runs each, and the exports of one
month. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from sqlalchemy import func, select  # noqa: E402
from workload import NOW, context, init_office, seed  # noqa: E402

from db.models import Dossier  # noqa: E402
from desktop.profile import open_profile  # noqa: E402
from desktop.reports.form06a import GroupBy  # noqa: E402
from desktop.reports.period import Period, Window, month_period  # noqa: E402
from desktop.reports.service import ReportFormat, monthly_report, report_bytes  # noqa: E402

RUNS = 5


def timed(profile, period: Period, by: GroupBy) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    samples = []
    received = 0
    for _ in range(RUNS):
        started = time.perf_counter()
        with profile.db.read_session() as session, session.begin():
            report = monthly_report(session, period, by, NOW)
        samples.append((time.perf_counter() - started) * 1000)
        received = report.form.total.received
    return statistics.median(samples), max(samples), received


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--data-dir")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    folder = (
        Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="motcua-report-"))
    )
    try:
        profile = open_profile(folder)
        with profile.db.read_session() as session:
            existing = session.scalar(select(func.count()).select_from(Dossier)) or 0
        if not existing:
            init_office(profile)
            result = seed(profile, context(profile), args.dossiers)
            print(f"seeded {result.dossiers:,} dossiers in {result.seconds:.0f} s")
        else:
            print(f"reusing {existing:,} dossiers in {folder}")
        last_month = month_period(NOW.year, NOW.month - 1 if NOW.month > 1 else 12)
        cases = [
            ("month (calendar)", last_month),
            (
                "month (15→14)",
                month_period(last_month.last.year, last_month.last.month, Window.MID_MONTH),
            ),
            ("quarter", Period(date(NOW.year, 7, 1), date(NOW.year, 9, 30))),
            ("year", Period(date(NOW.year - 1, NOW.month, 1), last_month.last)),
        ]
        for name, period in cases:
            for by in GroupBy:
                p50, worst, received = timed(profile, period, by)
                print(
                    f"{name:<17} by {by.value:<9}: p50 {p50:7.1f} ms, max {worst:7.1f} ms "
                    f"({received:,} dossiers received or carried)"
                )
        with profile.db.read_session() as session, session.begin():
            report = monthly_report(session, last_month, GroupBy.PROCEDURE, NOW)
            for fmt in ReportFormat:
                started = time.perf_counter()
                data = report_bytes(session, report, fmt)
                elapsed = (time.perf_counter() - started) * 1000
                print(f"export {fmt.value}: {elapsed:.0f} ms, {len(data):,} bytes")
        profile.close()
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
