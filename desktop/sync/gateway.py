"""The desk's client of the provincial gateway: login and services (SYNC.md §1–§2).

Plain HTTP is refused unless the host is a loopback address; HTTPS verifies the certificate.
The password is kept only to log in again and never appears in a log or an error message.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import ssl
from typing import Any

import httpx

from desktop.errors import InputError
from desktop.sync.dialects.base import succeeded
from desktop.sync.errors import (
    BadCredentials,
    Forbidden,
    Malformed,
    RateLimited,
    Refused,
    Unreachable,
)

log = logging.getLogger("motcua.sync")

DEFAULT_MAX_BATCH = 50
DEFAULT_RETRY_AFTER = 1.0
MAX_ANSWER_BYTES = 64 * 1024 * 1024  # a larger answer is refused unread, never parsed


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(base_url: str) -> httpx.URL:
    """The gateway URL, or :class:`InputError` when it is not HTTPS (or HTTP on loopback)."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InputError("Địa chỉ cổng tỉnh không hợp lệ.", field="url") from exc
    if not url.host:
        raise InputError("Địa chỉ cổng tỉnh không hợp lệ.", field="url")
    if url.scheme == "https":
        return url
    if url.scheme == "http" and is_loopback(url.host):
        return url
    if url.scheme == "http":
        raise InputError(
            "Cổng tỉnh phải dùng HTTPS; HTTP chỉ được phép với địa chỉ nội bộ (loopback).",
            field="url",
        )
    raise InputError("Địa chỉ cổng tỉnh phải bắt đầu bằng https://.", field="url")


def _retry_after(response: httpx.Response) -> float:
    try:
        value = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return DEFAULT_RETRY_AFTER
    return max(value, 0.0) if value == value else DEFAULT_RETRY_AFTER  # NaN → default


def _positive(value: Any) -> int:
    """A positive count sent as a number or a string of digits; 0 otherwise."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    return value if isinstance(value, int) and value > 0 else 0


class Gateway:
    """One office's account at the provincial gateway."""

    def __init__(
        self,
        base_url: str,
        agency: str,
        username: str,
        password: str,
        *,
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        max_batch: int = DEFAULT_MAX_BATCH,
        auth_url: str = "",
        integration_url: str = "",
        files_url: str = "",
    ) -> None:
        """``base_url``: the province's address, with login at ``{base}/auth`` and services at
        ``{base}/integration`` unless ``auth_url`` / ``integration_url`` name them apart;
        ``files_url`` where files are uploaded (none: the files stay at the desk, §3)."""
        url = check_url(base_url or auth_url)
        self.base_url = str(url).rstrip("/")
        self.urls = {
            "/auth": str(check_url(auth_url)) if auth_url else self.base_url + "/auth",
            "/integration": (
                str(check_url(integration_url))
                if integration_url
                else self.base_url + "/integration"
            ),
        }
        if files_url:
            self.urls["/files"] = str(check_url(files_url))
        self.agency = agency
        self.username = username
        self._password = password
        self.session: str | None = None
        self.configured_max_batch = max_batch
        self.max_batch = max_batch
        self.extensions: frozenset[str] = frozenset()
        self.max_answer_bytes = max_answer_bytes
        # The operating system's trust store (OpenSSL's default paths on Linux, the Windows
        # certificate store on Windows), with host-name checking; not a bundled CA list.
        self._http = httpx.Client(
            timeout=timeout, transport=transport, verify=ssl.create_default_context()
        )

    def __repr__(self) -> str:
        return f"Gateway({self.base_url!r}, agency={self.agency!r}, username={self.username!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- transport ------------------------------------------------------------------
    @property
    def uploads_files(self) -> bool:
        """Whether the province takes files (``sync.files_url`` set, SYNC.md §3)."""
        return "/files" in self.urls

    def _post(
        self, path: str, body: dict[str, Any], files: dict[str, Any] | None = None
    ) -> tuple[int, dict[str, Any], httpx.Response]:
        """POST ``body`` as JSON, or as multipart form fields beside ``files``."""
        request: dict[str, Any] = {"json": body}
        if files is not None:
            request = {"data": body, "files": files}
        try:
            with self._http.stream("POST", self.urls[path], **request) as response:
                content = self._read_capped(response)
        except httpx.TimeoutException as exc:
            raise Unreachable("Cổng tỉnh không trả lời kịp (quá thời gian chờ).") from exc
        except httpx.HTTPError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                raise Unreachable(
                    "Chứng chỉ HTTPS của cổng tỉnh không hợp lệ hoặc máy này không tin cậy "
                    "(sai tên máy chủ, hết hạn hoặc tự ký); báo quản trị."
                ) from exc
            raise Unreachable(f"Không kết nối được cổng tỉnh ({type(exc).__name__}).") from exc
        status = response.status_code
        if status == 429:
            raise RateLimited(
                "Cổng tỉnh đang quá tải, sẽ gửi lại sau.", retry_after=_retry_after(response)
            )
        if status >= 500:
            raise Unreachable(f"Cổng tỉnh đang gặp lỗi (HTTP {status}), sẽ gửi lại sau.")
        try:
            answer = json.loads(content)
        except ValueError as exc:
            raise Unreachable("Cổng tỉnh trả lời không đúng định dạng JSON.") from exc
        if not isinstance(answer, dict):
            raise Unreachable("Cổng tỉnh trả lời không đúng định dạng.")
        code = answer.get("error_code")
        if status == 200 and succeeded(answer):
            return status, answer, response
        if status == 200 and isinstance(code, int) and code in (400, 401, 403):
            status = code
        return status, answer, response

    def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_answer_bytes:
            raise Unreachable("Cổng tỉnh trả lời quá lớn; không đọc.")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_answer_bytes:
                raise Unreachable("Cổng tỉnh trả lời quá lớn; không đọc.")
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _message(answer: dict[str, Any]) -> str:
        message = answer.get("message")
        return message if isinstance(message, str) else ""

    def _raise_for(self, status: int, answer: dict[str, Any]) -> None:
        detail = self._message(answer)
        suffix = f" ({detail})" if detail else ""
        if status == 403:
            raise Forbidden(f"Tài khoản không được phép gửi cho đơn vị {self.agency}{suffix}.")
        if status == 400:
            raise Malformed(f"Cổng tỉnh từ chối yêu cầu vì sai định dạng{suffix}.")
        raise Unreachable(f"Cổng tỉnh trả lời bất thường (HTTP {status}){suffix}.")

    # ---- §1 login ---------------------------------------------------------------------
    def login(self) -> None:
        """Open a session; :class:`BadCredentials` when the province refuses the account."""
        log.info("sync: login to %s as %s", self.base_url, self.username)
        status, answer, _ = self._post(
            "/auth", {"username": self.username, "password": self._password}
        )
        if status == 401:
            self.session = None
            raise BadCredentials("Tên đăng nhập hoặc mật khẩu cổng tỉnh không đúng.")
        if status != 200 or not succeeded(answer):
            self._raise_for(status, answer)
        session = answer.get("session")
        if not isinstance(session, str) or not session:
            raise Unreachable("Cổng tỉnh trả lời đăng nhập không đúng định dạng.")
        self.session = session
        self.max_batch = _positive(answer.get("max_batch")) or self.configured_max_batch
        offered = answer.get("extensions")
        self.extensions = frozenset(
            e for e in (offered if isinstance(offered, list) else []) if isinstance(e, str)
        )

    # ---- §2 services -----------------------------------------------------------------
    def call(self, service: str, **fields: Any) -> dict[str, Any]:
        """Call one service; logs in again once and repeats when the session is refused."""
        if self.session is None:
            self.login()
        for attempt in range(2):
            envelope = {
                "session": self.session,
                "madonvi": self.agency,
                "service": service,
                **fields,
            }
            log.debug("sync: %s", service)
            status, answer, _ = self._post("/integration", envelope)
            if status == 200:
                return answer
            if status == 401 and attempt == 0:
                self.session = None
                self.login()
                continue
            if status == 401:
                raise BadCredentials("Cổng tỉnh không chấp nhận phiên đăng nhập.")
            self._raise_for(status, answer)
        raise AssertionError("unreachable")  # pragma: no cover

    # ---- §3 files ----------------------------------------------------------------------
    def upload(self, code: str, sha256: str, data: bytes) -> str:
        """Upload one file of dossier ``code``; the province's path for it. A refusal
        (non-success ``error_code``) is repeated once after a fresh login, then raised as
        :class:`Refused`. The bytes and the file's name never reach a log."""
        if self.session is None:
            self.login()
        for attempt in range(2):
            fields = {
                "session": self.session,
                "madonvi": self.agency,
                "MaHoSo": code,
                "TepDinhKemId": sha256,
            }
            part = {"file": (f"{sha256}.pdf", data, "application/octet-stream")}
            log.debug("sync: upload of one file")
            status, answer, _ = self._post("/files", fields, part)
            if status == 200 and succeeded(answer):
                path = answer.get("path")
                if not isinstance(path, str) or not path:
                    raise Unreachable("Cổng tỉnh trả lời gửi tệp không đúng định dạng.")
                return path
            if (status == 401 or status == 200) and attempt == 0:
                self.session = None
                self.login()
                continue
            if status == 401:
                raise BadCredentials("Cổng tỉnh không chấp nhận phiên đăng nhập.")
            if status == 200:
                reason = self._message(answer) or "Cổng tỉnh từ chối tệp nhưng không nói lý do."
                raise Refused(reason)
            self._raise_for(status, answer)
        raise AssertionError("unreachable")  # pragma: no cover
