"""Where the province listens (SYNC.md Transport): the login, integration and files URLs.

``sync.url`` is a base: login at ``{base}/auth``, services at ``{base}/integration``. A
province whose URLs do not share a base sets ``sync.auth_url``, ``sync.integration_url`` and
(optionally) ``sync.files_url``; each one set overrides what the base gives. Every URL is
HTTPS, or plain HTTP to this machine only (:func:`check_url`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import InputError
from desktop.settings import Settings
from desktop.sync.gateway import check_url

AUTH_PATH = "/auth"
INTEGRATION_PATH = "/integration"


@dataclass(frozen=True)
class SyncEndpoints:
    auth: str
    integration: str
    files: str | None  # None: files stay at the desk (SYNC.md §3)

    def all(self) -> tuple[str, ...]:
        return (self.auth, self.integration) + ((self.files,) if self.files else ())


def sync_endpoints(settings: Settings) -> SyncEndpoints:
    """The URLs of this profile's settings, each checked; :class:`InputError` naming the key
    to set when the login or the integration URL cannot be known."""
    base = checked_url(settings.sync_url, "sync.url").rstrip("/")
    auth = checked_url(settings.sync_auth_url, "sync.auth_url") or _under(base, AUTH_PATH)
    integration = checked_url(settings.sync_integration_url, "sync.integration_url") or _under(
        base, INTEGRATION_PATH
    )
    if not auth or not integration:
        missing = "sync.auth_url" if not auth else "sync.integration_url"
        raise InputError(
            "Chưa đặt địa chỉ cổng tỉnh: đặt địa chỉ gốc sync.url (https://…) hoặc riêng "
            f"sync.auth_url và sync.integration_url (đang thiếu {missing}) ở trang Cài đặt › "
            "Đồng bộ.",
            field=missing,
        )
    files = checked_url(settings.sync_files_url, "sync.files_url") or None
    return SyncEndpoints(auth, integration, files)


def _under(base: str, path: str) -> str:
    return base + path if base else ""


def checked_url(url: str, key: str) -> str:
    """``url`` as set (empty when not set), or :class:`InputError` naming ``key``."""
    if not url:
        return ""
    try:
        check_url(url)
    except InputError as exc:
        raise InputError(f"{key}: {exc.message}", field=key) from None
    return url
