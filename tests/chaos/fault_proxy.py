"""A fault-injecting HTTP proxy in front of the reference province (127.0.0.1 only).

Each request draws one fault from a seeded generator:

- ``pass``: forwarded, the answer returned;
- ``reset``: the connection is reset before the province sees the request;
- ``lost_ack``: forwarded (the province commits), then the connection is reset — the
  client never learns that its records were stored;
- ``partial_500``: a batch is cut: its first records are forwarded (and committed), then
  the client gets a 500;
- ``throttle``: 429 with ``Retry-After: 1``;
- ``slow``: held past the client's timeout, then forwarded (committed after the client
  gave up) and answered into a closed connection;
- ``expire``: 401 as for an expired session (the client must log in again and repeat).
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import struct
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

FAULTS = {
    "pass": 40,
    "reset": 10,
    "lost_ack": 15,
    "partial_500": 10,
    "throttle": 7,
    "slow": 6,
    "expire": 12,
}
BATCH_SERVICES = ("DongBoHoSoMC", "CapNhatTienDoHoSoMC")


class FaultProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream: str, *, seed: int, client_timeout: float) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.enabled = True
        self.client_timeout = client_timeout
        self.forced: list[str] = []  # faults to use first, in order (for the broken client)
        self.only_forced = False  # no random faults: only those in ``forced``, then pass
        self.seen: Counter[str] = Counter()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def faults(self) -> int:
        """How many requests met a fault so far (every draw other than ``pass``)."""
        with self.lock:
            return sum(n for fault, n in self.seen.items() if fault != "pass")

    def draw(self, path: str, body: dict[str, Any]) -> str:
        with self.lock:
            if not self.enabled:
                fault = "pass"
            elif self.forced and body.get("service") in BATCH_SERVICES:
                fault = self.forced.pop(0)
            elif self.only_forced:
                fault = "pass"
            else:
                names = list(FAULTS)
                fault = self.rng.choices(names, weights=[FAULTS[n] for n in names])[0]
                if path.endswith("/auth") and fault in ("expire", "partial_500"):
                    fault = "pass"
                if fault == "partial_500" and len(body.get("data") or []) < 2:
                    fault = "lost_ack"
            self.seen[fault] += 1
            return fault

    def forward(self, path: str, raw: bytes) -> tuple[int, bytes, dict[str, str]]:
        conn = http.client.HTTPConnection(*self.upstream, timeout=60)
        try:
            conn.request("POST", path, body=raw, headers={"Content-Type": "application/json"})
            reply = conn.getresponse()
            return reply.status, reply.read(), dict(reply.getheaders())
        finally:
            conn.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client killed mid-request is what this proxy is for; anything else is printed."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: FaultProxy
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            body = json.loads(raw)
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        fault = self.server.draw(self.path, body)
        proxy = self.server
        if fault == "reset":
            self._reset()
        elif fault == "lost_ack":
            proxy.forward(self.path, raw)
            self._reset()
        elif fault == "partial_500":
            data = body["data"]
            cut = proxy.rng.randrange(1, len(data))
            proxy.forward(self.path, json.dumps(body | {"data": data[:cut]}).encode())
            self._send(500, b'{"error_code": 500, "message": "internal error"}', {})
        elif fault == "throttle":
            self._send(429, b'{"error_code": 429, "message": "slow down"}', {"Retry-After": "1"})
        elif fault == "expire" and self.path.endswith("/integration"):
            self._send(401, b'{"error_code": 401, "message": "session expired"}', {})
        elif fault == "slow":
            time.sleep(proxy.client_timeout + 0.5)
            status, answer, _ = proxy.forward(self.path, raw)
            self._send(status, answer, {})
        else:
            status, answer, headers = proxy.forward(self.path, raw)
            extra = {"Retry-After": headers["Retry-After"]} if "Retry-After" in headers else {}
            self._send(status, answer, extra)

    def _send(self, status: int, data: bytes, headers: dict[str, str]) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client gave up (a slow answer)

    def _reset(self) -> None:
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def log_message(self, *_: Any) -> None:
        pass
