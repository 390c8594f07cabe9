"""GUI performance benchmark of the desk window on a big profile (prints figures, asserts nothing).

    .venv/bin/python tests/perf/gui_run.py [--dossiers N] [--data-dir DIR] [--reuse] [--json FILE]

Seeds a profile as ``run.py`` does (default 1,000,000 dossiers) or reuses one, then times
opening the window in fresh processes (``gui_probe.py``), the first page of the dossier list,
reaching its last row, the resident memory, and building form 01; each figure is printed
beside its target. Runs on Qt's ``offscreen`` platform unless ``QT_QPA_PLATFORM`` is set.

- window open: fresh processes (``gui_probe.py``) timed from the instant they are started:
  the ``motcua`` imports, ``open_profile``, ``run_desk``'s steps on the dossier page, until
  the window's first paint and the first page of rows painted; once with the database file
  dropped from the OS cache, then warm, then warm with the bytecode cached (``.pyc``).
- resident memory: ``VmRSS`` of that process once the first page is painted.
- first page: "Clear filters" (model reset, first page, the total count beside it) and
  ``model.reload()`` alone, until the rows are in the model (and painted).
- last row: the lazy model only appends pages (OFFSET = rows loaded), so Ctrl+End loads one
  page per press; the cost of a page at several depths, the estimate for all pages, the last
  page through ``set_source`` and the same page read from the other end are printed.
- form 01: ``form_data.receipt_data`` in a read session + ``form01_receipt.build``.

Like ``run.py``, the clock is ``workload.NOW`` and nothing is asserted.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import argparse
import itertools
import json
import math
import platform
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from workload import (  # noqa: E402
    NOW,
    Stats,
    context,
    drop_from_page_cache,
    init_office,
    read_into_page_cache,
    seed,
    stats,
)

from db.models import Dossier  # noqa: E402
from desktop.desk import Desk  # noqa: E402
from desktop.dossiers.queries import _with_procedure  # noqa: E402
from desktop.dossiers.views import DossierSummary, summary_of  # noqa: E402
from desktop.errors import InputError  # noqa: E402
from desktop.profile import Profile, open_profile  # noqa: E402
from desktop.settings import DATABASE_FILE  # noqa: E402
from ui.app import application  # noqa: E402
from ui.i18n import DEFAULT_LANGUAGE, install_translators, remove_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.dossier_list_page import DossierListPage  # noqa: E402
from ui.style import apply_style  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402

MILLION = 1_000_000
PROBE = HERE / "gui_probe.py"
WINDOW_REPS = 5  # warm fresh processes after the cold one
FIRST_PAGE_REPS = 30
END_PRESSES = 25  # pages loaded by pressing Ctrl+End again and again
LAST_PAGE_REPS = 5
OFFSET_POINTS = (0.0, 0.25, 0.5, 0.75, 1.0)  # where a page is fetched to chart OFFSET's cost
FORM_DOSSIERS = 50
WAIT_S = 120.0


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
    parser.add_argument(
        "--profile-open", type=Path, help="also write a cProfile of one window opening here"
    )
    args = parser.parse_args(argv)
    if args.reuse and args.data_dir is None:
        parser.error("--reuse needs --data-dir")
    if args.dossiers < 0:
        parser.error("--dossiers must be 0 or more")
    return args


def prepare_dir(args: argparse.Namespace) -> tuple[Path, bool]:
    """The profile folder, and whether it is a temporary one this run created."""
    if args.data_dir is None:
        return Path(tempfile.mkdtemp(prefix="motcua-guiperf-")), True
    folder: Path = args.data_dir
    if (folder / DATABASE_FILE).exists() and not args.reuse:
        sys.exit(f"{folder / DATABASE_FILE} exists: pass --reuse or choose an empty folder")
    if args.reuse and not (folder / DATABASE_FILE).exists():
        sys.exit(f"{folder / DATABASE_FILE} does not exist: nothing to reuse")
    folder.mkdir(parents=True, exist_ok=True)
    return folder, False


# --- helpers ----------------------------------------------------------------------------------


def say(text: str = "") -> None:
    print(text, flush=True)


def fmt(s: Stats) -> str:
    return f"p50 {s.p50:.2f} ms, p95 {s.p95:.2f} ms, max {s.max:.1f} ms (n={s.n})"


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def mib_of_kib(kib: int) -> float:
    return kib / 1024


class Waiter:
    """Runs the event loop until a condition holds (or the time is up)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def until(self, condition: Callable[[], bool], timeout: float = WAIT_S) -> bool:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                return False
            self.app.processEvents()
            if not condition():
                time.sleep(0.0002)
        return True


class PaintWatch(QObject):
    """Counts the finished paints of a widget (the count moves once its paint event is done)."""

    def __init__(self) -> None:
        super().__init__()
        self.done = 0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._finished)
        return False

    def _finished(self) -> None:
        self.done += 1


# --- seeding ----------------------------------------------------------------------------------


def phase_seed(profile: Profile, count: int) -> dict[str, Any]:
    say(f"Seeding {count:,} dossiers with tests/perf/workload.py (as run.py does)…")
    result = seed(profile, context(profile), count)
    say(
        f"  seeding: {result.seconds:.1f} s — {result.dossiers_per_s:,.0f} dossiers/s "
        f"({result.dossiers:,} dossiers, {result.history_rows:,} history rows)"
    )
    return {"dossiers": result.dossiers, "seconds": round(result.seconds, 2)}


# --- window opening (fresh processes) ---------------------------------------------------------


def open_in_child(
    data_dir: Path, profile_out: Path | None = None, pycache: Path | None = None
) -> dict[str, Any]:
    """One fresh ``gui_probe.py`` process; its milestones in ms from the moment it was started.

    With ``pycache``, the child keeps its bytecode there (as an installed desk has its .pyc
    files) instead of following this environment's ``PYTHONDONTWRITEBYTECODE``."""
    command = [sys.executable, str(PROBE), str(data_dir)]
    if profile_out is not None:
        command += ["--profile", str(profile_out)]
    env = {**os.environ, "MOTCUA_NOW": NOW.isoformat()}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    ended = time.monotonic()
    if done.returncode != 0:
        raise RuntimeError(f"gui_probe failed ({done.returncode}):\n{done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["ms"] = {k: (v - started) * 1000 for k, v in figures.pop("stamps").items()}
    figures["ms"]["process_exit"] = (ended - started) * 1000
    return figures


MILESTONES = (
    ("script", "interpreter started, script runs"),
    ("cli_imported", "`motcua` entry point imported (desktop.cli)"),
    ("imported", "window modules imported (ui.*, PySide6)"),
    ("profile_opened", "profile opened"),
    ("app_ready", "QApplication, style, translators"),
    ("desk_ready", "Desk(profile)"),
    ("window_built", "MainWindow built (all seven pages)"),
    ("show_returned", "show() + show_page('dossiers') returned"),
    ("window_painted", "window shown: first paint done"),
    ("first_page", "first page of rows in the model"),
    ("rows_painted", "first data painted"),
    ("idle", "background work of the opening done (total count, …)"),
)


def phase_window(data_dir: Path, profile_out: Path | None) -> dict[str, Any]:
    dropped = drop_from_page_cache(data_dir / DATABASE_FILE)
    drop_from_page_cache(data_dir / (DATABASE_FILE + "-wal"))
    cold = open_in_child(data_dir)
    read_into_page_cache(data_dir / DATABASE_FILE)
    warm = [open_in_child(data_dir) for _ in range(WINDOW_REPS)]
    pycache = Path(tempfile.mkdtemp(prefix="motcua-guiperf-pyc-"))
    try:
        open_in_child(data_dir, pycache=pycache)  # writes the bytecode
        cached = [open_in_child(data_dir, pycache=pycache) for _ in range(WINDOW_REPS)]
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    keys = [k for k, _ in MILESTONES if k in warm[0]["ms"]]
    repeated = {k: stats([w["ms"][k] for w in warm]) for k in keys}
    with_pyc = {k: stats([w["ms"][k] for w in cached]) for k in keys}
    no_pyc = "PYTHONDONTWRITEBYTECODE" in os.environ
    say(
        f"  window open, fresh processes from their start (ms; cold = database file "
        f"{'dropped from' if dropped else 'maybe still in'} the OS cache; warm = p50/p95 of "
        f"{WINDOW_REPS}; {'no .pyc (PYTHONDONTWRITEBYTECODE is set)' if no_pyc else 'as run'};"
        f" .pyc = warm with the bytecode cached, as an installed desk runs):"
    )
    say(f"    {'milestone':58} {'cold':>7} {'warm p50':>9} {'warm p95':>9} {'.pyc p50':>9}")
    for key, label in MILESTONES:
        if key in cold["ms"] and key in repeated:
            say(
                f"    {label:58} {cold['ms'][key]:7.0f} {repeated[key].p50:9.0f} "
                f"{repeated[key].p95:9.0f} {with_pyc[key].p50:9.0f}"
            )
    rss_first = stats([mib_of_kib(w["memory_first_page_kib"].get("VmRSS", 0)) for w in warm])
    rss_idle = stats([mib_of_kib(w["memory_idle_kib"].get("VmRSS", 0)) for w in warm])
    hwm_idle = stats([mib_of_kib(w["memory_idle_kib"].get("VmHWM", 0)) for w in warm])
    say(
        f"  resident memory (VmRSS) once the first page is painted: p50 {rss_first.p50:.1f} MiB "
        f"(cold run {mib_of_kib(cold['memory_first_page_kib'].get('VmRSS', 0)):.1f} MiB); "
        f"after the opening's background work: {rss_idle.p50:.1f} MiB, peak (VmHWM) "
        f"{hwm_idle.p50:.1f} MiB; rows in the model: {warm[0]['rows_first_page']}; "
        f"count label: {warm[0]['count_label']!r}"
    )
    if any(w["timed_out"] for w in [cold, *warm]):
        say("  WARNING: a window opening timed out before its first data was painted")
    out: dict[str, Any] = {
        "cold": cold,
        "warm": {k: v.as_dict() for k, v in repeated.items()},
        "warm_pyc": {k: v.as_dict() for k, v in with_pyc.items()},
        "no_pyc": no_pyc,
        "rss_first_page_mib": rss_first.as_dict(),
        "rss_idle_mib": rss_idle.as_dict(),
        "hwm_idle_mib": hwm_idle.as_dict(),
    }
    if profile_out is not None:
        open_in_child(data_dir, profile_out)
        say(f"  cProfile of one opening written to {profile_out}")
    return out


# --- the list in this process -----------------------------------------------------------------


class Bench:
    """The main window on the profile, in this process, shown on the dossier list."""

    def __init__(self, profile: Profile) -> None:
        self.app = application()
        apply_style(self.app)
        language = profile.settings.language or DEFAULT_LANGUAGE
        self.translators = install_translators(language)
        self.tasks = TaskRunner(self.app)
        self.desk = Desk(profile, now=lambda: NOW)
        self.window = MainWindow(self.desk, self.tasks)
        self.page: DossierListPage = self.window.dossiers
        self.model = self.page.model
        self.table = self.page.table
        self.painted = PaintWatch()
        self.table.viewport().installEventFilter(self.painted)
        self.loads = 0
        self.model.page_loaded.connect(self._loaded)
        self.wait = Waiter(self.app)
        self.window.show()
        self.window.show_page("dossiers")
        self.settle()

    def _loaded(self, _rows: int) -> None:
        self.loads += 1

    def settle(self) -> None:
        self.wait.until(lambda: self.tasks.busy == 0 and not self.model.loading)
        self.app.processEvents()

    def close(self) -> None:
        self.tasks.wait()
        self.window.close()
        self.window.deleteLater()
        self.app.processEvents()
        remove_translators(self.translators)

    def next_load(self, action: Callable[[], None]) -> tuple[float, float]:
        """ms until the next page is in the model, and until the table painted it."""
        loads, started = self.loads, time.perf_counter()
        action()
        if not self.wait.until(lambda: self.loads > loads):
            raise RuntimeError("no page arrived")
        loaded = ms_since(started)
        painted = self.painted.done
        self.wait.until(lambda: self.painted.done > painted, timeout=5)
        return loaded, ms_since(started)

    def page_fetch(self, offset: int) -> list[DossierSummary]:
        """The page at ``offset`` of the list shown, read as the page's source reads it."""
        flt, _due_today = self.page.current_filter()
        return self.desk.dossiers(replace(flt, offset=offset, limit=self.model.page_size))


def phase_first_page(bench: Bench) -> dict[str, Any]:
    reloads, reload_paint, filters, filter_paint = [], [], [], []
    for _ in range(FIRST_PAGE_REPS):
        loaded, painted = bench.next_load(bench.model.reload)
        reloads.append(loaded)
        reload_paint.append(painted)
        bench.settle()
        loaded, painted = bench.next_load(bench.page.clear_filters)
        filters.append(loaded)
        filter_paint.append(painted)
        bench.settle()  # the total count started beside the page
    s_filters, s_reload = stats(filters), stats(reloads)
    say(
        f"  first page, 'Clear filters' (model reset → first {bench.model.page_size} rows in "
        f"the model; the total count runs beside it): {fmt(s_filters)}; painted p50 "
        f"{stats(filter_paint).p50:.2f} ms"
    )
    say(
        f"  first page, model.reload() alone (reset → rows in the model): {fmt(s_reload)}; "
        f"painted p50 {stats(reload_paint).p50:.2f} ms"
    )
    return {
        "clear_filters": s_filters.as_dict(),
        "clear_filters_painted": stats(filter_paint).as_dict(),
        "reload": s_reload.as_dict(),
        "reload_painted": stats(reload_paint).as_dict(),
    }


def _end_press(bench: Bench) -> None:
    bench.table.setFocus()
    bench.table.scrollToBottom()  # what Ctrl+End or dragging the scroll bar down does


JUMPS = 5


def _jump_to_end(bench: Bench) -> float:
    """Ms from scrollToBottom until the last row holds a real dossier (not the placeholder)."""
    from PySide6.QtWidgets import QApplication

    from ui.models.dossier_table_model import PLACEHOLDER

    bench.table.scrollToTop()
    bench.settle()
    model = bench.model
    started = time.perf_counter()
    bench.table.scrollToBottom()
    last = model.index(model.rowCount() - 1, 0)
    deadline = started + 30
    while model.data(last) in (None, PLACEHOLDER) and time.perf_counter() < deadline:
        QApplication.processEvents()
        bench.tasks.wait(5)
    return ms_since(started)


def phase_last_row(bench: Bench, total: int) -> dict[str, Any]:
    page_size = bench.model.page_size
    pages = max(1, math.ceil(total / page_size))
    bench.page.clear_filters()
    bench.settle()
    jumps = [_jump_to_end(bench) for _ in range(JUMPS)]
    s_jump = stats(jumps)
    say(
        f"  jump to the last row (sparse model: {bench.model.rowCount():,} rows known, "
        f"pages past the middle read from the end): scrollToBottom → last row shows real data: "
        f"{fmt(s_jump)}; pages held {len(bench.model.loaded_pages)} "
        f"(of {pages:,}; at most {bench.model.max_pages})"
    )
    rows_before = bench.model.rowCount()
    presses = []
    for _ in range(END_PRESSES):
        if not bench.model.canFetchMore():
            break
        loaded, _painted = bench.next_load(lambda: _end_press(bench))
        presses.append(loaded)
    bench.settle()
    rows_after = bench.model.rowCount()
    s_press = stats(presses) if presses else stats([0.0])
    say(
        f"    Ctrl+End / scroll bar to the bottom, {len(presses)} times: each adds one page "
        f"({rows_before} → {rows_after} rows): {fmt(s_press)}"
    )
    per_row = bytes_per_row(bench, total)
    # What one page costs at each depth of the list (the page's source, OFFSET = depth).
    points: dict[int, float] = {}
    for share in OFFSET_POINTS:
        offset = max(0, min(total - page_size, round(share * total)))
        first = time.perf_counter()
        bench.page_fetch(offset)
        points[offset] = ms_since(first)
    curve = sorted(points.items())
    estimate_ms = 0.0
    for (o1, t1), (o2, t2) in itertools.pairwise(curve):
        estimate_ms += (t1 + t2) / 2 * (o2 - o1) / page_size
    say(
        "    one page fetched at OFFSET "
        + ", ".join(f"{o:,}: {t:.0f} ms" for o, t in curve)
        + " (first read of each depth)"
    )
    say(
        f"    so scrolling to the last row would fetch all {pages:,} pages: ≈ "
        f"{estimate_ms / 1000:,.0f} s of queries (sum over the curve above) and hold "
        f"{total:,} rows ≈ {per_row * total / 2**20:,.0f} MiB more memory (the model's rows, "
        f"{per_row:,.0f} bytes each, measured with tracemalloc)"
    )
    # The last page through the model's own API: a source that starts at the last page.
    last = max(0, total - page_size)
    fetch = bench.page_fetch
    via_model = []
    for _ in range(LAST_PAGE_REPS):
        loaded, _painted = bench.next_load(
            lambda: bench.model.set_source(lambda offset, _limit: fetch(last + offset))
        )
        via_model.append(loaded)
        bench.settle()
    s_model = stats(via_model)
    say(
        f"    last page through the model (set_source on OFFSET {last:,} → rows in the "
        f"model, warm): {fmt(s_model)}"
    )
    # What the tail costs when it is read from the other end (the proposed fix).
    reverse = []
    for _ in range(LAST_PAGE_REPS * 4):
        started = time.perf_counter()
        tail_page(bench.desk, page_size)
        reverse.append(ms_since(started))
    s_reverse = stats(reverse)
    say(
        f"    the same last page read from the other end (ORDER BY received_at, id ASC LIMIT "
        f"{page_size}, reversed; the proposed fix): {fmt(s_reverse)}"
    )
    bench.page.clear_filters()
    bench.settle()
    return {
        "jump_to_end": s_jump.as_dict(),
        "pages_to_end": pages,
        "end_press": s_press.as_dict(),
        "rows_loaded_by_presses": rows_after - rows_before,
        "bytes_per_row": round(per_row),
        "page_at_offset_ms": {str(o): round(t, 3) for o, t in curve},
        "estimated_scroll_to_end_s": round(estimate_ms / 1000, 1),
        "estimated_memory_all_rows_mib": round(per_row * total / 2**20),
        "last_page_via_model": s_model.as_dict(),
        "last_page_reverse_query": s_reverse.as_dict(),
    }


def bytes_per_row(bench: Bench, total: int, pages: int = 5) -> float:
    """Python memory one row of the model holds (a DossierSummary), measured on a few pages."""
    size = bench.model.page_size
    tracemalloc.start()
    try:
        kept = [bench.page_fetch(min(i * size, max(0, total - size))) for i in range(pages)]
        current, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return current / max(1, sum(len(rows) for rows in kept))


def tail_page(desk: Desk, limit: int) -> list[DossierSummary]:
    """The oldest ``limit`` dossiers (the end of the newest-first list), newest first."""
    with desk.profile.db.read_session() as session:
        query = _with_procedure(select(Dossier)).order_by(
            Dossier.received_at.asc(), Dossier.id.asc()
        )
        rows = list(session.scalars(query.limit(limit)).unique())
        return [summary_of(d, NOW, desk.calendar) for d in reversed(rows)]


# --- form 01 ----------------------------------------------------------------------------------


def phase_form01(profile: Profile, rng: random.Random) -> dict[str, Any]:
    started = time.perf_counter()
    from desktop.printing import form01_receipt, form_data  # loads ReportLab and the fonts

    import_ms = ms_since(started)
    with profile.db.read_session() as session:
        top = session.scalar(select(func.max(Dossier.id))) or 0
        codes: list[str] = []
        tries = 0
        while len(codes) < FORM_DOSSIERS + 1 and top and tries < 50 * FORM_DOSSIERS:
            tries += 1
            code = session.scalar(
                select(Dossier.code).where(
                    Dossier.id == rng.randint(1, top), Dossier.appointment.is_not(None)
                )
            )
            if code and code not in codes:
                codes.append(code)
    if not codes:
        say("  form 01: no received dossier to print")
        return {}
    data_ms, build_ms, total_ms, sizes = [], [], [], []
    first: dict[str, float] = {}
    for i, code in enumerate(codes):
        with profile.db.read_session() as session:
            t0 = time.perf_counter()
            try:
                data = form_data.receipt_data(session, code, NOW)
            except InputError:
                continue
            t1 = time.perf_counter()
            pdf = form01_receipt.build(data)
            t2 = time.perf_counter()
        figures = ((t1 - t0) * 1000, (t2 - t1) * 1000, (t2 - t0) * 1000)
        if i == 0:
            first = dict(zip(("data_ms", "build_ms", "total_ms"), figures, strict=True))
            continue
        data_ms.append(figures[0])
        build_ms.append(figures[1])
        total_ms.append(figures[2])
        sizes.append(len(pdf))
    s_total = stats(total_ms)
    say(
        f"  form 01 (receipt_data from the DB + form01_receipt.build, {len(total_ms)} dossiers): "
        f"{fmt(s_total)}; of which data p50 {stats(data_ms).p50:.2f} ms, ReportLab build p50 "
        f"{stats(build_ms).p50:.2f} ms; PDF {sorted(sizes)[len(sizes) // 2] / 1024:.0f} KiB"
    )
    say(
        f"      first form of the process: {first['total_ms']:.0f} ms (data "
        f"{first['data_ms']:.0f} + build {first['build_ms']:.0f}), after {import_ms:.0f} ms "
        f"importing desktop.printing"
    )
    return {
        "total": s_total.as_dict(),
        "data": stats(data_ms).as_dict(),
        "build": stats(build_ms).as_dict(),
        "first": {k: round(v, 3) for k, v in first.items()},
        "import_ms": round(import_ms, 3),
    }


# --- targets and main -------------------------------------------------------------------------


def targets(results: dict[str, Any], total: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    note = "" if total >= MILLION else f"{total:,} dossiers, not 1,000,000"

    def add(name: str, value: float | None, limit: float | None, unit: str = "ms") -> None:
        out.append(
            {
                "target": name,
                "value": None if value is None else round(value, 3),
                "limit": limit,
                "unit": unit,
                "met": None if limit is None or value is None else value < limit,
                "note": note,
            }
        )

    window = results["window"]
    add("window shown (warm p50)", window["warm"]["window_painted"]["p50"], 1500)
    add("window → first data (warm p50)", window["warm"]["rows_painted"]["p50"], 1500)
    add("window → first data (cold)", window["cold"]["ms"]["rows_painted"], 1500)
    add("window → first data (.pyc, p50)", window["warm_pyc"]["rows_painted"]["p50"], 1500)
    add("first page of the list p50", results["first_page"]["clear_filters"]["p50"], 200)
    add("first page of the list p95", results["first_page"]["clear_filters"]["p95"], 200)
    last = results["last_row"]
    add("last page via the model p50", last["last_page_via_model"]["p50"], None)
    add("scroll to the last row (estimate)", last["estimated_scroll_to_end_s"], None, "s")
    add("resident memory after opening", window["rss_first_page_mib"]["p50"], 300, "MiB")
    if results.get("form01"):
        add("form 01 built p50", results["form01"]["total"]["p50"], 50)
    return out


def print_targets(rows: list[dict[str, Any]]) -> None:
    say("Targets (GUI):")
    for r in rows:
        if r["met"] is None:
            mark, limit = "reported", "no target"
        else:
            mark, limit = ("met" if r["met"] else "MISSED"), f"target < {r['limit']} {r['unit']}"
        note = f"  [{r['note']}]" if r["note"] else ""
        say(f"  {r['target']:34} {r['value']:>10.2f} {r['unit']:3} ({limit})  {mark}{note}")


def benchmark(args: argparse.Namespace, data_dir: Path) -> dict[str, Any]:
    rng = random.Random(20261121)
    results: dict[str, Any] = {
        "started": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "machine": f"{platform.system()} {platform.machine()}",
        "data_dir": str(data_dir),
        "now": NOW.isoformat(sep=" "),
    }
    say(
        f"Profile: {data_dir}  (SQLite {sqlite3.sqlite_version}, Python {results['python']}, "
        f"QT_QPA_PLATFORM={results['qt_platform']})"
    )
    profile = open_profile(data_dir)
    try:
        if not args.reuse:
            init_office(profile)
            results["seeding"] = phase_seed(profile, args.dossiers)
        with profile.db.read_session() as session:
            total = int(session.scalar(select(func.count()).select_from(Dossier)) or 0)
    finally:
        profile.close()
    results["dossiers"] = total
    say(f"  dossiers in the profile: {total:,}")
    results["window"] = phase_window(data_dir, args.profile_open)
    profile = open_profile(data_dir)
    try:
        bench = Bench(profile)
        try:
            results["first_page"] = phase_first_page(bench)
            results["last_row"] = phase_last_row(bench, total)
        finally:
            bench.close()
        results["form01"] = phase_form01(profile, rng)
    finally:
        profile.close()
    results["targets"] = targets(results, total)
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir, temporary = prepare_dir(args)
    try:
        results = benchmark(args, data_dir)
        print_targets(results["targets"])
        if args.json is not None:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
            say(f"Figures written to {args.json}")
    finally:
        if temporary and not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
        elif temporary:
            say(f"Profile kept in {data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
