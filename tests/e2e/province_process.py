"""`motcua province-server` as a child process for the command-line tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from tests.e2e.cli_runner import MOTCUA

AGENCY = "000.00.00.H56"
USER = "xa"
PASSWORD = "bí-mật"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# `motcua-province` (the console script of the package ``province``) as this venv runs it.
STANDALONE = (sys.executable, "-m", "desktop.province.cli")


def start(
    database: Path,
    port: int,
    *extra: str,
    now: str | None = None,
    program: tuple[str, ...] = (str(MOTCUA), "province-server"),
) -> subprocess.Popen[str]:
    """Start the server (`motcua province-server` unless ``program`` says otherwise) and wait
    for its "listening" line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    env["MOTCUA_PROVINCE_PASSWORD"] = PASSWORD
    if now:
        env["MOTCUA_NOW"] = now
    process = subprocess.Popen(
        [
            *program,
            "--port",
            str(port),
            "--database-url",
            f"sqlite+pysqlite:///{database}",
            "--user",
            USER,
            "--agency",
            AGENCY,
            "--seed-catalogue",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == f"listening on http://127.0.0.1:{port}", process.stderr
    return process


def stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=30)
    assert process.stderr is not None
    assert code == 0, process.stderr.read()


def call(base: str, session: str, service: str, **fields: Any) -> dict[str, Any]:
    body = {"session": session, "madonvi": AGENCY, "service": service, **fields}
    reply = httpx.post(f"{base}/integration", json=body, timeout=30)
    assert reply.status_code == 200, reply.text
    answer: dict[str, Any] = reply.json()
    return answer


def login(base: str) -> str:
    reply = httpx.post(f"{base}/auth", json={"username": USER, "password": PASSWORD}, timeout=30)
    assert reply.status_code == 200, reply.text
    session: str = reply.json()["session"]
    return session
