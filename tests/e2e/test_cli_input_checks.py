"""Hostile and wrong input at `motcua dossier add`, on both backends.

Wrong input exits 2 with a Vietnamese message and stores nothing (not even a dossier number);
odd but legal names are stored and shown literally, and search finds them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import Cli, dossier_json


def payload(**overrides: Any) -> str:
    return json.dumps(dossier_json(**overrides), ensure_ascii=False)


INVALID: list[tuple[str, str, str]] = [
    ("11-digit ID", payload(applicant={"id_number": "00109001234"}), "12 chữ số"),
    ("phone with letters", payload(applicant={"phone": "09123abc78"}), "Số điện thoại"),
    ("birth in the future", payload(applicant={"birth_date": "2026-11-21"}), "Ngày sinh"),
    ("unknown procedure", payload(procedure="9.999999"), "Không có thủ tục mã '9.999999'"),
    ("receipt in the future", payload(received_at="2026-11-20 10:01"), "tương lai"),
    ("control character", payload(applicant={"full_name": "Đặng\u0007Văn Ưng"}), "điều khiển"),
    ("10,000-character name", payload(applicant={"full_name": "Ư" * 10_000}), "tối đa 100"),
    ("malformed JSON", '{"procedure": "1.004873", "applicant": {', "JSON"),
    ("a JSON array", json.dumps([dossier_json()], ensure_ascii=False), "đối tượng JSON"),
]
# Refused before the profile is even opened.
INVALID_TEXT: list[tuple[str, str, str]] = [
    ("NUL character", payload(applicant={"full_name": "Đặng\u0000Văn Ưng"}), "điều khiển"),
    ("empty input", "", "JSON"),
    ("unknown channel", payload(channel=7), "Kênh"),
    ("no applicant", '{"procedure": "1.004873"}', "applicant"),
]


def check_refused_and_nothing_stored(office: Cli, cases: list[tuple[str, str, str]]) -> None:
    first = office.add(dossier_json())  # from stdin, received now (the default)
    assert first["code"] == "000.00.00.H56-261120-0001"
    assert first["received_at"] == "2026-11-20 10:00:00"
    # Friday 10:00 + 3 working days: Mon 23, (Tue 24/11 off), Wed 25, Thu 26.
    assert first["appointment"] == "2026-11-26 10:00:00"
    results = office.many([(("dossier", "add", "-"), text) for _, text, _ in cases])
    for (label, _, fragment), result in zip(cases, results, strict=True):
        assert result.out == "", label
        result.refused(fragment)
    assert office.count() == 1
    # No dossier number was used up by the refused dossiers.
    assert office.add(dossier_json())["code"].endswith("-0002")


def test_invalid_input_exits_2_and_stores_nothing(sqlite_office: Cli) -> None:
    check_refused_and_nothing_stored(sqlite_office, INVALID)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_invalid_input_stores_nothing_on_postgresql(office: Cli) -> None:
    # The faults found inside the transaction (the rest are found before it starts).
    check_refused_and_nothing_stored(office, INVALID[3:5])


LITERAL_NAMES = ["'; DROP TABLE x;--", '=HYPERLINK("http://x")', "<b>x</b>"]


def test_odd_names_are_stored_and_shown_literally(office: Cli) -> None:
    added = office.many(
        [
            (("dossier", "add", "-", "--json"), payload(applicant={"full_name": n}))
            for n in LITERAL_NAMES
        ]
    )
    codes = {name: result.json()["code"] for name, result in zip(LITERAL_NAMES, added, strict=True)}
    assert len(set(codes.values())) == 3
    reads = [(("dossier", "show", code, "--json"), None) for code in codes.values()]
    reads += [(("search", name, "--json"), None) for name in codes]
    results = office.many(reads)
    shown, found = results[:3], results[3:]
    for name, result in zip(codes, shown, strict=True):
        assert result.json()["applicant_name"] == name
    for name, result in zip(codes, found, strict=True):
        rows = result.json()
        assert codes[name] in [r["code"] for r in rows], name
        assert [r["applicant_name"] for r in rows if r["code"] == codes[name]] == [name]
    assert office.count() == 3  # and the table is still there


def test_unreadable_dossier_files_and_bad_text(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    folder = tmp_path / "folder.json"
    folder.mkdir()
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes(payload().encode("utf-16"))
    cli = Cli(tmp_path / "profile")  # all refused before a profile is needed
    files = [(("dossier", "add", str(p)), None) for p in (missing, folder, utf16)]
    texts = [(("dossier", "add", "-"), text) for _, text, _ in INVALID_TEXT]
    results = cli.many(files + texts)
    results[0].refused("Không tìm thấy tệp")
    results[1].refused("Không đọc được tệp", "thư mục")
    results[2].refused("UTF-8")
    for (label, _, fragment), result in zip(INVALID_TEXT, results[3:], strict=True):
        assert result.out == "", label
        result.refused(fragment)
    assert not cli.data_dir.exists()


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_long_free_text_in_a_step_is_refused_or_kept(office: Cli) -> None:
    code = office.add(dossier_json())["code"]
    receiver = "Nguyễn Thị Minh Khai " * 7  # 147 characters
    result = office.act(code, "transfer", "--to-unit", "Tư pháp", "--receiver", receiver)
    if result.code == 0:
        assert result.json()["handovers"][0]["receiver"] == receiver.strip()
    else:
        result.refused("Người nhận")
