"""`motcua privacy purge [--dry-run]`, `privacy export --id-number N`, `privacy retention`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from db.models import Procedure
from desktop.accounts.roles import Permission
from desktop.audit import chain as audit
from desktop.cli.common import Invocation, emit, os_reason
from desktop.errors import InputError, NotFoundError
from desktop.files import write_atomically
from desktop.text import mask_id_number

if TYPE_CHECKING:
    pass


def cmd_privacy_purge(run: Invocation) -> int:
    from desktop.privacy.purge import purge

    run.require(Permission.PRIVACY)
    profile = run.profile()
    dry = bool(run.args.dry_run)
    with run.writing() as (session, ctx):
        report = purge(session, profile.settings.retention_months, run.now(), dry_run=dry)
        if not dry and report.due:
            audit.append(
                session,
                ctx.audit_key,
                ctx.officer,
                "privacy.purge",
                f"{len(report.due)} hồ sơ",
                {"codes": report.due[:500]},
            )
    verb = "Sẽ xóa" if dry else "Đã xóa"
    emit(
        run,
        {
            "dry_run": dry,
            "purged": report.due,
            "waiting_for_sync": report.waiting_for_sync,
            "applicants_removed": report.applicants_removed,
        },
        f"{verb} dữ liệu cá nhân của {len(report.due)} hồ sơ đã hết thời hạn lưu trữ; "
        f"{len(report.waiting_for_sync)} hồ sơ còn chờ đồng bộ, để lần sau.",
    )
    return 0


def cmd_privacy_export(run: Invocation) -> int:
    from desktop.privacy.subject import subject_export

    run.require(Permission.PRIVACY)
    now = run.now()
    with run.writing() as (session, ctx):
        value = subject_export(session, run.args.id_number, now, ctx.calendar)
        audit.append(
            session,
            ctx.audit_key,
            ctx.officer,
            "personal.export",
            mask_id_number(value["id_number"]),
            {"dossiers": len(value["dossiers"])},
        )
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if run.args.out:
        target = Path(run.args.out)
        try:
            write_atomically(target, text.encode("utf-8"), mode=0o600)
        except OSError as exc:
            raise InputError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from None
        print(f"Đã ghi mọi dữ liệu về người này ({len(value['dossiers'])} hồ sơ) ra {target}.")
    else:
        print(text)
    return 0


def cmd_privacy_retention(run: Invocation) -> int:
    run.require(Permission.PRIVACY)
    months = run.args.months
    if not 1 <= months <= 1200:
        raise InputError("Thời hạn lưu trữ phải từ 1 đến 1200 tháng.", field="months")
    with run.writing() as (session, ctx):
        procedure = session.scalar(select(Procedure).where(Procedure.code == run.args.code))
        if procedure is None:
            raise NotFoundError(f"Không có thủ tục mã '{run.args.code}' trong danh mục.")
        procedure.retention_months = months
        audit.append(
            session,
            ctx.audit_key,
            ctx.officer,
            "privacy.retention",
            procedure.code,
            {"months": months},
        )
    emit(
        run,
        {"code": run.args.code, "months": months},
        f"Thủ tục {run.args.code}: giữ dữ liệu cá nhân {months} tháng sau khi kết thúc.",
    )
    return 0


def add_commands(sub: argparse._SubParsersAction[Any], add: Any) -> None:
    p = add(sub, "purge", cmd_privacy_purge, "xóa dữ liệu cá nhân đã hết thời hạn lưu trữ")
    p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê")
    p = add(sub, "export", cmd_privacy_export, "mọi dữ liệu về một người (theo số định danh)")
    p.add_argument("--id-number", required=True)
    p.add_argument("--out", help="ghi ra tệp JSON (mặc định: in ra)")
    p = add(sub, "retention", cmd_privacy_retention, "thời hạn lưu trữ của một thủ tục (tháng)")
    p.add_argument("code")
    p.add_argument("months", type=int)
