"""Reconciliation with DoiSoatHoSo: missing, stale, unknown and newer dossiers; requeueing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update

from db.models import OutboxItem
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.outbox.queue import ItemState
from desktop.outbox.records import WireCodes
from desktop.profile import Profile
from desktop.province.store import server_dossier, server_step
from desktop.sync.engine import push_pending
from desktop.sync.reconcile import reconcile
from tests.integration.dossier_factory import do, take_in
from tests.integration.sync_helpers import (
    AGENCY,
    NOW,
    RECEIVED,
    Province1,
    Recorder,
    gateway,
    items,
    local_versions,
)

DAY = RECEIVED.date()


def test_reconcile_finds_and_repairs_what_the_province_lacks(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    lost = take_in(profile, ctx, RECEIVED)
    old = take_in(profile, ctx, RECEIVED + timedelta(minutes=1))
    fine = take_in(profile, ctx, RECEIVED + timedelta(minutes=2))
    outside = take_in(profile, ctx, RECEIVED - timedelta(days=10))
    push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    do(profile, ctx, old, Action.TRANSFER, NOW, to_unit="Tư pháp", receiver="Lê Hoa")
    push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    # The province lost one dossier and its steps, holds an older version of another, and
    # has one the desk never had.
    foreign = json.loads(items(profile)[0].payload) | {
        "MaHoSo": f"{AGENCY}-261116-0999",
        "IdempotencyKey": "2f1c6a8e-0000-4000-8000-000000000999",
    }
    with province.store.engine.begin() as conn:
        conn.execute(delete(server_dossier).where(server_dossier.c.ma_ho_so == lost))
        conn.execute(delete(server_step).where(server_step.c.ma_ho_so == lost))
        conn.execute(
            update(server_dossier).where(server_dossier.c.ma_ho_so == old).values(record_version=1)
        )
    gateway(province.url, Recorder()).call("DongBoHoSoMC", data=[foreign])

    report = reconcile(profile.db, gateway(province.url, Recorder()), ctx.office_id, DAY, DAY, NOW)
    assert report.local == 3 and report.province == 3
    assert report.missing == [lost]
    assert report.stale == [{"MaHoSo": old, "desk": 2, "province": 1}]
    assert [u["MaHoSo"] for u in report.unknown] == [foreign["MaHoSo"]]
    assert sorted(report.requeued) == sorted([lost, old]) and not report.in_step
    assert fine not in report.requeued and outside not in report.requeued
    pending = [i for i in items(profile) if i.state == ItemState.PENDING]
    assert {i.dossier_code for i in pending} == {lost, old}
    assert all("Đối soát" in i.last_error for i in pending)

    summary = push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    assert summary.needs_attention == 0 and summary.remaining == 0
    versions = province.versions()
    assert {c: versions[c] for c in local_versions(profile)} == local_versions(profile)
    again = reconcile(profile.db, gateway(province.url, Recorder()), ctx.office_id, DAY, DAY, NOW)
    assert again.missing == [] and again.stale == [] and again.requeued == []


def test_dry_run_lists_without_requeueing(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    code = take_in(profile, ctx, RECEIVED)
    push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    with province.store.engine.begin() as conn:
        conn.execute(delete(server_dossier))
    report = reconcile(
        profile.db,
        gateway(province.url, Recorder()),
        ctx.office_id,
        date(2026, 11, 1),
        date(2026, 11, 30),
        NOW,
        requeue=False,
    )
    assert report.missing == [code] and report.requeued == []
    assert all(i.state == ItemState.ACKED for i in items(profile))


def test_unsent_dossier_is_listed_as_already_queued(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    code = take_in(profile, ctx, RECEIVED)
    report = reconcile(profile.db, gateway(province.url, Recorder()), ctx.office_id, DAY, DAY, NOW)
    assert report.missing == [code] and report.already_queued == [code]
    assert report.requeued == []


def test_without_the_extension_each_dossier_is_looked_up_with_pauses(
    profile: Profile, ctx: DeskContext, tmp_path: Path
) -> None:
    national = Province1(tmp_path, dialect="national")
    try:
        lost = take_in(profile, ctx, RECEIVED)
        old = take_in(profile, ctx, RECEIVED + timedelta(minutes=1))
        fine = take_in(profile, ctx, RECEIVED + timedelta(minutes=2))
        take_in(profile, ctx, RECEIVED - timedelta(days=10))  # outside the period
        push_pending(profile.db, gateway(national.url, Recorder()), now=NOW)
        c = server_dossier.c
        with national.store.engine.begin() as conn:
            conn.execute(delete(server_dossier).where(c.ma_ho_so == lost))
            record = json.loads(conn.execute(select(c.record).where(c.ma_ho_so == old)).scalar())
            record["TrangThaiHoSo"] = "9"
            conn.execute(
                update(server_dossier).where(c.ma_ho_so == old).values(record=json.dumps(record))
            )
        recorder = Recorder()
        progress: list[tuple[int, int]] = []
        pauses: list[float] = []
        report = reconcile(
            profile.db,
            gateway(national.url, recorder),
            ctx.office_id,
            DAY,
            DAY,
            NOW,
            progress=lambda done, total: progress.append((done, total)),
            pause=0.5,
            sleep=pauses.append,
        )
    finally:
        national.stop()
        national.store.dispose()
    assert [(c["service"], c["mahoso"]) for c in recorder.calls] == [
        ("TraCuuHoSo", code) for code in sorted([lost, old, fine])
    ]
    assert progress == [(1, 3), (2, 3), (3, 3)] and pauses == [0.5, 0.5]
    assert report.local == 3 and report.province == 2
    assert report.missing == [lost]
    assert [s["MaHoSo"] for s in report.stale] == [old] and report.stale[0]["TrangThaiHoSo"] == "9"
    assert sorted(report.requeued) == sorted([lost, old]) and report.unknown == []


def test_a_record_queued_again_uses_the_offices_code_tables(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    lost = take_in(profile, ctx, RECEIVED)
    push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    with profile.db.session() as session, session.begin():  # the outbox pruned since
        session.execute(delete(OutboxItem).where(OutboxItem.dossier_code == lost))
    with province.store.engine.begin() as conn:
        conn.execute(delete(server_step).where(server_step.c.ma_ho_so == lost))
        conn.execute(delete(server_dossier).where(server_dossier.c.ma_ho_so == lost))
    codes = WireCodes(personal_id_type="9", submission_place="QUAY-1", office_name="UBND xã")
    report = reconcile(
        profile.db,
        gateway(province.url, Recorder()),
        ctx.office_id,
        DAY,
        DAY,
        NOW,
        wire_codes=codes,
    )
    assert report.requeued == [lost]
    (item,) = items(profile)
    record = json.loads(item.payload)
    assert [d["LoaiDinhDanh"] for d in record["DinhDanhCHS"]] == ["9"]
    assert record["NoiNopHoSo"] == "QUAY-1"
