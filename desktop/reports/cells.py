"""Text that goes into a spreadsheet cell (XLSX or CSV) and must never run as a formula."""

from __future__ import annotations

from desktop.printing.layout import clean

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: object) -> str:
    """NFC text; one that a spreadsheet would read as a formula gets a leading apostrophe."""
    text = clean(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
