"""The half-filled intake form, kept on disk so that it survives a crash or a power cut.

The intake page writes the form here about a second after every change and offers it back
when it opens again; a dossier that was stored (or a form the officer cleared) discards it.
One draft per profile: ``<profile data dir>/drafts/intake.json``.

Personal data: a draft holds the applicant's name, ID number, birth date, phone, e-mail and
address as typed. It stays on this PC, inside the office profile folder (the same folder and
the same protection as the database); it is never synced, logged or sent anywhere, and it is
deleted as soon as the dossier is stored or the form is cleared.

Writes are atomic: a temporary file in the same folder, flushed and fsync'ed, then
``os.replace``; a reader sees the old draft or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import clock
from desktop.errors import StorageError
from desktop.files import write_atomically

__all__ = ["DRAFT_FILE", "Draft", "discard_draft", "draft_path", "load_draft", "save_draft"]

DRAFT_FILE = Path("drafts") / "intake.json"
_FORMAT = 1


@dataclass(frozen=True)
class Draft:
    """A saved form: its values as the page gave them, and when they were saved."""

    data: dict[str, Any]
    saved_at: datetime


def draft_path(data_dir: Path) -> Path:
    return Path(data_dir) / DRAFT_FILE


def save_draft(data_dir: Path, data: dict[str, Any], *, saved_at: datetime | None = None) -> None:
    """Write ``data`` (plain JSON values) as the draft, atomically; replaces any older draft.

    Raises :class:`StorageError` (with a Vietnamese message) when the folder cannot be written.
    """
    path = draft_path(data_dir)
    moment = (saved_at or clock.now()).replace(microsecond=0)
    payload = {"format": _FORMAT, "saved_at": moment.isoformat(), "data": data}
    text = json.dumps(payload, ensure_ascii=False, indent=1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise StorageError(
            f"Không lưu được bản nháp vào {path.parent} ({exc.strerror or exc}). "
            "Hồ sơ đang nhập vẫn còn trên màn hình."
        ) from exc


def load_draft(data_dir: Path) -> Draft | None:
    """The saved draft, or ``None`` when there is none or it cannot be read.

    A damaged draft (cut short, not JSON, wrong shape) is not an error for the officer: it is
    ignored, and the next save replaces it.
    """
    path = draft_path(data_dir)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), dict):
        return None
    try:
        saved_at = datetime.fromisoformat(str(payload.get("saved_at")))
    except ValueError:
        return None
    return Draft(data=payload["data"], saved_at=saved_at)


def discard_draft(data_dir: Path) -> None:
    """Delete the draft, if there is one."""
    with contextlib.suppress(FileNotFoundError):
        draft_path(data_dir).unlink()
