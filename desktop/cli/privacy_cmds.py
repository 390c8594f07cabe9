"""`motcua privacy purge [--dry-run]`, `privacy export --id-number N`, `privacy retention`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import Invocation, emit
from desktop.errors import InputError
from desktop.files import os_reason, private_folder, save_file, write_atomically


def cmd_privacy_purge(run: Invocation) -> int:
    dry = bool(run.args.dry_run)
    report = run.desk().privacy.purge(dry_run=dry)
    verb = "Sẽ xóa" if dry else "Đã xóa"
    emit(
        run,
        {
            "dry_run": dry,
            "purged": report.due,
            "waiting_for_sync": report.waiting_for_sync,
            "applicants_removed": report.applicants_removed,
            "files_removed": report.files_removed,
        },
        f"{verb} dữ liệu cá nhân của {len(report.due)} hồ sơ đã hết thời hạn lưu trữ; "
        f"{len(report.waiting_for_sync)} hồ sơ còn chờ đồng bộ, để lần sau.",
    )
    return 0


def cmd_privacy_export(run: Invocation) -> int:
    value = run.desk().privacy.export_subject(run.args.id_number)
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
    if run.args.files_dir:
        folder = Path(run.args.files_dir)
        files = run.desk().privacy.subject_files(run.args.id_number)
        for name, data in files:
            save_file(private_folder(folder) / name, data, mode=0o600)
        print(f"Đã ghi {len(files)} tệp đính kèm (bản quét giấy tờ, kết quả) vào {folder}.")
    return 0


def cmd_privacy_retention(run: Invocation) -> int:
    code, months = run.args.code, run.args.months
    run.desk().privacy.set_retention(code, months)
    emit(
        run,
        {"code": code, "months": months},
        f"Thủ tục {code}: giữ dữ liệu cá nhân {months} tháng sau khi kết thúc.",
    )
    return 0


def add_commands(sub: argparse._SubParsersAction[Any], add: Any) -> None:
    p = add(sub, "purge", cmd_privacy_purge, "xóa dữ liệu cá nhân đã hết thời hạn lưu trữ")
    p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê")
    p = add(sub, "export", cmd_privacy_export, "mọi dữ liệu về một người (theo số định danh)")
    p.add_argument("--id-number", required=True)
    p.add_argument("--out", help="ghi ra tệp JSON (mặc định: in ra)")
    p.add_argument("--files-dir", help="ghi thêm các tệp đính kèm (PDF) của người này vào thư mục")
    p = add(sub, "retention", cmd_privacy_retention, "thời hạn lưu trữ của một thủ tục (tháng)")
    p.add_argument("code")
    p.add_argument("months", type=int)
