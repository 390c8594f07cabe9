"""Read the QR code of a chip ID card (căn cước gắn chip), as a USB scanner types it.

The text is ``ID|old ID|full name|birth ddMMyyyy|sex|address|issue date ddMMyyyy``
(DOMAIN.md §7); scanning it fills the applicant block of a dossier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.dossiers.validation import (
    parse_date_vn,
    validate_address,
    validate_full_name,
    validate_id_number,
)
from desktop.errors import InputError
from desktop.text import fold

__all__ = ["ChipCard", "parse_chip_qr"]

_FIELD = "chip_qr"
_NOT_A_CARD = "Mã vừa quét không phải mã QR của thẻ căn cước gắn chip"
_DATE_DIGITS = 8
_SEXES = {"nam": "Nam", "nu": "Nữ"}


@dataclass(frozen=True)
class ChipCard:
    """What the QR code of a chip ID card says about its holder."""

    id_number: str
    old_id_number: str
    full_name: str
    birth_date: date
    sex: str
    address: str
    issue_date: date | None


def parse_chip_qr(text: str) -> ChipCard:
    """Parse the QR text of a chip ID card, or raise :class:`InputError` saying what is wrong.

    Whitespace and CR/LF around the text (scanners add them) and one trailing extra field
    are tolerated. The old ID and the issue date may be empty.
    """
    parts = _split(text)
    id_number = validate_id_number(parts[0], required=True).value
    if len(id_number) != 12:
        raise InputError(f"{_NOT_A_CARD}: số định danh trên thẻ phải có 12 chữ số.", field=_FIELD)
    return ChipCard(
        id_number=id_number,
        old_id_number=validate_id_number(parts[1]).value,
        full_name=validate_full_name(parts[2]),
        birth_date=_card_date(parts[3], label_vi="Ngày sinh trên thẻ", field="birth_date"),
        sex=_sex(parts[4]),
        address=validate_address(parts[5], label_vi="Nơi thường trú trên thẻ", required=True),
        issue_date=_issue_date(parts[6]),
    )


def _split(text: str) -> list[str]:
    if not isinstance(text, str):
        raise InputError(f"{_NOT_A_CARD}.", field=_FIELD)
    parts = text.strip().split("|")
    if len(parts) not in (7, 8):
        raise InputError(
            f"{_NOT_A_CARD} (cần 7 phần ngăn cách bởi dấu |, mã này có {len(parts)} phần). "
            "Hãy quét lại mã QR ở mặt trước của thẻ.",
            field=_FIELD,
        )
    return [part.strip() for part in parts[:7]]


def _card_date(raw: str, *, label_vi: str, field: str) -> date:
    if len(raw) != _DATE_DIGITS or not raw.isascii() or not raw.isdigit():
        raise InputError(
            f"{_NOT_A_CARD}: {label_vi.lower()} phải gồm 8 chữ số ngày-tháng-năm (ddMMyyyy).",
            field=field,
        )
    return parse_date_vn(raw, field=field, label_vi=label_vi)


def _issue_date(raw: str) -> date | None:
    if not raw:
        return None
    return _card_date(raw, label_vi="Ngày cấp thẻ", field="issue_date")


def _sex(raw: str) -> str:
    sex = _SEXES.get(fold(raw))
    if sex is None:
        raise InputError(
            f"{_NOT_A_CARD}: giới tính phải là “Nam” hoặc “Nữ”.",
            field="sex",
        )
    return sex
