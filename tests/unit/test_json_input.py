"""The shared reader of outside JSON: nesting and size limits, byte order mark, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.json_input import (
    MAX_DEPTH,
    JsonInputError,
    decode_json,
    nesting_depth,
    parse_json,
    read_json_file,
)


def parse(text: str) -> object:
    return parse_json(text, what_vi="Tệp thử", max_chars=1_000_000)


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("1", 0),
        ("[]", 1),
        ('{"a": [1, {"b": []}]}', 4),
        ('["[[[[", "\\"[[[", "{{{"]', 1),
        ('"\\\\" ', 0),
    ],
)
def test_nesting_depth_skips_brackets_inside_strings(text: str, depth: int) -> None:
    assert nesting_depth(text) == depth


def test_nesting_up_to_the_limit_is_read() -> None:
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse(text) == json.loads(text)


@pytest.mark.parametrize("text", ["[" * (MAX_DEPTH + 1), "[" * 100_000, '{"a":' * 100_000])
def test_deeper_nesting_is_refused_before_parsing(text: str) -> None:
    with pytest.raises(JsonInputError) as caught:
        parse(text)
    assert caught.value.message.startswith("Tệp thử lồng nhau quá sâu")
    assert str(MAX_DEPTH) in caught.value.message


def test_brackets_in_strings_do_not_count() -> None:
    assert parse(json.dumps({"ghi_chu": "[" * 100_000})) == {"ghi_chu": "[" * 100_000}


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse('\ufeff{"a": 1}') == {"a": 1}
    data = '\ufeff{"tên": "Đặng"}'.encode()
    assert decode_json(data, what_vi="Tệp thử", max_bytes=100) == {"tên": "Đặng"}


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(JsonInputError, match=r"Tệp thử không phải JSON hợp lệ \(dòng 2"):
        parse('{"a": 1,\n}')


def test_too_large_and_not_utf8_are_refused(tmp_path: Path) -> None:
    with pytest.raises(JsonInputError, match="quá lớn"):
        parse_json("[" + "1," * 100 + "1]", what_vi="Tệp thử", max_chars=100)
    with pytest.raises(JsonInputError, match="UTF-8"):
        decode_json('["Đặng"]'.encode("utf-16"), what_vi="Tệp thử", max_bytes=100)
    big = tmp_path / "lon.json"
    big.write_text("[" + "1," * 100 + "1]", encoding="utf-8")
    with pytest.raises(JsonInputError, match="quá lớn") as caught:
        read_json_file(big, what_vi="Tệp thử", max_bytes=100)
    assert caught.value.reason.startswith("quá lớn")
