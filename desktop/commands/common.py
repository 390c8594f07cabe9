"""What every sub-command shares: opening the profile, one transaction, printing results."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop import clock
from desktop.dossiers.context import DeskContext, desk_context
from desktop.dossiers.views import to_jsonable
from desktop.profile import Profile, open_profile
from desktop.settings import DATABASE_URL_ENV, SETTINGS_FILE, default_data_dir


@dataclass
class Run:
    """One CLI invocation: the parsed arguments and the profile once it is opened."""

    args: argparse.Namespace
    _profile: Profile | None = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def data_dir(self) -> Path | None:
        value = getattr(self.args, "data_dir", None)
        return Path(value) if value else None

    def profile(self, *, check: bool = False, read_only: bool = False) -> Profile:
        if self._profile is None:
            self._profile = open_profile(
                self.data_dir,
                url=getattr(self.args, "database_url", None),
                check=check,
                read_only=read_only,
            )
        return self._profile

    def has_profile(self) -> bool:
        """Whether a profile was set up here (or a database named), without creating one."""
        if getattr(self.args, "database_url", None) or os.environ.get(DATABASE_URL_ENV):
            return True
        return ((self.data_dir or default_data_dir()) / SETTINGS_FILE).exists()

    def now(self) -> datetime:
        return clock.now()

    @contextmanager
    def writing(self) -> Iterator[tuple[Session, DeskContext]]:
        """One officer action: a write transaction committed (durably) on success."""
        profile = self.profile()
        office = profile.office()
        with profile.db.session() as session, session.begin():
            yield session, desk_context(session, office, profile.settings, profile.audit_key)

    @contextmanager
    def reading(self) -> Iterator[tuple[Session, DeskContext]]:
        profile = self.profile()
        office = profile.office()
        with profile.db.read_session() as session, session.begin():
            yield session, desk_context(session, office, profile.settings, profile.audit_key)

    def close(self) -> None:
        if self._profile is not None:
            self._profile.close()


def emit(run: Run, value: Any, text: str | None = None) -> None:
    """Print JSON with ``--json``; otherwise the human text (or JSON when there is none)."""
    if run.json or text is None:
        print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))
    else:
        print(text)


def warn(message: str) -> None:
    print(f"Cảnh báo: {message}", file=sys.stderr)


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in Vietnamese."""
    if isinstance(exc, IsADirectoryError):
        return "đây là một thư mục, không phải tệp"
    if isinstance(exc, PermissionError):
        return "không có quyền truy cập"
    if isinstance(exc, FileNotFoundError):
        return "thư mục chứa tệp không tồn tại"
    return f"lỗi hệ thống ({exc.strerror or exc})"


def fmt_time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "—"
