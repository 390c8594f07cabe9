"""Offline bundles: export, push from another machine, and refusal of a damaged file."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.errors import InputError
from desktop.outbox.queue import ItemState
from desktop.profile import Profile
from desktop.province.store import server_dossier
from desktop.sync.bundle import export_bundle, push_bundle, read_bundle
from desktop.sync.engine import push_pending
from desktop.sync.gateway import Gateway
from tests.integration.dossier_factory import do, take_in
from tests.integration.sync_helpers import (
    AGENCY,
    NOW,
    PASSWORD,
    RECEIVED,
    USER,
    Province1,
    Recorder,
    dossier_with_files,
    gateway,
    items,
    local_versions,
)


def make_bundle(profile: Profile, ctx: DeskContext, path: Path) -> list[str]:
    first = take_in(profile, ctx, RECEIVED)
    second = take_in(profile, ctx, RECEIVED)
    do(profile, ctx, first, Action.TRANSFER, RECEIVED, to_unit="Tư pháp", receiver="Lê Hoa")
    export_bundle(profile.db, path, agency=AGENCY, user=USER, password=PASSWORD, now=NOW)
    return [first, second]


def rewrite(path: Path, change: dict[str, bytes | None]) -> None:
    """Rebuild the ZIP with some members replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    for name, data in change.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_bundle_round_trip_then_online_resend_is_harmless(
    profile: Profile, ctx: DeskContext, province: Province1, tmp_path: Path
) -> None:
    path = tmp_path / "goi.zip"
    codes = make_bundle(profile, ctx, path)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for part in manifest["parts"]:
            assert part["sha256"] == hashlib.sha256(archive.read(part["name"])).hexdigest()
    bundle = read_bundle(path, USER, PASSWORD)
    # The newest version of each dossier, every step.
    assert sorted((d["MaHoSo"], d["RecordVersion"]) for d in bundle.dossiers) == sorted(
        [(codes[0], 2), (codes[1], 1)]
    )
    assert len(bundle.steps) == 3
    # Exporting changes nothing at the desk.
    assert all(i.state == ItemState.PENDING for i in items(profile))
    # Another machine pushes it (no desk profile involved).
    with Gateway(province.url, AGENCY, USER, PASSWORD, timeout=5.0) as gw:
        outcome = push_bundle(bundle, gw)
    assert outcome.acked == 5 and outcome.results == {"created": 5} and not outcome.stopped
    assert province.versions() == local_versions(profile)
    # Pushing it twice, then the desk's own online resend, stores nothing twice.
    with Gateway(province.url, AGENCY, USER, PASSWORD, timeout=5.0) as gw:
        assert push_bundle(bundle, gw).results == {"duplicate": 5}
    summary = push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    assert summary.acked == 6 and summary.needs_attention == 0
    assert len(province.step_keys()) == 3


@pytest.mark.parametrize(
    "damage",
    [
        "edited part",
        "edited part and size",
        "edited part with its hashes recomputed",
        "missing part",
        "extra member",
        "bad manifest",
        "no MAC",
    ],
)
def test_tampered_bundle_is_refused_and_nothing_sent(
    profile: Profile, ctx: DeskContext, province: Province1, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "goi.zip"
    make_bundle(profile, ctx, path)
    with zipfile.ZipFile(path) as archive:
        dossiers = archive.read("dossiers.json")
        manifest = json.loads(archive.read("manifest.json"))
    edited = dossiers.replace(b"\xc6\xafng", b"Ung")  # "Ưng" → "Ung"
    assert edited != dossiers
    if damage == "edited part":
        padded = edited + b" " * (len(dossiers) - len(edited))
        rewrite(path, {"dossiers.json": padded})
    elif damage == "edited part and size":
        for part in manifest["parts"]:
            if part["name"] == "dossiers.json":
                part["bytes"] = len(edited)
        rewrite(path, {"dossiers.json": edited, "manifest.json": json.dumps(manifest).encode()})
    elif damage == "edited part with its hashes recomputed":
        for part in manifest["parts"]:
            if part["name"] == "dossiers.json":
                part["bytes"] = len(edited)
                part["sha256"] = hashlib.sha256(edited).hexdigest()
        rewrite(path, {"dossiers.json": edited, "manifest.json": json.dumps(manifest).encode()})
    elif damage == "no MAC":
        manifest.pop("mac", None)
        rewrite(path, {"manifest.json": json.dumps(manifest).encode()})
    elif damage == "missing part":
        rewrite(path, {"steps.json": None})
    elif damage == "extra member":
        rewrite(path, {"evil.json": b"[]"})
    else:
        rewrite(path, {"manifest.json": b"{not json"})
    with pytest.raises(InputError) as caught:
        read_bundle(path, USER, PASSWORD)
    assert "từ chối" in caught.value.message
    assert province.versions() == {}


def test_bundle_pushed_with_other_credentials_is_refused(
    profile: Profile, ctx: DeskContext, province: Province1, tmp_path: Path
) -> None:
    path = tmp_path / "goi.zip"
    make_bundle(profile, ctx, path)
    for user, password in ((USER, "mat-khau-sai"), ("nguoi-khac", PASSWORD)):
        with pytest.raises(InputError) as caught:
            read_bundle(path, user, password)
        assert "mã xác thực" in caught.value.message and "từ chối" in caught.value.message
    assert province.versions() == {}


def test_export_needs_the_sync_credentials(
    profile: Profile, ctx: DeskContext, tmp_path: Path
) -> None:
    take_in(profile, ctx, RECEIVED)
    path = tmp_path / "goi.zip"
    for user, password in (("", PASSWORD), (USER, "")):
        with pytest.raises(InputError) as caught:
            export_bundle(profile.db, path, agency=AGENCY, user=user, password=password, now=NOW)
        assert "cổng tỉnh" in caught.value.message
    assert not path.exists()


def test_truncated_bundle_is_refused(profile: Profile, ctx: DeskContext, tmp_path: Path) -> None:
    path = tmp_path / "goi.zip"
    make_bundle(profile, ctx, path)
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 10):
        path.write_bytes(data[:cut])
        with pytest.raises(InputError) as caught:
            read_bundle(path, USER, PASSWORD)
        assert "từ chối" in caught.value.message


def test_bundle_for_another_office_is_refused(
    profile: Profile, ctx: DeskContext, province: Province1, tmp_path: Path
) -> None:
    path = tmp_path / "goi.zip"
    make_bundle(profile, ctx, path)
    bundle = read_bundle(path, USER, PASSWORD)
    with Gateway(province.url, "000.00.00.H99", USER, PASSWORD) as gw, pytest.raises(InputError):
        push_bundle(bundle, gw)
    assert province.versions() == {}


def test_push_stops_cleanly_when_the_province_goes_away(
    profile: Profile, ctx: DeskContext, province: Province1, tmp_path: Path
) -> None:
    path = tmp_path / "goi.zip"
    make_bundle(profile, ctx, path)
    bundle = read_bundle(path, USER, PASSWORD)
    province.stop()
    with Gateway(province.url, AGENCY, USER, PASSWORD, timeout=2.0) as gw:
        outcome = push_bundle(bundle, gw)
    assert outcome.stopped and outcome.acked == 0


def test_national_bundle_carries_baseline_records_and_their_kind(
    profile: Profile, ctx: DeskContext, province: Province1, tmp_path: Path
) -> None:
    (tmp_path / "national").mkdir()
    national = Province1(tmp_path / "national", dialect="national")
    try:
        known = take_in(profile, ctx, RECEIVED)
        push_pending(profile.db, gateway(national.url, Recorder()), now=NOW)
        do(profile, ctx, known, Action.TRANSFER, NOW, to_unit="Tư pháp", receiver="Lê Hoa")
        new = take_in(profile, ctx, RECEIVED)
        path = tmp_path / "goi.zip"
        signer = {"agency": AGENCY, "user": USER, "password": PASSWORD}
        export_bundle(profile.db, path, now=NOW, dialect="national", **signer)
        bundle = read_bundle(path, USER, PASSWORD)
        assert bundle.dialect == "national" and bundle.updating == (known,)
        for record in bundle.dossiers + bundle.steps:
            assert "RecordVersion" not in record and "IdempotencyKey" not in record
        # The manifest's MAC covers the dialect and the list of updates.
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
        forged = tmp_path / "forged.zip"
        forged.write_bytes(path.read_bytes())
        rewrite(forged, {"manifest.json": json.dumps(manifest | {"updating": []}).encode()})
        with pytest.raises(InputError, match="MAC"):
            read_bundle(forged, USER, PASSWORD)
        # Only a province speaking the bundle's dialect takes it.
        extended = Gateway(province.url, AGENCY, USER, PASSWORD, timeout=5.0)
        with extended, pytest.raises(InputError, match="chuẩn quốc gia"):
            push_bundle(bundle, extended)
        recorder = Recorder()
        outcome = push_bundle(bundle, gateway(national.url, recorder))
        assert outcome.stopped == "" and outcome.acked == len(bundle.dossiers + bundle.steps)
        calls = [(c.get("isUpdating"), [r["MaHoSo"] for r in c["data"]]) for c in recorder.calls]
        assert calls[:2] == [("False", [new]), ("True", [known])]
        assert national.versions() == {known: 2, new: 1}
    finally:
        national.stop()
        national.store.dispose()


def test_a_desk_that_never_logged_in_bundles_snapshots_that_serve_a_national_province(
    profile: Profile, ctx: DeskContext, tmp_path: Path
) -> None:
    (tmp_path / "national").mkdir()
    national = Province1(tmp_path / "national", dialect="national")
    try:
        codes = [take_in(profile, ctx, RECEIVED) for _ in range(3)]
        path = tmp_path / "goi.zip"
        export_bundle(profile.db, path, now=NOW, agency=AGENCY, user=USER, password=PASSWORD)
        bundle = read_bundle(path, USER, PASSWORD)
        assert bundle.dialect == "extended" and bundle.updating == ()
        recorder = Recorder()
        outcome = push_bundle(bundle, gateway(national.url, recorder))
        assert outcome.stopped == "" and outcome.acked == len(bundle.dossiers + bundle.steps)
        # converted at the push: baseline records, every scalar a string, creates
        sent = [r for call in recorder.calls for r in call["data"]]
        assert sent and all("RecordVersion" not in r and "IdempotencyKey" not in r for r in sent)
        assert all(isinstance(v, str | list) for r in sent for v in r.values())
        assert recorder.calls[0]["isUpdating"] == "False"
        assert sorted(national.versions()) == sorted(codes)
    finally:
        national.stop()
        national.store.dispose()


def test_bundle_carries_the_files_its_records_name_and_uploads_them_first(
    profile: Profile, province: Province1, tmp_path: Path
) -> None:
    path = tmp_path / "goi.zip"
    code, shas = dossier_with_files(profile)
    signer = {"agency": AGENCY, "user": USER, "password": PASSWORD}
    export_bundle(profile.db, path, now=NOW, files=profile.files, **signer)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert sorted(f["sha256"] for f in manifest["files"]) == sorted(shas)
        for sha in shas:
            assert hashlib.sha256(archive.read(f"files/{sha}")).hexdigest() == sha
    bundle = read_bundle(path, USER, PASSWORD)
    assert sorted(bundle.files) == sorted(shas)
    # Another machine pushes it to a province that takes files: uploaded, then named.
    files_url = province.url + "/files"
    with Gateway(province.url, AGENCY, USER, PASSWORD, timeout=5.0, files_url=files_url) as gw:
        outcome = push_bundle(bundle, gw)
    assert outcome.stopped == "" and outcome.results == {"created": 2}  # record and step
    assert all(province.store.file_bytes(sha) == bundle.files[sha] for sha in shas)
    with province.store.engine.connect() as conn:
        record = json.loads(
            conn.execute(
                select(server_dossier.c.record).where(server_dossier.c.ma_ho_so == code)
            ).scalar_one()
        )
    named = [p["DuongDanTaiTepTin"] for p in record["TaiLieuNop"]]
    named += [r["DuongDanTepTinKetQua"] for r in record["DanhSachGiayToKetQua"]]
    assert named == [f"/files/{sha}" for sha in shas]
    # A file changed in the bundle (its size kept) is refused, even with the MAC intact.
    changed = bytearray(bundle.files[shas[0]])
    changed[-1] ^= 1
    rewrite(path, {f"files/{shas[0]}": bytes(changed)})
    with pytest.raises(InputError, match="khác bản kê"):
        read_bundle(path, USER, PASSWORD)
    rewrite(path, {f"files/{shas[0]}": None})
    with pytest.raises(InputError, match="không khớp với bản kê"):
        read_bundle(path, USER, PASSWORD)
