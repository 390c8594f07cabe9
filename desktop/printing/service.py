"""Printing a form: read its data, build the PDF and record the print (reprints are counted).

A reprint is a second or later print of the same form for the same dossier: its PDF carries
"BẢN IN LẠI (lần n)", n counting the reprints (the second print is "lần 1"). The register
(form 07) lists a period, not a dossier: each print is recorded, none is a reprint.
The caller owns the transaction; the record is written in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import PrintRecord
from desktop.audit import chain as audit
from desktop.dossiers.lifecycle import load_dossier
from desktop.errors import InputError, StorageError
from desktop.printing import (
    form01_receipt,
    form02_supplement,
    form03_refusal,
    form04_apology,
    form05_stop,
    form06_control_sheet,
    form07_register,
    form_data,
)
from desktop.printing.print_setup import PrintSetup
from desktop.printing.templates import Wording
from desktop.settings import lookup_address

REGISTER = "07"
OFFICER_MAX = 100  # PrintRecord.officer
ATTEMPTS = 5  # two counters numbering the same copy at once: the loser takes the next number

FORM_NAMES = {
    "01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    "03": "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    "04": "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
    "05": "Thông báo dừng giải quyết hồ sơ",
    "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "07": "Sổ theo dõi hồ sơ",
}


DossierBuilder = Callable[[Session, str, datetime, int, PrintSetup], bytes]

_DOSSIER_FORMS: dict[str, DossierBuilder] = {
    "01": lambda s, c, n, r, p: form01_receipt.build(
        replace(
            form_data.receipt_data(s, c, n, r),
            wording=p.wording("01"),
            payment=p.payment,
            code_qr=lookup_address(p.lookup_url, c),
        )
    ),
    "02": lambda s, c, n, r, p: form02_supplement.build(
        replace(form_data.supplement_data(s, c, n, r, p.phones), wording=p.wording("02"))
    ),
    "03": lambda s, c, n, r, p: form03_refusal.build(
        replace(form_data.refusal_data(s, c, n, r), wording=p.wording("03"))
    ),
    "04": lambda s, c, n, r, p: form04_apology.build(
        replace(form_data.apology_data(s, c, n, r), wording=p.wording("04"))
    ),
    "05": lambda s, c, n, r, p: form05_stop.build(
        replace(form_data.stop_data(s, c, n, r), wording=p.wording("05"))
    ),
    "06": lambda s, c, n, r, p: form06_control_sheet.build(
        replace(form_data.control_sheet_data(s, c, n, r), wording=p.wording("06"))
    ),
}


@dataclass(frozen=True)
class PrintOutcome:
    pdf: bytes
    reprint_number: int  # 0 for the first print of the form for the dossier
    form: str
    code: str | None
    warning: str = ""  # the office's template of this form was refused: printed the default


def form_number(form: str) -> str:
    """``"1"``, ``"01"`` → ``"01"``; :class:`InputError` for anything but 01–07."""
    text = form.strip()
    if text.isdigit() and len(text) <= 2 and f"{int(text):02d}" in FORM_NAMES:
        return f"{int(text):02d}"
    raise InputError(
        f"Mẫu '{form}' không hợp lệ: chọn một mẫu từ 01 đến 07 "
        "(01 giấy tiếp nhận, 02 bổ sung, 03 từ chối, 04 xin lỗi, 05 dừng, 06 kiểm soát, "
        "07 sổ theo dõi).",
        field="form",
    )


def print_form(
    session: Session,
    form: str,
    code: str | None,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    officer: str,
    now: datetime,
    office_code: str | None = None,
    audit_key: bytes = b"",
    setup: PrintSetup | None = None,
) -> PrintOutcome:
    """The PDF of ``form`` (for dossier ``code``, or the period for form 07), recorded (a
    print record and an audit line)."""
    number = form_number(form)
    if number == REGISTER:
        wording = (setup or PrintSetup()).wording(REGISTER)
        outcome = _print_register(session, date_from, date_to, officer, now, office_code, wording)
        period = f"{date_from}..{date_to}"
        audit.append(session, audit_key, officer, "print.form07", period, {})
        return replace(outcome, warning=(setup or PrintSetup()).problem(REGISTER))
    if not code or not code.strip():
        raise InputError(f"Cần mã hồ sơ để in mẫu {number}.", field="code")
    dossier_code = load_dossier(session, code).code
    for _ in range(ATTEMPTS):
        copy = _next_copy(session, number, dossier_code)
        pdf = _DOSSIER_FORMS[number](session, dossier_code, now, copy - 1, setup or PrintSetup())
        if _record(session, number, dossier_code, officer, now, copy):
            audit.append(
                session, audit_key, officer, f"print.form{number}", dossier_code, {"copy": copy}
            )
            warning = (setup or PrintSetup()).problem(number)
            return PrintOutcome(pdf, copy - 1, number, dossier_code, warning)
    raise StorageError("Không ghi nhận được lần in do nhiều máy in cùng lúc: hãy in lại.")


def _print_register(
    session: Session,
    date_from: date | None,
    date_to: date | None,
    officer: str,
    now: datetime,
    office_code: str | None,
    wording: Wording,
) -> PrintOutcome:
    if date_from is None or date_to is None:
        raise InputError(
            "Sổ theo dõi hồ sơ (mẫu 07) cần khoảng thời gian: --from YYYY-MM-DD --to YYYY-MM-DD.",
            field="from",
        )
    data = form_data.register_data(
        session, date_from, date_to, now, office_code=office_code, reveal=True
    )
    pdf = form07_register.build(replace(data, wording=wording))
    _record(session, REGISTER, None, officer, now, 1)
    return PrintOutcome(pdf, 0, REGISTER, None)


def _next_copy(session: Session, form: str, code: str) -> int:
    last = session.scalar(
        select(func.max(PrintRecord.copy_number)).where(
            PrintRecord.form == form, PrintRecord.dossier_code == code
        )
    )
    return int(last or 0) + 1


def _record(
    session: Session, form: str, code: str | None, officer: str, now: datetime, copy: int
) -> bool:
    """Add the print record in a savepoint; False when another counter took that number."""
    try:
        with session.begin_nested():
            session.add(
                PrintRecord(
                    form=form,
                    dossier_code=code,
                    printed_at=now,
                    officer=officer[:OFFICER_MAX],
                    copy_number=copy,
                )
            )
    except IntegrityError:
        return False
    return True


def print_count(session: Session, form: str, code: str) -> int:
    """How many times ``form`` was printed for dossier ``code``."""
    return _next_copy(session, form_number(form), code.strip().upper()) - 1
