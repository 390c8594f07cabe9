"""VietQR payloads: built field by field to the EMVCo layout, parsed back, CRC checked."""

from __future__ import annotations

import pytest

from desktop.errors import InputError
from desktop.payments import vietqr


def test_crc_is_ccitt_false_on_its_check_value() -> None:
    assert vietqr.crc16(b"123456789") == 0x29B1


def test_published_napas_example_checks() -> None:
    # A VietQR of a transfer to an account as a bank app prints it (napas-qr's README).
    sample = (
        "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA5303704"
        "5405100005802VN62340107NPS68690819TRANSFER TO SOMEONE6304AC13"
    )
    assert vietqr.read_payload(sample)["54"] == "10000"


def test_payload_field_by_field() -> None:
    text = vietqr.payload("970415", "113366668888", 50_000, "000.00.00.H56-250101-0001")
    top = vietqr.read_payload(text)
    assert list(top) == ["00", "01", "38", "53", "54", "58", "62", "63"]
    assert (top["00"], top["01"], top["53"], top["54"], top["58"]) == (
        "01",
        "12",
        "704",
        "50000",
        "VN",
    )
    merchant = vietqr.parse_fields(top["38"])
    assert merchant["00"] == "A000000727"
    assert merchant["02"] == "QRIBFTTA"
    assert vietqr.parse_fields(merchant["01"]) == {"00": "970415", "01": "113366668888"}
    assert vietqr.parse_fields(top["62"]) == {"08": "000.00.00.H56-250101-0001"}
    assert top["63"] == f"{vietqr.crc16(text[:-4].encode()):04X}"
    assert text.startswith("000201010212") and text[-8:-4] == "6304"


def test_purpose_is_folded_to_ascii() -> None:
    top = vietqr.read_payload(vietqr.payload("970415", "123456", 1000, "Lệ phí Đăng ký"))
    assert vietqr.parse_fields(top["62"]) == {"08": "Le phi Dang ky"}


def test_a_changed_character_fails_the_crc() -> None:
    text = vietqr.payload("970415", "123456", 1000, "HS1")
    with pytest.raises(InputError, match="CRC"):
        vietqr.read_payload(text.replace("1000", "9000"))


@pytest.mark.parametrize(
    ("bank_bin", "account", "amount", "purpose", "message"),
    [
        ("970415", "12345A789", 1000, "HS", "Số tài khoản"),
        ("970415", "12345", 1000, "HS", "từ 6 đến 19"),
        ("97041", "123456789", 1000, "HS", "6 chữ số"),
        ("9704155", "123456789", 1000, "HS", "6 chữ số"),
        ("970415", "123456789", 0, "HS", "số nguyên dương"),
        ("970415", "123456789", -5, "HS", "số nguyên dương"),
        ("970415", "123456789", 1_000_000_001, "HS", "tối đa 1.000.000.000"),
        ("970415", "123456789", 1000, "X" * 26, "tối đa 25 ký tự"),
        ("970415", "123456789", 1000, "a#b", "Nội dung chuyển khoản"),
    ],
)
def test_bad_inputs_are_refused_in_vietnamese(
    bank_bin: str, account: str, amount: int, purpose: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        vietqr.payload(bank_bin, account, amount, purpose)


def test_account_name_is_upper_case_ascii() -> None:
    assert vietqr.checked_name("Ủy ban nhân dân xã An Bình") == "UY BAN NHAN DAN XA AN BINH"
    with pytest.raises(InputError, match="tối đa 50"):
        vietqr.checked_name("A" * 51)
