"""The desk's push of the outbox to the reference provincial server, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import update

from db.models import OutboxItem
from desktop.dossiers.context import DeskContext
from desktop.errors import InputError
from desktop.outbox.queue import ItemState, count_to_send
from desktop.profile import Profile
from desktop.sync.engine import PushSummary, backoff_delay, push_pending
from desktop.sync.errors import BadCredentials, Forbidden
from desktop.sync.gateway import Gateway
from tests.integration.dossier_factory import take_in
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
    local_versions,
    sent_records,
    some_work,
)


def test_push_sends_newest_versions_and_every_step_once(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    codes = some_work(profile, ctx)
    queued = items(profile)
    recorder = Recorder()
    summary = push_pending(profile.db, gateway(province.url, recorder), now=NOW)
    assert summary == PushSummary(acked=len(queued), failed=0, needs_attention=0, remaining=0)
    assert province.versions() == local_versions(profile)
    assert province.versions()[codes[0]] == 3
    steps = [i.idempotency_key for i in queued if i.kind == "step"]
    assert sorted(province.step_keys()) == sorted(steps) and len(steps) == 4
    after = items(profile)
    assert all(i.state == ItemState.ACKED and i.acked_at == NOW for i in after)
    assert len(after) == len(queued)  # nothing deleted
    # The changed dossier went once, as its newest version; its older ones were carried.
    dossiers = sent_records(recorder, "DongBoHoSoMC")
    assert sorted((r["MaHoSo"], r["RecordVersion"]) for r in dossiers) == sorted(
        [(codes[0], 3), (codes[1], 1)]
    )
    carried = [i for i in after if i.dossier_code == codes[0] and i.record_version in (1, 2)]
    assert all("phiên bản 3" in i.last_error for i in carried)
    # Records go before steps.
    services = [c["service"] for c in recorder.calls]
    assert services == ["DongBoHoSoMC", "CapNhatTienDoHoSoMC"]

    again = Recorder()
    summary = push_pending(profile.db, gateway(province.url, again), now=NOW)
    assert summary == PushSummary(0, 0, 0, 0)
    assert again.calls == []


def test_batches_respect_max_batch(profile: Profile, ctx: DeskContext, province: Province1) -> None:
    for n in range(3):
        take_in(profile, ctx, RECEIVED + timedelta(minutes=n))
    province.province.max_batch = 2
    recorder = Recorder()
    summary = push_pending(profile.db, gateway(province.url, recorder), now=NOW)
    assert summary.acked == 6 and summary.remaining == 0
    assert [len(c["data"]) for c in recorder.calls] == [2, 1, 2, 1]


def test_item_left_sending_by_a_crash_is_sent(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    take_in(profile, ctx, RECEIVED)
    with profile.db.session() as session, session.begin():
        session.execute(update(OutboxItem).values(state=ItemState.SENDING.value))
    summary = push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    assert summary.acked == 2 and summary.remaining == 0


def test_count_to_send_counts_what_the_desk_will_still_send(
    profile: Profile, ctx: DeskContext
) -> None:
    take_in(profile, ctx, RECEIVED)
    take_in(profile, ctx, RECEIVED + timedelta(minutes=5))
    ids = [i.id for i in items(profile)]
    assert len(ids) == 4
    states = [ItemState.SENDING, ItemState.FAILED, ItemState.ACKED, ItemState.NEEDS_ATTENTION]
    with profile.db.session() as session, session.begin():
        for item_id, state in zip(ids, states, strict=True):
            session.execute(
                update(OutboxItem).where(OutboxItem.id == item_id).values(state=state.value)
            )
        assert count_to_send(session) == 2
        session.execute(update(OutboxItem).values(state=ItemState.PENDING.value))
        assert count_to_send(session) == 4


@pytest.mark.parametrize("logged_in", [False, True])
def test_server_down_fails_with_backoff_and_waits(
    profile: Profile, ctx: DeskContext, province: Province1, logged_in: bool
) -> None:
    take_in(profile, ctx, RECEIVED)
    take_in(profile, ctx, RECEIVED + timedelta(minutes=1))
    recorder = Recorder()
    gw = gateway(province.url, recorder)
    if logged_in:  # a session opened before the server went down (no kept-alive connection)
        first = gateway(province.url, Recorder())
        first.login()
        gw.session = first.session
        first.close()
    province.stop()
    rng = random.Random(7)
    summary = push_pending(profile.db, gw, now=NOW, rng=rng)
    assert summary.acked == 0 and summary.failed == 2 and summary.remaining == 4
    after = items(profile)
    failed = [i for i in after if i.kind == "dossier"]
    assert all(i.state == ItemState.FAILED and i.attempts == 1 and i.last_error for i in failed)
    for item in failed:
        assert item.next_attempt_at is not None
        assert NOW < item.next_attempt_at <= NOW + timedelta(seconds=2)
    # Steps wait for their dossier's record.
    assert all(i.state == ItemState.PENDING for i in after if i.kind == "step")
    sent = len(recorder.calls)
    summary = push_pending(profile.db, gw, now=NOW + timedelta(milliseconds=1), rng=rng)
    assert summary == PushSummary(0, 0, 0, 4)
    assert len(recorder.calls) == sent
    assert [(i.state, i.attempts) for i in items(profile)] == [(i.state, i.attempts) for i in after]


def test_backoff_is_full_jitter_capped_and_honours_retry_after() -> None:
    rng = random.Random(1)
    assert all(0 <= backoff_delay(0, rng) <= 2 for _ in range(50))
    assert all(0 <= backoff_delay(3, rng) <= 16 for _ in range(50))
    assert all(backoff_delay(40, rng) <= 900 for _ in range(50))
    assert all(backoff_delay(0, rng, retry_after=30) >= 30 for _ in range(50))


def test_bad_password_raises_and_keeps_items_pending(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    take_in(profile, ctx, RECEIVED)
    with pytest.raises(BadCredentials) as caught:
        push_pending(profile.db, gateway(province.url, Recorder(), password="sai"), now=NOW)
    assert "sai" not in str(caught.value)
    assert all(i.state == ItemState.PENDING and i.attempts == 0 for i in items(profile))
    assert province.versions() == {}


class _Garbage(BaseHTTPRequestHandler):
    mode = "not json"

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        if self.path.endswith("/auth"):
            answer: Any = {"error_code": 0, "session": "s", "extensions": ["results"]}
        elif self.server.mode == "not json":  # type: ignore[attr-defined]
            answer = None
        elif self.server.mode in ("429", "403"):  # type: ignore[attr-defined]
            status = int(self.server.mode)  # type: ignore[attr-defined]
            data = json.dumps({"error_code": status, "message": "x"}).encode()
            self.send_response(status)
            self.send_header("Retry-After", "120")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        elif self.server.mode == "wrong shape":  # type: ignore[attr-defined]
            answer = {"error_code": 0, "results": {"result": "created"}}
        elif self.server.mode == "list":  # type: ignore[attr-defined]
            answer = [{"error_code": 0}]
        elif self.server.mode == "other codes":  # type: ignore[attr-defined]
            answer = {
                "error_code": 0,
                "results": [
                    {"MaHoSo": "X-" + r["MaHoSo"], "RecordVersion": 1, "result": "created"}
                    for r in body["data"]
                ],
            }
        elif self.server.mode == "huge":  # type: ignore[attr-defined]
            answer = {"error_code": 0, "padding": "x" * (3 * 1024 * 1024)}
        else:
            answer = {"error_code": 0, "results": [{"result": "created"}] * (len(body["data"]) + 1)}
        data = b"not json" if answer is None else json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_: Any) -> None:
        pass


@contextmanager
def odd_server(mode: str) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    server.mode = mode  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "mode", ["not json", "wrong length", "wrong shape", "list", "other codes", "huge"]
)
def test_garbage_answers_ack_nothing(profile: Profile, ctx: DeskContext, mode: str) -> None:
    take_in(profile, ctx, RECEIVED)
    with odd_server(mode) as url:
        gw = Gateway(url, AGENCY, USER, PASSWORD, timeout=5.0, max_answer_bytes=1024 * 1024)
        summary = push_pending(profile.db, gw, now=NOW)
    assert summary.acked == 0 and summary.failed == 1
    after = items(profile)
    assert [i.state for i in after] == [ItemState.FAILED, ItemState.PENDING]
    assert all(i.acked_at is None for i in after)


@pytest.mark.parametrize(
    "url", ["http://10.0.0.1", "http://example.vn/api", "ftp://127.0.0.1", "not a url"]
)
def test_plain_http_refused_unless_loopback(url: str) -> None:
    with pytest.raises(InputError):
        Gateway(url, AGENCY, USER, PASSWORD)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:9", "https://10.0.0.1"]
)
def test_https_and_loopback_http_accepted(url: str) -> None:
    Gateway(url, AGENCY, USER, PASSWORD).close()


def test_rate_limited_waits_at_least_retry_after(profile: Profile, ctx: DeskContext) -> None:
    take_in(profile, ctx, RECEIVED)
    with odd_server("429") as url:
        summary = push_pending(profile.db, gateway(url, Recorder()), now=NOW)
    assert summary.failed == 1 and summary.acked == 0
    (dossier, _step) = items(profile)
    assert dossier.state == ItemState.FAILED and dossier.next_attempt_at is not None
    assert dossier.next_attempt_at >= NOW + timedelta(seconds=120)


def test_forbidden_is_raised_and_items_stay_pending(profile: Profile, ctx: DeskContext) -> None:
    take_in(profile, ctx, RECEIVED)
    with odd_server("403") as url, pytest.raises(Forbidden):
        push_pending(profile.db, gateway(url, Recorder()), now=NOW)
    assert all(i.state == ItemState.PENDING and i.attempts == 0 for i in items(profile))


def test_conflict_needs_attention_and_holds_the_steps(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    code = take_in(profile, ctx, RECEIVED)
    (dossier, _step) = items(profile)
    rival = json.loads(dossier.payload) | {"IdempotencyKey": str(uuid.uuid4())}
    gateway(province.url, Recorder()).call("DongBoHoSoMC", data=[rival])
    summary = push_pending(profile.db, gateway(province.url, Recorder()), now=NOW)
    assert summary == PushSummary(acked=0, failed=0, needs_attention=1, remaining=1)
    dossier, step = items(profile)
    assert dossier.state == ItemState.NEEDS_ATTENTION and "xung đột" in dossier.last_error
    assert step.state == ItemState.PENDING
    assert province.step_keys() == [] and province.versions() == {code: 1}


def test_expired_session_logs_in_again_once(
    profile: Profile, ctx: DeskContext, province: Province1
) -> None:
    take_in(profile, ctx, RECEIVED)
    recorder = Recorder()
    gw = gateway(province.url, recorder)
    gw.login()
    later = time.time() + 7200
    province.province.clock = lambda: later
    summary = push_pending(profile.db, gw, now=NOW)
    assert summary.acked == 2 and summary.remaining == 0
    assert [c["service"] for c in recorder.calls] == [
        "DongBoHoSoMC",
        "DongBoHoSoMC",
        "CapNhatTienDoHoSoMC",
    ]


@pytest.mark.parametrize("form", ["base", "separate"])
def test_the_province_named_by_a_base_or_by_separate_urls(
    profile: Profile, ctx: DeskContext, province: Province1, form: str
) -> None:
    from desktop.sync.push_pull import open_gateway

    settings = profile.settings
    settings.sync_user = USER
    if form == "base":
        settings.sync_url = province.url
    else:  # no base: login and services each named (a province whose URLs differ)
        settings.sync_url = ""
        settings.sync_auth_url = f"{province.url}/auth"
        settings.sync_integration_url = f"{province.url}/integration"
    take_in(profile, ctx, RECEIVED)
    with open_gateway(settings, AGENCY, PASSWORD) as gw:
        summary = push_pending(profile.db, gw, now=NOW)
    assert summary.acked == 2 and summary.remaining == 0
    assert list(province.versions().values()) == [1]
