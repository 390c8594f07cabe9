"""SANE's ``test`` backend for the scanning tests, set up in a temporary SANE_CONFIG_DIR (never
/etc): listed by ``scanimage -L``, drawing a grid (a page with something on it), and able to
answer with a status such as a paper jam."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# The real backend runs wherever scanimage is installed (CI installs sane-utils);
# MOTCUA_SANE_TESTS=0 skips it on a machine whose SANE set-up misbehaves.
needs_scanimage = pytest.mark.skipif(
    shutil.which("scanimage") is None or os.environ.get("MOTCUA_SANE_TESTS") == "0",
    reason="SANE test backend: needs sane-utils (scanimage); MOTCUA_SANE_TESTS=0 skips it",
)


def sane_config(folder: Path, *, status: str = "Default") -> Path:
    """A SANE configuration with only the test backend, whose ``sane_read`` answers
    ``status`` (``SANE_STATUS_JAMMED``, ``SANE_STATUS_NO_DOCS`` …)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dll.conf").write_text("test\n", encoding="ascii")
    text = TEST_CONF.replace("STATUS", status)
    (folder / "test.conf").write_text(text, encoding="ascii")
    return folder


# Every option of the test backend's configuration (one left out is not at its default).
TEST_CONF = """\
number_of_devices 1
mode Gray
depth 8
hand-scanner false
three-pass false
three-pass-order RGB
resolution_min 1.0
resolution_max 1200.0
resolution_quant 1.0
resolution 50.0
test-picture "Grid"
invert-endianess false
read-limit false
read-limit-size 1
read-delay false
read-delay-duration 1000
read-status-code "STATUS"
fuzzy-parameters false
ppl-loss 0
non-blocking false
select-fd false
enable-test-options false
geometry_min 0.0
geometry_max 200.0
geometry_quant 1.0
tl_x 0.0
tl_y 0.0
br_x 80.0
br_y 100.0
"""
