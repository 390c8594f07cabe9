"""Holiday files: one JSON file per year, shipped in ``resources/holidays`` or written by the
office in its own directory (which wins over the shipped file of the same year).

The format is described in ``resources/holidays/README.md``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.calendar.holidays import HolidayYear, statutory_holidays
from desktop.errors import InputError

_TOP_KEYS = frozenset({"year", "provisional", "source", "note", "days_off", "makeup_days"})
_ITEM_KEYS = frozenset({"date", "name"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def shipped_holidays_dir() -> Path:
    """The directory of the holiday files shipped with the application."""
    return Path(__file__).resolve().parents[2] / "resources" / "holidays"


def holiday_file_name(year: int) -> str:
    """The file name of ``year``'s holidays (``2027.json``)."""
    return f"{year}.json"


def load_holiday_year(
    year: int, extra_dir: Path | None = None, *, culture_day_compensated: bool = False
) -> HolidayYear:
    """The holidays of ``year``: the office's file in ``extra_dir`` if there is one, else the
    shipped file, else the statutory days computed from the law (``provisional=True``; 24/11
    on a weekend compensated only when ``culture_day_compensated``)."""
    directories = [extra_dir] if extra_dir is not None else []
    directories.append(shipped_holidays_dir())
    for directory in directories:
        path = directory / holiday_file_name(year)
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        return _read_file(path, stat.st_mtime_ns, stat.st_size, year).to_year()
    return statutory_holidays(year, culture_day_compensated=culture_day_compensated)


@dataclass(frozen=True)
class _Parsed:
    """An immutable copy of a parsed file, safe to share through the cache."""

    year: int
    days_off: tuple[tuple[date, str], ...]
    makeup_days: tuple[tuple[date, str], ...]
    provisional: bool
    source: str
    note: str

    def to_year(self) -> HolidayYear:
        return HolidayYear(
            year=self.year,
            days_off=dict(self.days_off),
            makeup_days=dict(self.makeup_days),
            provisional=self.provisional,
            source=self.source,
            note=self.note,
        )


@lru_cache(maxsize=32)
def _read_file(path: Path, mtime_ns: int, size: int, year: int) -> _Parsed:
    """Read and check one file; the stamp arguments make an edited file be read again."""
    del mtime_ns, size
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _bad(year, "tệp phải được lưu ở dạng UTF-8") from exc
    except OSError as exc:
        raise _bad(year, f"không đọc được tệp {path.name} ({exc.strerror})") from exc
    parsed = parse_holiday_json(text, year)
    return _Parsed(
        year=parsed.year,
        days_off=tuple(parsed.days_off.items()),
        makeup_days=tuple(parsed.makeup_days.items()),
        provisional=parsed.provisional,
        source=parsed.source,
        note=parsed.note,
    )


def _bad(year: int, detail: str) -> InputError:
    return InputError(f"Tệp ngày nghỉ năm {year} không hợp lệ: {detail}", field="holidays")


def parse_holiday_json(text: str, year: int) -> HolidayYear:
    """Parse the JSON text of ``year``'s holiday file; :class:`InputError` if it is wrong."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(year, f"sai cú pháp JSON ở dòng {exc.lineno}, cột {exc.colno}") from exc
    if not isinstance(data, dict):
        raise _bad(year, "nội dung phải là một đối tượng JSON {…}")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _bad(year, f"có khóa không được hỗ trợ: {', '.join(unknown)}")
    _check_header(data, year)
    days_off = _parse_days(data.get("days_off"), "days_off", year)
    makeup_days = _parse_days(data.get("makeup_days", []), "makeup_days", year)
    both = sorted(days_off.keys() & makeup_days.keys())
    if both:
        raise _bad(year, f"ngày {both[0]:%d/%m/%Y} vừa là ngày nghỉ vừa là ngày làm bù")
    return HolidayYear(
        year=year,
        days_off=days_off,
        makeup_days=makeup_days,
        provisional=data.get("provisional", False),
        source=data.get("source", ""),
        note=data.get("note", ""),
    )


def _check_header(data: dict[str, Any], year: int) -> None:
    found = data.get("year")
    if type(found) is not int or found != year:
        raise _bad(year, f'trường "year" phải là {year} (tên tệp là {holiday_file_name(year)})')
    if not isinstance(data.get("provisional", False), bool):
        raise _bad(year, 'trường "provisional" phải là true hoặc false')
    for key in ("source", "note"):
        if not isinstance(data.get(key, ""), str):
            raise _bad(year, f'trường "{key}" phải là chuỗi ký tự')


def _parse_days(items: Any, key: str, year: int) -> dict[date, str]:
    if not isinstance(items, list):
        raise _bad(year, f'trường "{key}" phải là một danh sách […]')
    days: dict[date, str] = {}
    for position, item in enumerate(items, start=1):
        where = f'mục thứ {position} của "{key}"'
        if not isinstance(item, dict) or set(item) != _ITEM_KEYS:
            raise _bad(year, f'{where} phải có đúng hai trường "date" và "name"')
        day = _parse_date(item["date"], where, year)
        name = item["name"]
        if not isinstance(name, str) or not name.strip():
            raise _bad(year, f'{where}: "name" phải là tên ngày, không được để trống')
        if day in days:
            raise _bad(year, f"{where}: ngày {day:%d/%m/%Y} bị lặp lại")
        days[day] = name.strip()
    return dict(sorted(days.items()))


def _parse_date(value: Any, where: str, year: int) -> date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise _bad(year, f'{where}: "date" phải có dạng YYYY-MM-DD, ví dụ "{year}-01-01"')
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise _bad(year, f"{where}: ngày {value} không tồn tại") from exc
    if day.year != year:
        raise _bad(year, f"{where}: ngày {value} không thuộc năm {year}")
    return day


def dump_holiday_year(holidays: HolidayYear) -> str:
    """The JSON text of a holiday file, one day per line, UTF-8 names kept readable."""

    def items(days: dict[date, str]) -> str:
        if not days:
            return "[]"
        lines = [
            f'    {{"date": "{day.isoformat()}", "name": {json.dumps(name, ensure_ascii=False)}}}'
            for day, name in sorted(days.items())
        ]
        return "[\n" + ",\n".join(lines) + "\n  ]"

    header = [
        f'  "year": {holidays.year}',
        f'  "provisional": {json.dumps(holidays.provisional)}',
        f'  "source": {json.dumps(holidays.source, ensure_ascii=False)}',
    ]
    if holidays.note:
        header.append(f'  "note": {json.dumps(holidays.note, ensure_ascii=False)}')
    header.append(f'  "days_off": {items(holidays.days_off)}')
    header.append(f'  "makeup_days": {items(holidays.makeup_days)}')
    return "{\n" + ",\n".join(header) + "\n}\n"


def save_holiday_year(holidays: HolidayYear, directory: Path) -> Path:
    """Write ``holidays`` as the office's own file in ``directory`` (atomically)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / holiday_file_name(holidays.year)
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(dump_holiday_year(holidays), encoding="utf-8")
    os.replace(temporary, path)
    return path
