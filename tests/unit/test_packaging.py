"""The packaging files agree with each other and with the code (the builds use them)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.version import VERSION

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def iss_sections() -> dict[str, list[str]]:
    """The Inno Setup script's sections: name → its lines (comments and blanks left out)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (PACKAGING / "windows" / "motcua.iss").read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_installer_installs_what_the_spec_builds() -> None:
    sections = iss_sections()
    spec = (PACKAGING / "motcua.spec").read_text(encoding="utf-8")
    header = "\n".join(sections[""])
    assert f'#define AppVersion "{VERSION}"' in header  # the default matches the code
    exe = re.search(r'#define AppExe "([\w-]+)\.exe"', header)
    assert exe is not None
    assert f'program("{exe.group(1)}", desk_script, False)' in spec  # the windowed program
    assert 'name="motcua")' in spec and '#define Bundle "..\\..\\dist\\motcua"' in header
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{localappdata}")
    assert "{userprograms}" in sections["Icons"][0]  # the Start-menu entry


def test_the_installer_script_is_read_as_utf8_by_every_inno_setup_6() -> None:
    # Its Vietnamese messages need the BOM: before 6.3 Inno Setup reads a file without one
    # in the Windows code page, and the officer would see "Táº¡o biá»ƒu tÆ°á»£ng".
    raw = (PACKAGING / "windows" / "motcua.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Tạo biểu tượng" in raw.decode("utf-8-sig")


def test_uninstall_keeps_the_office_data() -> None:
    from platformdirs import user_data_dir

    sections = iss_sections()
    # The desk keeps its data in the per-user folder named "motcua" (platformdirs on
    # Windows: %LOCALAPPDATA%\motcua); the installer creates it and never removes it.
    assert Path(user_data_dir("motcua", appauthor=False)).name == "motcua"
    dirs = " ".join(sections["Dirs"])
    assert '"{localappdata}\\motcua"' in dirs and "uninsneveruninstall" in dirs
    assert "UninstallDelete" not in sections
    removed = " ".join(sections.get("InstallDelete", []))
    assert "{localappdata}" not in removed and "{app}" in removed


def test_the_launcher_entry_is_valid() -> None:
    entry = PACKAGING / "linux" / "motcua.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Exec=motcua-desk" in text and "Icon=motcua" in text
    assert (ROOT / "resources" / "icons" / "motcua.svg").exists()
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("desktop-file-validate missing (apt-get install desktop-file-utils)")
        pytest.skip("desktop-file-validate not installed")
    done = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
