"""Render the desk's icon (resources/icons/motcua.svg) for the bundle and the installers.

    python packaging/make_icons.py OUT_DIR

Writes OUT_DIR/motcua.png (256 px, the Linux launcher) and OUT_DIR/motcua.ico (Windows:
the program and the installer), drawn by Qt from the SVG; nothing rendered is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "motcua.svg"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed to draw
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    image = render(256)
    for name in ("motcua.png", "motcua.ico"):  # the format follows the suffix
        if not image.save(str(out / name)):
            print(f"cannot write {out / name}", file=sys.stderr)
            return 1
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons")))
