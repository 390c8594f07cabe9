"""One sync run against the reference province: pulls, exit codes, throttling, superseding."""

from __future__ import annotations

import json
import logging
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.models import Dossier, OutboxItem, ProcedureVersion
from desktop.catalogue.store import SHIPPED_FILE, version_in_force
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action, Status
from desktop.outbox.listing import inspect_item, list_items, retry_items
from desktop.outbox.queue import ItemState
from desktop.profile import Profile
from desktop.province.seed import online_records
from desktop.sync.gateway import Gateway
from desktop.sync.push_pull import SyncOutcome, sync_once
from tests.integration.dossier_factory import do, take_in
from tests.integration.sync_helpers import (
    AGENCY,
    NOW,
    PASSWORD,
    RECEIVED,
    USER,
    Province1,
    Recorder,
    gateway,
    items,
)

CATALOGUE: list[dict[str, Any]] = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))


def clock(at: datetime = NOW) -> Any:
    return lambda: at


def run(profile: Profile, ctx: DeskContext, gw: Gateway, at: datetime = NOW, **kw: Any) -> Any:
    return sync_once(profile.db, gw, ctx, now=clock(at), **kw)


def dossier(profile: Profile, code: str) -> Dossier:
    with profile.db.read_session() as session:
        found = session.scalar(
            select(Dossier).where(Dossier.code == code).options(selectinload(Dossier.history))
        )
        assert found is not None
        return found


def online(count: int = 3) -> list[dict[str, Any]]:
    return online_records(AGENCY, CATALOGUE, count, NOW - timedelta(hours=1))


def test_run_pushes_then_pulls_online_submissions(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    take_in(profile, ctx, RECEIVED)
    submissions = online(3)
    for record in submissions:
        province.store.add_online_submission(AGENCY, record)
    report = run(profile, ctx, gateway(province.url, Recorder()))
    assert report.outcome == SyncOutcome.OK and report.acked == 2 and report.exit_code == 0
    assert sorted(report.online_stored) == sorted(r["MaHoSo"] for r in submissions)
    first = dossier(profile, submissions[0]["MaHoSo"])
    assert first.status == Status.SUBMITTED and first.channel == 2 and first.appointment is None
    assert first.applicant_id_number == submissions[0]["MaDoiTuong"]
    assert first.received_at.strftime("%Y%m%d%H%M%S") == submissions[0]["NgayTiepNhan"]
    assert [h.to_status for h in first.history] == [1]
    # Pulling stores nothing in the outbox: the province already has these.
    assert {i.dossier_code for i in items(profile)}.isdisjoint(report.online_stored)
    # Pulling again (cursor reset too) changes nothing.
    again = run(profile, ctx, gateway(province.url, Recorder()))
    assert again.online_stored == [] and again.exit_code == 0
    with profile.db.session() as session, session.begin():
        from desktop.sync import state

        state.write(session, state.CURSOR_ONLINE, "", NOW)
    third = run(profile, ctx, gateway(province.url, Recorder()))
    assert third.online_stored == [] and dossier(profile, first.code).record_version == 1


def test_accepting_an_online_dossier_counts_from_acceptance_and_syncs(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    record = online(1)[0]
    province.store.add_online_submission(AGENCY, record)
    run(profile, ctx, gateway(province.url, Recorder()))
    code = record["MaHoSo"]
    accepted_at = NOW + timedelta(hours=1)
    do(profile, ctx, code, Action.ACCEPT, accepted_at)
    after = dossier(profile, code)
    assert after.status == Status.ACCEPTED and after.record_version == 2
    assert after.appointment is not None and after.appointment > accepted_at
    report = run(profile, ctx, gateway(province.url, Recorder()), accepted_at)
    assert report.exit_code == 0 and province.versions()[code] == 2
    # The province no longer lists it as waiting.
    answer = gateway(province.url, Recorder()).call("LayHoSoTrucTuyen", TuNgay="")
    assert answer["data"] == []


def test_online_record_the_desk_cannot_take_is_skipped_whole(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    good, bad_id, unknown = online(3)
    bad_id["MaDoiTuong"] = "12345"
    unknown["MaTTHC"] = "9.999999"
    for record in (good, bad_id, unknown):
        province.store.add_online_submission(AGENCY, record)
    report = run(profile, ctx, gateway(province.url, Recorder()))
    assert report.online_stored == [good["MaHoSo"]]
    skipped = {s["MaHoSo"]: s["message"] for s in report.online_skipped}
    assert set(skipped) == {bad_id["MaHoSo"], unknown["MaHoSo"]}
    assert "9.999999" in skipped[unknown["MaHoSo"]]
    with profile.db.read_session() as session:
        codes = set(session.scalars(select(Dossier.code)))
    assert codes == {good["MaHoSo"]}
    # Skipped records come again on the next pull (the cursor did not move).
    assert len(run(profile, ctx, gateway(province.url, Recorder())).online_skipped) == 2


def test_counter_numbering_skips_a_code_taken_by_the_portal(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    record = online(1)[0] | {"MaHoSo": f"{AGENCY}-{NOW:%y%m%d}-0001"}
    province.store.add_online_submission(AGENCY, record)
    run(profile, ctx, gateway(province.url, Recorder()))
    assert take_in(profile, ctx, NOW) == f"{AGENCY}-{NOW:%y%m%d}-0002"


def test_catalogue_pull_adds_versions_and_received_dossiers_keep_theirs(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    code = take_in(profile, ctx, RECEIVED)
    before = dossier(profile, code).procedure_version_id
    changed = next(dict(e) for e in CATALOGUE if e["MaTTHC"] == "1.004873")
    changed |= {"ThoiHanGiaiQuyet": 5, "DonViThoiHan": "ngay_lam_viec"}
    changed["HieuLucTu"] = "20261120000000"
    province.store.load_catalogue([changed])
    report = run(profile, ctx, gateway(province.url, Recorder()))
    assert report.catalogue_added == 1 and report.exit_code == 0
    assert dossier(profile, code).procedure_version_id == before
    with profile.db.read_session() as session:
        current = version_in_force(session, "1.004873", NOW)
        assert current.time_limit == 5 and current.source == "province"
        count = len(list(session.scalars(select(ProcedureVersion))))
    # The cursor moved: a second run brings nothing new.
    assert run(profile, ctx, gateway(province.url, Recorder())).catalogue_added == 0
    with profile.db.read_session() as session:
        assert len(list(session.scalars(select(ProcedureVersion)))) == count


def test_unreachable_province_exits_3_and_keeps_everything(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    take_in(profile, ctx, RECEIVED)
    province.stop()
    report = run(profile, ctx, gateway(province.url, Recorder()))
    assert report.outcome == SyncOutcome.UNREACHABLE and report.exit_code == 3
    assert report.counts["failed"] == 1 and report.counts["pending"] == 1
    assert report.message


def test_bad_password_and_forbidden_agency_exit_4(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    take_in(profile, ctx, RECEIVED)
    bad = run(profile, ctx, gateway(province.url, Recorder(), password="sai"))
    assert bad.outcome == SyncOutcome.CREDENTIALS and bad.exit_code == 4
    other = Gateway(province.url, "000.00.00.H99", USER, PASSWORD, timeout=5.0)
    forbidden = run(profile, ctx, other)
    assert forbidden.outcome == SyncOutcome.FORBIDDEN and forbidden.exit_code == 4
    assert all(i.state == ItemState.PENDING and i.attempts == 0 for i in items(profile))


def test_needs_attention_exits_3_retry_and_supersede(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    code = take_in(profile, ctx, RECEIVED)
    first = items(profile)[0]
    rival = json.loads(first.payload) | {"IdempotencyKey": str(uuid.uuid4())}
    gateway(province.url, Recorder()).call("DongBoHoSoMC", data=[rival])
    report = run(profile, ctx, gateway(province.url, Recorder()))
    assert report.needs_attention == 1 and report.exit_code == 3
    held = list_items(profile.db, (ItemState.NEEDS_ATTENTION,))
    assert [h.code for h in held] == [code] and "xung đột" in held[0].reason
    with profile.db.read_session() as session:
        shown = inspect_item(session, held[0].id).record
        revealed = inspect_item(session, held[0].id, reveal=True)
    number = shown["DinhDanhCHS"][0]["SoDinhDanh"]
    assert number.endswith("345") and number.startswith("*")
    assert revealed.record["DinhDanhCHS"][0]["SoDinhDanh"] == "001090012345"
    assert revealed.code == code
    # Retrying the same version conflicts again; a new change supersedes it.
    assert retry_items(profile.db, [held[0].id], NOW) == 1
    assert run(profile, ctx, gateway(province.url, Recorder())).needs_attention == 1
    do(profile, ctx, code, Action.TRANSFER, NOW, to_unit="Tư pháp", receiver="Lê Hoa")
    final = run(profile, ctx, gateway(province.url, Recorder()))
    assert final.exit_code == 0 and province.versions()[code] == 2
    assert all(i.state == ItemState.ACKED for i in items(profile))
    assert len(province.step_keys()) == 2


def test_throttle_is_kept_and_honoured(
    profile: Profile, ctx: DeskContext, province: Province1, monkeypatch: pytest.MonkeyPatch
) -> None:
    take_in(profile, ctx, RECEIVED)
    real = province.province.integration

    def throttled(body: Any) -> Any:
        return 429, {"error_code": 429, "message": "chậm lại"}

    monkeypatch.setattr(province.province, "integration", throttled)
    first = run(profile, ctx, gateway(province.url, Recorder()))
    assert first.outcome == SyncOutcome.THROTTLED and first.exit_code == 3
    monkeypatch.setattr(province.province, "integration", real)
    # The background run (not forced) waits without calling; a manual one waits then sends.
    recorder = Recorder()
    waiting = run(profile, ctx, gateway(province.url, recorder), force=False)
    assert waiting.outcome == SyncOutcome.THROTTLED and recorder.calls == []
    slept: list[float] = []
    manual = run(profile, ctx, gateway(province.url, Recorder()), sleep=slept.append)
    assert slept and 1.0 <= slept[0] <= 3.0
    assert manual.exit_code == 0


def test_last_run_is_kept_for_the_status_bar(
    profile: Profile, ctx: DeskContext, province: Province1, tmp_path: Path
) -> None:
    from desktop.sync.push_pull import last_report

    take_in(profile, ctx, RECEIVED)
    report = run(profile, ctx, gateway(province.url, Recorder()))
    kept = last_report(profile.db)
    assert kept["outcome"] == "ok" and kept["acked"] == report.acked == 2
    assert kept["counts"]["acked"] == 2 and kept["left"] == 0
    with profile.db.read_session() as session:
        assert session.scalar(select(OutboxItem.state).limit(1)) == "acked"


@pytest.mark.parametrize(
    ("service", "answer"),
    [
        ("LayDanhSachTTHC", {"error_code": 0, "data": "x"}),
        ("LayDanhSachTTHC", {"error_code": 0, "server_time": "soon", "data": []}),
        ("LayDanhSachTTHC", {"error_code": 0, "data": [{"MaTTHC": 5}]}),
        ("LayHoSoTrucTuyen", {"error_code": 0, "data": {"MaHoSo": "x"}}),
        ("LayHoSoTrucTuyen", {"error_code": 0, "data": [42, None, "x", {"MaHoSo": ""}]}),
    ],
)
def test_garbage_pull_answers_store_nothing(
    profile: Profile,
    ctx: DeskContext,
    province: Province1,
    monkeypatch: pytest.MonkeyPatch,
    service: str,
    answer: dict[str, Any],
) -> None:
    real = province.province.integration

    def garbage(body: Any) -> Any:
        if isinstance(body, dict) and body.get("service") == service:
            return 200, answer
        return real(body)

    monkeypatch.setattr(province.province, "integration", garbage)
    with profile.db.read_session() as session:
        versions_before = len(list(session.scalars(select(ProcedureVersion.id))))
    report = run(profile, ctx, gateway(province.url, Recorder()))
    assert report.online_stored == []
    with profile.db.read_session() as session:
        assert len(list(session.scalars(select(ProcedureVersion.id)))) == versions_before
        assert list(session.scalars(select(Dossier.code))) == []
        from desktop.sync import state

        cursor = state.CURSOR_CATALOGUE if service == "LayDanhSachTTHC" else state.CURSOR_ONLINE
        assert state.read(session, cursor) == ""
    if service == "LayDanhSachTTHC" or answer["data"] == {"MaHoSo": "x"}:
        assert report.outcome == SyncOutcome.UNREACHABLE and report.message
    else:  # records the desk cannot use are skipped one by one
        assert len(report.online_skipped) == 4


def test_password_and_personal_numbers_never_reach_the_log(
    profile: Profile,
    ctx: DeskContext,
    province: Province1,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    take_in(profile, ctx, RECEIVED)
    run(profile, ctx, gateway(province.url, Recorder()))
    run(profile, ctx, gateway(province.url, Recorder(), password="sai-mật-khẩu"))
    text = caplog.text
    assert "sync:" in text  # the engine did log
    for secret in (PASSWORD, "sai-mật-khẩu", "001090012345", "0912345678"):
        assert secret not in text


def test_the_audit_head_travels_with_the_records(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    from sqlalchemy import delete

    from db.models import AuditEntry
    from desktop.audit.chain import head
    from desktop.province.store import server_audit_head

    code = take_in(profile, ctx, RECEIVED)
    do(profile, ctx, code, Action.TRANSFER, RECEIVED, to_unit="Tư pháp", receiver="Lê Hoa")
    run(profile, ctx, gateway(province.url, Recorder()))
    with profile.db.read_session() as session:
        local = head(session)
    assert local[0] == 2
    with province.store.engine.connect() as conn:
        row = conn.execute(select(server_audit_head)).one()
    assert (row.seq, row.hash, row.regressed_from) == (local[0], local[1], None)
    # Lines removed at the desk (or an old backup restored): the province notices.
    with profile.db.session() as session, session.begin():
        session.execute(delete(AuditEntry).where(AuditEntry.seq >= 1))
    do(profile, ctx, code, Action.RESOLVE, RECEIVED)
    run(profile, ctx, gateway(province.url, Recorder()))
    with province.store.engine.connect() as conn:
        row = conn.execute(select(server_audit_head)).one()
    assert row.regressed_from == local[0] and row.seq == 1
