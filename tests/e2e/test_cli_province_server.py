"""`motcua province-server` as a real process: listen, answer, stop on SIGTERM, keep data."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import httpx

from tests.e2e.cli_runner import MOTCUA
from tests.e2e.province_process import (
    AGENCY,
    PASSWORD,
    STANDALONE,
    USER,
    call,
    free_port,
    login,
    start,
    stop,
)

CODE = f"{AGENCY}-261120-0001"


def test_serve_push_stop_and_restart(tmp_path: Path) -> None:
    database = tmp_path / "province.db"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    record = {
        "MaHoSo": CODE,
        "RecordVersion": 1,
        "IdempotencyKey": str(uuid.uuid4()),
        "MaTTHC": "1.001193",
        "TenTTHC": "Đăng ký khai sinh",
        "MaLinhVuc": "HT",
        "TenLinhVuc": "Hộ tịch",
        "KenhThucHien": "1",
        "ChuHoSo": "Nguyễn Văn An",
        "LoaiDoiTuong": "1",
        "TrichYeuHoSo": "Đăng ký khai sinh cho con",
        "NgayTiepNhan": "20261120093000",
        "NgayHenTra": "20261120163000",
        "TrangThaiHoSo": "2",
        "HinhThuc": "0",
        "DonViXuLy": "Bộ phận Một cửa",
    }
    process = start(database, port)
    try:
        bad = httpx.post(f"{base}/auth", json={"username": "xa", "password": "sai"}, timeout=30)
        assert bad.status_code == 401
        session = login(base)
        results = call(base, session, "DongBoHoSoMC", data=[record])["results"]
        assert [r["result"] for r in results] == ["created"]
        catalogue = call(base, session, "LayDanhSachTTHC", TuNgay="")["data"]
        assert any(p["MaTTHC"] == "1.001193" for p in catalogue)
    finally:
        if process.poll() is None:
            stop(process)
    process = start(database, port)
    try:
        session = login(base)
        found = call(base, session, "TraCuuHoSo", mahoso=CODE)
        assert found == {"error_code": 0, "result": [record]}
        results = call(base, session, "DongBoHoSoMC", data=[record])["results"]
        assert [r["result"] for r in results] == ["duplicate"]
    finally:
        if process.poll() is None:
            stop(process)


def test_missing_password_is_refused(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    result = subprocess.run(
        [
            str(MOTCUA),
            "province-server",
            "--database-url",
            f"sqlite+pysqlite:///{tmp_path / 'p.db'}",
            "--user",
            "xa",
            "--agency",
            AGENCY,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "MOTCUA_PROVINCE_PASSWORD" in result.stderr


def test_the_province_is_a_program_of_its_own(tmp_path: Path) -> None:
    """`motcua-province` serves without the desk's command line, and speaks Vietnamese."""
    port = free_port()
    process = start(tmp_path / "province.db", port, program=STANDALONE)
    try:
        assert login(f"http://127.0.0.1:{port}")
    finally:
        stop(process)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTCUA_")}
    argv = [*STANDALONE, "--database-url", f"sqlite+pysqlite:///{tmp_path / 'p.db'}"]
    refused = subprocess.run(
        [*argv, "--user", "xa", "--agency", AGENCY],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("Lỗi: cần --password"), refused.stderr
    helped = subprocess.run([*STANDALONE, "--help"], capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "Cách dùng: motcua-province" in helped.stdout
    assert "--dialect {national,extended}" in helped.stdout


def test_the_national_dialect_through_the_desk_command(tmp_path: Path) -> None:
    """`motcua province-server --dialect national` forwards the option: a strict adapter."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = start(tmp_path / "province.db", port, "--dialect", "national")
    try:
        answer = httpx.post(
            f"{base}/auth", json={"username": USER, "password": PASSWORD}, timeout=30
        ).json()
        assert answer["max_batch"] == "100" and "extensions" not in answer
        refused = call(base, answer["session"], "DoiSoatHoSo", TuNgay="20261101")
        assert refused["error_code"] == "-1"
        listing = call(base, answer["session"], "LayDanhSachTTHC")
        assert listing["error_code"] == "0"
        assert any(p["MATTHC"] == "1.001193" for p in listing["result"])
    finally:
        stop(process)
