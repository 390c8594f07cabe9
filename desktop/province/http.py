"""The reference server's HTTP front: ``POST /auth``, ``POST /integration`` and
``POST /files`` (SYNC.md).

Only the standard library's threading HTTP server: JSON in UTF-8 both ways (files come as
multipart form data), every other method answered 405, bodies over the limit, not JSON or
without a length answered 400.
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from desktop.province.files import form_fields, upload
from desktop.province.handlers import Answer, Province, error

log = logging.getLogger("motcua.province")

MAX_BODY = 10 * 1024 * 1024
MAX_FILE_BODY = 64 * 1024 * 1024  # one uploaded file and its form fields
_CHUNK = 64 * 1024


class ProvinceServer(ThreadingHTTPServer):
    """A threading HTTP server bound to one :class:`Province`."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], province: Province, *, max_body: int = MAX_BODY
    ) -> None:
        self.province = province
        self.max_body = max_body
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[0], self.server_address[1]
        return f"http://{host!s}:{port}"

    def start(self) -> threading.Thread:
        """Serve in a background thread (tests); stop with :meth:`stop`."""
        thread = threading.Thread(target=self.serve_forever, name="province-server", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: ProvinceServer
    protocol_version = "HTTP/1.1"
    server_version = "MotcuaProvince/1"
    # Headers and body go out as separate writes: without TCP_NODELAY, Nagle's algorithm
    # and the client's delayed ACK would hold every answer about 40 ms.
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        path = self.path.split("?", 1)[0].rstrip("/")
        if path.endswith("/files"):
            self._answer(self._upload())
            return
        body = self._read_body()
        if isinstance(body, tuple):
            self._answer(body)
            return
        province = self.server.province
        try:
            if path.endswith("/auth"):
                answer = province.auth(body)
            elif path.endswith("/integration"):
                answer = province.integration(body)
            else:
                answer = error(404, f"no such endpoint: {self.path}")
        except Exception:
            log.exception("province server: %s failed", path)
            answer = error(500, "internal server error")
        self._answer(answer)

    def _upload(self) -> Answer:
        raw = self._read_raw(MAX_FILE_BODY)
        if isinstance(raw, tuple):
            return raw
        try:
            form = form_fields(self.headers.get("Content-Type", ""), raw)
            return upload(self.server.province, form)
        except Exception:
            log.exception("province server: /files failed")
            return error(500, "internal server error")

    def _read_body(self) -> Any:
        raw = self._read_raw(self.server.max_body)
        if isinstance(raw, tuple):
            return raw
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return error(400, "body is not JSON in UTF-8")

    def _read_raw(self, limit: int) -> bytes | Answer:
        length_text = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked" or length_text is None:
            self.close_connection = True
            return error(400, "Content-Length is required")
        try:
            length = int(length_text)
        except ValueError:
            self.close_connection = True
            return error(400, "bad Content-Length")
        if length < 0:
            self.close_connection = True
            return error(400, "bad Content-Length")
        if length > limit:
            self._discard(length)
            return error(400, f"body larger than {limit} bytes")
        return self.rfile.read(length)

    def _discard(self, length: int) -> None:
        # Drain a bounded amount so the client reads the answer instead of a reset.
        self.close_connection = True
        left = min(length, 2 * self.server.max_body + _CHUNK)
        while left > 0:
            chunk = self.rfile.read(min(_CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)

    def _answer(self, answer: Answer) -> None:
        status, payload = answer
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def _not_allowed(self) -> None:
        self.close_connection = True
        self.send_response(405)
        data = json.dumps({"error_code": 405, "message": "only POST"}).encode("utf-8")
        self.send_header("Allow", "POST")
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s - %s", self.address_string(), format % args)
