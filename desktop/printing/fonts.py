"""The Liberation Serif family (OFL 1.1) registered once with ReportLab for the forms."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.errors import DeskError

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

# Font name -> (file, bold, italic)
_FACES = {
    REGULAR: ("LiberationSerif-Regular.ttf", 0, 0),
    BOLD: ("LiberationSerif-Bold.ttf", 1, 0),
    ITALIC: ("LiberationSerif-Italic.ttf", 0, 1),
    BOLD_ITALIC: ("LiberationSerif-BoldItalic.ttf", 1, 1),
}

_lock = threading.Lock()
_registered = False


def register_fonts(font_dir: Path = FONT_DIR) -> str:
    """Register the four faces and their family mapping (once per process); the family name.

    ``<b>`` and ``<i>`` in a paragraph then pick the bold and italic faces.
    """
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        for name, (file, bold, italic) in _FACES.items():
            path = font_dir / file
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise DeskError(
                    f"Không nạp được phông chữ {file} ({font_dir}): hãy cài lại phần mềm."
                ) from exc
            addMapping(FAMILY, bold, italic, name)
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
        return FAMILY
