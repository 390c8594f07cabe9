"""Importing the catalogue on both backends: a stored version is never changed, and a file
that gives it other content under the same effective date is refused whole."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.models import ProcedureVersion
from desktop.catalogue.store import SHIPPED_FILE, import_entries, read_entries
from desktop.errors import InputError
from desktop.profile import Profile

NOW = datetime(2026, 11, 20, 10, 0)


def versions(profile: Profile) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(ProcedureVersion)) or 0)


def test_reimporting_the_same_versions_adds_nothing(profile: Profile) -> None:
    entries = read_entries(SHIPPED_FILE)
    with profile.db.session() as session, session.begin():
        outcome = import_entries(session, entries, NOW, "import")
    assert (outcome.added, outcome.unchanged) == (0, len(entries))


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"time_limit": Decimal(9)}, "thời hạn giải quyết"),
        ({"fee": 123}, "lệ phí"),
        ({"documents": ()}, "thành phần hồ sơ"),
    ],
)
def test_other_content_under_a_stored_date_is_refused(
    profile: Profile, change: dict[str, object], named: str
) -> None:
    entries = read_entries(SHIPPED_FILE)
    before = versions(profile)
    newer = dataclasses.replace(entries[0], effective_from=datetime(2026, 7, 1))
    changed = dataclasses.replace(entries[1], **change)  # type: ignore[arg-type]
    with pytest.raises(InputError) as caught, profile.db.session() as session, session.begin():
        import_entries(session, [newer, changed], NOW, "import")
    message = caught.value.message
    assert changed.code in message and named in message and "ngày hiệu lực mới" in message
    assert versions(profile) == before  # the good new version was not stored either
    with profile.db.session() as session, session.begin():  # the province keeps the old rule
        assert import_entries(session, [changed], NOW, "province").unchanged == 1
