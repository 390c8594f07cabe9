"""The province's URLs from the settings (desktop/sync/endpoints.py, SYNC.md Transport)."""

from __future__ import annotations

import pytest

from desktop.errors import InputError
from desktop.settings import Settings
from desktop.sync.endpoints import SyncEndpoints, sync_endpoints


def test_a_base_gives_login_and_integration_and_no_files() -> None:
    settings = Settings(sync_url="https://motcua.example.vn/api/")
    assert sync_endpoints(settings) == SyncEndpoints(
        "https://motcua.example.vn/api/auth", "https://motcua.example.vn/api/integration", None
    )


def test_separate_urls_without_a_base() -> None:
    settings = Settings(
        sync_auth_url="https://sso.example.vn/token",
        sync_integration_url="https://lgsp.example.vn/adapter",
        sync_files_url="https://lgsp.example.vn/upload",
    )
    endpoints = sync_endpoints(settings)
    assert endpoints == SyncEndpoints(
        "https://sso.example.vn/token",
        "https://lgsp.example.vn/adapter",
        "https://lgsp.example.vn/upload",
    )
    assert endpoints.all() == (endpoints.auth, endpoints.integration, endpoints.files)


def test_a_separate_url_overrides_the_base() -> None:
    settings = Settings(
        sync_url="http://127.0.0.1:8765", sync_auth_url="http://127.0.0.1:9000/login"
    )
    endpoints = sync_endpoints(settings)
    assert endpoints.auth == "http://127.0.0.1:9000/login"
    assert endpoints.integration == "http://127.0.0.1:8765/integration"


@pytest.mark.parametrize(
    "settings",
    [Settings(), Settings(sync_auth_url="https://sso.example.vn/token")],
)
def test_no_way_to_know_a_url_says_what_to_set(settings: Settings) -> None:
    with pytest.raises(InputError, match=r"sync\.url.*Cài đặt › Đồng bộ"):
        sync_endpoints(settings)


@pytest.mark.parametrize(
    "key", ["sync_url", "sync_auth_url", "sync_integration_url", "sync_files_url"]
)
def test_plain_http_beyond_this_machine_is_refused_naming_the_key(key: str) -> None:
    settings = Settings(sync_url="https://motcua.example.vn/api")
    setattr(settings, key, "http://lgsp.example.vn/x")
    with pytest.raises(InputError, match="HTTPS") as refused:
        sync_endpoints(settings)
    assert refused.value.field == key.replace("_", ".", 1)
