"""Accounts: create, change password, disable, list, and sign in with lock-out.

Passwords are hashed with Argon2id (19 MiB of memory, two passes, one lane); five wrong
passwords in a row lock the account for fifteen minutes. Every sign-in attempt is audited.
Every write of a role, state or password hash seals the row with the audit key
(:mod:`desktop.accounts.seal`); a row whose seal does not fit cannot sign in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Account
from desktop.accounts.roles import Role
from desktop.accounts.seal import is_sealed, seal
from desktop.audit import chain as audit
from desktop.errors import InputError, NotFoundError, PermissionDenied
from desktop.text import clean_text

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
USERNAME_MAX = 60
WRONG = "Sai tên đăng nhập hoặc mật khẩu."
TAMPERED = (
    "Tài khoản {name} đã bị sửa thẳng trong cơ sở dữ liệu (vai trò, trạng thái hoặc mật khẩu "
    "không khớp dấu niêm phong) nên không được đăng nhập. Báo quản trị viên kiểm tra nhật ký "
    "(`motcua audit verify`) và đặt lại tài khoản này."
)


@cache
def hasher() -> PasswordHasher:
    """Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). The library loads
    with the first password hashed or checked, not with every command."""
    from argon2 import PasswordHasher, Type

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)


@dataclass(frozen=True)
class SignedIn:
    username: str
    full_name: str
    role: str


def check_username(value: str) -> str:
    name = clean_text(value, field="username", label_vi="Tên đăng nhập", max_len=USERNAME_MAX)
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        raise InputError("Tên đăng nhập chỉ gồm chữ, số và . _ -", field="username")
    return name.lower()


def check_password(value: str) -> str:
    if len(value) < MIN_PASSWORD:
        raise InputError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.", field="password")
    return value


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Account)))


def create(
    session: Session,
    username: str,
    password: str,
    role: str,
    now: datetime,
    full_name: str = "",
    *,
    key: bytes,
) -> Account:
    name = check_username(username)
    try:
        chosen = Role(role)
    except ValueError:
        raise InputError("Vai trò phải là officer, leader hoặc admin.", field="role") from None
    if session.scalar(select(Account.id).where(Account.username == name)) is not None:
        raise InputError(f"Đã có tài khoản {name}.", field="username")
    account = Account(
        username=name,
        full_name=clean_text(
            full_name, field="full_name", label_vi="Họ tên", max_len=100, required=False
        ),
        role=chosen.value,
        password_hash=hasher().hash(check_password(password)),
        active=True,
        failed_attempts=0,
        created_at=now,
    )
    seal(account, key)
    session.add(account)
    session.flush()
    return account


def _account(session: Session, username: str) -> Account:
    account = session.scalar(select(Account).where(Account.username == username.strip().lower()))
    if account is None:
        raise NotFoundError(f"Không có tài khoản {username}.")
    return account


def set_password(session: Session, username: str, password: str, *, key: bytes) -> None:
    account = _account(session, username)
    account.password_hash = hasher().hash(check_password(password))
    account.failed_attempts, account.locked_until = 0, None
    seal(account, key)


def disable(session: Session, username: str, *, key: bytes) -> None:
    account = _account(session, username)
    admins = session.scalar(
        select(func.count())
        .select_from(Account)
        .where(Account.role == Role.ADMIN.value, Account.active.is_(True), Account.id != account.id)
    )
    if account.role == Role.ADMIN.value and not admins:
        raise InputError("Không thể khóa quản trị viên cuối cùng.", field="username")
    account.active = False
    seal(account, key)


def enable(session: Session, username: str, *, key: bytes) -> None:
    """A disabled account may sign in again (its failed attempts forgotten)."""
    account = _account(session, username)
    account.active = True
    account.failed_attempts, account.locked_until = 0, None
    seal(account, key)


def list_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.username)))


def sign_in(
    db: Database, username: str, password: str, now: datetime, audit_key: bytes
) -> SignedIn:
    """Check the password; a failure (counted, perhaps locking the account) and its audit line
    are committed before :class:`PermissionDenied` is raised."""
    name = username.strip().lower()[:USERNAME_MAX]
    refused: PermissionDenied | None = None
    with db.session() as session, session.begin():
        account = session.scalar(select(Account).where(Account.username == name))
        why = ""
        if account is None or not account.active:
            why, refused = "unknown", PermissionDenied(WRONG)
        elif account.locked_until is not None and account.locked_until > now:
            why = "locked"
            refused = PermissionDenied(
                f"Tài khoản tạm khóa đến {account.locked_until:%H:%M} vì nhập sai mật khẩu "
                "nhiều lần."
            )
        elif not _matches(account.password_hash, password):
            account.failed_attempts += 1
            if account.failed_attempts >= MAX_FAILURES:
                account.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                account.failed_attempts = 0
            why, refused = "password", PermissionDenied(WRONG)
        elif not is_sealed(account, audit_key):  # checked after the password: no probing
            why, refused = "seal", PermissionDenied(TAMPERED.format(name=account.username))
        if refused is not None or account is None:
            audit.append(session, audit_key, name, "login.fail", name, {"why": why})
        else:
            account.failed_attempts, account.locked_until, account.last_login_at = 0, None, now
            if hasher().check_needs_rehash(account.password_hash):
                account.password_hash = hasher().hash(password)
                seal(account, audit_key)
            audit.append(session, audit_key, name, "login.ok", name, {})
            signed = SignedIn(account.username, account.full_name, account.role)
    if refused is not None:
        raise refused
    return signed


def _matches(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return bool(hasher().verify(stored, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
