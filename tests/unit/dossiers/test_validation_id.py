"""Personal ID numbers (CCCD 12 digits, old CMND 9 digits) and the demo-number maker."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.dossiers.validation import PROVINCE_CODES, IdCheck, id_number_for, validate_id_number
from desktop.errors import InputError


def test_twelve_digits_keep_leading_zeros_and_drop_spaces() -> None:
    check = validate_id_number(" 001 203 004567 ", birth_date=date(2003, 4, 5), female=False)
    assert check == IdCheck("001203004567", ())


def test_eleven_digits_are_refused_with_the_count() -> None:
    with pytest.raises(InputError) as caught:
        validate_id_number("00120300456")
    assert caught.value.field == "id_number"
    assert "12 chữ số (đang có 11)" in caught.value.message


def test_letters_are_refused() -> None:
    with pytest.raises(InputError, match="chỉ được gồm chữ số"):
        validate_id_number("00120300456A")


def test_nine_digits_are_an_old_card_with_a_warning() -> None:
    check = validate_id_number("012345678")
    assert check.value == "012345678"
    assert len(check.warnings) == 1
    assert "chứng minh nhân dân cũ" in check.warnings[0]


def test_empty_is_allowed_unless_required() -> None:
    assert validate_id_number("  ") == IdCheck("", ())
    with pytest.raises(InputError, match="không được để trống"):
        validate_id_number("", required=True)


def test_unknown_province_code_is_a_warning() -> None:
    check = validate_id_number("099203004567")
    assert check.value == "099203004567"
    assert any("Mã tỉnh 099" in w for w in check.warnings)


def test_century_digit_disagreeing_with_birth_date_is_a_warning() -> None:
    check = validate_id_number("001003004567", birth_date=date(2003, 4, 5))
    assert check.value == "001003004567"
    assert len(check.warnings) == 1
    assert "1900–1999" in check.warnings[0]


def test_year_digits_disagreeing_with_birth_date_is_a_warning() -> None:
    check = validate_id_number("001203004567", birth_date=date(2004, 4, 5))
    assert len(check.warnings) == 1
    assert "(03," in check.warnings[0]


def test_sex_digit_disagreeing_is_a_warning() -> None:
    check = validate_id_number("001303004567", birth_date=date(2003, 1, 1), female=False)
    assert len(check.warnings) == 1
    assert "giới tính Nữ" in check.warnings[0]


def test_province_codes_are_the_63_old_codes() -> None:
    assert len(PROVINCE_CODES) == 63
    assert PROVINCE_CODES["001"] == "Hà Nội"
    assert PROVINCE_CODES["079"] == "TP Hồ Chí Minh"
    assert PROVINCE_CODES["096"] == "Cà Mau"
    assert all(len(code) == 3 and code.isdigit() for code in PROVINCE_CODES)


@pytest.mark.parametrize(
    ("birth", "female", "expected"),
    [
        (date(1985, 6, 1), False, "001085000042"),
        (date(1985, 6, 1), True, "001185000042"),
        (date(2007, 6, 1), False, "001207000042"),
        (date(2007, 6, 1), True, "001307000042"),
    ],
)
def test_id_number_for_encodes_century_sex_and_year(
    birth: date, female: bool, expected: str
) -> None:
    number = id_number_for("001", birth, female, 42)
    assert number == expected
    assert validate_id_number(number, birth_date=birth, female=female).warnings == ()


def test_id_number_for_accepts_a_province_name() -> None:
    assert id_number_for("Đà Nẵng", date(1990, 1, 1), False, 1).startswith("048090")
    with pytest.raises(ValueError):
        id_number_for("Atlantis", date(1990, 1, 1), False, 1)
    with pytest.raises(ValueError):
        id_number_for("001", date(1990, 1, 1), False, 1_000_000)
