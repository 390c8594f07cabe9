"""Each figure of the desk beside its floor, measured in the same run (prints, asserts nothing).

    .venv/bin/python tests/perf/floors.py [--dossiers N] [--data-dir DIR] [--reuse] [--reps R]
    .venv/bin/python tests/perf/floors.py --profile DIR    # a profile seeded before (no seeding)

A floor is the least any program doing the same job on this machine would pay: a figure far
above it says where time goes; one near it says there is little left to win. Seeds a profile
as ``run.py`` does (default 100,000 dossiers) or reuses one, then prints one table:
figure | ours | floor | ratio (p50 of ``--reps`` samples, milliseconds):

- CLI commands, whole fresh processes (``python -m desktop.cli …``): ``--version`` beside a
  bare interpreter (``python -c pass``); ``dossier list``, ``search``, ``dossier show`` and
  ``dossier add`` beside a bare interpreter importing ``sqlalchemy.orm``;
- the window (``gui_probe.py``, until the first page of rows is painted) beside a bare
  PySide6 window (QApplication + an empty QWidget, until its first paint), both from the
  instant the process was started;
- intake (``parse_intake`` + ``receive``, durable commit) beside a raw SQLite insert committed
  with WAL and ``synchronous=FULL`` in a scratch file on the same disk;
- name search (``search``, dossiers loaded) beside the raw FTS5 query on the same terms;
- the month report (``monthly_report``, form II.06a by procedure) beside one raw SQL
  aggregate over the same rows (received before the month's end, not ended before its start).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported (gui_run)

import argparse
import itertools
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from gui_run import open_in_child  # noqa: E402
from run import _take_in, prepare_dir  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from workload import (  # noqa: E402
    NOW,
    context,
    init_office,
    intake_payloads,
    procedure_codes,
    read_into_page_cache,
    seed,
    stats,
    time_ms,
)

from db.models import Dossier  # noqa: E402
from desktop.dossiers.queries import search  # noqa: E402
from desktop.profile import Profile, open_profile  # noqa: E402
from desktop.reports.form06a import GroupBy  # noqa: E402
from desktop.reports.period import month_period  # noqa: E402
from desktop.reports.service import monthly_report  # noqa: E402
from desktop.settings import DATABASE_FILE  # noqa: E402
from desktop.text import fold  # noqa: E402

DEFAULT_DOSSIERS = 100_000
NAME_TERMS = ("nguyen van", "tran thi", "le thi mai", "hoang", "dang van ung")
SAMPLES = 50  # in-process figures (intake, search, report take fewer, see below)
BARE_WINDOW = """
import json, time
started = time.monotonic()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
stamps = {}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            stamps.setdefault("painted", time.monotonic())
        return False
window = QWidget()
window.resize(1366, 768)
watch = Watch()
window.installEventFilter(watch)
window.show()
while "painted" not in stamps:
    app.processEvents()
print(json.dumps(stamps))
"""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", type=int, default=DEFAULT_DOSSIERS)
    parser.add_argument("--data-dir", type=Path, help="profile folder (default: a temp dir)")
    parser.add_argument("--reuse", action="store_true", help="reuse the profile in --data-dir")
    parser.add_argument(
        "--profile", type=Path, help="a seeded profile to measure (--data-dir DIR --reuse)"
    )
    parser.add_argument("--reps", type=int, default=7, help="fresh processes per CLI figure")
    parser.add_argument("--json", type=Path, help="also write the table to this JSON file")
    parser.add_argument(
        "--best", action="store_true", help="the least of the samples instead of their p50"
    )
    args = parser.parse_args(argv)
    if args.profile is not None:
        if not (args.profile / DATABASE_FILE).exists():
            parser.error(f"--profile: no {DATABASE_FILE} in {args.profile}")
        args.data_dir, args.reuse = args.profile, True
    if args.reuse and args.data_dir is None:
        parser.error("--reuse needs --data-dir")
    return args


def say(text: str = "") -> None:
    print(text, flush=True)


STATISTIC = {"name": "p50"}  # or "best" (--best): the least of the samples


def p50(samples: list[float]) -> float:
    """The figure of ``samples``: their p50, or their least with ``--best``."""
    return min(samples) if STATISTIC["name"] == "best" else stats(samples).p50


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    env["MOTCUA_NOW"] = NOW.isoformat()
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def process_ms(args: list[str]) -> float:
    """Wall-clock of one fresh ``python ARGS`` process, start to exit."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, env=_child_env(), cwd=ROOT, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed:\n{done.stderr.decode(errors='replace')[-2000:]}")
    return (time.perf_counter() - started) * 1000


def paired(ours: Callable[[], float], floor: Callable[[], float], reps: int) -> tuple[float, float]:
    """p50 of each, the samples taken in turn so that both see the same load on the machine,
    after one run of each that writes the bytecode cache."""
    ours(), floor()
    mine, floors = [], []
    for _ in range(reps):
        mine.append(ours())
        floors.append(floor())
    return p50(mine), p50(floors)


# --- the figures ------------------------------------------------------------------------------

Row = tuple[str, float, float, str]  # figure, ours (ms), floor (ms), what the floor is


def cli_rows(data_dir: Path, profile: Profile, reps: int) -> list[Row]:
    with profile.db.read_session() as session:
        code = session.scalar(select(Dossier.code).order_by(Dossier.id.desc()).limit(1))
    payloads = intake_payloads(reps, procedure_codes(profile), random.Random(14))
    folder = Path(tempfile.mkdtemp(prefix="motcua-floors-"))
    files = itertools.cycle([folder / f"intake{i}.json" for i in range(len(payloads))])
    for path, payload in zip(files, payloads, strict=False):
        path.write_text(payload, encoding="utf-8")
    cli = ["-m", "desktop.cli", "--data-dir", str(data_dir)]
    bare = partial(process_ms, ["-c", "pass"])
    orm = partial(process_ms, ["-c", "import sqlalchemy.orm"])
    figures: list[tuple[str, Callable[[], float], Callable[[], float], str]] = [
        ("motcua --version", partial(process_ms, ["-m", "desktop.cli", "--version"]), bare, "bare"),
        ("motcua dossier list", partial(process_ms, [*cli, "dossier", "list"]), orm, "orm"),
        (
            "motcua search 'nguyen van'",
            partial(process_ms, [*cli, "search", "nguyen van"]),
            orm,
            "orm",
        ),
        (
            "motcua dossier show CODE",
            partial(process_ms, [*cli, "dossier", "show", str(code)]),
            orm,
            "orm",
        ),
        (
            "motcua dossier add FILE",
            lambda: process_ms([*cli, "dossier", "add", str(next(files))]),
            orm,
            "orm",
        ),
    ]
    rows = [(name, *paired(ours, floor, reps), what) for name, ours, floor, what in figures]
    shutil.rmtree(folder, ignore_errors=True)
    return rows


def _window_ms(data_dir: Path) -> float:
    figure: float = open_in_child(data_dir)["ms"]["rows_painted"]
    return figure


def _bare_window_ms() -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True, check=True
    )
    painted: float = json.loads(done.stdout.splitlines()[-1])["painted"]
    return (painted - started) * 1000


def window_row(data_dir: Path, reps: int) -> Row:
    ours, floor = paired(partial(_window_ms, data_dir), _bare_window_ms, reps)
    return ("window shown, first page painted", ours, floor, "bare PySide6 window")


def intake_row(profile: Profile, data_dir: Path) -> Row:
    ctx = context(profile)
    payloads = intake_payloads(SAMPLES + 3, procedure_codes(profile), random.Random(2026))
    ours = []
    for i, payload in enumerate(payloads):
        at = NOW + timedelta(minutes=30, seconds=20 * i)
        ms = time_ms(lambda p=payload, t=at: _take_in(profile, ctx, p, t))
        if i >= 3:
            ours.append(ms)
    scratch = data_dir / "floor-insert.db"
    raw = sqlite3.connect(scratch, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS row (id INTEGER PRIMARY KEY, body TEXT)")

    def insert(body: str) -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO row (body) VALUES (?)", (body,))
        raw.execute("COMMIT")

    floor = [time_ms(lambda p=payload: insert(p)) for payload in payloads[3:]]
    raw.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    return ("intake (durable commit)", p50(ours), p50(floor), "raw INSERT, synchronous=FULL")


def search_row(profile: Profile, data_dir: Path) -> Row:
    def ours_once(term: str) -> None:
        with profile.db.read_session() as session, session.begin():
            search(session, term)

    raw = sqlite3.connect(f"file:{data_dir / DATABASE_FILE}?mode=ro", uri=True)
    query = "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ? ORDER BY rowid DESC LIMIT 50"

    def raw_once(term: str) -> None:
        match = " ".join(f'"{w}"*' for w in fold(term).split())
        raw.execute(query, (match,)).fetchall()

    terms = [NAME_TERMS[i % len(NAME_TERMS)] for i in range(SAMPLES)]
    ours = [time_ms(lambda t=t: ours_once(t)) for t in terms]
    floor = [time_ms(lambda t=t: raw_once(t)) for t in terms]
    raw.close()
    return ("name search", p50(ours), p50(floor), "raw FTS5 query")


def report_row(profile: Profile, data_dir: Path) -> Row:
    period = month_period(NOW.year, NOW.month - 1 if NOW.month > 1 else 12)
    start, end = period.start, period.end

    def ours_once() -> None:
        with profile.db.read_session() as session, session.begin():
            monthly_report(session, period, GroupBy.PROCEDURE, NOW)

    raw = sqlite3.connect(f"file:{data_dir / DATABASE_FILE}?mode=ro", uri=True)
    aggregate = (
        "SELECT procedure_version_id, status, count(*) FROM dossier "
        "WHERE received_at < ? AND (ended_at IS NULL OR ended_at >= ?) "
        "GROUP BY procedure_version_id, status"
    )

    def raw_once() -> None:
        raw.execute(aggregate, (end.isoformat(" "), start.isoformat(" "))).fetchall()

    runs = 5
    ours = [time_ms(ours_once) for _ in range(runs)]
    floor = [time_ms(raw_once) for _ in range(runs)]
    raw.close()
    return (f"month report {period.first:%m/%Y}", p50(ours), p50(floor), "one raw SQL aggregate")


# --- the run ----------------------------------------------------------------------------------


def print_table(rows: list[Row], dossiers: int) -> None:
    what = STATISTIC["name"]
    say(f"\nFloors, {dossiers:,} dossiers, {os.cpu_count()} cores, {what} in ms:")
    say(f"| {'figure':<40} | {'ours':>8} | {'floor':>8} | {'ratio':>6} | floor is")
    say(f"|{'-' * 42}|{'-' * 10}|{'-' * 10}|{'-' * 8}|---------")
    names = {"bare": "bare interpreter", "orm": "interpreter + import sqlalchemy.orm"}
    for figure, ours, floor, what in rows:
        ratio = ours / floor if floor else float("inf")
        say(f"| {figure:<40} | {ours:8.1f} | {floor:8.2f} | {ratio:6.1f} | {names.get(what, what)}")


def measure(data_dir: Path, reps: int, dossiers: int) -> tuple[list[Row], int]:
    profile = open_profile(data_dir)
    with profile.db.read_session() as session:
        existing = session.scalar(select(func.count()).select_from(Dossier)) or 0
    if not existing:
        init_office(profile)
        result = seed(profile, context(profile), dossiers)
        say(f"seeded {result.dossiers:,} dossiers in {result.seconds:.0f} s")
    profile.close()
    # Read with no connection open: closing any descriptor of the file drops this process's
    # SQLite (POSIX) locks, and another process could then checkpoint under an open connection.
    read_into_page_cache(data_dir / DATABASE_FILE)
    profile = open_profile(data_dir)
    rows = [
        *cli_rows(data_dir, profile, reps),
        intake_row(profile, data_dir),
        search_row(profile, data_dir),
        report_row(profile, data_dir),
    ]
    with profile.db.read_session() as session:
        total = session.scalar(select(func.count()).select_from(Dossier)) or 0
    profile.close()
    rows.insert(5, window_row(data_dir, reps))
    return rows, total


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    STATISTIC["name"] = "best" if args.best else "p50"
    data_dir, temporary = prepare_dir(args)
    # Child processes keep their bytecode, as an installed desk has its .pyc files, even where
    # this environment sets PYTHONDONTWRITEBYTECODE.
    pycache = Path(tempfile.mkdtemp(prefix="motcua-floors-pyc-"))
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(pycache)
    try:
        rows, total = measure(data_dir, args.reps, args.dossiers)
        print_table(rows, total)
        if args.json:
            keys = ("figure", "ours_ms", "floor_ms", "floor")
            args.json.write_text(json.dumps([dict(zip(keys, r, strict=True)) for r in rows]))
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
        if temporary:
            shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
