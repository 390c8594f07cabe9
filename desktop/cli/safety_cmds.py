"""`motcua backup`, `motcua restore FILE` and `motcua check`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.accounts.roles import Permission
from desktop.audit import chain as audit
from desktop.cli.common import Invocation, emit
from desktop.profile import DamagedDatabaseError, check_database, open_profile
from desktop.settings import database_url, default_data_dir, load_settings

if TYPE_CHECKING:
    pass

EXIT_DAMAGED = 3


def _where(run: Invocation) -> tuple[Path, str]:
    """The profile's folder and database URL, without opening the database."""
    from desktop.safety.location import check_data_folder

    folder = run.data_dir or default_data_dir()
    check_data_folder(folder)
    return folder, database_url(folder, load_settings(folder), run.args.database_url)


def cmd_backup(run: Invocation) -> int:
    from desktop.safety.backups import make_backup, rotate

    run.require(Permission.BACKUP)
    profile = run.profile()
    out = Path(run.args.out) if run.args.out else None
    path = make_backup(profile.db.url, profile.backup_dir, "manual", run.now(), out)
    removed = [] if out else rotate(profile.backup_dir, run.now())
    with run.writing() as (session, ctx):
        audit.append(session, ctx.audit_key, ctx.officer, "backup", path.name, {})
    emit(
        run,
        {"file": str(path), "bytes": path.stat().st_size, "rotated": [str(p) for p in removed]},
        f"Đã sao lưu vào {path} ({path.stat().st_size:,} byte), đã kiểm tra toàn vẹn.",
    )
    return 0


def cmd_backups(run: Invocation) -> int:
    from desktop.safety.backups import list_backups

    run.require(Permission.BACKUP)
    folder, _url = _where(run)
    found = list_backups(folder / "backups")
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
    from desktop.safety.restore import restore

    folder, url = _where(run)
    if not _damaged(folder, url):  # a damaged database cannot say who may restore it
        run.require(Permission.BACKUP)
        run.close()
    done = restore(url, Path(run.args.file), folder / "backups", run.now())
    run.close()
    profile = open_profile(folder, url=run.args.database_url)  # migrates an older backup
    try:
        office = profile.office()
        with profile.db.session() as session, session.begin():
            audit.append(
                session,
                profile.audit_key,
                profile.settings.officer,
                "restore",
                done.source.name,
                {"kept_aside": str(done.kept_aside or "")},
            )
    finally:
        profile.close()
    aside = f" Tệp cũ được giữ ở {done.kept_aside}." if done.kept_aside else ""
    emit(
        run,
        {
            "restored_from": str(done.source),
            "kept_aside": str(done.kept_aside) if done.kept_aside else None,
            "safety_backup": str(done.safety_backup) if done.safety_backup else None,
            "office": office.code,
        },
        f"Đã khôi phục {office.name} từ {done.source.name}.{aside}",
    )
    return 0


def _damaged(folder: Path, url: str) -> bool:
    try:
        check_database(folder, url)
    except DamagedDatabaseError:
        return True
    return False


def cmd_check(run: Invocation) -> int:
    from desktop.safety.backups import newest_good, sqlite_path
    from desktop.safety.integrity import OK, check_sqlite
    from desktop.safety.storage_failures import clear_damage, note_damage

    folder, url = _where(run)
    path = sqlite_path(url)
    if path is None:
        open_profile(folder, url=run.args.database_url, migrate=False).close()
        clear_damage(folder)
        emit(run, {"database": "postgresql", "result": OK}, "PostgreSQL: kết nối được.")
        return 0
    result = check_sqlite(path, quick=run.args.quick) if path.exists() else "không có tệp"
    good = newest_good(folder / "backups")
    value = {
        "database": str(path),
        "result": result,
        "newest_good_backup": str(good.path) if good else None,
    }
    if result == OK:
        clear_damage(folder)  # damage met earlier is gone (or was the disk's hiccup)
        emit(run, value, f"Cơ sở dữ liệu {path.name}: toàn vẹn (ok).")
        return 0
    note_damage(folder, result)  # read-only until restored or found sound again
    offer = f"khôi phục: motcua restore {good.path}" if good else "không có bản sao lưu dùng được"
    emit(run, value, f"Cơ sở dữ liệu {path.name} bị hỏng: {result}. Tệp chưa bị thay đổi; {offer}.")
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
