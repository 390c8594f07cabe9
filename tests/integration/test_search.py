"""Search by folded name, code prefix, ID number and phone on both backends."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.dossiers.context import DeskContext
from desktop.dossiers.queries import search
from desktop.errors import InputError
from desktop.profile import Profile
from tests.integration.dossier_factory import take_in

NOW = datetime(2026, 11, 20, 10, 0)
PEOPLE = [
    ("Đặng Văn Ưng", "001090012345", "0912345678"),
    ("Nguyễn Thị Ánh", "079195001234", "0987654321"),
    ("Đỗ Đức Dũng", "038080004321", "0351112223"),
    ("'; DROP TABLE x;--", "", ""),
    ('=HYPERLINK("http://x")', "", ""),
]


@pytest.fixture
def codes(profile: Profile, ctx: DeskContext) -> list[str]:
    return [
        take_in(profile, ctx, NOW, applicant={"full_name": n, "id_number": i, "phone": p})
        for n, i, p in PEOPLE
    ]


def names(profile: Profile, text: str) -> list[str]:
    with profile.db.read_session() as session:
        return [d.applicant_name for d in search(session, text, limit=10)]


def test_name_search_folds_marks_and_d(profile: Profile, codes: list[str]) -> None:
    assert names(profile, "dang van ung") == ["Đặng Văn Ưng"]
    assert names(profile, "ĐẶNG VĂN ƯNG") == ["Đặng Văn Ưng"]
    assert names(profile, "nguyen thi anh") == ["Nguyễn Thị Ánh"]
    assert names(profile, "do duc") == ["Đỗ Đức Dũng"]
    assert names(profile, "dun") == ["Đỗ Đức Dũng"]  # prefix of the last word
    assert names(profile, "tran") == []
    # Words start with what is typed, on both backends: "ung" is not inside "dung".
    assert names(profile, "ung") == ["Đặng Văn Ưng"]
    assert names(profile, "hyperlink") == ['=HYPERLINK("http://x")']


def test_number_and_code_search(profile: Profile, codes: list[str]) -> None:
    assert names(profile, "0010900") == ["Đặng Văn Ưng"]
    assert names(profile, "0987 654") == ["Nguyễn Thị Ánh"]
    assert names(profile, "+84351112223") == ["Đỗ Đức Dũng"]
    with profile.db.read_session() as session:
        found = [d.code for d in search(session, codes[2][:-1], limit=10)]
    assert codes[2] in found and len(found) == len(PEOPLE)


def test_hostile_names_are_literal(profile: Profile, codes: list[str]) -> None:
    assert names(profile, "drop table") == ["'; DROP TABLE x;--"]
    assert names(profile, "hyperlink") == ['=HYPERLINK("http://x")']
    assert names(profile, '"*') == []


def test_empty_or_huge_query_is_refused(profile: Profile) -> None:
    with profile.db.read_session() as session:
        with pytest.raises(InputError):
            search(session, "   ")
        with pytest.raises(InputError):
            search(session, "x" * 201)
