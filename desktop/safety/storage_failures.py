"""The database's failures told to the officer, wherever they happen, and the damage marker.

The profile's :class:`~db.engine.Database` hands every storage failure the driver reports
(:mod:`db.failures`) to :meth:`StorageFailures.raise_for`, which raises the matching
:class:`~desktop.errors.StorageError` with a Vietnamese message: what happened, what to do.
A damaged database is also noted in a marker file beside the settings, so that the profile
stays read-only (here and in every later command) until `motcua check` finds the file sound
again or `motcua restore` replaces it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NoReturn

from db.failures import Failure
from desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseFailure,
    DatabaseGoneError,
    DiskFullError,
    ReadOnlyStorageError,
)
from desktop.safety.backups import newest_good

DAMAGE_MARKER = "database-damaged.txt"
log = logging.getLogger("motcua")

BUSY = (
    "Cơ sở dữ liệu đang bận: một quầy hoặc chương trình khác đang ghi và giữ khóa quá lâu. "
    "Thao tác chưa được thực hiện; hãy thử lại sau ít phút (nếu vẫn bận, đóng các cửa sổ "
    "Một cửa khác đang mở trên hồ sơ này)."
)
FULL = (
    "Ổ đĩa chứa cơ sở dữ liệu đã đầy: thao tác chưa được lưu, dữ liệu đã lưu trước đó không "
    "bị mất. Hãy giải phóng dung lượng (xóa tệp không cần, chuyển bản sao lưu cũ sang nơi "
    "khác) rồi thử lại."
)
READ_ONLY = (
    "Cơ sở dữ liệu chỉ cho phép đọc: không ghi được vào {where}. Thao tác chưa được lưu; "
    "hãy cấp quyền ghi cho thư mục hồ sơ (hoặc chép hồ sơ sang thư mục có quyền ghi) rồi "
    "thử lại."
)
GONE = (
    "Mất kết nối tới máy chủ cơ sở dữ liệu: thao tác chưa được lưu. Hãy kiểm tra mạng và "
    "máy chủ PostgreSQL của văn phòng rồi thử lại."
)


def damage_noted(folder: Path) -> str | None:
    """What was found wrong with the profile's database, if damage was noted and not cleared."""
    try:
        return (folder / DAMAGE_MARKER).read_text(encoding="utf-8").strip() or "hỏng"
    except FileNotFoundError:
        return None
    except OSError:
        return "hỏng"


def note_damage(folder: Path, problem: str) -> None:
    """Note the damage beside the settings (best effort: the folder may not be writable)."""
    try:
        (folder / DAMAGE_MARKER).write_text(problem + "\n", encoding="utf-8")
    except OSError:
        log.warning("could not note the database damage in %s", folder)


def clear_damage(folder: Path) -> None:
    """The database was found sound again or replaced: writes are allowed again."""
    (folder / DAMAGE_MARKER).unlink(missing_ok=True)


def backup_offer(folder: Path) -> str:
    """Which good backup to restore from, as a sentence (or that there is none)."""
    good = newest_good(folder / "backups")
    if good is None:
        return "Không có bản sao lưu nào dùng được trong thư mục backups."
    return (
        f"Bản sao lưu tốt mới nhất: {good.path.name} ({good.made_at:%d/%m/%Y %H:%M}); khôi phục "
        f"bằng `motcua restore {good.path}`."
    )


def in_short(problem: str, limit: int = 100) -> str:
    """The first telling line of what SQLite found wrong, cut to ``limit`` characters."""
    lines = [line.strip() for line in problem.replace("; ", "\n").splitlines()]
    told = next((line for line in lines if line and not line.startswith("***")), problem)
    return told if len(told) <= limit else told[: limit - 1] + "…"


def damaged_error(folder: Path, path: Path | None, problem: str) -> DamagedDatabaseError:
    """The error for a database found damaged while in use (or noted so earlier)."""
    name = path.name if path is not None else "của văn phòng"
    good = newest_good(folder / "backups")
    return DamagedDatabaseError(
        f"Cơ sở dữ liệu {name} bị hỏng ({in_short(problem)}); thao tác chưa được lưu và hồ sơ "
        "chỉ cho phép đọc cho đến khi sửa xong. Chạy `motcua check` để kiểm tra, rồi "
        f"`motcua restore TỆP_SAO_LƯU` để khôi phục. {backup_offer(folder)}",
        path,
        problem,
        good.path if good else None,
    )


class StorageFailures:
    """One profile's translation of storage failures, and whether it may be written to."""

    def __init__(self, folder: Path, path: Path | None) -> None:
        self.folder, self.path = folder, path
        self.damaged = damage_noted(folder)
        self.read_only_folder = False  # the file or its folder cannot be written to
        self.looking = False  # opened on purpose only to look (a damaged file, by choice)

    @property
    def read_only(self) -> bool:
        return self.damaged is not None or self.read_only_folder or self.looking

    def raise_for(self, failure: Failure, detail: str) -> NoReturn:
        """Raise the officer's error for ``failure`` (``detail``: the driver's words)."""
        log.warning("database failure (%s): %s", failure.value, detail)
        if failure is Failure.DAMAGED:
            self.note(detail)
            raise damaged_error(self.folder, self.path, detail)
        raise self._error(failure)

    def note(self, problem: str) -> None:
        """The database was found damaged: no more writes, here or in a later command."""
        if self.damaged is None:
            self.damaged = problem
            note_damage(self.folder, problem)

    def guard_writes(self) -> None:
        """Refuse a write to a database noted damaged or in a folder that cannot be written."""
        if self.damaged is not None:
            raise damaged_error(self.folder, self.path, self.damaged)
        if self.read_only_folder or self.looking:
            raise self._error(Failure.READ_ONLY)

    def _error(self, failure: Failure) -> DatabaseFailure:
        if failure is Failure.BUSY:
            return DatabaseBusyError(BUSY)
        if failure is Failure.FULL:
            return DiskFullError(FULL)
        if failure is Failure.READ_ONLY:
            where = f"thư mục {self.folder}" if self.path is not None else "cơ sở dữ liệu"
            return ReadOnlyStorageError(READ_ONLY.format(where=where))
        return DatabaseGoneError(GONE)
