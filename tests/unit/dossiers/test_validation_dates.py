"""Dates of birth and date-times typed the Vietnamese way."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.dossiers.validation import parse_datetime_vn, validate_birth_date
from desktop.errors import InputError

TODAY = date(2025, 9, 15)


@pytest.mark.parametrize("raw", ["1990-02-28", "28/02/1990", "28021990", "28.02.1990", "28/2/1990"])
def test_accepted_birth_date_forms(raw: str) -> None:
    assert validate_birth_date(raw, today=TODAY) == date(1990, 2, 28)


def test_date_and_datetime_objects() -> None:
    assert validate_birth_date(date(2000, 1, 1), today=TODAY) == date(2000, 1, 1)
    assert validate_birth_date(datetime(2000, 1, 1, 8, 0), today=TODAY) == date(2000, 1, 1)


@pytest.mark.parametrize(
    "raw", ["31/02/1990", "1990-02-31", "31021990", "29/02/2023", "01/13/2000"]
)
def test_impossible_dates_are_refused(raw: str) -> None:
    with pytest.raises(InputError, match="không có trên lịch") as caught:
        validate_birth_date(raw, today=TODAY)
    assert caught.value.field == "birth_date"


@pytest.mark.parametrize("raw", ["19900517", "17051990"])
def test_eight_digits_read_as_either_order(raw: str) -> None:
    assert validate_birth_date(raw, today=TODAY) == date(1990, 5, 17)


@pytest.mark.parametrize("raw", ["19901399", "19900532", "99999999", "00000000"])
def test_eight_digits_that_are_no_date_never_show_a_nonsense_date(raw: str) -> None:
    with pytest.raises(InputError, match="không có trên lịch") as caught:
        validate_birth_date(raw, today=TODAY)
    assert raw in caught.value.message
    assert "/" not in caught.value.message.split("(")[0]


def test_future_birth_date_is_refused() -> None:
    with pytest.raises(InputError, match="không được sau ngày hôm nay"):
        validate_birth_date("16/09/2025", today=TODAY)
    assert validate_birth_date("15/09/2025", today=TODAY) == TODAY


def test_birth_before_1900_is_refused() -> None:
    with pytest.raises(InputError, match="1900"):
        validate_birth_date("31/12/1899", today=TODAY)


@pytest.mark.parametrize("raw", ["1990/02/28", "28-02-90", "hôm qua", "2802199"])
def test_unknown_forms_are_refused(raw: str) -> None:
    with pytest.raises(InputError, match="ngày/tháng/năm"):
        validate_birth_date(raw, today=TODAY)


def test_empty_birth_date() -> None:
    assert validate_birth_date(None, today=TODAY) is None
    assert validate_birth_date("  ", today=TODAY) is None
    with pytest.raises(InputError, match="không được để trống"):
        validate_birth_date("", today=TODAY, required=True)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-09-05 14:30", datetime(2025, 9, 5, 14, 30)),
        ("2025-09-05T14:30", datetime(2025, 9, 5, 14, 30)),
        ("2025-09-05T14:30:15", datetime(2025, 9, 5, 14, 30, 15)),
        ("05/09/2025 14:30", datetime(2025, 9, 5, 14, 30)),
        ("5/9/2025 7:05", datetime(2025, 9, 5, 7, 5)),
    ],
)
def test_parse_datetime_vn(raw: str, expected: datetime) -> None:
    assert parse_datetime_vn(raw, field="received_at", label_vi="Thời điểm nhận") == expected


@pytest.mark.parametrize(
    "raw",
    ["2025-09-05", "31/02/2025 10:00", "2025-09-05 25:00", "2025-09-05T14:30+07:00", "", "nay"],
)
def test_parse_datetime_vn_refuses(raw: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_datetime_vn(raw, field="received_at", label_vi="Thời điểm nhận")
    assert caught.value.field == "received_at"
    assert caught.value.message.startswith("Thời điểm nhận")
