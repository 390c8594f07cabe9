"""Run the real ``motcua`` console script in a subprocess against one office profile.

Every call gets ``--data-dir`` (and ``--database-url`` when the profile lives on
PostgreSQL), a fixed ``MOTCUA_NOW`` so that times are deterministic, and an environment
without the caller's ``MOTCUA_*`` variables so that nothing touches a real profile.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The console script installed beside this interpreter (the project's venv), else on PATH.
MOTCUA = Path(sys.executable).with_name("motcua")
if not MOTCUA.exists():
    MOTCUA = Path(shutil.which("motcua") or MOTCUA)
NOW = "2026-11-20T10:00:00"  # a Friday; Tuesday 24/11/2026 is a day off
OFFICE_CODE = "000.00.00.H56"
OFFICE_NAME = "UBND xã Hòa Bình"
TIMEOUT = 120
WORKERS = max(2, min(4, os.cpu_count() or 2))
VIETNAMESE_MARKS = set("ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ")
CLOCK_RUNNING = {2, 4, 6}


@dataclass(frozen=True)
class Result:
    """What one ``motcua`` call did."""

    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def __str__(self) -> str:
        return (
            f"motcua {' '.join(self.args)}\n-> exit {self.code}\n"
            f"--- stdout ---\n{self.out[-3000:]}\n--- stderr ---\n{self.err[-3000:]}"
        )

    def ok(self) -> Result:
        assert self.code == 0, str(self)
        assert "Traceback" not in self.err, str(self)
        return self

    def json(self) -> Any:
        self.ok()
        return json.loads(self.out)

    def refused(self, *fragments: str, code: int = 2) -> Result:
        """Exit ``code`` with a Vietnamese ``Lỗi:`` message (containing ``fragments``)."""
        assert self.code == code, str(self)
        assert "Traceback" not in self.err, str(self)
        assert self.err.startswith(("Lỗi:", "usage:")), str(self)
        assert "Lỗi:" in self.err, str(self)
        assert VIETNAMESE_MARKS & set(self.err.lower()), f"not Vietnamese:\n{self}"
        for fragment in fragments:
            assert fragment in self.err, f"{fragment!r} not in stderr:\n{self}"
        return self


def clean_env(now: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    env.update(MOTCUA_NOW=now, PYTHONUTF8="1", PYTHONIOENCODING="utf-8")
    return env


@dataclass
class Cli:
    """One office profile driven through the command line."""

    data_dir: Path
    database_url: str | None = None
    now: str = NOW
    extra_env: dict[str, str] = field(default_factory=dict)

    def command(self, *args: str) -> list[str]:
        cmd = [str(MOTCUA), *args, "--data-dir", str(self.data_dir)]
        if self.database_url:
            cmd += ["--database-url", self.database_url]
        return cmd

    def env(self, now: str | None = None) -> dict[str, str]:
        env = clean_env(now or self.now)
        env["MOTCUA_HOME"] = str(self.data_dir)  # never a real profile, whatever happens
        env.update(self.extra_env)
        return env

    def __call__(self, *args: str, stdin: str | None = None, now: str | None = None) -> Result:
        done = subprocess.run(
            self.command(*args),
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env(now),
            timeout=TIMEOUT,
            check=False,
        )
        return Result(tuple(args), done.returncode, done.stdout, done.stderr)

    def many(self, calls: list[tuple[tuple[str, ...], str | None]]) -> list[Result]:
        """Independent calls ``(args, stdin)`` run side by side (each its own process)."""
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            return list(pool.map(lambda call: self(*call[0], stdin=call[1]), calls))

    # -- shortcuts ---------------------------------------------------------------------------

    def init(self, *extra: str) -> Any:
        return self(
            "init", "--office-code", OFFICE_CODE, "--office-name", OFFICE_NAME, "--json", *extra
        ).json()

    def add(self, payload: Any, *, now: str | None = None) -> dict[str, Any]:
        """Take in one dossier from stdin; the stored dossier as JSON."""
        text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        result: dict[str, Any] = self("dossier", "add", "-", "--json", stdin=text, now=now).json()
        return result

    def show(self, code: str) -> dict[str, Any]:
        result: dict[str, Any] = self("dossier", "show", code, "--json").json()
        return result

    def act(self, code: str, action: str, *options: str) -> Result:
        return self("dossier", "act", code, action, *options, "--json")

    def rows(self, *options: str) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self("dossier", "list", "--json", *options).json()
        return result

    def count(self) -> int:
        return len(self.rows("--limit", "10000"))

    def search(self, text: str, *options: str) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self("search", text, "--json", *options).json()
        return result


def dossier_json(**overrides: Any) -> dict[str, Any]:
    """A complete dossier for ``dossier add``; ``applicant`` overrides merge into the default."""
    applicant = {
        "full_name": "Đặng Văn Ưng",
        "id_number": "001090012345",
        "birth_date": "1990-05-17",
        "phone": "0912345678",
        "email": "ung@example.vn",
        "address": "Thôn Đông, xã Hòa Bình",
    }
    applicant.update(overrides.pop("applicant", {}))
    data: dict[str, Any] = {
        "procedure": "1.004873",
        "applicant": applicant,
        "channel": 1,
        "summary": "Xác nhận tình trạng hôn nhân để đăng ký kết hôn",
        "sets": 1,
        "documents": [
            {"name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "originals": 1, "copies": 0}
        ],
    }
    data.update(overrides)
    return data
