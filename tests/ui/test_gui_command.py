"""`motcua gui`: the window opened by the command line, rendered to a PNG and closed."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

MOTCUA = Path(sys.executable).with_name("motcua")
if not MOTCUA.exists():
    MOTCUA = Path(shutil.which("motcua") or MOTCUA)
NOW = "2026-11-20T10:00:00"
TIMEOUT = 180


def motcua(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    env.update(
        MOTCUA_NOW=NOW,
        QT_QPA_PLATFORM="offscreen",
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    return subprocess.run(
        [str(MOTCUA), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    data = tmp_path / "office"
    done = motcua(tmp_path, "demo", "--dossiers", "300", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    return data


@pytest.mark.slow
def test_screenshot_of_the_board(tmp_path: Path, office: Path) -> None:
    shot = tmp_path / "board.png"
    done = motcua(
        tmp_path, "gui", "--page", "board", "--screenshot", str(shot), "--data-dir", str(office)
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert png_size(shot) == (1366, 768)
    assert list((tmp_path / "cache" / "motcua" / "i18n").glob("vi*.qm"))  # Vietnamese


@pytest.mark.slow
def test_screenshot_on_the_demo_profile_and_a_wrong_page(tmp_path: Path) -> None:
    shot = tmp_path / "list.png"
    data = str(tmp_path / "demo")
    args = ("--page", "dossiers", "--screenshot", str(shot), "--data-dir", data)
    done = motcua(tmp_path, "gui", "--demo", *args)
    assert done.returncode == 0, done.stderr
    assert png_size(shot) == (1366, 768)
    settings = json.loads((tmp_path / "demo" / "settings.json").read_text(encoding="utf-8"))
    assert settings["demo"] is True  # marked: it never syncs to a real province
    wrong = motcua(tmp_path, "--demo", "gui", "--page", "nowhere", "--data-dir", data)
    assert wrong.returncode == 2 and "không có trang 'nowhere'" in wrong.stderr


@pytest.mark.slow
def test_a_new_install_opens_the_first_run_wizard(tmp_path: Path) -> None:
    """No office yet: the picture is the wizard, and nothing was set up behind it."""
    shot = tmp_path / "wizard.png"
    data = tmp_path / "new"
    done = motcua(tmp_path, "gui", "--screenshot", str(shot), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert png_size(shot) == (640, 460)
    shown = motcua(tmp_path, "dossier", "list", "--data-dir", str(data))
    assert shown.returncode != 0 and "chưa được khởi tạo" in shown.stderr
