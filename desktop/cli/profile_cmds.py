"""Profile commands: init, config, holidays, deadline, catalogue."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.accounts.roles import Permission
from desktop.accounts.store import has_accounts
from desktop.audit import chain as audit
from desktop.calendar import (
    LimitUnit,
    OfficeHours,
    TimeLimit,
    WorkingCalendar,
    appointment_for,
    load_holiday_year,
)
from desktop.catalogue.store import (
    export_entries,
    import_entries,
    read_entries,
    version_in_force,
)
from desktop.cli.common import Invocation, emit, fmt_time, os_reason
from desktop.dossiers.context import office_calendar
from desktop.dossiers.intake import time_limit
from desktop.dossiers.validation import parse_datetime_vn
from desktop.errors import DeskError, InputError, NotFoundError
from desktop.office_setup import OfficeInfo, setup_office
from desktop.settings import default_data_dir, load_settings, save_settings


def cmd_init(run: Invocation) -> int:
    args = run.args
    hours = OfficeHours.parse(args.office_hours) if args.office_hours else OfficeHours.default()
    info = OfficeInfo(
        args.office_code, args.office_name, args.superior or "", args.place or "", hours
    )
    code, name = info.code, info.name
    profile = run.profile()
    now = run.now()
    with profile.db.read_session() as session, session.begin():
        existing = has_accounts(session)
    if existing:
        run.require(Permission.SETTINGS)
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
    if run.args.key == "database.url":
        return _set_database_url(run)
    folder = run.profile().data_dir
    run.require(Permission.SETTINGS)
    settings = load_settings(folder)
    settings.set(run.args.key, run.args.value)
    save_settings(folder, settings)
    if run.has_profile():
        try:
            with run.writing() as (session, ctx):
                audit.append(
                    session,
                    ctx.audit_key,
                    ctx.officer,
                    "settings.change",
                    run.args.key,
                    {"value": run.args.value if "url" not in run.args.key else "…"},
                )
        except NotFoundError:
            pass  # no office yet: nothing to audit against
    emit(run, {run.args.key: run.args.value}, f"Đã đặt {run.args.key} = {run.args.value}")
    return 0


def _set_database_url(run: Invocation) -> int:
    """Point this counter at another database (the office's PostgreSQL). The database in use
    is opened only to check the officer's right to do it; one that cannot be opened (a wrong
    URL typed before) does not stop the repair, and no empty local file is made for it."""
    folder = run.data_dir or default_data_dir()
    if run.has_profile():
        try:
            run.profile()
        except DeskError:
            pass  # the URL in force is the thing being repaired
        else:
            run.require(Permission.SETTINGS)
    settings = load_settings(folder)
    settings.set("database.url", run.args.value)
    save_settings(folder, settings)
    shown = run.args.value
    if shown:  # never echo a database password
        shown = make_url(shown).render_as_string(hide_password=True)
    emit(run, {"database.url": shown}, f"Đã đặt database.url = {shown}")
    return 0


def cmd_config_show(run: Invocation) -> int:
    profile = run.profile()
    values = asdict(profile.settings)
    values["data_dir"] = str(profile.data_dir)
    if values["database_url"]:  # never print a database password
        values["database_url"] = make_url(values["database_url"]).render_as_string(
            hide_password=True
        )
    emit(run, values)
    return 0


def cmd_deadline(run: Invocation) -> int:
    args = run.args
    received = parse_datetime_vn(args.received, field="received", label_vi="Thời điểm tiếp nhận")
    if args.procedure:
        profile = run.profile()
        with profile.db.read_session() as session, session.begin():
            office = profile.office()
            cal = office_calendar(session, office)
            limit = time_limit(version_in_force(session, args.procedure, received))
    else:
        limit = _limit_from_args(args)
        cal = _calendar_without_profile(run)
    appointment = appointment_for(received, limit, cal)
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
    if not run.has_profile():
        return WorkingCalendar(OfficeHours.default())
    try:
        profile = run.profile()
        office = profile.office()
    except NotFoundError:
        return WorkingCalendar(OfficeHours.default())
    with profile.db.read_session() as session, session.begin():
        return office_calendar(session, office)


def cmd_catalogue_import(run: Invocation) -> int:
    run.require(Permission.CATALOGUE)
    try:
        entries = read_entries(Path(run.args.file))
    except OSError as exc:  # a folder, no permission (a missing file is an InputError)
        raise InputError(f"Không đọc được tệp {run.args.file}: {os_reason(exc)}.") from None
    with run.writing() as (session, ctx):
        outcome = import_entries(session, entries, run.now(), "import")
        audit.append(
            session,
            ctx.audit_key,
            ctx.officer,
            "catalogue.import",
            Path(run.args.file).name,
            {"added": outcome.added},
        )
    emit(
        run,
        asdict(outcome),
        f"Đã nhập {outcome.added} phiên bản mới; "
        f"{outcome.unchanged} đã có; {outcome.procedures} thủ tục trong tệp.",
    )
    return 0


def cmd_catalogue_export(run: Invocation) -> int:
    with run.reading() as (session, _ctx):
        data = export_entries(session)
    target = Path(run.args.file)
    try:
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from None
    emit(
        run,
        {"file": str(target), "versions": len(data)},
        f"Đã xuất {len(data)} phiên bản thủ tục ra {target}.",
    )
    return 0
