"""The chip ID card's QR text, as a keyboard-emulating scanner types it."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.dossiers.chip_card import ChipCard, parse_chip_qr
from desktop.errors import InputError

QR = (
    "001203004567|012345678|Nguyễn Thị Ánh|05042003|Nữ|Số 12, thôn Đông, xã Hòa An, Hà Nội|10082021"
)
EXPECTED = ChipCard(
    id_number="001203004567",
    old_id_number="012345678",
    full_name="Nguyễn Thị Ánh",
    birth_date=date(2003, 4, 5),
    sex="Nữ",
    address="Số 12, thôn Đông, xã Hòa An, Hà Nội",
    issue_date=date(2021, 8, 10),
)


def test_a_plain_scan() -> None:
    assert parse_chip_qr(QR) == EXPECTED


def test_crlf_and_spaces_around_are_tolerated() -> None:
    assert parse_chip_qr("\r\n  " + QR + "\r\n") == EXPECTED


def test_a_trailing_extra_field_is_tolerated() -> None:
    assert parse_chip_qr(QR + "|") == EXPECTED
    assert parse_chip_qr(QR + "|extra") == EXPECTED


def test_decomposed_text_is_stored_nfc() -> None:
    card = parse_chip_qr(unicodedata.normalize("NFD", QR))
    assert card.full_name == "Nguyễn Thị Ánh"
    assert unicodedata.is_normalized("NFC", card.address)


def test_empty_old_id_and_issue_date() -> None:
    parts = QR.split("|")
    parts[1] = ""
    parts[6] = ""
    card = parse_chip_qr("|".join(parts))
    assert card.old_id_number == ""
    assert card.issue_date is None


def test_male_card() -> None:
    parts = QR.split("|")
    parts[4] = "Nam"
    assert parse_chip_qr("|".join(parts)).sex == "Nam"


@pytest.mark.parametrize("text", ["", "hello", "https://example.com/?a=1", "1|2|3", QR + "|x|y"])
def test_not_a_chip_card(text: str) -> None:
    with pytest.raises(InputError, match="không phải mã QR của thẻ căn cước") as caught:
        parse_chip_qr(text)
    assert caught.value.field == "chip_qr"


def test_bad_birth_date() -> None:
    with pytest.raises(InputError, match="không có trên lịch") as caught:
        parse_chip_qr(QR.replace("05042003", "31022003"))
    assert caught.value.field == "birth_date"
    with pytest.raises(InputError, match="ddMMyyyy"):
        parse_chip_qr(QR.replace("05042003", "2003-04-05"))


def test_bad_issue_date() -> None:
    with pytest.raises(InputError) as caught:
        parse_chip_qr(QR.replace("10082021", "1008202"))
    assert caught.value.field == "issue_date"


def test_bad_id() -> None:
    with pytest.raises(InputError, match="12 chữ số"):
        parse_chip_qr(QR.replace("001203004567", "00120300456"))
    with pytest.raises(InputError, match="12 chữ số"):
        parse_chip_qr(QR.replace("001203004567", "123456789"))


def test_bad_sex() -> None:
    with pytest.raises(InputError, match="Nam"):
        parse_chip_qr(QR.replace("|Nữ|", "|X|"))
