"""Logging that never writes a personal number: ID numbers and phones are masked on the way out.

:class:`MaskingFormatter` masks the whole formatted line — message, arguments and traceback —
so nothing logged by the desk or by a library can leak a 12-digit ID (or a 9-digit old one) or
a phone number. :func:`configure` installs it on stderr and, for the window, on a rotating file
in the profile's ``logs/`` folder; :func:`write_crash_report` writes one crash report there.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import platform
import re
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from desktop.files import PRIVATE_FILE, private_folder, write_atomically
from desktop.text import mask_digits

# A 12-digit personal ID, a 9-digit old ID, a phone (0… or +84…), not inside longer digit runs.
PERSONAL = re.compile(
    r"(?<![\d*])(?:\+?84|0)\d{8,10}(?!\d)|(?<![\d*])\d{12}(?!\d)|(?<![\d*])\d{9}(?!\d)"
)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_BYTES, LOG_FILES = 1024 * 1024, 5


def mask_personal(text: str) -> str:
    """``text`` with every ID number and phone number masked (last three digits kept)."""
    return PERSONAL.sub(lambda m: mask_digits(m.group(0), keep=3), text)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_personal(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only this user may read (0600), whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        descriptor = os.open(self.baseFilename, flags, PRIVATE_FILE)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def configure(log_dir: Path | None = None, level: int = logging.WARNING) -> None:
    """Masked logging to stderr, and to ``log_dir/motcua.log`` (rotated) when given."""
    root = logging.getLogger()
    root.setLevel(min(level, logging.INFO) if log_dir else level)
    for handler in list(root.handlers):
        if getattr(handler, "_motcua", False):
            root.removeHandler(handler)
    stream = logging.StreamHandler()
    stream.setLevel(level)
    handlers: list[logging.Handler] = [stream]
    if log_dir is not None:
        try:
            private_folder(log_dir)
            handlers.append(
                PrivateRotatingFileHandler(
                    log_dir / "motcua.log",
                    maxBytes=LOG_BYTES,
                    backupCount=LOG_FILES,
                    encoding="utf-8",
                )
            )
        except OSError:
            pass  # a read-only folder: the desk works on without a log file
    for handler in handlers:
        handler.setFormatter(MaskingFormatter(LOG_FORMAT))
        handler._motcua = True  # type: ignore[attr-defined]
        root.addHandler(handler)


def write_crash_report(
    log_dir: Path,
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    now: datetime,
) -> Path:
    """A masked crash report in ``log_dir``; its path."""
    text = "".join(traceback.format_exception(kind, error, tb))
    report = (
        f"Motcua Desk — báo cáo lỗi {now:%Y-%m-%d %H:%M:%S}\n"
        f"Python {platform.python_version()} on {platform.platform()}\n\n{text}"
    )
    private_folder(log_dir)
    path = log_dir / f"crash-{now:%Y%m%d-%H%M%S-%f}.log"
    write_atomically(path, mask_personal(report).encode("utf-8"))
    return path
