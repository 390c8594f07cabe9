"""clean_text: one stored form for typed text, hidden characters refused."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.errors import InputError
from desktop.text import clean_text


def clean(value: object, **kwargs: object) -> str:
    options: dict[str, object] = {"field": "address", "label_vi": "Địa chỉ", "max_len": 50}
    options.update(kwargs)
    return clean_text(value, **options)  # type: ignore[arg-type]


def test_trims_and_collapses_spaces() -> None:
    assert clean("  Thôn   Đông,\u00a0 xã  Hòa  An \t") == "Thôn Đông, xã Hòa An"


def test_normalises_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert decomposed != "Nguyễn Thị Ánh"
    assert clean(decomposed) == "Nguyễn Thị Ánh"


@pytest.mark.parametrize(
    "bad",
    [
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\x9f",
        "\u2028",
        "\u2029",
        "\u202e",
        "\u2066",
        "\u2069",
        "\u200b",
        "\u200d",
        "\ufeff",
    ],
)
def test_control_and_hidden_characters_are_refused(bad: str) -> None:
    with pytest.raises(InputError) as caught:
        clean(f"Thôn{bad}Đông")
    assert caught.value.field == "address"
    assert "Địa chỉ" in caught.value.message
    assert f"U+{ord(bad):04X}" in caught.value.message


@pytest.mark.parametrize("bad", ["dòng 1\ndòng 2", "cột\tcột", "dòng 1\r\ndòng 2"])
def test_newline_and_tab_need_multiline(bad: str) -> None:
    with pytest.raises(InputError, match="một dòng"):
        clean(bad)


def test_multiline_keeps_lines_and_normalises_line_ends() -> None:
    text = "  dòng   1  \r\ndòng\t2\rdòng 3\n\n"
    assert clean(text, multiline=True) == "dòng 1\ndòng\t2\ndòng 3"


def test_trailing_newline_of_a_single_line_is_just_trimmed() -> None:
    assert clean("Thôn Đông\r\n") == "Thôn Đông"


def test_required_empty_is_refused() -> None:
    with pytest.raises(InputError, match="Địa chỉ không được để trống"):
        clean("   ")


def test_optional_empty_is_empty_string() -> None:
    assert clean(" \u3000 ", required=False) == ""


def test_too_long_names_the_limit_and_the_length() -> None:
    with pytest.raises(InputError) as caught:
        clean("a" * 51)
    assert "50" in caught.value.message
    assert "51" in caught.value.message


def test_length_is_counted_after_cleaning() -> None:
    assert clean("  " + "a" * 50 + "  ") == "a" * 50


@pytest.mark.parametrize("value", [None, 12, b"bytes", ["x"]])
def test_non_text_is_refused(value: object) -> None:
    with pytest.raises(InputError, match="văn bản"):
        clean(value)
