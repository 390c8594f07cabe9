"""The one sync engine over both dialects (SYNC.md v2 §2, §4, §5.3, §5.4), against the
reference server on 127.0.0.1 in its national and extended faces."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from db.models import OutboxItem
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.outbox.listing import WAITING, list_items
from desktop.outbox.queue import ItemState
from desktop.profile import Profile
from desktop.province.handlers import Province
from desktop.sync.engine import push_pending
from desktop.sync.pulls import pull_catalogue
from tests.integration.dossier_factory import do, take_in
from tests.integration.sync_helpers import (
    NOW,
    RECEIVED,
    Province1,
    Recorder,
    gateway,
    items,
    sent_records,
    some_work,
)


@pytest.fixture(params=["national", "extended"])
def face(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Province1]:
    server = Province1(tmp_path, dialect=request.param)
    yield server
    server.stop()
    server.store.dispose()


@pytest.fixture
def national(tmp_path: Path) -> Iterator[Province1]:
    server = Province1(tmp_path, dialect="national")
    yield server
    server.stop()
    server.store.dispose()


def national_face(server: Province1) -> Province:
    assert server.province.dialect == "national"
    return server.province


def test_one_engine_both_dialects_extensions_only_when_offered(
    profile: Profile, ctx: DeskContext, face: Province1
) -> None:
    codes = some_work(profile, ctx)
    recorder = Recorder()
    summary = push_pending(profile.db, gateway(face.url, recorder), now=NOW)
    assert summary.acked == len(items(profile)) and summary.remaining == 0
    assert sorted(face.versions()) == sorted(codes)
    dossiers = sent_records(recorder, "DongBoHoSoMC")
    steps = sent_records(recorder, "CapNhatTienDoHoSoMC")
    extended = face.province.dialect == "extended"
    for record in dossiers + steps:
        assert ("IdempotencyKey" in record) is extended
    assert all(("RecordVersion" in r) is extended for r in dossiers)
    first = next(c for c in recorder.calls if c["service"] == "DongBoHoSoMC")
    assert ("AuditHead" in first) is extended
    if not extended:  # to a server that offered nothing: every scalar sent is a string
        for call in recorder.calls:
            assert not [v for v in _scalars(call) if not isinstance(v, str)], call["service"]
    assert first["isUpdating"] == "False"

    # A dossier the province acknowledged goes as an update, alone in its kind of call.
    take_in(profile, ctx, RECEIVED + timedelta(hours=2))
    to_unit = "Công chức Tư pháp - Hộ tịch"
    do(profile, ctx, codes[1], Action.TRANSFER, NOW, to_unit=to_unit, receiver="Lê Thị Hoa")
    again = Recorder()
    summary = push_pending(profile.db, gateway(face.url, again), now=NOW)
    assert summary.needs_attention == 0 and summary.remaining == 0
    kinds = [
        (c["isUpdating"], [r["MaHoSo"] for r in c["data"]])
        for c in again.calls
        if c["service"] == "DongBoHoSoMC"
    ]
    assert ("True", [codes[1]]) in kinds
    assert len(kinds) == 2


def _scalars(value: object) -> list[object]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _scalars(v)]
    if isinstance(value, list):
        return [s for v in value for s in _scalars(v)]
    return [value]


def _spoil(profile: Profile, code: str) -> None:
    with profile.db.session() as session, session.begin():
        item = session.query(OutboxItem).filter_by(dossier_code=code, kind="dossier").one()
        record = json.loads(item.payload)
        record["TrangThaiHoSo"] = "99"
        item.payload = json.dumps(record, ensure_ascii=False)


def test_one_bad_record_among_eight_is_split_out(
    profile: Profile, ctx: DeskContext, national: Province1
) -> None:
    codes = [take_in(profile, ctx, RECEIVED + timedelta(minutes=n)) for n in range(8)]
    _spoil(profile, codes[5])
    recorder = Recorder()
    summary = push_pending(profile.db, gateway(national.url, recorder), now=NOW)
    # Each intake queues a record and a step; the refused dossier's step waits with it.
    assert summary.acked == 14 and summary.needs_attention == 1 and summary.failed == 0
    assert summary.remaining == 1
    assert sorted(national.versions()) == sorted(c for c in codes if c != codes[5])
    bad = next(i for i in items(profile) if i.dossier_code == codes[5])
    assert bad.state == ItemState.NEEDS_ATTENTION
    assert bad.last_error.startswith("Cổng tỉnh từ chối: ") and codes[5] in bad.last_error
    assert "TrangThaiHoSo" in bad.last_error
    # 8 refused, repeated after a fresh login, then halves: 4+4, 2+2, 1+1, and one
    # TraCuuHoSo for the record refused alone: logarithmic, not one call per record.
    pushes = [c for c in recorder.calls if c["service"] == "DongBoHoSoMC"]
    assert sorted(len(c["data"]) for c in pushes) == [1, 1, 2, 2, 4, 4, 8, 8]
    assert [c["service"] for c in recorder.calls].count("TraCuuHoSo") == 1
    assert recorder.logins == 2
    # its step waits behind it, and the sync page says why
    (waiting,) = [v for v in list_items(profile.db) if v.code == codes[5] and v.kind == "step"]
    assert waiting.state == ItemState.PENDING and waiting.reason == WAITING


def test_transport_failure_never_splits(
    profile: Profile, ctx: DeskContext, national: Province1
) -> None:
    for n in range(4):
        take_in(profile, ctx, RECEIVED + timedelta(minutes=n))
    national_face(national).fail_next = 1
    recorder = Recorder()
    summary = push_pending(profile.db, gateway(national.url, recorder), now=NOW)
    assert summary.failed == 4 and summary.acked == 0 and summary.stopped
    assert [len(c["data"]) for c in recorder.calls] == [4]  # the same call, not halves
    assert national.versions() == {}


def test_error_answer_logs_in_again_once_and_repeats(
    profile: Profile, ctx: DeskContext, national: Province1
) -> None:
    take_in(profile, ctx, RECEIVED)
    recorder = Recorder()
    gw = gateway(national.url, recorder)
    gw.session = "het-han"  # the adapter answers "-1" for a session it does not know
    summary = push_pending(profile.db, gw, now=NOW)
    assert summary.acked == 2 and summary.needs_attention == 0  # the record and its step
    assert recorder.logins == 1
    services = [c["service"] for c in recorder.calls]
    assert services == ["DongBoHoSoMC", "DongBoHoSoMC", "CapNhatTienDoHoSoMC"]


def test_lost_create_answer_is_looked_up_and_sent_as_update(
    profile: Profile, ctx: DeskContext, national: Province1
) -> None:
    codes = [take_in(profile, ctx, RECEIVED + timedelta(minutes=n)) for n in range(2)]
    national_face(national).lose_next = 1  # stored, then the answer is lost (500)
    first = push_pending(profile.db, gateway(national.url, Recorder()), now=NOW)
    assert first.failed == 2 and first.stopped and sorted(national.versions()) == sorted(codes)
    recorder = Recorder()
    summary = push_pending(profile.db, gateway(national.url, recorder), now=NOW, force=True)
    assert summary.acked == 4 and summary.needs_attention == 0  # 2 records, 2 steps
    services = [c["service"] for c in recorder.calls]
    assert services == ["TraCuuHoSo", "TraCuuHoSo", "DongBoHoSoMC", "CapNhatTienDoHoSoMC"]
    assert recorder.calls[2]["isUpdating"] == "True"
    assert national.versions() == {code: 2 for code in codes}  # updated, never duplicated


def test_the_catalogue_comes_from_a_national_adapter_once_a_day(
    profile: Profile, national: Province1
) -> None:
    shipped = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "procedures.json"
    published = json.loads(shipped.read_text(encoding="utf-8"))
    seed = [item for item in published if item["ThoiHanGiaiQuyet"] is not None]
    seed[0] = {**seed[0], "TenTTHC": seed[0]["TenTTHC"] + " (sửa đổi)"}
    national.store.load_catalogue(seed)
    recorder = Recorder()
    with gateway(national.url, recorder) as gw:
        gw.login()
        outcome = pull_catalogue(profile.db, gw, NOW)
        services = [call["service"] for call in recorder.calls]
        # the listing, then one LayThuTuc per procedure; no key the baseline does not name
        assert services == ["LayDanhSachTTHC"] + ["LayThuTuc"] * len(seed)
        assert all("TuNgay" not in call for call in recorder.calls)
        # A new version for the renamed one, and for each the province's list confirms (the
        # shipped entry unconfirmed, or ending): dated today, the stored ones unchanged.
        confirms = {e["MaTTHC"] for e in seed if not e["XacNhan"] or e["HieuLucDen"]}
        changed = len(confirms | {seed[0]["MaTTHC"]})
        assert (outcome.added, outcome.unchanged) == (changed, len(seed) - changed)
        assert pull_catalogue(profile.db, gw, NOW + timedelta(hours=2)) == outcome.__class__(0, 0)
        assert len(recorder.calls) == len(seed) + 1  # not asked again the same day


def test_two_refused_among_forty_the_other_thirty_eight_are_delivered(
    profile: Profile, ctx: DeskContext, national: Province1
) -> None:
    codes = [take_in(profile, ctx, RECEIVED + timedelta(minutes=n)) for n in range(40)]
    refused = {codes[7], codes[30]}
    for code in refused:
        _spoil(profile, code)
    summary = push_pending(profile.db, gateway(national.url, Recorder()), now=NOW)
    assert sorted(national.versions()) == sorted(set(codes) - refused)  # the other 38
    assert summary.needs_attention == 2 and summary.failed == 0
    held = {i.dossier_code: i for i in items(profile) if i.kind == "dossier"}
    for code in refused:
        assert held[code].state == ItemState.NEEDS_ATTENTION
        assert (
            held[code].last_error.startswith("Cổng tỉnh từ chối: ")
            and code in held[code].last_error
        )
    assert all(held[c].state == ItemState.ACKED for c in set(codes) - refused)
