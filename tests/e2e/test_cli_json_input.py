"""JSON files at the three doors that read them: `dossier add`, `catalogue import` and
`sync push-bundle`. Absurdly nested JSON is refused with a Vietnamese message (exit 2, no
traceback, nothing stored); a file saved by Notepad with a UTF-8 BOM is read like any other.
SQLite only: the readers run before (or without) the database."""

from __future__ import annotations

import json
import zipfile
from hashlib import sha256
from pathlib import Path
from typing import Any

from desktop.sync.bundle import FORMAT, FORMAT_VERSION, sign_manifest
from tests.e2e.cli_runner import Cli, dossier_json
from tests.e2e.test_cli_catalogue import NEW_PROCEDURE
from tests.shipped_catalogue import SHIPPED_COUNT

USER, PASSWORD = "x", "mật-khẩu-gói"
DEEP = "[" * 100_000 + "]" * 100_000
BOM = "\ufeff"


def write_bundle(path: Path, dossiers: bytes, records: int = 0) -> Path:
    """A bundle whose manifest matches its parts (sizes, hashes), whatever the parts hold."""
    parts = {"dossiers.json": dossiers, "steps.json": b"[]"}
    counts = {"dossiers.json": records, "steps.json": 0}
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "agency": "000.00.00.H56",
        "sync_user": USER,
        "created_at": "20261120100000",
        "parts": [
            {
                "name": n,
                "bytes": len(d),
                "records": counts[n],
                "sha256": sha256(d).hexdigest(),
            }
            for n, d in parts.items()
        ],
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(sign_manifest(manifest, USER, PASSWORD)))
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_deeply_nested_json_is_refused_at_every_door(sqlite_office: Cli, tmp_path: Path) -> None:
    office = sqlite_office
    office.extra_env["MOTCUA_SYNC_PASSWORD"] = PASSWORD  # the bundle's MAC is checked first
    deep_dossier = json.dumps(dossier_json()).replace('"sets": 1', f'"sets": {DEEP}')
    bundle = write_bundle(tmp_path / "goi.zip", DEEP.encode())
    calls: list[tuple[tuple[str, ...], str | None]] = [
        (("dossier", "add", "-"), DEEP),
        (("dossier", "add", "-"), deep_dossier),
        (("dossier", "add", write(tmp_path / "ho-so.json", DEEP)), None),
        (("catalogue", "import", write(tmp_path / "danh-muc.json", DEEP)), None),
        (("sync", "push-bundle", str(bundle), "--url", "http://127.0.0.1:9", "--user", "x"), None),
    ]
    results = office.many(calls)
    for result in results:
        assert result.out == ""
        result.refused("lồng nhau quá sâu")
    results[4].refused("Tệp gói đồng bộ bị từ chối", "dossiers.json")
    assert office.count() == 0
    exported = tmp_path / "sau.json"
    assert (
        office("catalogue", "export", str(exported), "--json").json()["versions"] == SHIPPED_COUNT
    )


def test_json_files_with_a_byte_order_mark_are_read(sqlite_office: Cli, tmp_path: Path) -> None:
    office = sqlite_office
    dossier = write(tmp_path / "notepad.json", BOM + json.dumps(dossier_json(), ensure_ascii=False))
    added = office("dossier", "add", dossier, "--json").json()
    assert added["applicant_name"] == "Đặng Văn Ưng"
    piped = office("dossier", "add", "-", "--json", stdin=BOM + json.dumps(dossier_json()))
    assert piped.json()["code"].endswith("-0002")
    catalogue = write(tmp_path / "danh-muc.json", BOM + json.dumps([NEW_PROCEDURE]))
    assert office("catalogue", "import", catalogue, "--json").json()["added"] == 1


def test_a_bundle_part_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Past the reading, a bundle needs a province: no URL given, so it stops there."""
    record: dict[str, Any] = {"MaHoSo": "000.00.00.H56-261120-0001"}
    bundle = write_bundle(tmp_path / "goi.zip", (BOM + json.dumps([record])).encode(), 1)
    cli = Cli(tmp_path / "khong-ho-so", extra_env={"MOTCUA_SYNC_PASSWORD": PASSWORD})
    cli("sync", "push-bundle", str(bundle)).refused("--url")
