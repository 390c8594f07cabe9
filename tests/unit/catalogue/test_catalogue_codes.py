"""Procedure codes in a catalogue record: the national shape (digits and dots) only."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.catalogue.entries import parse_entry
from desktop.catalogue.store import SHIPPED_FILE
from desktop.errors import InputError

RECORD: dict[str, Any] = {
    "MaTTHC": "1.001193",
    "TenTTHC": "Đăng ký khai sinh",
    "MaLinhVuc": "HT",
    "TenLinhVuc": "Hộ tịch",
    "ThoiHanGiaiQuyet": 0,
    "DonViThoiHan": "ngay_lam_viec",
    "CatGio15h": True,
    "LePhi": None,
    "ThanhPhanHoSo": [],
    "HieuLucTu": "20260101000000",
}


def test_every_shipped_code_is_accepted() -> None:
    shipped = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
    for position, record in enumerate(shipped, start=1):
        assert parse_entry(record, position).code == record["MaTTHC"]


@pytest.mark.parametrize("code", ["1.001193", "2.000815", "1.999001", " 1.004873 "])
def test_national_codes_are_accepted(code: str) -> None:
    assert parse_entry({**RECORD, "MaTTHC": code}, 1).code == code.strip()


@pytest.mark.parametrize(
    "code",
    [
        "=cmd|'/C calc'!A0",
        "+1.001193",
        "@SUM(A1)",
        "1.001193; DROP",
        "1,001193",
        "1001193",
        "1.",
        ".001193",
        "1..001193",
        "１.００１１９３",
        "TTHC-01",
    ],
)
def test_other_shapes_are_refused_in_vietnamese(code: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_entry({**RECORD, "MaTTHC": code}, 3)
    assert "Thủ tục thứ 3" in caught.value.message
    assert "chữ số và dấu chấm" in caught.value.message
