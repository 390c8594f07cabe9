"""Performance benchmark of the desk on a big SQLite profile (prints figures, asserts nothing).

    .venv/bin/python tests/perf/run.py [--dossiers N] [--json FILE] [--data-dir DIR] [--keep]

Creates a fresh profile, seeds N demo dossiers (default 1,000,000), then times intake, search,
the overdue list and opening the profile, and prints each figure beside its target.
See ``tests/perf/README.md``.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before the heavy imports: the open probe reports them

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, TypeVar  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from sqlalchemy import event, func, select, text  # noqa: E402
from workload import (  # noqa: E402
    NOW,
    SearchTerms,
    Stats,
    context,
    drop_from_page_cache,
    init_office,
    intake_payloads,
    procedure_codes,
    read_into_page_cache,
    search_terms,
    seed,
    stats,
)

from db.models import CLOCK_RUNNING_SQL, Dossier  # noqa: E402
from desktop.dossiers.context import DeskContext, desk_context  # noqa: E402
from desktop.dossiers.intake import parse_intake, receive  # noqa: E402
from desktop.dossiers.queries import DossierFilter, list_dossiers, search  # noqa: E402
from desktop.dossiers.views import summary_of  # noqa: E402
from desktop.profile import Profile, open_profile  # noqa: E402
from desktop.settings import DATABASE_FILE  # noqa: E402

T = TypeVar("T")
MILLION = 1_000_000
INTAKE_REPS = 200
INTAKE_WARMUP = 3
SEARCH_REPS = 200  # per kind: name, code prefix, ID prefix
OVERDUE_REPS = 100
OPEN_PROCESS_REPS = 10
OPEN_INPROCESS_REPS = 20
FIRST_READ = 50  # rows of the newest-first list the main window shows after opening


# --- command line -----------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", type=int, default=MILLION, help="demo dossiers to seed")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--data-dir", type=Path, help="profile folder (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary profile")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the profile in --data-dir (no init, no seed)"
    )
    parser.add_argument("--explain", action="store_true", help="print the SQLite query plans")
    parser.add_argument("--probe-open", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.reuse and args.data_dir is None:
        parser.error("--reuse needs --data-dir")
    if args.dossiers < 0:
        parser.error("--dossiers must be 0 or more")
    return args


def prepare_dir(args: argparse.Namespace) -> tuple[Path, bool]:
    """The profile folder, and whether it is a temporary one this run created."""
    if args.data_dir is None:
        return Path(tempfile.mkdtemp(prefix="motcua-perf-")), True
    folder: Path = args.data_dir
    if (folder / DATABASE_FILE).exists() and not args.reuse:
        sys.exit(f"{folder / DATABASE_FILE} exists: pass --reuse or choose an empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    return folder, False


# --- helpers ----------------------------------------------------------------------------------


def timed(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    value = action()
    return (time.perf_counter() - started) * 1000, value


def say(text: str = "") -> None:
    print(text, flush=True)


def fmt(s: Stats) -> str:
    return f"p50 {s.p50:.2f} ms, p95 {s.p95:.2f} ms, max {s.max:.1f} ms (n={s.n})"


def file_sizes(folder: Path) -> dict[str, int]:
    names = (DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm")
    return {name: (folder / name).stat().st_size for name in names if (folder / name).exists()}


def mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


class PlanCapture:
    """Records the SQL statements one call sends, to show their SQLite query plans."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.statements: list[tuple[str, Any]] = []

    def __call__(self, _conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            self.statements.append((sql, params))

    def plans(self, action: Callable[[], object]) -> list[dict[str, Any]]:
        engine = self.profile.db.engine
        event.listen(engine, "before_cursor_execute", self)
        try:
            action()
        finally:
            event.remove(engine, "before_cursor_execute", self)
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            out = []
            for sql, params in self.statements:
                rows = cursor.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
                out.append({"sql": " ".join(sql.split()), "plan": [r[-1] for r in rows]})
            return out
        finally:
            raw.close()


def explain(profile: Profile, action: Callable[[], object]) -> list[dict[str, Any]]:
    return PlanCapture(profile).plans(action)


def print_plans(title: str, plans: list[dict[str, Any]]) -> None:
    say(f"  plan of {title}:")
    for item in plans:
        say(f"    {item['sql'][:160]}{'…' if len(item['sql']) > 160 else ''}")
        for line in item["plan"]:
            say(f"      {line}")


# --- phases -----------------------------------------------------------------------------------


def phase_seed(profile: Profile, ctx: DeskContext, count: int) -> dict[str, Any]:
    say(f"Seeding {count:,} dossiers (days=365, one transaction, synchronous=FULL)…")
    result = seed(profile, ctx, count)
    say(
        f"  seeding: {result.seconds:.1f} s — {result.dossiers_per_s:,.0f} dossiers/s, "
        f"{result.rows_per_s:,.0f} rows/s (dossier + status_change + outbox_item: "
        f"{result.dossiers:,} + {result.history_rows:,} + {result.outbox_rows:,})"
    )
    return {
        "dossiers": result.dossiers,
        "history_rows": result.history_rows,
        "outbox_rows": result.outbox_rows,
        "seconds": round(result.seconds, 2),
        "dossiers_per_s": round(result.dossiers_per_s),
        "rows_per_s": round(result.rows_per_s),
        "by_status": result.by_status,
    }


def _take_in(profile: Profile, ctx: DeskContext, payload: str, now: datetime) -> str:
    request = parse_intake(json.loads(payload), today=now.date())
    with profile.db.session() as session, session.begin():
        return receive(session, ctx, request, now).code


def phase_intake(profile: Profile, ctx: DeskContext, rng: random.Random) -> dict[str, Any]:
    payloads = intake_payloads(INTAKE_REPS + INTAKE_WARMUP, procedure_codes(profile), rng)
    samples: list[float] = []
    first = 0.0
    for i, payload in enumerate(payloads):
        now = NOW + timedelta(minutes=1, seconds=20 * i)  # receipt times move forward
        ms, _code = timed(partial(_take_in, profile, ctx, payload, now))
        if i == 0:
            first = ms
        if i >= INTAKE_WARMUP:
            samples.append(ms)
    s = stats(samples)
    say(f"  intake: {fmt(s)}; first {first:.1f} ms  (target p50 < 10 ms)")
    return {"stats": s.as_dict(), "first_ms": round(first, 3)}


def _search(profile: Profile, term: str) -> int:
    with profile.db.read_session() as session, session.begin():
        return len(search(session, term))


def phase_search(profile: Profile, terms: SearchTerms) -> dict[str, Any]:
    kinds = {"name": terms.names, "code": terms.codes, "id": terms.id_numbers}
    out: dict[str, Any] = {}
    for kind, values in kinds.items():
        if not values:
            continue
        per_term: dict[str, list[float]] = {t: [] for t in values}
        hits: dict[str, int] = {}
        for i in range(SEARCH_REPS):
            term = values[i % len(values)]
            ms, hits[term] = timed(partial(_search, profile, term))
            per_term[term].append(ms)
        s = stats([ms for samples in per_term.values() for ms in samples])
        say(f"  search by {kind}: {fmt(s)}  (target p50 < 10 ms, p95 < 50 ms)")
        detail = {t: {**stats(v).as_dict(), "hits": hits[t]} for t, v in per_term.items()}
        if kind == "name":
            for t, d in detail.items():
                line = f"hits {d['hits']:>2}  p50 {d['p50']:.2f} ms  p95 {d['p95']:.2f} ms"
                say(f"      {t!r:18} {line}")
        out[kind] = {"stats": s.as_dict(), "terms": detail}
    return out


def _overdue(profile: Profile, ctx: DeskContext) -> int:
    with profile.db.read_session() as session, session.begin():
        flt = DossierFilter(overdue=True, limit=200)
        return len(list_dossiers(session, flt, NOW, ctx.calendar))


def phase_overdue(profile: Profile, ctx: DeskContext) -> dict[str, Any]:
    samples = []
    rows = 0
    for _ in range(OVERDUE_REPS):
        ms, rows = timed(partial(_overdue, profile, ctx))
        samples.append(ms)
    s = stats(samples)
    say(f"  first 200 overdue: {fmt(s)}; {rows} rows  (target < 50 ms)")
    with profile.db.read_session() as session:
        running = session.scalar(
            select(func.count()).select_from(Dossier).where(text(CLOCK_RUNNING_SQL))
        )
        overdue = session.scalar(
            select(func.count())
            .select_from(Dossier)
            .where(text(CLOCK_RUNNING_SQL), Dossier.appointment < NOW)
        )
    say(f"      clock running: {running:,} dossiers, of which overdue: {overdue:,}")
    return {"stats": s.as_dict(), "rows": rows, "clock_running": running, "overdue": overdue}


def open_and_read(data_dir: Path) -> dict[str, float]:
    """open_profile + office() + the first screen's read; times in ms."""
    t0 = time.perf_counter()
    profile = open_profile(data_dir)
    t1 = time.perf_counter()
    office = profile.office()
    t2 = time.perf_counter()
    with profile.db.read_session() as session, session.begin():
        ctx = desk_context(session, office, profile.settings)
        rows = list_dossiers(session, DossierFilter(limit=FIRST_READ), NOW, ctx.calendar)
        [summary_of(d, NOW, ctx.calendar) for d in rows]
    t3 = time.perf_counter()
    profile.close()
    return {
        "open_profile_ms": (t1 - t0) * 1000,
        "office_ms": (t2 - t1) * 1000,
        "first_read_ms": (t3 - t2) * 1000,
        "total_ms": (t3 - t0) * 1000,
    }


def probe_open(data_dir: Path) -> int:
    """Child-process side of the open benchmark: one fresh open, figures as JSON on stdout."""
    imports_ms = (time.perf_counter() - _STARTED) * 1000
    figures = open_and_read(data_dir)
    print(json.dumps({**figures, "imports_ms": imports_ms}))
    return 0


def _open_in_child(data_dir: Path) -> dict[str, float]:
    command = [sys.executable, str(Path(__file__).resolve()), "--probe-open", str(data_dir)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process_ms"] = (time.perf_counter() - started) * 1000
    return figures


def phase_open_processes(data_dir: Path) -> dict[str, Any]:
    dropped = drop_from_page_cache(data_dir / DATABASE_FILE)
    drop_from_page_cache(data_dir / (DATABASE_FILE + "-wal"))
    cold = _open_in_child(data_dir)
    say(
        f"  open, first (fresh process{', file dropped from OS cache' if dropped else ''}): "
        f"open_profile {cold['open_profile_ms']:.1f} ms + office {cold['office_ms']:.1f} ms "
        f"+ first read {cold['first_read_ms']:.1f} ms = {cold['total_ms']:.1f} ms "
        f"(whole process {cold['process_ms']:.0f} ms, imports {cold['imports_ms']:.0f} ms)"
    )
    read_into_page_cache(data_dir / DATABASE_FILE)  # the next phases measure a warm cache
    runs = [_open_in_child(data_dir) for _ in range(OPEN_PROCESS_REPS)]
    keys = ("open_profile_ms", "office_ms", "first_read_ms", "total_ms", "process_ms")
    repeated = {k: stats([r[k] for r in runs]).as_dict() for k in keys}
    say(
        f"  open, repeated fresh processes: total p50 {repeated['total_ms']['p50']:.1f} ms "
        f"(open_profile {repeated['open_profile_ms']['p50']:.1f}, office "
        f"{repeated['office_ms']['p50']:.1f}, first read {repeated['first_read_ms']['p50']:.1f}); "
        f"whole process p50 {repeated['process_ms']['p50']:.0f} ms (n={OPEN_PROCESS_REPS})"
    )
    return {"cold": {k: round(v, 3) for k, v in cold.items()}, "repeated_process": repeated}


def phase_open_inprocess(data_dir: Path) -> dict[str, Any]:
    runs = [open_and_read(data_dir) for _ in range(OPEN_INPROCESS_REPS)]
    s = stats([r["total_ms"] for r in runs])
    say(f"  open, repeated fresh Database in this process: {fmt(s)}")
    return {"stats": s.as_dict()}


def phase_plans(profile: Profile, ctx: DeskContext, terms: SearchTerms, show: bool) -> dict:
    cases: dict[str, Callable[[], object]] = {
        "overdue": partial(_overdue, profile, ctx),
        "name 'nguyen'": partial(_search, profile, "nguyen"),
        "name 'nguyen van an'": partial(_search, profile, "nguyen van an"),
    }
    if terms.codes:
        cases[f"code {terms.codes[-1]!r}"] = partial(_search, profile, terms.codes[-1])
    if terms.id_numbers:
        cases[f"id {terms.id_numbers[-1]!r}"] = partial(_search, profile, terms.id_numbers[-1])
    plans = {title: explain(profile, action) for title, action in cases.items()}
    if show:
        for title, items in plans.items():
            print_plans(title, items)
    return plans


# --- targets and main -------------------------------------------------------------------------


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with its figure and whether it is met (SQLite targets, 1,000,000 dossiers)."""
    out: list[dict[str, Any]] = []

    def add(name: str, value: float, limit: float, unit: str = "ms", note: str = "") -> None:
        out.append(
            {
                "target": name,
                "value": round(value, 3),
                "limit": limit,
                "unit": unit,
                "met": value < limit,
                "note": note,
            }
        )

    seeding = results.get("seeding")
    if seeding and seeding["dossiers"]:
        projected = seeding["seconds"] * MILLION / seeding["dossiers"]
        note = "" if seeding["dossiers"] == MILLION else "projected linearly to 1,000,000"
        add("seeding 1,000,000 dossiers", projected, 300, "s", note)
    add("intake p50", results["intake"]["stats"]["p50"], 10)
    for kind, figures in results["search"].items():
        add(f"search by {kind} p50", figures["stats"]["p50"], 10)
        add(f"search by {kind} p95", figures["stats"]["p95"], 50)
    add("first 200 overdue p50", results["overdue"]["stats"]["p50"], 50)
    add("first 200 overdue p95", results["overdue"]["stats"]["p95"], 50)
    return out


def plan_checks(plans: dict[str, list[dict[str, Any]]]) -> dict[str, bool]:
    """Whether the measured queries use the plans they were designed for."""
    overdue = [line for item in plans.get("overdue", []) for line in item["plan"]]
    return {
        "overdue uses ix_dossier_open_appointment": any(
            "ix_dossier_open_appointment" in line for line in overdue
        ),
        "overdue needs no sort (temp B-tree)": not any("TEMP B-TREE" in line for line in overdue),
    }


def print_targets(rows: list[dict[str, Any]]) -> None:
    say("Targets (SQLite):")
    for r in rows:
        mark = "met" if r["met"] else "MISSED"
        note = f"  [{r['note']}]" if r["note"] else ""
        say(
            f"  {r['target']:32} {r['value']:>10.2f} {r['unit']:2} (target < {r['limit']} "
            f"{r['unit']})  {mark}{note}"
        )


def benchmark(args: argparse.Namespace, data_dir: Path) -> dict[str, Any]:
    rng = random.Random(20261120)
    results: dict[str, Any] = {
        "started": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "machine": f"{platform.system()} {platform.machine()}",
        "data_dir": str(data_dir),
        "now": NOW.isoformat(sep=" "),
    }
    say(f"Profile: {data_dir}  (SQLite {sqlite3.sqlite_version}, Python {results['python']})")
    profile = open_profile(data_dir)
    if not args.reuse:
        init_office(profile)
    ctx = context(profile)
    if not args.reuse:
        results["seeding"] = phase_seed(profile, ctx, args.dossiers)
    profile.close()
    results["size_after_seeding"] = file_sizes(data_dir)
    say(
        "  files after seeding: "
        + ", ".join(f"{k} {mib(v)}" for k, v in results["size_after_seeding"].items())
    )
    results["open"] = phase_open_processes(data_dir)
    profile = open_profile(data_dir)
    try:
        ctx = context(profile)
        terms = search_terms(profile, rng)
        results["intake"] = phase_intake(profile, ctx, rng)
        results["search"] = phase_search(profile, terms)
        results["overdue"] = phase_overdue(profile, ctx)
        results["plans"] = phase_plans(profile, ctx, terms, args.explain)
    finally:
        profile.close()
    results["open"]["repeated_in_process"] = phase_open_inprocess(data_dir)
    results["size_at_end"] = file_sizes(data_dir)
    say(
        "  files at the end: "
        + ", ".join(f"{k} {mib(v)}" for k, v in results["size_at_end"].items())
    )
    results["targets"] = targets(results)
    results["plan_checks"] = plan_checks(results["plans"])
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.probe_open is not None:
        return probe_open(args.probe_open)
    data_dir, temporary = prepare_dir(args)
    try:
        results = benchmark(args, data_dir)
        print_targets(results["targets"])
        for check, ok in results["plan_checks"].items():
            say(f"  plan check: {check}: {'yes' if ok else 'NO'}")
        if args.json is not None:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
            say(f"Figures written to {args.json}")
    finally:
        if temporary and not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
        else:
            say(f"Profile kept in {data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
