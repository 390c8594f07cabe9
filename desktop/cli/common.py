"""What every sub-command shares: the profile, the service API signed in as the officer,
printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import clock
from desktop.dossiers.views import to_jsonable
from desktop.errors import PermissionDenied
from desktop.profile import Profile, open_profile
from desktop.settings import DATABASE_URL_ENV, SETTINGS_FILE, default_data_dir, demo_data_dir

if TYPE_CHECKING:
    from desktop.desk import Desk

USER_ENV, PASSWORD_ENV = "MOTCUA_USER", "MOTCUA_PASSWORD"


@dataclass
class Invocation:
    """One CLI invocation: the parsed arguments and the profile once it is opened."""

    args: argparse.Namespace
    _profile: Profile | None = None
    _desk: Desk | None = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def data_dir(self) -> Path | None:
        """--data-dir; with `motcua --demo COMMAND` the demo profile; else None (the default)."""
        value = getattr(self.args, "data_dir", None)
        if value:
            return Path(value)
        return demo_data_dir() if getattr(self.args, "demo", False) else None

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

    def desk(self, *, sign_in: bool = True) -> Desk:
        """The service API over this command's profile, signed in as this command's officer
        (``--login``/MOTCUA_USER and MOTCUA_PASSWORD) when the office has accounts. With
        ``sign_in=False`` nobody signs in: for what needs no role (the days off, a deadline
        computed), as before the office had accounts."""
        if self._desk is None:
            from desktop.desk import Desk

            desk = Desk(self.profile(), now=self.now)
            if sign_in and desk.needs_sign_in:
                user, password = self.credentials()
                desk.sign_in(user, password)
            self._desk = desk
        return self._desk

    def credentials(self) -> tuple[str, str]:
        """Who this command acts as: --login (or MOTCUA_USER) and MOTCUA_PASSWORD (or asked)."""
        user = getattr(self.args, "login", None) or os.environ.get(USER_ENV, "")
        if not user:
            raise PermissionDenied(
                f"Văn phòng đã có tài khoản: cần --login TÊN (hoặc {USER_ENV}) và mật khẩu "
                f"({PASSWORD_ENV})."
            )
        password = os.environ.get(PASSWORD_ENV, "")
        if not password and sys.stdin.isatty():
            password = getpass.getpass(f"Mật khẩu của {user}: ")
        return user, password

    def close(self) -> None:
        if self._profile is not None:
            self._profile.close()
            self._profile = None
            self._desk = None


def emit(run: Invocation, value: Any, text: str | None = None) -> None:
    """Print JSON with ``--json``; otherwise the human text (or JSON when there is none)."""
    if run.json or text is None:
        print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))
    else:
        print(text)


def warn(message: str) -> None:
    print(f"Cảnh báo: {message}", file=sys.stderr)


def fmt_time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "—"
