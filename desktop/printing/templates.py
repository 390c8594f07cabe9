"""The office's own wording of a form: one JSON file a form, checked when loaded.

``<folder>/form01.json`` … ``form07.json`` (the folder is the setting ``forms.folder``, else
the profile's ``forms`` folder) hold ``{"form": "01", "texts": {KEY: wording}}``: a key is
one of the form's fixed texts in :mod:`desktop.printing.texts` (the default, shipped once);
a key left out keeps the default. A file that fails a check is refused as a whole, with a
Vietnamese message naming the file and the fault, and the form prints its default wording.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.printing import texts

FILE = "form{form}.json"
MAX_FILE_BYTES = 64 * 1024
MAX_TITLE = 200
MAX_TEXT = 1000
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z]*)([^<>/]*)(/?)\s*>")
_ALLOWED_TAGS = {"b", "i", "u", "br"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

Text = str | tuple[str, ...]

# The fixed texts an office may word its own way, form by form (titles first).
KEYS: dict[str, tuple[str, ...]] = {
    "01": (
        "TITLE_01", "COPIES_01", "INTRO_01", "NAME_01", "ID_01", "ADDRESS_LINE", "EMAIL_01",
        "PROCEDURE_LINE", "REQUEST_LINE", "DOCUMENTS_01", "DOC_HEADERS_01", "SETS_01",
        "LIMIT_01", "RECEIVED_01", "APPOINTMENT_01", "COLLECT_01", "BOOK_01", "NOTE_01",
        "SIGNERS_01", "CODE_LINE",
    ),
    "02": (
        "TITLE_02", "CODE_LINE", "INTRO_02", "REQUEST_LINE", "ASK_02", "ITEM_02", "REASON_02",
        "REASON_ALL_02", "CONTACT_02", "CLOSE", "SIGNERS_02",
    ),
    "03": (
        "TITLE_03", "CODE_LINE", "INTRO_03", "REQUEST_LINE", "REASON_INTRO_03", "CLOSE",
        "SIGNERS_03",
    ),
    "04": (
        "TITLE_04", "ADDRESSEE", "CODE_LINE", "BODY_04", "DELAY_04", "APOLOGY_04", "THANKS_04",
        "SIGNERS_04", "SIGNER_NAME_04",
    ),
    "05": (
        "TITLE_05", "ADDRESSEE", "CODE_LINE", "BODY_05", "STOP_05", "REASON_05", "CLOSE",
        "SIGNERS_05", "SIGNER_NAME_05",
    ),
    "06": (
        "TITLE_06", "CODE_LINE", "OWNER_06", "PROCEDURE_LINE", "RECEIVED_06", "APPOINTMENT_06",
        "LEAD_06", "COORDINATING_06", "HEADERS_06",
    ),
    "07": ("TITLE_07", "PERIOD_07", "HEADERS_07", "TOTAL_07", "EMPTY_07"),
}  # fmt: skip


def default(key: str) -> Text:
    value: Text = getattr(texts, key)
    return value


@dataclass(frozen=True)
class Wording:
    """A form's texts: the office's where its file gives them, the defaults otherwise."""

    form: str
    own: Mapping[str, Text] = field(default_factory=dict)

    def text(self, key: str) -> str:
        value = self.own.get(key, default(key))
        assert isinstance(value, str), key
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.own.get(key, default(key))
        assert isinstance(value, tuple), key
        return value


@dataclass(frozen=True)
class Loaded:
    """A form's wording as loaded, and why the office's file was refused ("" when it was not)."""

    wording: Wording
    path: Path
    office_file: bool  # the office has its own file (used unless ``problem``)
    problem: str = ""


class TemplateError(Exception):
    """What is wrong with an office's template (Vietnamese, shown after the file's name)."""


def path_of(folder: Path, form: str) -> Path:
    return folder / FILE.format(form=form)


def default_document(form: str) -> dict[str, Any]:
    """The default template of ``form`` as its file holds it (a start for the office's own)."""
    return {"form": form, "texts": {key: _as_json(default(key)) for key in KEYS[form]}}


def _as_json(value: Text) -> str | list[str]:
    return list(value) if isinstance(value, tuple) else value


def load(folder: Path, form: str) -> Loaded:
    """The wording of ``form``: the office's file in ``folder`` if it passes every check."""
    path = path_of(folder, form)
    if not path.is_file():
        return Loaded(Wording(form), path, office_file=False)
    try:
        own = checked(path.read_bytes(), form)
    except (TemplateError, OSError) as fault:
        reason = str(fault) if isinstance(fault, TemplateError) else "không đọc được tệp"
        message = (
            f"Mẫu in {form} của cơ quan ({path}) không dùng được: {reason}. "
            f"Đang in theo mẫu mặc định; hãy sửa tệp hoặc chạy "
            f"'motcua form-template reset {form}' để về mẫu mặc định."
        )
        return Loaded(Wording(form), path, office_file=True, problem=message)
    return Loaded(Wording(form, own), path, office_file=True)


def checked(raw: bytes, form: str) -> dict[str, Text]:
    """The texts of an office's template, or :class:`TemplateError` naming the fault."""
    if len(raw) > MAX_FILE_BYTES:
        raise TemplateError(f"tệp lớn hơn {MAX_FILE_BYTES // 1024} KB")
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError(f"không phải JSON hợp lệ (UTF-8): {error}") from None
    if not isinstance(document, dict):
        raise TemplateError('tệp phải là một đối tượng JSON {"form": …, "texts": {…}}')
    for key in ("form", "texts"):
        if key not in document:
            raise TemplateError(f"thiếu khóa bắt buộc '{key}'")
    unknown = sorted(set(document) - {"form", "texts"})
    if unknown:
        raise TemplateError(f"khóa không dùng: {', '.join(unknown)}")
    if document["form"] != form:
        raise TemplateError(f"khóa 'form' phải là \"{form}\" (đang là {document['form']!r})")
    if not isinstance(document["texts"], dict):
        raise TemplateError("'texts' phải là một đối tượng JSON")
    return {key: _checked_text(form, key, value) for key, value in document["texts"].items()}


def _checked_text(form: str, key: str, value: object) -> Text:
    if key not in KEYS[form]:
        raise TemplateError(
            f"'{key}' không phải là nội dung của mẫu {form} (dùng: {', '.join(KEYS[form])})"
        )
    wanted = default(key)
    if isinstance(wanted, tuple):
        if not (
            isinstance(value, list)
            and len(value) == len(wanted)
            and all(isinstance(v, str) for v in value)
        ):
            raise TemplateError(f"'{key}' phải là danh sách {len(wanted)} chuỗi")
        return tuple(_checked_string(key, v, wanted[i]) for i, v in enumerate(value))
    if not isinstance(value, str):
        raise TemplateError(f"'{key}' phải là một chuỗi")
    return _checked_string(key, value, wanted)


def _checked_string(key: str, value: str, wanted: str) -> str:
    limit = MAX_TITLE if key.startswith("TITLE_") else MAX_TEXT
    if len(value) > limit:
        raise TemplateError(f"'{key}' dài quá {limit} ký tự")
    if _CONTROL.search(value):
        raise TemplateError(f"'{key}' có ký tự điều khiển (xuống dòng hãy viết <br/>)")
    if key.startswith("TITLE_") and not value.strip():
        raise TemplateError(f"'{key}' (tên mẫu) không được để trống")
    known = _placeholders(wanted)
    try:
        used = _placeholders(value)
    except ValueError:
        raise TemplateError(f"'{key}' có dấu {{ }} không đúng (ô điền viết {{ten}})") from None
    extra = sorted(used - known)
    if extra:
        allowed = ", ".join("{" + name + "}" for name in sorted(known)) or "không có"
        raise TemplateError(f"'{key}' có ô điền không biết: {{{extra[0]}}} (dùng được: {allowed})")
    _check_markup(key, value)
    return value


def _placeholders(template: str) -> set[str]:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    if any(not name.isidentifier() for name in names):
        raise ValueError(template)
    return names


def _check_markup(key: str, value: str) -> None:
    """Only <b>, <i>, <u> and <br/>, each opened tag closed in order; a lone < or & refused."""
    stack: list[str] = []
    for match in _TAG.finditer(value):
        closing, tag, attributes, lone = match.groups()
        tag = tag.lower()
        if tag not in _ALLOWED_TAGS or attributes.strip():
            raise TemplateError(
                f"'{key}' có thẻ <{tag}> không được dùng (chỉ <b>, <i>, <u>, <br/>)"
            )
        if tag == "br":
            continue
        if closing:
            if not stack or stack.pop() != tag:
                raise TemplateError(f"'{key}': thẻ </{tag}> không khớp với thẻ mở")
        elif not lone:
            stack.append(tag)
    if stack:
        raise TemplateError(f"'{key}': thẻ <{stack[-1]}> chưa đóng")
    rest = _TAG.sub("", value)
    if "<" in rest or ">" in rest or re.search(r"&(?!(?:lt|gt|amp|quot|nbsp|#\d{1,5});)", rest):
        raise TemplateError(f"'{key}' có dấu < > hoặc & lẻ (viết &lt; &gt; &amp;)")
