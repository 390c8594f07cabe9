"""Full names: cleaned, bounded, stored literally."""

from __future__ import annotations

import pytest

from desktop.dossiers.validation import NAME_MAX, validate_full_name
from desktop.errors import InputError


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
        validate_full_name("Nguyễn\u202eVăn A")


def test_empty_name_is_refused() -> None:
    with pytest.raises(InputError, match="Họ và tên không được để trống"):
        validate_full_name("   ")
