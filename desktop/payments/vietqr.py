"""VietQR (NAPAS): the EMVCo merchant-presented QR payload a bank app reads (DOMAIN §11).

Built field by field as ID, two-digit length, value: payload format "01", point of
initiation "12" (one-off, with an amount), merchant account information (ID 38) with NAPAS's
GUID, a nested template of the bank's BIN and the account number, and the service code of a
transfer to an account; currency 704, the amount in whole đồng, country VN, the purpose in
the additional data (ID 62, sub-ID 08) and the CRC-16/CCITT-FALSE over everything before it,
its own ID and length included. :func:`read_payload` parses one back and checks its CRC.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.errors import InputError

NAPAS_GUID = "A000000727"
TRANSFER_TO_ACCOUNT = "QRIBFTTA"
CURRENCY_VND = "704"
COUNTRY = "VN"
ONE_OFF = "12"
AMOUNT_MAX = 1_000_000_000  # the most a fee payment records (desktop/dossiers/lifecycle.py)
PURPOSE_MAX = 25  # EMVCo's limit of a sub-field of ID 62; banks cut longer ones
ACCOUNT_MIN, ACCOUNT_MAX = 6, 19
NAME_MAX = 50
CRC_ID = "6304"
_BIN = re.compile(r"\d{6}")
_ACCOUNT = re.compile(rf"\d{{{ACCOUNT_MIN},{ACCOUNT_MAX}}}")
_PURPOSE = re.compile(r"[A-Za-z0-9 .\-_/]*")


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, start 0xFFFF, no reflection, no final xor."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _field(tag: str, value: str) -> str:
    if len(value) > 99:
        raise InputError(f"Trường {tag} của mã VietQR dài quá 99 ký tự.", field="vietqr")
    return f"{tag}{len(value):02d}{value}"


def checked_bin(value: str) -> str:
    """The bank's BIN: six digits (NAPAS's bank identification number)."""
    text = value.strip()
    if not _BIN.fullmatch(text):
        raise InputError(
            f"Mã BIN ngân hàng '{value}' không hợp lệ: là 6 chữ số do NAPAS cấp cho ngân hàng "
            "(ví dụ 970415 VietinBank, 970436 Vietcombank).",
            field="payment.bank_bin",
        )
    return text


def checked_account(value: str) -> str:
    """The account number: 6 to 19 digits, no spaces or letters."""
    text = value.strip().replace(" ", "")
    if not _ACCOUNT.fullmatch(text):
        raise InputError(
            f"Số tài khoản '{value}' không hợp lệ: chỉ gồm chữ số, từ {ACCOUNT_MIN} đến "
            f"{ACCOUNT_MAX} số (không có chữ cái hay dấu).",
            field="payment.account_number",
        )
    return text


def checked_name(value: str) -> str:
    """The account holder as banks print it: upper-case ASCII (marks folded), ≤ 50 letters."""
    text = ascii_text(value).upper()
    if len(text) > NAME_MAX or not _PURPOSE.fullmatch(text):
        raise InputError(
            f"Tên chủ tài khoản '{value}' không hợp lệ: tối đa {NAME_MAX} ký tự, chỉ chữ, số "
            "và khoảng trắng (như ngân hàng in, ví dụ UBND XA AN BINH).",
            field="payment.account_name",
        )
    return text


def checked_amount(amount: int) -> int:
    if isinstance(amount, bool) or not 0 < amount <= AMOUNT_MAX:
        raise InputError(
            f"Số tiền chuyển khoản phải là số nguyên dương, tối đa {AMOUNT_MAX:,} đồng.".replace(
                ",", "."
            ),
            field="amount",
        )
    return amount


def ascii_text(value: str) -> str:
    """``value`` with its Vietnamese marks taken off, case kept (``Đặng`` → ``Dang``)."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in decomposed if unicodedata.category(c) != "Mn").split())


def checked_purpose(value: str) -> str:
    """The transfer's purpose: ASCII (marks folded, case kept), at most 25 characters."""
    text = ascii_text(value)
    if len(text) > PURPOSE_MAX or not _PURPOSE.fullmatch(text):
        raise InputError(
            f"Nội dung chuyển khoản '{value}' không hợp lệ: tối đa {PURPOSE_MAX} ký tự, chữ "
            "không dấu, số, khoảng trắng và . - _ /.",
            field="purpose",
        )
    return text


@dataclass(frozen=True)
class PaymentAccount:
    """The office's account that fees are transferred to (settings ``payment.*``)."""

    bank_bin: str
    number: str
    name: str = ""

    def payload(self, amount: int, purpose: str) -> str:
        """The VietQR text of a transfer of ``amount`` đồng to this account for ``purpose``."""
        return payload(self.bank_bin, self.number, amount, purpose)


def payload(bank_bin: str, account: str, amount: int, purpose: str) -> str:
    """The VietQR text of a one-off transfer (the fields are checked first)."""
    beneficiary = _field("00", checked_bin(bank_bin)) + _field("01", checked_account(account))
    merchant = (
        _field("00", NAPAS_GUID) + _field("01", beneficiary) + _field("02", TRANSFER_TO_ACCOUNT)
    )
    body = (
        _field("00", "01")
        + _field("01", ONE_OFF)
        + _field("38", merchant)
        + _field("53", CURRENCY_VND)
        + _field("54", str(checked_amount(amount)))
        + _field("58", COUNTRY)
        + _field("62", _field("08", checked_purpose(purpose)))
        + CRC_ID
    )
    return body + f"{crc16(body.encode('ascii')):04X}"


def parse_fields(text: str) -> dict[str, str]:
    """``ID LL value`` fields one after another, as ID → value (a template is parsed again)."""
    found: dict[str, str] = {}
    at = 0
    while at < len(text):
        head = text[at : at + 4]
        if len(head) < 4 or not head.isdigit() or at + 4 + int(head[2:]) > len(text):
            raise InputError(f"Mã VietQR hỏng ở ký tự {at + 1}.", field="vietqr")
        size = int(head[2:])
        found[head[:2]] = text[at + 4 : at + 4 + size]
        at += 4 + size
    return found


def read_payload(text: str) -> dict[str, str]:
    """The top-level fields of a VietQR text whose CRC checks; :class:`InputError` otherwise."""
    if len(text) < 8 or text[-8:-4] != CRC_ID:
        raise InputError("Mã VietQR không kết thúc bằng trường CRC (6304).", field="vietqr")
    expected = f"{crc16(text[:-4].encode('ascii')):04X}"
    if text[-4:].upper() != expected:
        raise InputError(
            f"Mã VietQR có CRC {text[-4:]} nhưng nội dung cho {expected}: mã bị hỏng.",
            field="vietqr",
        )
    return parse_fields(text)
