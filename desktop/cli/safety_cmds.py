"""`motcua backup`, `motcua restore FILE` and `motcua check`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import Invocation, emit
from desktop.office_setup import has_office
from desktop.safety.checkup import check_profile, is_damaged, place_of
from desktop.safety.integrity import OK
from desktop.safety.restore import RestoredProfile, restore_profile

EXIT_DAMAGED = 3


def cmd_backup(run: Invocation) -> int:
    out = Path(run.args.out) if run.args.out else None
    made = run.desk().safety.backup_now(out)
    emit(
        run,
        {"file": str(made.path), "bytes": made.size, "rotated": [str(p) for p in made.rotated]},
        f"Đã sao lưu vào {made.path} ({made.size:,} byte), đã kiểm tra toàn vẹn.",
    )
    return 0


def cmd_backups(run: Invocation) -> int:
    found = run.desk().safety.backups()
    emit(
        run,
        [
            {"file": str(b.path), "made_at": b.made_at, "reason": b.reason, "bytes": b.size}
            for b in found
        ],
        "\n".join(f"{b.made_at:%Y-%m-%d %H:%M:%S}  {b.reason:<16} {b.path}" for b in found)
        or "Chưa có bản sao lưu nào.",
    )
    return 0


def cmd_restore(run: Invocation) -> int:
    done = _restore(run, Path(run.args.file))
    aside = f" Tệp cũ được giữ ở {done.restored.kept_aside}." if done.restored.kept_aside else ""
    safety = done.restored.safety_backup
    emit(
        run,
        {
            "restored_from": str(done.restored.source),
            "kept_aside": str(done.restored.kept_aside) if done.restored.kept_aside else None,
            "safety_backup": str(safety) if safety else None,
            "office": done.office_code,
            "files_brought_back": done.files_brought_back,
            "files_missing": list(done.files_missing),
        },
        f"Đã khôi phục {done.office_name} từ {done.restored.source.name}.{aside}"
        + _files_note(done),
    )
    return 0


def _restore(run: Invocation, backup: Path) -> RestoredProfile:
    """A sound database says who may restore it (the signed-in officer, with the right); a
    damaged one, or one with no office yet (so no accounts), cannot."""
    place = place_of(run.data_dir, run.args.database_url)
    if not is_damaged(place) and has_office(run.profile()):
        return run.desk().safety.restore(backup)
    run.close()
    return restore_profile(place.folder, place.url, backup, run.now())


def _files_note(done: RestoredProfile) -> str:
    if done.files_missing:
        return (
            f" Thiếu {len(done.files_missing)} tệp đính kèm trong bản sao lưu: các hồ sơ đó "
            "cần quét lại giấy tờ (motcua check liệt kê)."
        )
    return f" Đã lấy lại {done.files_brought_back} tệp đính kèm." if done.files_brought_back else ""


def cmd_check(run: Invocation) -> int:
    place = place_of(run.data_dir, run.args.database_url)
    found = check_profile(place, quick=run.args.quick)
    files = found.files
    file_value = {"checked": files.checked, "missing": files.missing, "damaged": files.damaged}
    if found.database == "postgresql":
        pg_value: dict[str, object] = {
            "database": "postgresql",
            "result": found.result,
            "files": file_value,
        }
        emit(run, pg_value, f"PostgreSQL: kết nối được. {files.describe()}")
        return 0 if files.sound else EXIT_DAMAGED
    good = found.newest_good
    value: dict[str, object] = {
        "database": found.database,
        "result": found.result,
        "newest_good_backup": str(good.path) if good else None,
        "files": file_value,
    }
    name = Path(found.database).name
    if found.result == OK:
        emit(run, value, f"Cơ sở dữ liệu {name}: toàn vẹn (ok). {files.describe()}")
        return 0 if files.sound else EXIT_DAMAGED
    offer = f"khôi phục: motcua restore {good.path}" if good else "không có bản sao lưu dùng được"
    emit(
        run,
        value,
        f"Cơ sở dữ liệu {name} bị hỏng: {found.result}. Tệp chưa bị thay đổi; {offer}.",
    )
    return EXIT_DAMAGED


def add_commands(sub: argparse._SubParsersAction[Any], add: Any) -> None:
    """The commands, added with the CLI's ``add`` helper."""
    p = add(sub, "backup", cmd_backup, "sao lưu cơ sở dữ liệu (kiểm tra toàn vẹn bản sao)")
    p.add_argument("--out", help="ghi ra tệp này (mặc định: thư mục backups của hồ sơ)")
    add(sub, "backups", cmd_backups, "liệt kê các bản sao lưu")
    p = add(sub, "restore", cmd_restore, "khôi phục từ một bản sao lưu (giữ lại tệp hiện tại)")
    p.add_argument("file")
    p = add(sub, "check", cmd_check, "kiểm tra toàn vẹn cơ sở dữ liệu")
    p.add_argument("--quick", action="store_true", help="quick_check thay vì integrity_check")
