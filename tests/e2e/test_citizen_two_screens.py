"""The citizen's screen on a real X server with two screens (Xvfb ``-screen 0 … -screen 1``,
two monitors at the counter): the window on the first, the citizen's screen full on the
second, showing what the officer types."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("citizen_screen_probe.py")


@pytest.fixture
def two_screens(tmp_path: Path) -> Iterator[str]:
    """An Xvfb with two 1366×768 screens; its display name."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb not installed (CI installs the xvfb package)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp",
         "-screen", "0", "1366x768x24", "-screen", "1", "1366x768x24"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # Xvfb writes its display number once it is up
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()


def test_the_citizen_screen_fills_the_second_screen(two_screens: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": f"{two_screens}.0", "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(ROOT), "MOTCUA_HOME": str(tmp_path / "home")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "profile")],
        env=env, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screens"] == 2
    assert found["window_screen"] == 0 and found["citizen_screen"] == 1
    assert found["citizen_visible"] and found["name"] == "Nguyễn Thị Ánh"
