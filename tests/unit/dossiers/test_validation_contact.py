"""Phone numbers and e-mail addresses."""

from __future__ import annotations

import re

import pytest

from desktop.dossiers.validation import EMAIL_MAX, validate_email, validate_phone
from desktop.errors import InputError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("0387654321", "0387654321"),
        ("02438251234", "02438251234"),
        ("(024) 3825 1234", "02438251234"),
        ("+84 24 3825 1234", "02438251234"),
    ],
)
def test_valid_numbers_are_normalised(raw: str, expected: str) -> None:
    assert validate_phone(raw) == expected


def test_letters_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        validate_phone("09123abc78")
    assert caught.value.field == "phone"
    assert caught.value.message.startswith("Số điện thoại chỉ được gồm chữ số")


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("091234567", "10 chữ số (đang có 9)"),
        ("0123456789", "03, 05, 07, 08 hoặc 09"),
        ("0243825123", "11 chữ số"),
        ("912345678", "bắt đầu bằng số 0"),
        ("+1 555 123 4567", "số Việt Nam"),
    ],
)
def test_malformed_numbers_are_refused(raw: str, fragment: str) -> None:
    with pytest.raises(InputError, match=re.escape(fragment)):
        validate_phone(raw)


def test_empty_phone() -> None:
    assert validate_phone(" ") == ""
    with pytest.raises(InputError, match="không được để trống"):
        validate_phone("", required=True)


def test_email_domain_is_lower_cased() -> None:
    assert validate_email("  Nguyen.An@Example.COM.vn ") == "Nguyen.An@example.com.vn"


@pytest.mark.parametrize(
    "raw",
    [
        "an",
        "an@",
        "@x.vn",
        "an@x",
        "an b@x.vn",
        "an@@x.vn",
        "an..b@x.vn",
        "ấn@x.vn",
        "an@-x.vn",
        "an@x..vn",
    ],
)
def test_bad_emails_are_refused(raw: str) -> None:
    with pytest.raises(InputError) as caught:
        validate_email(raw)
    assert caught.value.field == "email"


def test_email_length_limit() -> None:
    too_long = "a" * 64 + "@" + ("b" * 60 + ".") * 4 + "vn"
    assert len(too_long) > EMAIL_MAX
    with pytest.raises(InputError, match="254"):
        validate_email(too_long)


def test_empty_email() -> None:
    assert validate_email("") == ""
    with pytest.raises(InputError, match="không được để trống"):
        validate_email(" ", required=True)
