"""Text hygiene for everything an officer types or a file brings in.

* :func:`clean_text` turns raw input into the one form that is stored (NFC, trimmed, single
  spaces) and refuses hidden characters that could corrupt a printout or a report.
* :func:`clean_person_text` does the same for a person's name or address, and first drops
  invisible format characters, folds full-width forms (NFKC) and refuses stacked marks.
* :func:`fold` makes the search key kept beside a name (lower case, no marks, ``đ`` → ``d``).
* :func:`mask_digits` and its wrappers hide personal numbers before they reach a log.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.errors import InputError

__all__ = ["clean_person_text", "clean_text", "fold", "mask_digits", "mask_id_number", "mask_phone"]

# Invisible characters that change how text is laid out or read, refused everywhere.
_HIDDEN = frozenset(
    "\u2028\u2029"  # line and paragraph separators
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u200e\u200f\u061c"  # bidi marks
    "\u200b\u200c\u200d\ufeff"  # zero-width characters and the byte order mark
)
# Marks one letter may carry once decomposed: Vietnamese needs two (ệ = e + ̣ + ̂).
MAX_STACKED_MARKS = 2
# Every Unicode space separator (category Zs): all become one ordinary space.
_SPACE_CHARS = " \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACE_RUN = re.compile(f"[{_SPACE_CHARS}]+")
# What is trimmed from both ends: the spaces above, plus newline and tab.
_EDGE = " \t\n\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))


def _count(n: int) -> str:
    """A count written the Vietnamese way: 10000 -> '10.000'."""
    return f"{n:,}".replace(",", ".")


def _check_characters(text: str, *, field: str, label_vi: str, multiline: bool) -> None:
    for position, ch in enumerate(text, start=1):
        if ch in "\n\t":
            if not multiline:
                raise InputError(
                    f"{label_vi} chỉ được nhập trên một dòng (không xuống dòng, không dùng Tab).",
                    field=field,
                )
        elif ch in _HIDDEN or unicodedata.category(ch) in ("Cc", "Cs"):
            raise InputError(
                f"{label_vi} chứa ký tự điều khiển hoặc ký tự ẩn không được phép "
                f"(U+{ord(ch):04X} ở vị trí {position}). Hãy xoá và gõ lại phần đó.",
                field=field,
            )


def _collapse_spaces(text: str) -> str:
    lines = (_SPACE_RUN.sub(" ", line).strip(" ") for line in text.split("\n"))
    return "\n".join(lines).strip(_EDGE)


def clean_text(
    value: object,
    *,
    field: str,
    label_vi: str,
    max_len: int,
    required: bool = True,
    multiline: bool = False,
) -> str:
    """Return ``value`` as it should be stored, or raise :class:`InputError`.

    NFC-normalised, trimmed, runs of spaces collapsed to one; control and invisible
    formatting characters are refused; newlines and tabs only when ``multiline``.
    An empty result is refused when ``required`` and returned as ``""`` otherwise.
    """
    if not isinstance(value, str):
        raise InputError(f"{label_vi} phải là văn bản.", field=field)
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip(_EDGE)
    _check_characters(text, field=field, label_vi=label_vi, multiline=multiline)
    text = _collapse_spaces(text)
    if not text:
        if required:
            raise InputError(f"{label_vi} không được để trống.", field=field)
        return ""
    if len(text) > max_len:
        raise InputError(
            f"{label_vi} dài tối đa {_count(max_len)} ký tự (đang có {_count(len(text))}).",
            field=field,
        )
    return text


def _drop_format_characters(text: str) -> str:
    """``text`` without format characters (category Cf): soft hyphen, zero-width characters,
    byte order mark, bidi controls. They are invisible, so dropping them loses nothing."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _check_stacked_marks(text: str, *, field: str, label_vi: str) -> None:
    """Refuse a letter carrying more marks than Vietnamese needs (a vowel mark and a tone)."""
    letter = run = 0
    for ch in unicodedata.normalize("NFD", text):
        if not unicodedata.category(ch).startswith("M"):
            letter, run = letter + 1, 0
            continue
        run += 1
        if run > MAX_STACKED_MARKS:
            raise InputError(
                f"{label_vi} có chữ thứ {letter} mang quá nhiều dấu chồng lên nhau (chữ tiếng "
                f"Việt có tối đa {MAX_STACKED_MARKS} dấu). Hãy xoá và gõ lại phần đó.",
                field=field,
            )


def clean_person_text(
    value: object, *, field: str, label_vi: str, max_len: int, required: bool = True
) -> str:
    """A person's name or address as stored: :func:`clean_text` after dropping format
    characters (soft hyphen, zero-width, bidi controls) and NFKC (full-width ``Ｎ`` → ``N``;
    Vietnamese letters are unchanged by it); a letter with more than
    :data:`MAX_STACKED_MARKS` combining marks is refused. Control characters stay refused."""
    if isinstance(value, str):
        value = unicodedata.normalize("NFKC", _drop_format_characters(value))
        _check_stacked_marks(value, field=field, label_vi=label_vi)
    return clean_text(value, field=field, label_vi=label_vi, max_len=max_len, required=required)


def fold(text: str) -> str:
    """The search key of ``text``: lower case, combining marks removed, ``đ`` → ``d``.

    ``fold("Đặng Văn Ưng") == "dang van ung"``. Whitespace runs become one space.
    """
    lowered = unicodedata.normalize("NFC", text).lower()
    decomposed = unicodedata.normalize("NFD", lowered)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    bare = bare.replace("đ", "d").replace("Đ", "d")
    return " ".join(bare.split())


def mask_digits(value: str, keep: int = 3) -> str:
    """Replace every digit but the last ``keep`` with ``*``; other characters stay.

    ``mask_digits("001203004567") == "*********567"``.
    """
    to_mask = sum(ch.isdigit() for ch in value) - max(keep, 0)
    out: list[str] = []
    for ch in value:
        if ch.isdigit() and to_mask > 0:
            out.append("*")
            to_mask -= 1
        else:
            out.append(ch)
    return "".join(out)


def mask_phone(value: str) -> str:
    """A phone number fit for a log: only its last three digits show."""
    return mask_digits(value, keep=3)


def mask_id_number(value: str) -> str:
    """A personal ID (CCCD/CMND) fit for a log: only its last three digits show."""
    return mask_digits(value, keep=3)
