"""The catalogue in the national database's shape (SYNC.md §2.4, ``LayDanhSachTTHC`` and
``LayThuTuc``): upper-case TTHC records whose nesting varies between providers.

What is read: the code, the name, the field, the time limit of the counter channel (else of
another channel), its fees and the documents of every case. A procedure that lacks a code, a
name, a field or a readable time limit is skipped whole; smaller gaps (a nameless document, an
unreadable fee) are left out of the procedure. Every skip and assumption becomes a note in
Vietnamese. Same-day limits keep the 15:00 rule (DOMAIN §3). The shape has no effective date:
the caller gives one (the import's day).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.calendar import LimitUnit
from desktop.catalogue.entries import CatalogueEntry, DocumentLine, is_procedure_code
from desktop.catalogue.national_values import (
    as_string,
    copies,
    fee_amount,
    limit_unit,
    limit_value,
    mentions_same_day,
)
from desktop.errors import InputError
from desktop.text import clean_text, fold

# Parts of a TTHC the desk does not keep, with the words the officer reads.
_NOT_KEPT = {
    "KETQUATHUCHIEN": "kết quả thực hiện",
    "CANCUPHAPLY": "căn cứ pháp lý",
    "COQUANTHUCHIEN": "cơ quan thực hiện",
    "TRINHTUTHUCHIEN": "trình tự thực hiện",
    "YEUCAU": "yêu cầu và điều kiện",
    "MOTADOITUONGTHUCHIEN": "đối tượng thực hiện",
}
_READ = frozenset(
    {"MATTHC", "TENTTHC", "LINHVUCTHUCHIEN", "CACHTHUCTHUCHIEN", "THANHPHANHOSO"}
    | {"MALINHVUC", "TENLINHVUC", "THOIGIANGIAIQUYET", "DONVITINH", "PHILEPHI"}
)
_SHOWN_KEYS = 5
_SHOWN_CHARS = 60


class _SkipError(Exception):
    """The procedure lacks something it must have: it is skipped whole."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class NationalCatalogue:
    entries: tuple[CatalogueEntry, ...]
    notes: tuple[str, ...]


def national_records(raw: Any) -> list[Any] | None:
    """The TTHC records when ``raw`` is in the national shape (``{"result": [...]}``, or a list
    with an object carrying ``MATTHC``), else ``None``."""
    if isinstance(raw, dict) and "result" in raw:
        result = raw["result"]
        return [result] if isinstance(result, dict) else result if isinstance(result, list) else []
    if isinstance(raw, list) and any(isinstance(r, dict) and "MATTHC" in r for r in raw):
        return raw
    return None


def parse_national(records: list[Any], effective_from: datetime) -> NationalCatalogue:
    """Every procedure that can be read whole, dated ``effective_from``; notes of the rest."""
    entries: list[CatalogueEntry] = []
    notes: list[str] = []
    seen: set[str] = set()
    for position, raw in enumerate(records, start=1):
        if not isinstance(raw, dict):
            notes.append(f"Mục thứ {position}: không phải một thủ tục (đối tượng JSON), bỏ qua.")
            continue
        entry = _entry_or_note(_upper(raw), position, effective_from, notes)
        if entry is None:
            continue
        if entry.code in seen:
            notes.append(
                f"Thủ tục {entry.code} có lần nữa ở mục thứ {position}: "
                "giữ lần đầu, bỏ qua lần này."
            )
            continue
        seen.add(entry.code)
        entries.append(entry)
    if not records:
        notes.append("Không có thủ tục nào trong dữ liệu theo mẫu quốc gia.")
    notes.extend(_parts_note(records))
    return NationalCatalogue(tuple(entries), tuple(notes))


def parse_pull(
    listing: Any, details: Mapping[str, Any], effective_from: datetime
) -> NationalCatalogue:
    """The pull's two answers: ``listing`` is the ``LayDanhSachTTHC`` answer, ``details`` the
    ``LayThuTuc`` answer for each code. A detail's keys win over the listing's."""
    listed = national_records(listing)
    notes: list[str] = []
    if listed is None:
        listed = listing if isinstance(listing, list) else []
    if not listed:
        notes.append("Danh sách thủ tục (LayDanhSachTTHC) trống hoặc không đọc được.")
    merged: list[Any] = []
    for position, item in enumerate(listed, start=1):
        record = _upper(item) if isinstance(item, dict) else {}
        code = (as_string(record.get("MATTHC")) or "").strip()
        if not is_procedure_code(code):
            notes.append(f"Mục thứ {position} của danh sách: không có mã thủ tục hợp lệ, bỏ qua.")
            continue
        detail = _detail(details.get(code), code)
        if detail is None:
            notes.append(f"Thủ tục {code}: không có chi tiết (LayThuTuc), bỏ qua cả thủ tục.")
            continue
        merged.append({**record, **detail})
    parsed = parse_national(merged, effective_from)
    return NationalCatalogue(parsed.entries, tuple(notes) + parsed.notes)


def _detail(answer: Any, code: str) -> dict[str, Any] | None:
    records = national_records(answer)
    if records is None:
        records = [answer] if isinstance(answer, dict) else []
    found = [_upper(r) for r in records if isinstance(r, dict)]
    for record in found:
        if (as_string(record.get("MATTHC")) or "").strip() == code:
            return record
    if len(found) == 1 and "MATTHC" not in found[0]:
        return found[0]
    return None


def _entry_or_note(
    record: dict[str, Any], position: int, effective_from: datetime, notes: list[str]
) -> CatalogueEntry | None:
    where = f"Mục thứ {position}"
    own: list[str] = []
    try:
        code = _code(record)
        where = f"Thủ tục {code}"
        name = _text(record.get("TENTTHC"), "tên thủ tục (TENTTHC)", 500)
        where = f"Thủ tục {code} ({_shown(name)})"
        field_code, field_name = _field(record, own)
        limit, unit, fee = _time_limit(record, own)
    except _SkipError as skip:
        notes.append(f"{where}: bỏ qua cả thủ tục vì {skip.reason}.")
        return None
    documents = _documents(record, own)
    notes.extend(f"{where}: {note}." for note in own)
    return CatalogueEntry(
        code=code,
        name=name,
        field_code=field_code,
        field_name=field_name,
        time_limit=limit,
        time_unit=unit,
        cutoff_15h=unit is LimitUnit.SAME_DAY or limit == 0,
        fee=fee,
        documents=documents,
        effective_from=effective_from,
    )


def _upper(raw: dict[Any, Any]) -> dict[str, Any]:
    return {key.upper(): value for key, value in raw.items() if isinstance(key, str)}


def _objects(value: Any) -> list[dict[str, Any]]:
    """A part that should be a list of objects: one object alone counts as a list of one;
    anything that is not an object is left out."""
    if isinstance(value, dict):
        return [_upper(value)]
    if isinstance(value, list):
        return [_upper(item) for item in value if isinstance(item, dict)]
    return []


def _shown(value: Any) -> str:
    """A value as a note may quote it: no control characters, at most a short line."""
    text = as_string(value)
    if text is None:
        return "(không phải văn bản)"
    printable = "".join(ch if unicodedata.category(ch)[0] != "C" else "?" for ch in text)
    printable = " ".join(printable.split())
    return printable if len(printable) <= _SHOWN_CHARS else printable[: _SHOWN_CHARS - 1] + "…"


def _text(value: Any, label: str, max_len: int) -> str:
    text = as_string(value)
    if text is None or not text.strip():
        raise _SkipError(f"thiếu {label}")
    flat = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    try:
        return clean_text(flat, field=label, label_vi=label, max_len=max_len)
    except InputError as exc:
        raise _SkipError(exc.message.rstrip(".")) from None


def _code(record: dict[str, Any]) -> str:
    code = _text(record.get("MATTHC"), "mã thủ tục (MATTHC)", 40)
    if not is_procedure_code(code):
        raise _SkipError(f"mã thủ tục '{_shown(code)}' không phải mã quốc gia (ví dụ 1.001193)")
    return code


def _field(record: dict[str, Any], own: list[str]) -> tuple[str, str]:
    readable: list[tuple[str, str]] = []
    for item in [*_objects(record.get("LINHVUCTHUCHIEN")), record]:
        try:
            code = _text(item.get("MALINHVUC"), "mã lĩnh vực", 40)
            readable.append((code, _text(item.get("TENLINHVUC"), "tên lĩnh vực", 300)))
        except _SkipError:
            continue
    if not readable:
        raise _SkipError("thiếu lĩnh vực (LINHVUCTHUCHIEN: MALINHVUC, TENLINHVUC)")
    if len({code for code, _ in readable}) > 1:
        own.append(f"có {len(readable)} lĩnh vực, dùng lĩnh vực đầu tiên ({readable[0][1]})")
    return readable[0]


def _is_counter(channel: dict[str, Any]) -> bool:
    kenh = (as_string(channel.get("KENH")) or "").strip()
    return kenh == "1" or fold(kenh).startswith("truc tiep")


def _read_time(time: dict[str, Any]) -> tuple[Decimal, LimitUnit, bool] | None:
    unit = limit_unit(time.get("DONVITINH"))
    raw = time.get("THOIGIANGIAIQUYET")
    value = limit_value(raw)
    if unit is not None and unit[0] is LimitUnit.SAME_DAY:
        return Decimal(0), LimitUnit.SAME_DAY, False
    if value is None and mentions_same_day(raw):
        return Decimal(0), LimitUnit.SAME_DAY, False
    if unit is None or value is None:
        return None
    if value == 0 and unit[0] is LimitUnit.WORKING_DAYS:  # "0 ngày làm việc": the same day
        return value, LimitUnit.SAME_DAY, False
    return value, unit[0], unit[1]


def _time_limit(record: dict[str, Any], own: list[str]) -> tuple[Decimal, LimitUnit, int | None]:
    """The time limit (and its fee) of the counter channel, else of the first channel that has
    one, else of the record itself (providers that flatten the nesting)."""
    channels = sorted(_objects(record.get("CACHTHUCTHUCHIEN")), key=lambda c: not _is_counter(c))
    found: list[tuple[Decimal, LimitUnit, bool, dict[str, Any], bool]] = []
    for channel in [*channels, record]:
        for time in _objects(channel.get("THOIGIAN")) or [channel]:
            read = _read_time(time)
            if read is not None:
                at_counter = channel is record or _is_counter(channel)
                found.append((*read, {**channel, **time}, at_counter))
    if not found:
        raise _SkipError("thiếu thời hạn giải quyết đọc được (THOIGIANGIAIQUYET và DONVITINH)")
    value, unit, assumed, time, counter = found[0]
    if not counter:
        own.append("không ghi thời hạn cho kênh nộp trực tiếp, dùng thời hạn của kênh khác")
    if assumed:
        own.append(f"đơn vị thời hạn không rõ, hiểu là {unit.label_vi}; hãy kiểm tra")
    if len({(v, u) for v, u, _, _, at_counter in found if at_counter}) > 1:
        own.append(f"có nhiều mức thời hạn, dùng mức đầu tiên ({value} {unit.label_vi})")
    return value, unit, _fee(time, record, own)


def _fee(time: dict[str, Any], record: dict[str, Any], own: list[str]) -> int | None:
    items = _objects(time.get("PHILEPHI")) or _objects(record.get("PHILEPHI"))
    amounts = [fee_amount(item.get("SOTIEN"), item.get("DONVI")) for item in items]
    unread = sum(
        1 for item, a in zip(items, amounts, strict=True) if a is None and item.get("SOTIEN")
    )
    if unread:
        own.append(f"bỏ qua {unread} mức phí, lệ phí không đọc được")
    known = [a for a in amounts if a is not None]
    positive = [a for a in known if a > 0]
    if len(set(positive)) > 1:
        levels = len(set(positive))
        own.append(f"có {levels} mức phí, lệ phí; ghi mức đầu tiên ({positive[0]} đồng)")
    return positive[0] if positive else (0 if known else None)


def _documents(record: dict[str, Any], own: list[str]) -> tuple[DocumentLine, ...]:
    """The documents of every case (TRUONGHOP); one that is not in every case is optional."""
    groups: list[list[dict[str, Any]]] = []
    loose: list[dict[str, Any]] = []
    for item in _objects(record.get("THANHPHANHOSO")):
        if "GIAYTO" in item:
            groups.append(_objects(item["GIAYTO"]))
        elif "TENGIAYTO" in item:
            loose.append(item)
    if loose:
        groups.append(loose)
    seen: dict[str, tuple[DocumentLine, int]] = {}
    for group in groups:
        lines = [line for line in (_document(doc, own) for doc in group) if line is not None]
        for line in {fold(line.name): line for line in lines}.values():
            first, count = seen.get(fold(line.name), (line, 0))
            seen[fold(line.name)] = (first, count + 1)
    optional = [line for line, count in seen.values() if count < len(groups)]
    if optional:
        own.append(
            f"hồ sơ có {len(groups)} trường hợp; {len(optional)} giấy tờ không có trong mọi "
            "trường hợp được ghi là không bắt buộc"
        )
    return tuple(
        DocumentLine(line.name, line.originals, line.copies, count == len(groups))
        for line, count in seen.values()
    )


def _document(doc: dict[str, Any], own: list[str]) -> DocumentLine | None:
    try:
        name = _text(doc.get("TENGIAYTO"), "tên giấy tờ (TENGIAYTO)", 500)
    except _SkipError as skip:
        own.append(f"bỏ qua một giấy tờ vì {skip.reason}")
        return None
    counts = []
    for key, label in (("SOBANCHINH", "số bản chính"), ("SOBANSAO", "số bản sao")):
        count = copies(doc.get(key))
        if count is None:
            own.append(f"{label} của giấy tờ '{_shown(name)}' không đọc được, ghi 0")
        counts.append(count or 0)
    return DocumentLine(name, counts[0], counts[1], True)


def _parts_note(records: list[Any]) -> list[str]:
    objects = [_upper(r) for r in records if isinstance(r, dict)]
    keys = {key for record in objects for key in record}
    notes = []
    kept_out = [label for key, label in _NOT_KEPT.items() if key in keys]
    if kept_out:
        notes.append(f"Phần mềm không lưu các phần: {', '.join(kept_out)}.")
    unknown = sorted(k for k in keys - _READ - _NOT_KEPT.keys() if k.isascii() and k.isalnum())
    if unknown:
        shown = ", ".join(unknown[:_SHOWN_KEYS]) + (", …" if len(unknown) > _SHOWN_KEYS else "")
        notes.append(f"Bỏ qua các mục không nhận ra: {shown}.")
    return notes
