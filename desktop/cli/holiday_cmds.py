"""`motcua holidays show|set|unset`: the shipped days off and the office's own changes."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.calendar import load_holiday_year
from desktop.calendar.holidays import weekday_vi as _weekday_lower
from desktop.cli.common import Invocation, emit
from desktop.dossiers.validation import parse_date_vn
from desktop.errors import InputError
from desktop.office_days import OfficeDay


def weekday_vi(day: date) -> str:
    """ "Thứ Ba", "Chủ nhật": capitalised at the start of a bracket."""
    name = _weekday_lower(day)
    return name[:1].upper() + name[1:]


def _office_days(run: Invocation, year: int) -> list[OfficeDay]:
    if not run.has_profile():
        return []
    # The days off are no secret: shown without signing in, as before there were accounts.
    return run.desk(sign_in=False).office_days.of_year(year)


def cmd_holidays_show(run: Invocation) -> int:
    year = run.args.year
    if not 1900 <= year <= 2199:
        raise InputError("Năm phải nằm trong khoảng 1900–2199.", field="year")
    compensated = run.has_profile() and run.profile().settings.holidays_culture_day_compensated
    data = load_holiday_year(year, culture_day_compensated=compensated)
    own = _office_days(run, year)
    if run.json:
        emit(run, _as_json(data.year, data.provisional, data.days_off, data.makeup_days, own))
        return 0
    note = " (dự kiến, chưa có quyết định chính thức)" if data.provisional else ""
    print(f"Ngày nghỉ năm {year}{note}:")
    _print_days(data.days_off)
    if data.makeup_days:
        print("Ngày làm bù:")
        _print_days(data.makeup_days)
    if own:
        print("Thay đổi riêng của cơ quan:")
        for d in own:
            kind = "làm việc" if d.working else "nghỉ"
            print(f"  {d.day:%d/%m/%Y} ({weekday_vi(d.day)}) {kind} {d.note}".rstrip())
    return 0


def _print_days(days: dict[date, str]) -> None:
    for day, name in sorted(days.items()):
        print(f"  {day:%d/%m/%Y} ({weekday_vi(day)}) {name}")


def _as_json(
    year: int,
    provisional: bool,
    off: dict[date, str],
    makeup: dict[date, str],
    own: list[OfficeDay],
) -> dict[str, Any]:
    return {
        "year": year,
        "provisional": provisional,
        "days_off": [{"date": d, "name": n} for d, n in sorted(off.items())],
        "makeup_days": [{"date": d, "name": n} for d, n in sorted(makeup.items())],
        "office_days": [{"date": d.day, "working": d.working, "note": d.note} for d in own],
    }


def cmd_holidays_set(run: Invocation) -> int:
    day = parse_date_vn(run.args.day, field="day", label_vi="Ngày")
    working = bool(run.args.working)
    run.desk().office_days.mark(day, working=working, note=run.args.note or "")
    kind = "ngày làm việc" if working else "ngày nghỉ"
    emit(run, {"date": day, "working": working}, f"Đã đặt {day:%d/%m/%Y} là {kind} của cơ quan.")
    return 0


def cmd_holidays_unset(run: Invocation) -> int:
    day = parse_date_vn(run.args.day, field="day", label_vi="Ngày")
    removed = run.desk().office_days.clear(day)
    text = "Đã bỏ thay đổi riêng" if removed else "Không có thay đổi riêng"
    emit(run, {"date": day, "removed": removed}, f"{text} ngày {day:%d/%m/%Y}.")
    return 0
