"""Properties of fold and clean_text over arbitrary text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import InputError
from desktop.text import clean_text, fold

_HIDDEN = set(
    "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\ufeff"
)
_VIETNAMESE = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậ ễệếềể ửữựứừ"))
)


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(_VIETNAMESE)
def test_fold_of_vietnamese_is_plain_ascii(text: str) -> None:
    assert fold(text).isascii()


@given(st.text(), st.booleans())
def test_clean_text_output_is_nfc_without_control_characters(text: str, multiline: bool) -> None:
    try:
        cleaned = clean_text(
            text,
            field="note",
            label_vi="Ghi chú",
            max_len=1000,
            required=False,
            multiline=multiline,
        )
    except InputError:
        return
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    allowed = "\n\t" if multiline else ""
    for ch in cleaned:
        assert ch in allowed or unicodedata.category(ch) not in ("Cc", "Cs")
        assert ch not in _HIDDEN


@given(st.text())
def test_clean_text_is_stable(text: str) -> None:
    try:
        cleaned = clean_text(text, field="x", label_vi="X", max_len=10_000, required=False)
    except InputError:
        return
    assert clean_text(cleaned, field="x", label_vi="X", max_len=10_000, required=False) == cleaned
