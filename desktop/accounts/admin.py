"""Managing the office's accounts: each change with its audit line, in one transaction.

The command line (`motcua user …`), the first-run wizard and the window's Settings page all
come through :class:`DeskAccounts` (checks, then one transaction); the wizard stores its first
admin with :func:`add_account` inside its own setup transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.models import Account
from desktop.accounts import store
from desktop.accounts.roles import ROLE_LABELS, Permission, Role
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


FIRST_ADMIN_TAKEN = "Văn phòng đã có tài khoản; dùng `motcua user add`."


def _refuse_once_any(session: Session) -> None:
    if store.has_accounts(session):
        raise InputError(FIRST_ADMIN_TAKEN, field="admin")


class DeskAccounts(Facet):
    """The office's accounts (the window's Settings page, `motcua user …`), for an admin.

    Each change: the role checked, then one transaction holding the change and its audit
    line."""

    @property
    def may_manage(self) -> bool:
        return self.scope.allows(Permission.USERS)

    def check_allowed(self, username: str | None = None) -> None:
        """Refuse (:class:`~desktop.errors.PermissionDenied`) unless the officer manages the
        accounts, or ``username`` is the officer's own (a password change); callers asking
        for a password check first, so a refusal comes before the question."""
        if username is None or username.strip().lower() != self.scope.officer:
            self.scope.require(Permission.USERS)

    def rows(self) -> list[AccountRow]:
        self.check_allowed()
        with self.scope.reading() as session:
            return [_row(a) for a in store.list_accounts(session)]

    def check_first_admin(self) -> None:
        """Refuse (:class:`InputError`) a first admin once the office has an account."""
        with self.scope.reading() as session:
            _refuse_once_any(session)

    def add_first_admin(self, username: str, password: str) -> AccountRow:
        """The office's first account, an admin recording its own creation."""
        with self.scope.writing() as session:
            _refuse_once_any(session)
            account = add_account(
                session,
                self.scope.audit_key,
                None,
                username,
                password,
                Role.ADMIN.value,
                self.now(),
            )
            return _row(account)

    def add(
        self, username: str, full_name: str, role: str, password: str, repeated: str
    ) -> AccountRow:
        self.check_allowed()
        check_repeated(password, repeated)
        with self.scope.writing() as session:
            if not store.has_accounts(session) and role != Role.ADMIN.value:
                raise InputError(
                    "Tài khoản đầu tiên của văn phòng phải là quản trị viên.", field="role"
                )
            account = add_account(
                session,
                self.scope.audit_key,
                self.scope.officer or None,
                username,
                password,
                role,
                self.now(),
                full_name,
            )
            return _row(account)

    def set_password(self, username: str, password: str, repeated: str) -> None:
        self.check_allowed(username)  # one's own password, or an admin
        check_repeated(password, repeated)
        with self.scope.writing() as session:
            store.set_password(session, username, password, key=self.scope.audit_key)
            self.scope.audit(session, "user.passwd", username)

    def disable(self, username: str) -> None:
        self.check_allowed()
        if username.strip().lower() == self.scope.officer:
            raise InputError("Không thể tự khóa tài khoản đang đăng nhập.", field="username")
        with self.scope.writing() as session:
            store.disable(session, username, key=self.scope.audit_key)
            self.scope.audit(session, "user.disable", username)

    def enable(self, username: str) -> None:
        self.check_allowed()
        with self.scope.writing() as session:
            store.enable(session, username, key=self.scope.audit_key)
            self.scope.audit(session, "user.enable", username)
