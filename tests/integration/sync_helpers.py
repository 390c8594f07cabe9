"""Shared pieces of the sync tests: a reference province on 127.0.0.1, a recording transport."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from db.models import Dossier, OutboxItem
from desktop.attachments.pages import PreparedFile
from desktop.attachments.service import ItemFile, Role
from desktop.desk import Desk
from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake_request import parse_intake
from desktop.dossiers.status import Action
from desktop.profile import Profile
from desktop.province.handlers import Province
from desktop.province.http import ProvinceServer
from desktop.province.store import Store, server_dossier, server_step
from desktop.sync.gateway import Gateway
from tests import files_factory as ff
from tests.integration.dossier_factory import do, intake_json, take_in

AGENCY = "000.00.00.H56"
USER, PASSWORD = "xa-hoa-binh", "mật-khẩu-đúng"
RECEIVED = datetime(2026, 11, 16, 9, 0)
NOW = datetime(2026, 11, 20, 10, 0)


class Recorder(httpx.HTTPTransport):
    """Keeps every /integration body sent and counts the logins."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []
        self.logins = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/integration"):
            self.calls.append(json.loads(request.read()))
        if request.url.path.endswith("/auth"):
            self.logins += 1
        return super().handle_request(request)


class Province1:
    def __init__(self, tmp_path: Path, dialect: str = "extended") -> None:
        self.store = Store(f"sqlite+pysqlite:///{tmp_path / 'province.db'}")
        self.province = Province(self.store, USER, PASSWORD, frozenset({AGENCY}), dialect=dialect)
        self.http = ProvinceServer(("127.0.0.1", 0), self.province)
        self.http.start()
        self.url = self.http.url

    def versions(self) -> dict[str, int]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(server_dossier.c.ma_ho_so, server_dossier.c.record_version))
            return {code: version for code, version in rows}

    def step_keys(self) -> list[str]:
        with self.store.engine.connect() as conn:
            return list(conn.scalars(select(server_step.c.idempotency_key)))

    def stop(self) -> None:
        self.http.stop()


def gateway(url: str, recorder: Recorder, password: str = PASSWORD) -> Gateway:
    return Gateway(url, AGENCY, USER, password, timeout=5.0, transport=recorder)


def items(profile: Profile) -> list[OutboxItem]:
    with profile.db.read_session() as session:
        return list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def local_versions(profile: Profile) -> dict[str, int]:
    with profile.db.read_session() as session:
        return {d.code: d.record_version for d in session.scalars(select(Dossier))}


def some_work(profile: Profile, ctx: DeskContext) -> list[str]:
    first = take_in(profile, ctx, RECEIVED)
    second = take_in(profile, ctx, RECEIVED + timedelta(minutes=5))
    do(
        profile,
        ctx,
        first,
        Action.TRANSFER,
        RECEIVED + timedelta(hours=1),
        to_unit="Công chức Tư pháp - Hộ tịch",
        receiver="Lê Thị Hoa",
    )
    do(profile, ctx, first, Action.RESOLVE, datetime(2026, 11, 18, 15, 0))
    return [first, second]


TWO_PAPERS = "1.001193"  # a procedure whose checklist has two papers


def _pdf(desk: Desk, text: str) -> PreparedFile:
    return desk.attachments.prepare([desk.attachments.check("p.png", ff.png_page(text))])


def dossier_with_files(profile: Profile, minute: int = 0) -> tuple[str, list[str]]:
    """A dossier with two scanned items and one result; its code and its files' SHA-256s."""
    desk = Desk(profile, now=lambda: RECEIVED + timedelta(minutes=minute))
    first, second = _pdf(desk, f"Đơn {minute}"), _pdf(desk, f"Giấy tờ {minute}")
    request = parse_intake(intake_json(procedure=TWO_PAPERS), today=RECEIVED.date())
    files = (ItemFile(Role.DOCUMENT, 1, first), ItemFile(Role.DOCUMENT, 2, second))
    code = desk.receive(replace(request, files=files)).code
    result = _pdf(desk, f"Kết quả {minute}")
    desk.attachments.attach(code, [ItemFile(Role.RESULT, 1, result)])
    return code, [first.sha256, second.sha256, result.sha256]


def sent_records(recorder: Recorder, service: str) -> list[dict[str, Any]]:
    return [r for call in recorder.calls if call["service"] == service for r in call["data"]]
