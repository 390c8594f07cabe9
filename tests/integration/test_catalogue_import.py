"""Importing the catalogue on both backends: a stored version is never changed, and a file
that gives it other content under the same effective date is refused whole."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import ProcedureVersion
from desktop.catalogue.store import (
    SHIPPED_FILE,
    ImportOutcome,
    import_entries,
    read_entries,
    version_in_force,
)
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


NATIONAL_SAMPLE = (
    Path(__file__).resolve().parents[1] / "data" / "catalogue" / "national_sample.json"
)


def national_file(tmp_path: Path, change: Callable[[list[dict[str, Any]]], None]) -> Path:
    raw = json.loads(NATIONAL_SAMPLE.read_text(encoding="utf-8"))
    change(raw["result"])
    path = tmp_path / "tthc.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def import_national(profile: Profile, path: Path, now: datetime) -> ImportOutcome:
    entries = read_entries(path)
    with profile.db.session() as session, session.begin():
        return import_entries(session, entries, now, "import")


def test_a_national_file_takes_effect_on_the_import_day_and_once(profile: Profile) -> None:
    outcome = import_national(profile, NATIONAL_SAMPLE, NOW)
    assert (outcome.added, outcome.procedures) == (4, 4)
    assert any("từ 00:00 ngày 20/11/2026 (ngày nhập)" in note for note in outcome.notes)
    with profile.db.read_session() as session:
        version = version_in_force(session, "1.004873", NOW)
        assert (version.effective_from, version.fee) == (datetime(2026, 11, 20), 15000)
        before = version_in_force(session, "1.004873", datetime(2026, 11, 19, 23, 59))
        assert before.effective_from < datetime(2026, 11, 20)  # the shipped version stays
    again = import_national(profile, NATIONAL_SAMPLE, NOW)
    later = import_national(profile, NATIONAL_SAMPLE, NOW + timedelta(days=3))
    assert (again.added, again.unchanged, later.added, later.unchanged) == (0, 4, 0, 4)


def test_changed_national_content_on_another_day_adds_a_version(
    profile: Profile, tmp_path: Path
) -> None:
    import_national(profile, NATIONAL_SAMPLE, NOW)
    stored = versions(profile)

    def longer(records: list[dict[str, Any]]) -> None:
        records[2]["CACHTHUCTHUCHIEN"][0]["THOIGIAN"][0]["THOIGIANGIAIQUYET"] = "5"

    changed = national_file(tmp_path, longer)
    with pytest.raises(InputError) as caught:  # the same day: a stored version never changes
        import_national(profile, changed, NOW + timedelta(hours=2))
    assert "1.004873" in caught.value.message and "ngày mai" in caught.value.message
    assert versions(profile) == stored
    outcome = import_national(profile, changed, NOW + timedelta(days=1))
    assert (outcome.added, outcome.unchanged) == (1, 3)
    with profile.db.read_session() as session:
        assert version_in_force(session, "1.004873", NOW).time_limit == 3
        newer = version_in_force(session, "1.004873", NOW + timedelta(days=1))
        assert (newer.time_limit, newer.effective_from) == (5, datetime(2026, 11, 21))


def test_a_national_procedure_missing_its_time_limit_is_skipped_whole(
    profile: Profile, tmp_path: Path
) -> None:
    def no_limit(records: list[dict[str, Any]]) -> None:
        del records[2]["CACHTHUCTHUCHIEN"]

    outcome = import_national(profile, national_file(tmp_path, no_limit), NOW)
    assert (outcome.added, outcome.procedures) == (3, 3)
    assert any(n.startswith("Thủ tục 1.004873") and "bỏ qua cả thủ tục" in n for n in outcome.notes)
    with profile.db.read_session() as session:
        assert version_in_force(session, "1.004873", NOW).effective_from < datetime(2026, 11, 20)
