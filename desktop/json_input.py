"""JSON that comes from outside (a file, stdin, a member of a bundle), read safely.

One reader for every door: it accepts a leading UTF-8 byte order mark (Notepad writes one),
refuses input over a size limit, and refuses nesting deeper than :data:`MAX_DEPTH` before
:func:`json.loads` recurses into it (a file of 100,000 ``[`` would otherwise end in a
``RecursionError``). Every refusal is a :class:`JsonInputError` whose message starts with
what was being read, e.g. "Tệp danh mục lồng nhau quá sâu ...".
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from pathlib import Path
from typing import Any

from desktop.errors import InputError

__all__ = [
    "MAX_DEPTH",
    "JsonInputError",
    "decode_json",
    "nesting_depth",
    "parse_json",
    "read_json_file",
]

# Real data (a dossier, a TTHC record, a bundle part) nests four or five levels.
MAX_DEPTH = 64
_BOM = "\ufeff"
# A JSON string (escapes included) or any character that is not a bracket: all dropped.
_NOT_BRACKETS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[^\[\]{}"]+', re.DOTALL)


class JsonInputError(InputError):
    """JSON input refused; ``reason`` is the message without the name of what was read."""

    def __init__(self, what_vi: str, reason: str, *, field: str | None = None) -> None:
        super().__init__(f"{what_vi} {reason}", field=field)
        self.reason = reason


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` in ``text``, brackets inside strings not counted."""
    brackets = _NOT_BRACKETS.sub("", text).replace('"', "")
    steps = (1 if ch in "[{" else -1 for ch in brackets)
    return max(accumulate(steps, initial=0))


def _size(limit: int) -> str:
    mib = 1024 * 1024
    return f"{limit // mib} MB" if limit >= mib else f"{max(limit // 1024, 1)} KB"


def parse_json(text: str, *, what_vi: str, max_chars: int, field: str | None = None) -> Any:
    """The value of the JSON ``text``, or :class:`JsonInputError` saying what is wrong."""
    text = text.removeprefix(_BOM)
    if len(text) > max_chars:
        raise JsonInputError(what_vi, f"quá lớn (tối đa {_size(max_chars)}).", field=field)
    if nesting_depth(text) > MAX_DEPTH:
        raise _too_deep(what_vi, field)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            what_vi,
            f"không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}): {exc.msg}.",
            field=field,
        ) from None
    except RecursionError:  # the scan above makes this unreachable; kept as a last guard
        raise _too_deep(what_vi, field) from None


def decode_json(data: bytes, *, what_vi: str, max_bytes: int, field: str | None = None) -> Any:
    """The value of JSON bytes in UTF-8 (with or without a byte order mark)."""
    if len(data) > max_bytes:
        raise JsonInputError(what_vi, f"quá lớn (tối đa {_size(max_bytes)}).", field=field)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JsonInputError(
            what_vi,
            "không phải văn bản UTF-8. Hãy lưu lại tệp với bảng mã UTF-8 rồi thử lại.",
            field=field,
        ) from None
    return parse_json(text, what_vi=what_vi, max_chars=max_bytes, field=field)


def read_json_file(path: Path, *, what_vi: str, max_bytes: int, field: str | None = None) -> Any:
    """The value of a JSON file; :class:`OSError` (missing file, folder...) is the caller's."""
    if path.stat().st_size > max_bytes:
        raise JsonInputError(what_vi, f"quá lớn (tối đa {_size(max_bytes)}).", field=field)
    return decode_json(path.read_bytes(), what_vi=what_vi, max_bytes=max_bytes, field=field)


def _too_deep(what_vi: str, field: str | None) -> JsonInputError:
    return JsonInputError(
        what_vi,
        f"lồng nhau quá sâu (quá {MAX_DEPTH} tầng ngoặc [ hoặc {{): đây không phải dữ liệu "
        "hợp lệ. Hãy kiểm tra lại nguồn của tệp.",
        field=field,
    )
