"""`motcua sync` in two processes: the reference province and an office syncing to it.

The province is stopped in the middle of the office's work and started again: nothing is
lost, and the office's exit codes say what is left (0 nothing, 3 items left, 4 refused).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli, dossier_json
from tests.e2e.province_process import PASSWORD, USER, call, free_port, login, start, stop

PROVINCE_NOW = "2026-11-20T09:00:00"


@pytest.fixture
def synced(office: Cli, tmp_path: Path) -> Iterator[tuple[Cli, Path, int]]:
    port = free_port()
    office("config", "set", "sync.url", f"http://127.0.0.1:{port}").ok()
    office("config", "set", "sync.user", USER).ok()
    office.extra_env["MOTCUA_SYNC_PASSWORD"] = PASSWORD
    yield office, tmp_path / "province.db", port


def province_versions(port: int) -> dict[str, int]:
    base = f"http://127.0.0.1:{port}"
    rows = call(base, login(base), "DoiSoatHoSo", TuNgay="20260101", DenNgay="20261231")
    return {r["MaHoSo"]: r["RecordVersion"] for r in rows["data"]}


def sync(office: Cli) -> tuple[int, dict[str, object]]:
    result = office("sync")
    assert "Traceback" not in result.err, str(result)
    return result.code, json.loads(result.out)


def test_sync_through_a_province_restart(synced: tuple[Cli, Path, int]) -> None:
    office, database, port = synced
    codes = [office.add(dossier_json())["code"] for _ in range(3)]
    # No province yet: the run fails, exit 3, items kept.
    code, report = sync(office)
    assert code == 3 and report["outcome"] == "unreachable" and report["left"] == 6
    server = start(database, port, "--seed-online", "2", now=PROVINCE_NOW)
    try:
        code, report = sync(office)
        assert code == 0, report
        assert report["acked"] == 6 and len(report["online_stored"]) == 2  # type: ignore[arg-type]
        status = office("sync", "status", "--json").json()
        assert status["left"] == 0 and status["counts"]["acked"] == 6
        online = office.rows("--status", "1")
        assert sorted(r["code"] for r in online) == sorted(report["online_stored"])  # type: ignore[arg-type]
        # Accept one online submission; change one counter dossier; then the province stops.
        office.act(online[0]["code"], "accept").ok()
        office.act(codes[0], "transfer", "--to-unit", "Tư pháp", "--receiver", "Lê Hoa").ok()
    finally:
        stop(server)
    code, report = sync(office)
    assert code == 3 and report["left"] == 4
    server = start(database, port, "--seed-online", "2", now=PROVINCE_NOW)
    try:
        code, report = sync(office)
        assert code == 0 and report["left"] == 0 and report["online_stored"] == []
        versions = province_versions(port)
        assert versions[codes[0]] == 2 and versions[online[0]["code"]] == 2
        assert {c: versions[c] for c in codes[1:]} == {c: 1 for c in codes[1:]}
        rec = office("sync", "reconcile", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
        assert rec.json()["missing"] == [] and rec.json()["stale"] == []
    finally:
        stop(server)


def test_refusals_and_missing_settings(synced: tuple[Cli, Path, int], tmp_path: Path) -> None:
    office, database, port = synced
    office.add(dossier_json())
    office.extra_env.pop("MOTCUA_SYNC_PASSWORD")
    office("sync").refused("MOTCUA_SYNC_PASSWORD")
    office.extra_env["MOTCUA_SYNC_PASSWORD"] = "sai"
    server = start(database, port, now=PROVINCE_NOW)
    try:
        code, report = sync(office)
        assert code == 4 and report["outcome"] == "credentials"
    finally:
        stop(server)
    office("config", "set", "sync.url", "http://example.vn/api").refused("HTTPS")
    assert office("sync", "status", "--json").json()["counts"]["pending"] == 2


def test_bundle_from_a_machine_without_network(
    synced: tuple[Cli, Path, int], tmp_path: Path
) -> None:
    office, database, port = synced
    codes = [office.add(dossier_json())["code"] for _ in range(2)]
    bundle = tmp_path / "goi.zip"
    office.extra_env.pop("MOTCUA_SYNC_PASSWORD")
    office("sync", "export", "--out", str(bundle)).refused("mật khẩu", "MOTCUA_SYNC_PASSWORD")
    assert not bundle.exists()
    office.extra_env["MOTCUA_SYNC_PASSWORD"] = PASSWORD
    exported = office("sync", "export", "--out", str(bundle), "--json").json()
    assert exported == {"file": str(bundle), "dossiers": 2, "steps": 2}
    # Another machine (no office profile) pushes it with the office's credentials.
    other = Cli(tmp_path / "other", extra_env={"MOTCUA_SYNC_PASSWORD": PASSWORD})
    url = f"http://127.0.0.1:{port}"
    server = start(database, port, now=PROVINCE_NOW)
    try:
        pushed = other("sync", "push-bundle", str(bundle), "--url", url, "--user", USER, "--json")
        assert pushed.json()["results"] == {"created": 4}
        assert sorted(province_versions(port)) == sorted(codes)
        # A tampered copy is refused whole, even with its SHA-256s recomputed.
        tampered = tmp_path / "sua.zip"
        with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
            manifest = json.loads(src.read("manifest.json"))
            for part in manifest["parts"]:
                data = src.read(part["name"]).replace(b'"RecordVersion": 1', b'"RecordVersion": 9')
                part["bytes"], part["sha256"] = len(data), hashlib.sha256(data).hexdigest()
                dst.writestr(part["name"], data)
            dst.writestr("manifest.json", json.dumps(manifest))
        push = ("sync", "push-bundle", str(tampered), "--url", url, "--user", USER)
        other(*push).refused("mã xác thực")
        # So is the right bundle pushed with a wrong password.
        other.extra_env["MOTCUA_SYNC_PASSWORD"] = "mat-khau-sai"
        other("sync", "push-bundle", str(bundle), "--url", url, "--user", USER).refused(
            "mã xác thực"
        )
        # The office's own later sync is harmless.
        code, report = sync(office)
        assert code == 0 and report["acked"] == 4
    finally:
        stop(server)
    assert not (tmp_path / "other" / "motcua.db").exists()


def test_sync_status_speaks_vietnamese(sqlite_office: Cli) -> None:
    sqlite_office.add(dossier_json())
    text = sqlite_office("sync", "status").ok().out
    assert "Chờ gửi: 2" in text and "Cần xử lý: 0" in text and "Đã gửi: 0" in text
    for key in ("pending", "sending", "acked", "failed", "needs_attention"):
        assert key not in text, text
    # The JSON keeps its machine keys for scripts.
    assert sqlite_office("sync", "status", "--json").json()["counts"]["pending"] == 2


def test_showing_a_queued_record_in_full_is_audited(sqlite_office: Cli) -> None:
    code = sqlite_office.add(dossier_json())["code"]
    items = sqlite_office("sync", "list", "--json").json()
    record = next(i for i in items if i["kind"] == "dossier")
    masked = sqlite_office("sync", "show", str(record["id"]), "--json").json()
    assert masked["DinhDanhCHS"][0]["SoDinhDanh"].startswith("*")

    def reveals() -> list[str]:
        audit = sqlite_office("audit", "list", "--json", "--limit", "100").json()
        return [e["record"] for e in audit if e["action"] == "personal.reveal"]

    assert reveals() == []
    full = sqlite_office("sync", "show", str(record["id"]), "--reveal", "--json").json()
    assert full["DinhDanhCHS"][0]["SoDinhDanh"] == "001090012345"
    assert reveals() == [code]
    sqlite_office("audit", "verify").ok()
