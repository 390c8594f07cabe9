"""What every sub-command shares: opening the profile, one transaction, printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from db.models import Office
from desktop import clock
from desktop.accounts.roles import NO_ACCOUNTS, Permission, require
from desktop.accounts.store import SignedIn, has_accounts, sign_in
from desktop.dossiers.context import DeskContext, desk_context
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
    _signed: SignedIn | None = None
    _signed_checked: bool = False
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

    def signed_in(self) -> SignedIn | None:
        """The account this command acts as; None for an office without accounts yet."""
        if self._signed_checked:
            return self._signed
        profile = self.profile()
        with profile.db.read_session() as session, session.begin():
            needed = has_accounts(session)
        if needed:
            user = getattr(self.args, "login", None) or os.environ.get(USER_ENV, "")
            if not user:
                raise PermissionDenied(
                    f"Văn phòng đã có tài khoản: cần --login TÊN (hoặc {USER_ENV}) và mật khẩu "
                    f"({PASSWORD_ENV})."
                )
            password = os.environ.get(PASSWORD_ENV, "")
            if not password and sys.stdin.isatty():
                password = getpass.getpass(f"Mật khẩu của {user}: ")
            self._signed = sign_in(profile.db, user, password, self.now(), profile.audit_key)
        self._signed_checked = True
        return self._signed

    def desk(self) -> Desk:
        """The service API over this command's profile, signed in as this command's officer
        (``--login``/MOTCUA_USER and MOTCUA_PASSWORD) when the office has accounts."""
        if self._desk is None:
            from desktop.desk import Desk

            desk = Desk(self.profile(), now=self.now)
            if desk.needs_sign_in:
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

    def role(self) -> str:
        signed = self.signed_in()
        return signed.role if signed else NO_ACCOUNTS

    def require(self, permission: Permission) -> None:
        require(self.role(), permission)

    def context(self, session: Session, office: Office) -> DeskContext:
        profile = self.profile()
        signed = self.signed_in()
        return desk_context(
            session,
            office,
            profile.settings,
            profile.audit_key,
            officer=signed.username if signed else None,
            role=signed.role if signed else NO_ACCOUNTS,
        )

    @contextmanager
    def writing(self) -> Iterator[tuple[Session, DeskContext]]:
        """One officer action: a write transaction committed (durably) on success."""
        profile = self.profile()
        office = profile.office()
        self.signed_in()
        with profile.db.session() as session, session.begin():
            yield session, self.context(session, office)

    @contextmanager
    def reading(self) -> Iterator[tuple[Session, DeskContext]]:
        profile = self.profile()
        office = profile.office()
        self.signed_in()
        with profile.db.read_session() as session, session.begin():
            yield session, self.context(session, office)

    def close(self) -> None:
        if self._profile is not None:
            self._profile.close()
            self._profile = None
            self._signed, self._signed_checked, self._desk = None, False, None


def emit(run: Invocation, value: Any, text: str | None = None) -> None:
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
