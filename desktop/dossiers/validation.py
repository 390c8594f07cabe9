"""Checks for the applicant's personal data: ID number, phone, e-mail, dates and name.

Every rejection is an :class:`~desktop.errors.InputError` with a Vietnamese message an
officer can act on; doubtful but possible values (an ID whose province code is unknown,
whose birth year disagrees with the date of birth) pass with warnings instead.
See DOMAIN.md §7.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from desktop.errors import InputError
from desktop.text import clean_person_text, fold

__all__ = [
    "ADDRESS_MAX",
    "EMAIL_MAX",
    "NAME_MAX",
    "NOTE_MAX",
    "PROVINCE_CODES",
    "SUMMARY_MAX",
    "IdCheck",
    "id_number_for",
    "parse_date_vn",
    "parse_datetime_vn",
    "validate_address",
    "validate_birth_date",
    "validate_email",
    "validate_full_name",
    "validate_id_number",
    "validate_phone",
]

NAME_MAX = 100
ADDRESS_MAX = 300
SUMMARY_MAX = 500
NOTE_MAX = 2000
EMAIL_MAX = 254

# The 63 province codes (before the 2025 merger) that open a 12-digit personal ID: the
# province where the birth was registered. Numbers issued so far keep these codes.
PROVINCE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "001": "Hà Nội",
        "002": "Hà Giang",
        "004": "Cao Bằng",
        "006": "Bắc Kạn",
        "008": "Tuyên Quang",
        "010": "Lào Cai",
        "011": "Điện Biên",
        "012": "Lai Châu",
        "014": "Sơn La",
        "015": "Yên Bái",
        "017": "Hòa Bình",
        "019": "Thái Nguyên",
        "020": "Lạng Sơn",
        "022": "Quảng Ninh",
        "024": "Bắc Giang",
        "025": "Phú Thọ",
        "026": "Vĩnh Phúc",
        "027": "Bắc Ninh",
        "030": "Hải Dương",
        "031": "Hải Phòng",
        "033": "Hưng Yên",
        "034": "Thái Bình",
        "035": "Hà Nam",
        "036": "Nam Định",
        "037": "Ninh Bình",
        "038": "Thanh Hóa",
        "040": "Nghệ An",
        "042": "Hà Tĩnh",
        "044": "Quảng Bình",
        "045": "Quảng Trị",
        "046": "Thừa Thiên Huế",
        "048": "Đà Nẵng",
        "049": "Quảng Nam",
        "051": "Quảng Ngãi",
        "052": "Bình Định",
        "054": "Phú Yên",
        "056": "Khánh Hòa",
        "058": "Ninh Thuận",
        "060": "Bình Thuận",
        "062": "Kon Tum",
        "064": "Gia Lai",
        "066": "Đắk Lắk",
        "067": "Đắk Nông",
        "068": "Lâm Đồng",
        "070": "Bình Phước",
        "072": "Tây Ninh",
        "074": "Bình Dương",
        "075": "Đồng Nai",
        "077": "Bà Rịa - Vũng Tàu",
        "079": "TP Hồ Chí Minh",
        "080": "Long An",
        "082": "Tiền Giang",
        "083": "Bến Tre",
        "084": "Trà Vinh",
        "086": "Vĩnh Long",
        "087": "Đồng Tháp",
        "089": "An Giang",
        "091": "Kiên Giang",
        "092": "Cần Thơ",
        "093": "Hậu Giang",
        "094": "Sóc Trăng",
        "095": "Bạc Liêu",
        "096": "Cà Mau",
    }
)

_ID_LABEL = "Số định danh cá nhân"
_PHONE_LABEL = "Số điện thoại"
_EMAIL_LABEL = "Thư điện tử"
_BIRTH_LABEL = "Ngày sinh"
_NAME_LABEL = "Họ và tên"

_OLD_CARD_WARNING = (
    "Đây là số chứng minh nhân dân cũ (9 chữ số); nên ghi số định danh cá nhân 12 chữ số "
    "nếu công dân đã có thẻ căn cước."
)

_DIGITS = re.compile(r"[0-9]+")
_MOBILE = re.compile(r"0[35789][0-9]{8}")
_LANDLINE = re.compile(r"02[0-9]{9}")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_VN_DATE = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_COMPACT_DATE = re.compile(r"[0-9]{8}")
_TIME = r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?"
_ISO_DATETIME = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:T| +)" + _TIME)
_VN_DATETIME = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}) +" + _TIME)


@dataclass(frozen=True)
class IdCheck:
    """A personal ID number as stored (digits only) and what looked doubtful about it."""

    value: str
    warnings: tuple[str, ...]


def _text(raw: object, *, field: str, label_vi: str) -> str:
    """``raw`` as NFC text without surrounding whitespace; refuses anything but a string."""
    if not isinstance(raw, str):
        raise InputError(f"{label_vi} phải là văn bản.", field=field)
    return unicodedata.normalize("NFC", raw).strip()


def _empty(*, required: bool, field: str, label_vi: str) -> None:
    if required:
        raise InputError(f"{label_vi} không được để trống.", field=field)


# --- personal ID (CCCD / CMND) -------------------------------------------------------------


def validate_id_number(
    raw: str,
    *,
    birth_date: date | None = None,
    required: bool = False,
    female: bool | None = None,
) -> IdCheck:
    """Check a personal ID: 12 digits (CCCD), or 9 digits (old CMND, with a warning).

    Spaces are removed; leading zeros are kept. The province code, the century/sex digit and
    the two year digits are compared with the known codes, ``birth_date`` and ``female``
    (when given); a disagreement is a warning, not an error.
    """
    digits = "".join(_text(raw, field="id_number", label_vi=_ID_LABEL).split())
    if not digits:
        _empty(required=required, field="id_number", label_vi=_ID_LABEL)
        return IdCheck("", ())
    if not _DIGITS.fullmatch(digits):
        raise InputError(
            f"{_ID_LABEL} chỉ được gồm chữ số (không có chữ cái hay ký hiệu).", field="id_number"
        )
    if len(digits) == 9:
        return IdCheck(digits, (_OLD_CARD_WARNING,))
    if len(digits) != 12:
        raise InputError(
            f"{_ID_LABEL} phải gồm đúng 12 chữ số (đang có {len(digits)}). "
            "Chứng minh nhân dân cũ có 9 chữ số.",
            field="id_number",
        )
    return IdCheck(digits, _id_warnings(digits, birth_date, female))


def _id_warnings(number: str, birth_date: date | None, female: bool | None) -> tuple[str, ...]:
    warnings: list[str] = []
    if number[:3] not in PROVINCE_CODES:
        warnings.append(
            f"Mã tỉnh {number[:3]} (3 chữ số đầu của số định danh) không có trong danh sách "
            "mã tỉnh nơi đăng ký khai sinh; hãy kiểm tra lại số."
        )
    sex_century = int(number[3])
    century = 1900 + 100 * (sex_century // 2)
    if birth_date is not None:
        warnings.extend(_birth_warnings(number, century, birth_date))
    if female is not None and bool(sex_century % 2) != female:
        coded, given = ("Nữ", "Nam") if sex_century % 2 else ("Nam", "Nữ")
        warnings.append(
            f"Chữ số thứ 4 của số định danh ({sex_century}) ứng với giới tính {coded}, "
            f"nhưng giới tính đã nhập là {given}."
        )
    return tuple(warnings)


def _birth_warnings(number: str, century: int, birth_date: date) -> list[str]:
    born = f"{birth_date:%d/%m}/{birth_date.year:04d}"
    if birth_date.year // 100 * 100 != century:
        return [
            f"Chữ số thứ 4 của số định danh ({number[3]}) ứng với người sinh trong các năm "
            f"{century}–{century + 99}, nhưng ngày sinh đã nhập là {born}."
        ]
    if int(number[4:6]) != birth_date.year % 100:
        return [
            f"Hai chữ số năm sinh trong số định danh ({number[4:6]}, chữ số thứ 5–6) không khớp "
            f"với ngày sinh đã nhập ({born})."
        ]
    return []


def id_number_for(province: str, birth: date, female: bool, serial: int) -> str:
    """A well-formed 12-digit ID for demo and test data.

    ``province`` is a three-digit code (any, known or not) or a province name from
    :data:`PROVINCE_CODES`. Raises :class:`ValueError` for arguments that cannot be encoded.
    """
    if _DIGITS.fullmatch(province) and len(province) == 3:
        code = province
    else:
        matches = [c for c, name in PROVINCE_CODES.items() if fold(name) == fold(province)]
        if not matches:
            raise ValueError(f"unknown province: {province!r}")
        code = matches[0]
    century = birth.year // 100 - 19
    if not 0 <= century <= 4:
        raise ValueError(f"birth year {birth.year} cannot be encoded (1900–2399 only)")
    if not 0 <= serial <= 999_999:
        raise ValueError(f"serial {serial} is not in 0..999999")
    return f"{code}{2 * century + int(female)}{birth.year % 100:02d}{serial:06d}"


# --- phone and e-mail ----------------------------------------------------------------------


def validate_phone(raw: str, *, required: bool = False) -> str:
    """A Vietnamese phone number as digits: mobile ``0[35789]`` + 8 digits, landline ``02`` + 9.

    Spaces, dots, dashes and brackets are dropped; a leading ``+84`` becomes ``0``.
    Returns ``""`` when empty and not required.
    """
    number = _PHONE_SEPARATORS.sub("", _text(raw, field="phone", label_vi=_PHONE_LABEL))
    if not number:
        _empty(required=required, field="phone", label_vi=_PHONE_LABEL)
        return ""
    if number.startswith("+84"):
        number = "0" + number[3:]
    elif number.startswith("+"):
        raise InputError(
            f"{_PHONE_LABEL}: chỉ nhận số Việt Nam, bắt đầu bằng 0 hoặc +84.", field="phone"
        )
    if not _DIGITS.fullmatch(number):
        raise InputError(
            f"{_PHONE_LABEL} chỉ được gồm chữ số (có thể có dấu cách, dấu chấm, dấu gạch ngang "
            "hoặc +84 ở đầu).",
            field="phone",
        )
    _check_phone_shape(number)
    return number


def _check_phone_shape(number: str) -> None:
    if number.startswith("02"):
        if not _LANDLINE.fullmatch(number):
            raise InputError(
                f"Số máy bàn phải gồm 11 chữ số, bắt đầu bằng 02 (đang có {len(number)}).",
                field="phone",
            )
        return
    if not number.startswith("0"):
        raise InputError(f"{_PHONE_LABEL} phải bắt đầu bằng số 0 hoặc +84.", field="phone")
    if len(number) != 10:
        raise InputError(
            f"Số điện thoại di động phải gồm 10 chữ số (đang có {len(number)}).", field="phone"
        )
    if not _MOBILE.fullmatch(number):
        raise InputError(
            "Số điện thoại di động phải bắt đầu bằng 03, 05, 07, 08 hoặc 09.", field="phone"
        )


def validate_email(raw: str, *, required: bool = False) -> str:
    """An e-mail address, simply checked (``name@domain.tld``, ASCII); the domain lower-cased."""
    text = _text(raw, field="email", label_vi=_EMAIL_LABEL)
    if not text:
        _empty(required=required, field="email", label_vi=_EMAIL_LABEL)
        return ""
    if len(text) > EMAIL_MAX:
        raise InputError(
            f"{_EMAIL_LABEL} dài tối đa {EMAIL_MAX} ký tự (đang có {len(text)}).", field="email"
        )
    local, at, domain = text.rpartition("@")
    if not at or not _email_local_ok(local) or not _email_domain_ok(domain):
        raise InputError(
            f"{_EMAIL_LABEL} không hợp lệ: cần có dạng ten@tenmien.vn, viết không dấu, "
            "không có dấu cách.",
            field="email",
        )
    return f"{local}@{domain.lower()}"


def _email_local_ok(local: str) -> bool:
    return len(local) <= 64 and _EMAIL_LOCAL.fullmatch(local) is not None


def _email_domain_ok(domain: str) -> bool:
    labels = domain.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return False
    return all(_DOMAIN_LABEL.fullmatch(label) for label in labels)


# --- dates and times -----------------------------------------------------------------------


def _real_date(year: int, month: int, day: int, *, field: str, label_vi: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(
            f"{label_vi} không hợp lệ: ngày {day:02d}/{month:02d}/{year:04d} không có trên lịch.",
            field=field,
        ) from None


def _compact_date(digits: str, *, field: str, label_vi: str) -> date:
    """Eight digits, ``ddmmyyyy`` or ``yyyymmdd``: at most one reading is a date whose year
    is 1800-2999 (the other would need a month of 18 or more), so neither can be mistaken."""
    readings = (
        (int(digits[4:]), int(digits[2:4]), int(digits[:2])),  # ddmmyyyy
        (int(digits[:4]), int(digits[4:6]), int(digits[6:])),  # yyyymmdd
    )
    for year, month, day in readings:
        if 1800 <= year <= 2999:
            try:
                return date(year, month, day)
            except ValueError:
                continue
    raise InputError(
        f"{label_vi} không hợp lệ: {digits} không có trên lịch. Viết 8 chữ số theo thứ tự "
        "ngày, tháng, năm (17051990) hoặc năm, tháng, ngày (19900517), hoặc viết 17/05/1990.",
        field=field,
    )


def parse_date_vn(raw: str, *, field: str, label_vi: str) -> date:
    """A date written ``dd/mm/yyyy`` (also with ``.`` or ``-``), ``yyyy-mm-dd``, ``ddmmyyyy``
    or ``yyyymmdd``."""
    text = _text(raw, field=field, label_vi=label_vi)
    if not text:
        raise InputError(f"{label_vi} không được để trống.", field=field)
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _VN_DATE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    elif _COMPACT_DATE.fullmatch(text):
        return _compact_date(text, field=field, label_vi=label_vi)
    else:
        raise InputError(
            f"{label_vi} phải viết theo dạng ngày/tháng/năm, ví dụ 05/09/1990 "
            "(hoặc 1990-09-05, 05091990).",
            field=field,
        )
    return _real_date(year, month, day, field=field, label_vi=label_vi)


def validate_birth_date(
    raw: str | date | None, *, today: date, required: bool = False
) -> date | None:
    """A date of birth between 01/01/1900 and ``today``; ``None`` when empty and not required."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        _empty(required=required, field="birth_date", label_vi=_BIRTH_LABEL)
        return None
    if isinstance(raw, datetime):
        born = raw.date()
    elif isinstance(raw, date):
        born = raw
    else:
        born = parse_date_vn(raw, field="birth_date", label_vi=_BIRTH_LABEL)
    if born > today:
        raise InputError(
            f"{_BIRTH_LABEL} không được sau ngày hôm nay ({today:%d/%m/%Y}).", field="birth_date"
        )
    if born.year < 1900:
        raise InputError(f"{_BIRTH_LABEL} không được trước năm 1900.", field="birth_date")
    return born


def parse_datetime_vn(raw: str, *, field: str, label_vi: str) -> datetime:
    """A naive local date and time: ``yyyy-mm-dd HH:MM``, ``yyyy-mm-ddTHH:MM[:SS]``,
    or ``dd/mm/yyyy HH:MM``."""
    text = _text(raw, field=field, label_vi=label_vi)
    if not text:
        raise InputError(f"{label_vi} không được để trống.", field=field)
    if match := _ISO_DATETIME.fullmatch(text):
        year, month, day, hour, minute, second = match.groups()
    elif match := _VN_DATETIME.fullmatch(text):
        day, month, year, hour, minute, second = match.groups()
    else:
        raise InputError(
            f"{label_vi} phải viết theo dạng ngày/tháng/năm giờ:phút, ví dụ 05/09/2025 14:30 "
            "(hoặc 2025-09-05 14:30).",
            field=field,
        )
    moment = _real_date(int(year), int(month), int(day), field=field, label_vi=label_vi)
    try:
        return datetime(
            moment.year, moment.month, moment.day, int(hour), int(minute), int(second or 0)
        )
    except ValueError:
        raise InputError(
            f"{label_vi} không hợp lệ: giờ {hour}:{minute} không có thật.", field=field
        ) from None


# --- names ---------------------------------------------------------------------------------


def validate_full_name(raw: object) -> str:
    """A person's full name as stored: cleaned text (see :func:`clean_person_text`), at most
    :data:`NAME_MAX` characters, with at least one letter. Anything else is kept literally
    (escaping is done on output)."""
    name = clean_person_text(raw, field="full_name", label_vi=_NAME_LABEL, max_len=NAME_MAX)
    if not any(ch.isalpha() for ch in name):
        raise InputError(
            f"{_NAME_LABEL} phải có chữ cái, không thể chỉ gồm chữ số hay ký hiệu.",
            field="full_name",
        )
    return name


def validate_address(
    raw: object, *, field: str = "address", label_vi: str = "Địa chỉ", required: bool = False
) -> str:
    """A person's address as stored: normalised like a name (see :func:`clean_person_text`),
    at most :data:`ADDRESS_MAX` characters; ``""`` when empty and not ``required``."""
    return clean_person_text(
        raw, field=field, label_vi=label_vi, max_len=ADDRESS_MAX, required=required
    )
