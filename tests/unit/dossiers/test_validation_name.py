"""Full names: cleaned, bounded, stored literally."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.dossiers.chip_card import parse_chip_qr
from desktop.dossiers.intake import parse_intake
from desktop.dossiers.validation import NAME_MAX, validate_address, validate_full_name
from desktop.errors import InputError

VIETNAMESE_NAMES = ["Nguyễn Thị Ánh Tuyết", "Đặng Văn Ưng", "Trương Thị Kiều Oanh", "Lê Ngọc Hiếu"]


def test_a_normal_name() -> None:
    assert validate_full_name("  Đặng   Văn Ưng ") == "Đặng Văn Ưng"


def test_a_ten_thousand_character_name_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        validate_full_name("A" * 10_000)
    assert caught.value.field == "full_name"
    assert str(NAME_MAX) in caught.value.message
    assert "100" in caught.value.message


@pytest.mark.parametrize(
    "literal", ['=HYPERLINK("http://x")', "'; DROP TABLE x;--", "<b>x</b>", "Robert'); --"]
)
def test_odd_but_printable_names_are_kept_literally(literal: str) -> None:
    assert validate_full_name(literal) == literal


@pytest.mark.parametrize("raw", ["12345", "0912 345 678", "---", "!!"])
def test_a_name_needs_a_letter(raw: str) -> None:
    with pytest.raises(InputError, match="chữ cái"):
        validate_full_name(raw)


def test_control_characters_in_a_name_are_refused() -> None:
    with pytest.raises(InputError, match="Họ và tên"):
        validate_full_name("Nguyễn\u0007Văn A")


def test_empty_name_is_refused() -> None:
    with pytest.raises(InputError, match="Họ và tên không được để trống"):
        validate_full_name("   ")


@pytest.mark.parametrize("name", VIETNAMESE_NAMES)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_vietnamese_names_come_out_unchanged_in_nfc(name: str, form: str) -> None:
    typed = unicodedata.normalize(form, name)
    assert validate_full_name(typed) == name
    assert validate_address(f"Thôn {typed}, xã Hòa Bình") == f"Thôn {name}, xã Hòa Bình"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("\u00adNguyễn Văn A", "Nguyễn Văn A"),  # soft hyphen
        ("Nguyễn\u200b Văn\u200d A\ufeff", "Nguyễn Văn A"),  # zero-width characters
        ("Nguyễn \u202eVăn\u202c \u200fA", "Nguyễn Văn A"),  # bidi controls
        ("Ｎｇｕｙễｎ　Ｖăｎ　Ａ", "Nguyễn Văn A"),  # full-width letters and space
        ("Đặng   Văn\u00a0Ưng", "Đặng Văn Ưng"),
    ],
)
def test_invisible_and_full_width_characters_are_normalised(typed: str, stored: str) -> None:
    assert validate_full_name(typed) == stored
    assert validate_address(typed) == stored


def test_a_name_of_only_invisible_characters_is_empty() -> None:
    with pytest.raises(InputError, match="Họ và tên không được để trống"):
        validate_full_name("\u00ad\u200b")


@pytest.mark.parametrize("marks", ["\u0301" * 100, "\u0302\u0303\u0323", "\u0308\u0301\u0300"])
def test_stacked_combining_marks_are_refused(marks: str) -> None:
    for check, label in ((validate_full_name, "Họ và tên"), (validate_address, "Địa chỉ")):
        with pytest.raises(InputError) as caught:
            check(f"Nguyễn A{marks}")
        assert label in caught.value.message
        assert "dấu" in caught.value.message


def test_every_door_for_a_person_normalises_the_name_and_address() -> None:
    raw = {"full_name": "\u00adĐặng Ｖăn Ưng", "address": "Thôn\u200b Đông"}
    request = parse_intake({"procedure": "1.004873", "applicant": raw}, today=date(2026, 11, 20))
    assert request.applicant.full_name == "Đặng Văn Ưng"
    assert request.applicant.address == "Thôn Đông"
    card = parse_chip_qr(
        "001090012345||\u00adĐặng Văn Ưng|17051990|Nam|Thôn\u200b Đông, xã Hòa Bình|01012022"
    )
    assert (card.full_name, card.address) == ("Đặng Văn Ưng", "Thôn Đông, xã Hòa Bình")
