"""Writing files so that a power cut leaves the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desktop.errors import InputError


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over; the
    file is private (0600, from ``mkstemp``) unless ``mode`` says otherwise."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(fd)


# ---- private files -----------------------------------------------------------------------
# The profile holds personal data: on POSIX its folders are 0700 and its files 0600 (on
# Windows the per-user application-data folder already keeps other users out).
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600
PRIVATE_UMASK = 0o077


def private_folder(folder: Path) -> Path:
    """``folder`` (made when missing, with its parents) readable by this user only."""
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    return folder


def make_private(path: Path) -> None:
    """Only this user may read ``path`` (0700 for a folder, 0600 for a file); no-op elsewhere."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def make_tree_private(folder: Path) -> None:
    """``folder`` and everything under it private (an older profile made with looser modes);
    a file that cannot be changed (a read-only medium) is left as it is."""
    if os.name != "posix" or not folder.is_dir():
        return
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        with contextlib.suppress(OSError):
            make_private(path)


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in Vietnamese."""
    if isinstance(exc, IsADirectoryError):
        return "đây là một thư mục, không phải tệp"
    if isinstance(exc, PermissionError):
        return "không có quyền truy cập"
    if isinstance(exc, FileNotFoundError):
        return "thư mục chứa tệp không tồn tại"
    return f"lỗi hệ thống ({exc.strerror or exc})"


def save_file(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """:func:`write_atomically`, refused in Vietnamese (:class:`InputError`) when ``path`` is
    a folder or cannot be written."""
    if path.is_dir():
        raise InputError(f"Không ghi được tệp {path}: đây là một thư mục, không phải tệp.")
    try:
        write_atomically(path, data, mode=mode)
    except OSError as exc:
        raise InputError(f"Không ghi được tệp {path}: {os_reason(exc)}.") from None
    return path
