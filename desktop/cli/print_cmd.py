"""`motcua print FORM [CODE] --out FILE.pdf`: a form (01–06 for a dossier, 07 for a period).

The print is recorded in the same transaction that reads the data; the PDF is written to a
temporary file beside the target first and moved over it only after the commit, so the
target is either the old file or the whole new one.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
from datetime import date
from pathlib import Path

from desktop.cli.common import Invocation, emit, warn
from desktop.errors import InputError
from desktop.files import os_reason

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
FILE_MODE = 0o644


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("form", help="mẫu 01–07")
    parser.add_argument("code", nargs="?", help="mã hồ sơ (mẫu 01–06)")
    parser.add_argument("--out", help="tệp PDF sẽ ghi")
    parser.add_argument("--from", dest="date_from", help="mẫu 07: từ ngày YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", help="mẫu 07: đến hết ngày YYYY-MM-DD")


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        if not _DAY.fullmatch(value.strip()):
            raise ValueError(value)
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"Ngày {option} '{value}' không hợp lệ (dạng YYYY-MM-DD).", field=option
        ) from None


def _target(value: str | None) -> Path:
    if not value or not value.strip():
        raise InputError("Thiếu --out TỆP.pdf: nơi lưu tệp PDF.", field="out")
    target = Path(value)
    if target.is_dir():
        raise InputError(f"Không ghi được tệp {target}: đây là một thư mục, không phải tệp.")
    return target


def _check_arguments(form: str, code: str | None, has_dates: bool) -> None:
    from desktop.printing.service import REGISTER

    if form == REGISTER and code:
        raise InputError(
            "Mẫu 07 (sổ theo dõi) không dùng mã hồ sơ: dùng --from YYYY-MM-DD --to YYYY-MM-DD.",
            field="code",
        )
    if form != REGISTER and has_dates:
        raise InputError("--from và --to chỉ dùng cho mẫu 07 (sổ theo dõi hồ sơ).", field="from")


def _write_temp(target: Path, pdf: bytes) -> Path:
    """The bytes in a durable temporary file in the target's folder."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(pdf)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(name, FILE_MODE)  # mkstemp makes it private; a printout is an ordinary file
    except OSError as exc:
        raise InputError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from None
    return Path(name)


class _TempFile:
    """The PDF beside ``target``, written before the print is recorded, moved once it is."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.written: Path | None = None

    def write(self, pdf: bytes) -> None:
        self.written = _write_temp(self.target, pdf)

    def path(self) -> Path:
        assert self.written is not None  # the desk keeps the PDF before it returns
        return self.written

    def discard(self) -> None:
        if self.written is not None and self.written.exists():
            self.written.unlink()


def _move(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as exc:
        raise InputError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from None


def cmd_print(run: Invocation) -> int:
    desk = run.desk()
    # Imported here: ReportLab is heavy and only printing needs it (the window opens faster).
    from desktop.printing.service import FORM_NAMES, form_number

    args = run.args
    form = form_number(args.form)
    date_from, date_to = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    _check_arguments(form, args.code, date_from is not None or date_to is not None)
    target = _target(args.out)
    kept = _TempFile(target)
    try:
        outcome = desk.printout(
            form, args.code, date_from=date_from, date_to=date_to, keep=kept.write
        )
        _move(kept.path(), target)
    finally:
        kept.discard()
    if outcome.warning:
        warn(outcome.warning)
    reprint = f" Bản in lại lần {outcome.reprint_number}." if outcome.reprint_number else ""
    subject = f" của hồ sơ {outcome.code}" if outcome.code else ""
    emit(
        run,
        {
            "form": form,
            "form_name": FORM_NAMES[form],
            "code": outcome.code,
            "file": str(target),
            "bytes": len(outcome.pdf),
            "reprint_number": outcome.reprint_number,
        },
        f"Đã in mẫu {form} ({FORM_NAMES[form]}){subject} ra tệp {target}.{reprint}",
    )
    return 0
