"""Amounts in words, as the transfer block of form 01 prints them."""

from __future__ import annotations

import pytest

from desktop.payments.amount_words import amount_in_words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "Không đồng"),
        (15, "Mười lăm đồng"),
        (21, "Hai mươi mốt đồng"),
        (105, "Một trăm lẻ năm đồng"),
        (8_000, "Tám nghìn đồng"),
        (24_000, "Hai mươi tư nghìn đồng"),
        (50_000, "Năm mươi nghìn đồng"),
        (1_005_000, "Một triệu không trăm lẻ năm nghìn đồng"),
        (1_000_000_000, "Một tỷ đồng"),
    ],
)
def test_amount_in_words(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words
