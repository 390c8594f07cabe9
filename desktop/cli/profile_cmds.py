"""Profile commands: init, config, holidays, deadline."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from decimal import Decimal, InvalidOperation

from desktop.calendar import (
    LimitUnit,
    OfficeHours,
    TimeLimit,
    WorkingCalendar,
    appointment_for,
    load_holiday_year,
)
from desktop.cli.common import Invocation, emit, fmt_time
from desktop.dossiers.validation import parse_datetime_vn
from desktop.errors import DeskError, InputError
from desktop.office_setup import OfficeInfo, has_office, setup_office
from desktop.settings import change_setting, default_data_dir, hide_password


def cmd_init(run: Invocation) -> int:
    args = run.args
    hours = OfficeHours.parse(args.office_hours) if args.office_hours else OfficeHours.default()
    info = OfficeInfo(
        args.office_code, args.office_name, args.superior or "", args.place or "", hours
    )
    code, name = info.code, info.name
    profile = run.profile()
    now = run.now()
    if has_office(profile):  # set up before: a change to the office, by an officer allowed to
        outcome = run.desk().office.set_up(info)
    else:
        outcome = setup_office(profile, info, now)
    if args.admin:
        from desktop.cli.user_cmds import create_first_admin

        create_first_admin(run, args.admin)
    years = [y for y in range(now.year - 1, now.year + 2) if _has_year(y)]
    result = {
        "office_code": code,
        "office_name": name,
        "data_dir": str(profile.data_dir),
        "database": profile.db.dialect,
        "procedures_added": outcome.added,
        "office_hours": hours.to_text(),
        "holiday_years": years,
    }
    emit(
        run,
        result,
        f"Đã khởi tạo {name} ({code}) tại {profile.data_dir}: "
        f"{outcome.added} phiên bản thủ tục mới, ngày nghỉ các năm {years}.",
    )
    return 0


def _has_year(year: int) -> bool:
    try:
        load_holiday_year(year)
    except InputError:
        return False
    return True


def cmd_config_set(run: Invocation) -> int:
    key, value = run.args.key, run.args.value
    if key == "database.url":
        _set_database_url(run)
        return 0
    profile = run.profile()
    if has_office(profile):
        run.desk().office.change_setting(key, value)
    else:  # nothing set up yet: no account to check, no audit trail to write to
        change_setting(profile.data_dir, key, value)
    emit(run, {key: value}, f"Đã đặt {key} = {value}")
    return 0


def _set_database_url(run: Invocation) -> None:
    """Point this counter at another database (the office's PostgreSQL). The database in use
    is opened only to check the officer's right to do it; one that cannot be opened (a wrong
    URL typed before) does not stop the repair, and no empty local file is made for it."""
    value = run.args.value
    if _opens(run) and has_office(run.profile()):
        run.desk().office.change_setting("database.url", value)
    else:
        change_setting(run.data_dir or default_data_dir(), "database.url", value)
    shown = hide_password(value)
    emit(run, {"database.url": shown}, f"Đã đặt database.url = {shown}")


def _opens(run: Invocation) -> bool:
    """Whether the profile in use exists and opens (a wrong URL is the thing being repaired)."""
    if not run.has_profile():
        return False
    try:
        run.profile()
    except DeskError:
        return False
    return True


def cmd_config_show(run: Invocation) -> int:
    profile = run.profile()
    values = asdict(profile.settings)
    values["data_dir"] = str(profile.data_dir)
    values["database_url"] = hide_password(values["database_url"])
    emit(run, values)
    return 0


def cmd_deadline(run: Invocation) -> int:
    args = run.args
    received = parse_datetime_vn(args.received, field="received", label_vi="Thời điểm tiếp nhận")
    if args.procedure:
        deadline = run.desk(sign_in=False).office.deadline(received, args.procedure)
        limit, appointment = deadline.limit, deadline.appointment
    else:
        limit = _limit_from_args(args)
        appointment = appointment_for(received, limit, _calendar_without_profile(run))
    emit(
        run,
        {
            "received": received,
            "appointment": appointment,
            "limit": format(limit.value.normalize(), "f"),  # 3, not 3.00
            "unit": limit.unit.value,
            "cutoff_15h": limit.cutoff_15h,
        },
        fmt_time(appointment),
    )
    return 0


def _limit_from_args(args: argparse.Namespace) -> TimeLimit:
    if args.unit is None:
        raise InputError("Cần --procedure, hoặc cả --limit và --unit.", field="limit")
    unit = LimitUnit.parse(args.unit)
    if args.limit is None:
        if unit is not LimitUnit.SAME_DAY:  # a same-day limit has no number
            raise InputError("Cần --procedure, hoặc cả --limit và --unit.", field="limit")
        return TimeLimit(Decimal(0), unit, bool(args.cutoff_15h))
    try:
        value = Decimal(args.limit)
    except InvalidOperation:
        raise InputError("--limit phải là một số.", field="limit") from None
    if not value.is_finite() or not 0 <= value <= 365:
        raise InputError("--limit phải nằm trong khoảng 0–365.", field="limit")
    return TimeLimit(value, unit, bool(args.cutoff_15h))


def _calendar_without_profile(run: Invocation) -> WorkingCalendar:
    """The office's calendar when a profile exists, else the default one (nothing created)."""
    if not run.has_profile() or not has_office(run.profile()):
        return WorkingCalendar(OfficeHours.default())
    return run.desk(sign_in=False).calendar
