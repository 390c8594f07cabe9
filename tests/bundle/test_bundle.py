"""The built one-folder bundle, run from outside the source tree as an office would run it.

``tests/run_suite.py`` builds the bundle (``packaging/build_bundle.sh``) before pytest and
names it in ``MOTCUA_BUNDLE``; without it these tests are skipped (and fail under CI=true).
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.version import VERSION
from tests.unit.printing.pdf_tools import decode_symbols, flat, pdf_info

BUNDLE_ENV = "MOTCUA_BUNDLE"
ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    value = os.environ.get(BUNDLE_ENV)
    if not value:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {BUNDLE_ENV} names no bundle: tests/run_suite.py builds it")
        pytest.skip(f"{BUNDLE_ENV} not set: build with `bash packaging/build_bundle.sh`")
    exe = Path(value).resolve()
    assert exe.is_file() and os.access(exe, os.X_OK), exe
    assert ROOT not in exe.parents or "build" in exe.parts  # a built file, not a source
    return exe


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bundle-run")


def run(bundle: Path, office: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The bundle, from a folder outside the source tree, with no Python of ours on a path."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MOTCUA_", "PYTHON", "VIRTUAL_ENV")) and k != "QT_PLUGIN_PATH"
    }
    clean.update(
        MOTCUA_HOME=str(office / "profile"),
        QT_QPA_PLATFORM="offscreen",
        XDG_CACHE_HOME=str(office / "cache"),
        **env,
    )
    done = subprocess.run(
        [str(bundle), *args],
        cwd=office,
        env=clean,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


@pytest.fixture(scope="module")
def set_up(bundle: Path, office: Path) -> Iterator[Path]:
    done = run(bundle, office, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"motcua {VERSION}"
    done = run(
        bundle,
        office,
        "init",
        "--office-code",
        "000.00.00.H56",
        "--office-name",
        "UBND xã Hòa Bình",
        "--data-dir",
        str(office / "real"),
    )
    assert done.returncode == 0, done.stderr
    # Demo data only into a profile made for it: the (new) default profile becomes one.
    done = run(bundle, office, "demo", "--dossiers", "300")
    assert done.returncode == 0, done.stderr
    yield office


def test_version_init_and_demo_from_the_bundle(set_up: Path, bundle: Path) -> None:
    listed = run(bundle, set_up, "dossier", "list", "--json", "--limit", "500")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 300
    assert (set_up / "profile" / "motcua.db").exists()


def test_a_report_from_the_bundle(set_up: Path, bundle: Path) -> None:
    out = set_up / "bao-cao.pdf"
    done = run(
        bundle, set_up, "report", "--period", "2026-10", "--format", "pdf", "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    text = flat(out.read_bytes())
    assert "II.06a" in text and "UBND XÃ HÒA BÌNH" in text
    assert "Tổng" in text or "TỔNG" in text
    xlsx = set_up / "bao-cao.xlsx"
    done = run(
        bundle, set_up, "report", "--period", "2026-10", "--format", "xlsx", "--out", str(xlsx)
    )
    assert done.returncode == 0 and xlsx.read_bytes()[:2] == b"PK"


def test_prints_from_the_bundle(set_up: Path, bundle: Path) -> None:
    listed = run(bundle, set_up, "dossier", "list", "--json", "--limit", "1")
    code = json.loads(listed.stdout)[0]["code"]
    receipt = set_up / "phieu.pdf"
    done = run(bundle, set_up, "print", "01", code, "--out", str(receipt))
    assert done.returncode == 0, done.stderr
    pdf = receipt.read_bytes()
    assert code in flat(pdf) and "Hòa Bình" in flat(pdf)
    assert any(code in value for value in decode_symbols(pdf, "qrcode"))
    assert "Liberation" in str(pdf_info(pdf)) or b"Liberation" in pdf  # fonts embedded
    register = set_up / "so.pdf"
    done = run(
        bundle,
        set_up,
        "print",
        "07",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--out",
        str(register),
    )
    assert done.returncode == 0, done.stderr
    listed = re.search(r"Mẫu số 07 .* Tổng số: (\d+) hồ sơ", flat(register.read_bytes()))
    assert listed is not None and int(listed.group(1)) > 0


def test_the_window_from_the_bundle(
    set_up: Path, bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    timings, shown = [], []
    log = set_up / "profile" / "logs" / "motcua.log"
    for n in range(3):  # the first run also compiles the translations into the cache
        shot = set_up / f"bang-{n}.png"
        started = time.perf_counter()
        done = run(bundle, set_up, "gui", "--page", "board", "--screenshot", str(shot))
        timings.append(time.perf_counter() - started)
        assert done.returncode == 0, done.stderr
        assert png_size(shot) == (1366, 768)
        lines = re.findall(r"window shown (\d+) ms", log.read_text(encoding="utf-8"))
        assert len(lines) == n + 1  # the desk logs when its window is up
        shown.append(int(lines[-1]))
    with capsys.disabled():
        print(
            f"\n[bundle] process start to a shown window: {', '.join(f'{ms} ms' for ms in shown)}"
            f"; whole `gui --screenshot` run (capture and exit included): "
            f"{', '.join(f'{t:.2f} s' for t in timings)}"
        )


def test_the_first_run_wizard_from_the_windowed_program(bundle: Path, tmp_path: Path) -> None:
    """``motcua-desk`` (the launcher's program) on a new install shows the wizard."""
    shot = tmp_path / "wizard.png"
    done = run(bundle.with_name("motcua-desk"), tmp_path, "gui", "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    assert png_size(shot) == (640, 460)


def test_install_upgrade_and_uninstall_on_linux(bundle: Path, tmp_path: Path) -> None:
    """install.sh from the bundle's folder: the commands, the launcher entry and the icon;
    installing again (an upgrade) and uninstalling keep the office's data."""
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "XDG_DATA_HOME": ""}
    env.pop("XDG_DATA_HOME")

    def sh(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", *args], env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )

    installer = bundle.parent / "install.sh"
    done = sh(str(installer))
    assert done.returncode == 0, done.stderr
    assert "Đã cài Motcua Desk" in done.stdout
    command = home / ".local" / "bin" / "motcua"
    entry = home / ".local" / "share" / "applications" / "motcua.desktop"
    assert (
        home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "motcua.svg"
    ).exists()
    assert f"Exec={home}/.local/opt/motcua/motcua-desk" in entry.read_text(encoding="utf-8")
    data = home / ".local" / "share" / "motcua"
    installed = subprocess.run(
        [str(command), "init", "--office-code", "000.00.00.H56", "--office-name", "UBND xã A"],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    assert str(data) in installed.stdout and (data / "motcua.db").exists()
    before = (data / "motcua.db").stat().st_size
    again = sh(str(installer))  # a newer version installed over the old one
    assert again.returncode == 0, again.stderr
    assert (data / "motcua.db").stat().st_size == before
    removed = sh(str(home / ".local" / "opt" / "motcua" / "uninstall.sh"))
    assert removed.returncode == 0, removed.stderr
    assert not command.exists() and not entry.exists()
    assert not (home / ".local" / "opt" / "motcua").exists()
    assert (data / "motcua.db").stat().st_size == before and (data / "settings.json").exists()


def test_the_bundle_upgrades_a_first_release_profile(bundle: Path, tmp_path: Path) -> None:
    """A profile made by the first migration, opened by the bundled desk: backed up, migrated,
    its dossiers listed."""
    from datetime import datetime

    from db.engine import make_engine
    from db.migrate import current_revision, head_revision
    from desktop.demo import seed_demo
    from desktop.dossiers.context import desk_context
    from desktop.profile import open_profile
    from tests.conftest import init_office
    from tests.integration.test_upgrades import FIRST, build_first_release_profile

    today = open_profile(tmp_path / "today")
    init_office(today, datetime(2026, 1, 2, 8, 0))
    with today.db.session() as session, session.begin():
        ctx = desk_context(session, today.office(), today.settings, today.audit_key)
        seed_demo(session, ctx, 50, datetime(2026, 11, 20, 9, 0), days=60)
    old = tmp_path / "old" / "profile"
    old.mkdir(parents=True)
    url = f"sqlite+pysqlite:///{old / 'motcua.db'}"
    build_first_release_profile(today.db.engine, url)
    today.close()

    listed = run(bundle, old.parent, "dossier", "list", "--json", "--limit", "100")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 50
    assert [p.name for p in (old / "backups").iterdir() if f"before-migration-{FIRST}" in p.name]
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()
    engine.dispose()
