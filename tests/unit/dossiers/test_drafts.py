"""The intake draft on disk: atomic saves, tolerant loads, discard."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from desktop import files
from desktop.dossiers.drafts import discard_draft, draft_path, load_draft, save_draft
from desktop.errors import StorageError

WHEN = datetime(2026, 11, 20, 9, 12, 30)
DATA = {"procedure": "1.001193", "applicant": {"full_name": "Đặng Thị Ưng", "id_number": "001"}}


def test_a_saved_draft_comes_back_with_its_time(tmp_path: Path) -> None:
    save_draft(tmp_path, DATA, saved_at=WHEN)
    draft = load_draft(tmp_path)
    assert draft is not None
    assert draft.data == DATA
    assert draft.saved_at == WHEN
    assert draft_path(tmp_path) == tmp_path / "drafts" / "intake.json"
    assert "Đặng Thị Ưng" in draft_path(tmp_path).read_text(encoding="utf-8")


def test_a_new_save_replaces_the_old_one_and_leaves_no_temp_files(tmp_path: Path) -> None:
    save_draft(tmp_path, {"n": 1}, saved_at=WHEN)
    save_draft(tmp_path, {"n": 2}, saved_at=WHEN)
    draft = load_draft(tmp_path)
    assert draft is not None and draft.data == {"n": 2}
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == ["intake.json"]


def test_no_draft_and_a_damaged_draft_read_as_none(tmp_path: Path) -> None:
    assert load_draft(tmp_path) is None
    path = draft_path(tmp_path)
    path.parent.mkdir(parents=True)
    for text in ('{"saved_at": "2026-11-20T09:12:00", "da', "[]", '{"data": {}, "saved_at": "x"}'):
        path.write_text(text, encoding="utf-8")
        assert load_draft(tmp_path) is None
    path.write_bytes(b"\xff\xfe\x00")
    assert load_draft(tmp_path) is None


def test_discard_removes_it_and_is_quiet_when_there_is_none(tmp_path: Path) -> None:
    discard_draft(tmp_path)
    save_draft(tmp_path, DATA, saved_at=WHEN)
    discard_draft(tmp_path)
    assert load_draft(tmp_path) is None
    assert not draft_path(tmp_path).exists()


def test_a_failed_write_keeps_the_old_draft_and_says_so_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_draft(tmp_path, {"n": 1}, saved_at=WHEN)

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(StorageError) as caught:
        save_draft(tmp_path, {"n": 2}, saved_at=WHEN)
    assert "Không lưu được bản nháp" in caught.value.message
    draft = load_draft(tmp_path)
    assert draft is not None and draft.data == {"n": 1}
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == ["intake.json"]


def test_the_default_time_is_the_local_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOTCUA_NOW", "2026-11-20T09:12:00")
    save_draft(tmp_path, DATA)
    draft = load_draft(tmp_path)
    assert draft is not None and draft.saved_at == datetime(2026, 11, 20, 9, 12)


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_an_unwritable_folder_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "drafts"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageError):
        save_draft(tmp_path, DATA, saved_at=WHEN)
