"""fold (search key) and the masking of personal numbers for logs."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.text import fold, mask_digits, mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Đặng Văn Ưng", "dang van ung"),
        ("Nguyễn Thị Ánh", "nguyen thi anh"),
        ("  TRẦN   ĐỨC  Hải ", "tran duc hai"),
        ("Lê Thị Ngọc Diễm", "le thi ngoc diem"),
        ("đường Ỷ Lan", "duong y lan"),
    ],
)
def test_fold_examples(text: str, key: str) -> None:
    assert fold(text) == key


def test_a_typed_key_finds_the_stored_name() -> None:
    assert fold("dang van ung") in fold("Đặng Văn Ưng (chủ hộ)")
    assert fold("DANG VAN") in fold("Đặng Văn Ưng")


def test_decomposed_and_composed_fold_alike() -> None:
    name = "Nguyễn Thị Ánh"
    assert fold(unicodedata.normalize("NFD", name)) == fold(name)
    assert unicodedata.normalize("NFC", unicodedata.normalize("NFD", name)) == name


def test_mask_digits_keeps_the_last_three() -> None:
    assert mask_digits("001203004567") == "*********567"
    assert mask_digits("0912 345 678") == "**** *** 678"
    assert mask_digits("12", keep=3) == "12"
    assert mask_digits("12345", keep=0) == "*****"


def test_mask_wrappers() -> None:
    assert mask_phone("0912345678") == "*******678"
    assert mask_id_number("001203004567") == "*********567"
