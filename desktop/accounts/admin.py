"""Managing the office's accounts: each change with its audit line, in one transaction.

The command line (`motcua user …`), the first-run wizard and the window's Settings page all
come through here; :class:`DeskAccounts` is the window's side (checks, then one transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.models import Account
from desktop.accounts import store
from desktop.accounts.roles import ROLE_LABELS, Permission, Role, allows, require
from desktop.audit import chain as audit
from desktop.errors import InputError
from desktop.scope import Facet


def add_account(
    session: Session,
    key: bytes,
    officer: str | None,
    username: str,
    password: str,
    role: str,
    now: datetime,
    full_name: str = "",
) -> Account:
    """A new account; ``officer`` None: the account records its own creation (the first)."""
    account = store.create(session, username, password, role, now, full_name, key=key)
    who = officer or account.username
    audit.append(session, key, who, "user.add", account.username, {"role": account.role})
    return account


def change_password(
    session: Session, key: bytes, officer: str, username: str, password: str
) -> None:
    store.set_password(session, username, password, key=key)
    audit.append(session, key, officer, "user.passwd", username, {})


def disable_account(session: Session, key: bytes, officer: str, username: str) -> None:
    store.disable(session, username, key=key)
    audit.append(session, key, officer, "user.disable", username, {})


def enable_account(session: Session, key: bytes, officer: str, username: str) -> None:
    store.enable(session, username, key=key)
    audit.append(session, key, officer, "user.enable", username, {})


def check_repeated(password: str, repeated: str) -> None:
    store.check_password(password)
    if password != repeated:
        raise InputError("Hai lần nhập mật khẩu không khớp.", field="repeated")


@dataclass(frozen=True)
class AccountRow:
    username: str
    full_name: str
    role: str
    role_label: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def _row(account: Account) -> AccountRow:
    try:
        label = ROLE_LABELS[Role(account.role)]
    except ValueError:
        label = account.role
    return AccountRow(
        account.username,
        account.full_name,
        account.role,
        label,
        account.active,
        account.locked_until,
        account.last_login_at,
    )


class DeskAccounts(Facet):
    """The office's accounts (the window's Settings page, `motcua user …`), for an admin."""

    def _officer(self) -> str:
        return self.scope.officer

    def _role(self) -> str:
        return self.scope.role

    @property
    def may_manage(self) -> bool:
        return allows(self._role(), Permission.USERS)

    def rows(self) -> list[AccountRow]:
        require(self._role(), Permission.USERS)
        with self.profile.db.read_session() as session:
            return [_row(a) for a in store.list_accounts(session)]

    def add(
        self, username: str, full_name: str, role: str, password: str, repeated: str
    ) -> AccountRow:
        require(self._role(), Permission.USERS)
        check_repeated(password, repeated)
        with self.profile.db.session() as session, session.begin():
            if not store.has_accounts(session) and role != Role.ADMIN.value:
                raise InputError(
                    "Tài khoản đầu tiên của văn phòng phải là quản trị viên.", field="role"
                )
            account = add_account(
                session,
                self.profile.audit_key,
                self._officer() or None,
                username,
                password,
                role,
                self.now(),
                full_name,
            )
            return _row(account)

    def set_password(self, username: str, password: str, repeated: str) -> None:
        if username.strip().lower() != self._officer():
            require(self._role(), Permission.USERS)  # one's own password, or an admin
        check_repeated(password, repeated)
        with self.profile.db.session() as session, session.begin():
            change_password(session, self.profile.audit_key, self._officer(), username, password)

    def disable(self, username: str) -> None:
        require(self._role(), Permission.USERS)
        if username.strip().lower() == self._officer():
            raise InputError("Không thể tự khóa tài khoản đang đăng nhập.", field="username")
        with self.profile.db.session() as session, session.begin():
            disable_account(session, self.profile.audit_key, self._officer(), username)

    def enable(self, username: str) -> None:
        require(self._role(), Permission.USERS)
        with self.profile.db.session() as session, session.begin():
            enable_account(session, self.profile.audit_key, self._officer(), username)
