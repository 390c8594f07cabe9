"""An amount of đồng in Vietnamese words, as a receipt writes it ("Năm mươi nghìn đồng")."""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ("", "nghìn", "triệu", "tỷ")


def _tens(tens: int, units: int) -> list[str]:
    if tens == 0:
        return [DIGITS[units]] if units else []
    words = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if units == 5:
        words.append("lăm")
    elif units == 1 and tens > 1:
        words.append("mốt")
    elif units == 4 and tens > 1:
        words.append("tư")
    elif units:
        words.append(DIGITS[units])
    return words


def _group(value: int, leading: bool) -> list[str]:
    """Three digits; a group after a higher one reads its hundreds and "lẻ" (một nghìn
    không trăm lẻ năm)."""
    hundreds, tens, units = value // 100, value // 10 % 10, value % 10
    if leading and hundreds == 0:
        return _tens(tens, units)
    words = [DIGITS[hundreds], "trăm"]
    if tens == 0 and units:
        words.append("lẻ")
    return words + _tens(tens, units)


def amount_in_words(amount: int) -> str:
    """``50000`` → ``"Năm mươi nghìn đồng"`` (0 ≤ amount < 10¹²)."""
    if amount == 0:
        return "Không đồng"
    groups: list[int] = []
    rest = amount
    while rest:
        groups.append(rest % 1000)
        rest //= 1000
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        if groups[index]:
            words += _group(groups[index], leading=not words)
            words += [GROUPS[index]] if GROUPS[index] else []
    text = " ".join(words)
    return f"{text[0].upper()}{text[1:]} đồng"
