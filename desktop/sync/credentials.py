"""The province password: from ``MOTCUA_SYNC_PASSWORD`` or the operating system's keyring.

It is never written to a file of the desk and never logged. ``keyring`` picks the platform's
store (Windows Credential Manager, macOS Keychain, Secret Service on Linux); a machine without
one (a headless server) uses the environment variable.
"""

from __future__ import annotations

import logging
import os

from desktop.errors import InputError, StorageError

PASSWORD_ENV = "MOTCUA_SYNC_PASSWORD"
KEYRING_SERVICE = "motcua-sync"

log = logging.getLogger("motcua.sync")


def _keyring_user(url: str, user: str) -> str:
    return f"{user}@{url}"


def find_password(url: str, user: str) -> str | None:
    """The password for ``user`` at ``url``: the environment first, then the keyring."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, _keyring_user(url, user))
        except KeyringError:
            return None
    except Exception:  # a broken keyring backend must not stop the desk
        log.warning("sync: the keyring is not usable here")
        return None


def require_password(url: str, user: str) -> str:
    password = find_password(url, user)
    if not password:
        raise InputError(
            "Chưa có mật khẩu cổng tỉnh: lưu ở trang Cài đặt › Đồng bộ (vào kho mật khẩu "
            f"của hệ điều hành) hoặc đặt biến môi trường {PASSWORD_ENV}.",
            field="password",
        )
    return password


def store_password(url: str, user: str, password: str) -> None:
    """Keep the password in the keyring; :class:`StorageError` when there is none."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, _keyring_user(url, user), password)
        except KeyringError as exc:
            raise StorageError(
                "Máy này không có kho mật khẩu của hệ điều hành; hãy dùng biến môi trường "
                f"{PASSWORD_ENV}."
            ) from exc
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        raise StorageError("Thiếu thư viện keyring.") from exc
