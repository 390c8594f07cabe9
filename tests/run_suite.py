"""Run the whole test suite: ruff, mypy, then pytest on SQLite and on a throwaway PostgreSQL.

    python tests/run_suite.py [pytest arguments]

PostgreSQL: ``MOTCUA_TEST_PG_URL`` is used when set; otherwise a private server is started
from the installed PostgreSQL binaries (as the ``postgres`` user when run as root) on a free
loopback port, and stopped at the end. Before pytest the one-folder bundle is built
(``packaging/build_bundle.sh`` into ``build/bundle``) so that ``tests/bundle`` runs it; set
``MOTCUA_SKIP_BUNDLE=1`` to leave it out of a quick local run. Under ``CI=true`` a missing
PostgreSQL is a failure, and so is a pytest run that collects no tests.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PG_ENV = "MOTCUA_TEST_PG_URL"
BUNDLE_ENV, SKIP_BUNDLE_ENV = "MOTCUA_BUNDLE", "MOTCUA_SKIP_BUNDLE"
BUNDLE_DIR = ROOT / "build" / "bundle"


def run(*cmd: str) -> int:
    print("$", " ".join(cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT)


def tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def postgres() -> Iterator[str | None]:
    """A URL of a PostgreSQL server for the tests, or None when none can be had."""
    if os.environ.get(PG_ENV):
        yield os.environ[PG_ENV]
        return
    bindir = pg_bindir()
    if bindir is None:
        yield None
        return
    workdir = Path(tempfile.mkdtemp(prefix="motcua-pg-"))
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(workdir, "postgres")
    data, port = workdir / "data", free_port()
    ctl = [*prefix, str(bindir / "pg_ctl"), "-D", str(data)]
    subprocess.check_call(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-locale",
        ],
        stdout=subprocess.DEVNULL,
    )
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.check_call(
        [*ctl, "-o", options, "-l", str(workdir / "log"), "-w", "start"], stdout=subprocess.DEVNULL
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.call([*ctl, "-m", "fast", "-w", "stop"], stdout=subprocess.DEVNULL)
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str]) -> int:
    ci = os.environ.get("CI", "").lower() == "true"
    for check in (
        (tool("ruff"), "check", "."),
        (tool("ruff"), "format", "--check", "."),
        (tool("mypy"),),
    ):
        if run(*check) != 0:
            return 1
    if os.environ.get(SKIP_BUNDLE_ENV) != "1":
        os.environ["PYTHON"] = sys.executable  # the bundle is built from this environment
        if run("bash", "packaging/build_bundle.sh", str(BUNDLE_DIR)) != 0:
            print("Không đóng gói được bản chạy độc lập (packaging/).", file=sys.stderr)
            return 1
        os.environ[BUNDLE_ENV] = str(BUNDLE_DIR / "motcua" / "motcua")
    with postgres() as url:
        env_note = url or "không có (chỉ chạy SQLite)"
        print(f"PostgreSQL cho kiểm thử: {env_note}", flush=True)
        if url is None and ci:
            print("CI=true nhưng không khởi động được PostgreSQL.", file=sys.stderr)
            return 1
        if url:
            os.environ[PG_ENV] = url
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        code = run(sys.executable, "-m", "pytest", "--durations=15", *argv)
    if code == 5:
        print("pytest không tìm thấy bài kiểm thử nào: coi là thất bại.", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
