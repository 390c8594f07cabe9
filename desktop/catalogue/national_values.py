"""Reading the values of the national procedure database (SYNC.md §2.4), all sent as strings.

Each reader returns ``None`` for what it cannot read; the caller decides whether that skips the
procedure or is only noted. Units and amounts are matched on :func:`desktop.text.fold`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from desktop.calendar import LimitUnit
from desktop.text import fold

# A time limit: up to three digits, maybe a decimal part ("5", "05", "0.5", "1,5").
_LIMIT = re.compile(r"([0-9]{1,3})(?:[.,]([0-9]{1,2}))?")
MAX_LIMIT = Decimal(365)
# An amount of money at the start of SOTIEN: "15.000", "15,000", "15000", "8.000 đồng/bản".
_AMOUNT = re.compile(r"([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,12})(?![0-9])")
MAX_FEE = 100_000_000
_FREE_WORDS = ("khong", "mien", "0 dong")
_CURRENCIES = frozenset({"", "d", "dong", "vnd", "viet nam dong"})
MAX_COPIES = 99


def as_string(value: Any) -> str | None:
    """A string, or a number written as one; ``None`` for anything else (bool, list, ...)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def limit_value(value: Any) -> Decimal | None:
    """THOIGIANGIAIQUYET as a number of units (0–365); ``None`` when empty or unreadable."""
    text = as_string(value)
    match = _LIMIT.fullmatch(text.strip()) if text is not None else None
    if match is None:
        return None
    whole, part = match.groups()
    number = Decimal(f"{whole}.{part}" if part else whole)
    return number if number <= MAX_LIMIT else None


def limit_unit(value: Any) -> tuple[LimitUnit, bool] | None:
    """DONVITINH as a unit, and whether the unit was assumed ("Ngày" or nothing is read as
    working days); ``None`` for a unit the desk does not count in (months, weeks...)."""
    text = as_string(value)
    key = fold(text) if text is not None else ""
    if key.startswith("trong ngay"):
        return LimitUnit.SAME_DAY, False
    if key.startswith("ngay lam viec"):
        return LimitUnit.WORKING_DAYS, False
    if key.startswith("gio"):
        return LimitUnit.WORKING_HOURS, not key.startswith("gio lam viec")
    if key in ("", "ngay"):
        return LimitUnit.WORKING_DAYS, True
    return None


def mentions_same_day(value: Any) -> bool:
    """Whether a description (MOTA) or a value says "trong ngày" (results the same day)."""
    text = as_string(value)
    return text is not None and "trong ngay" in fold(text)


def fee_amount(amount: Any, currency: Any) -> int | None:
    """SOTIEN in đồng: "Không"/"Miễn" are 0; ``None`` for empty, junk, another currency or
    an amount over :data:`MAX_FEE`."""
    text, unit = as_string(amount), as_string(currency)
    if text is None or fold(unit or "") not in _CURRENCIES:
        return None
    key = fold(text)
    if key.startswith(_FREE_WORDS):
        return 0
    match = _AMOUNT.match(key)
    if match is None:
        return None
    value = int(match.group(1).replace(".", "").replace(",", ""))
    return value if value <= MAX_FEE else None


def copies(value: Any) -> int | None:
    """SOBANCHINH / SOBANSAO: empty is 0; ``None`` for junk or more than :data:`MAX_COPIES`."""
    text = as_string(value)
    if text is None:
        return 0 if value is None else None
    text = text.strip()
    if text == "":
        return 0
    if not text.isascii() or not text.isdigit() or int(text) > MAX_COPIES:
        return None
    return int(text)
