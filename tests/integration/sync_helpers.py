"""Shared pieces of the sync tests: a reference province on 127.0.0.1, a recording transport."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from db.models import Dossier, OutboxItem
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.profile import Profile
from desktop.sync.gateway import Gateway
from province.handlers import Answer, InvalidError, Province, validate_dossier
from province.http import ProvinceServer
from province.store import Store, server_dossier, server_step
from tests.integration.dossier_factory import do, take_in

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


EXTENSIONS = ["results", "online", "reconcile"]


class ExtendedFace(Province):
    """The reference server offering every extension at login (SYNC.md §4).

    Stand-in until province/ gets ``dialect="extended"``: the lead replaces it on merge."""

    def auth(self, body: Any) -> Answer:
        status, answer = super().auth(body)
        if status == 200:
            answer["extensions"] = EXTENSIONS
        return status, answer


class NationalFace(Province):
    """A strict baseline adapter over the reference store (SYNC.md §1–§2, §6 national): no
    extension, whole-call answers, all or nothing, ``error_code "-1"`` naming dossier and
    field. Faults: ``fail_next`` answers 500 before storing, ``lose_next`` after storing.

    Stand-in until province/ gets ``dialect="national"``: the lead replaces it on merge."""

    fail_next = 0
    lose_next = 0

    def auth(self, body: Any) -> Answer:
        status, answer = super().auth(body)
        if status == 200:
            answer["max_batch"] = str(answer["max_batch"])
            answer["error_code"] = "00"
        return status, answer

    def integration(self, body: Any) -> Answer:
        if not isinstance(body, dict) or not self._session_valid(str(body.get("session"))):
            return 200, {"error_code": "-1", "message": "Phiên làm việc không hợp lệ"}
        service = body.get("service")
        if service == "TraCuuHoSo":
            return 200, {"error_code": "0", "result": self._found(str(body.get("mahoso")))}
        if service not in ("DongBoHoSoMC", "CapNhatTienDoHoSoMC"):
            return super().integration(body)
        if self.fail_next:
            self.fail_next -= 1
            return 500, {"error_code": "-1", "message": "lỗi máy chủ"}
        try:
            v1 = self._as_v1(body)
        except InvalidError as exc:
            return 200, {"error_code": "-1", "message": str(exc)}
        status, answer = super().integration(v1)
        bad = [r for r in answer.get("results", []) if r["result"] not in ("created", "updated")]
        if status != 200 or bad:
            return 200, {"error_code": "-1", "message": str(bad or answer.get("message"))}
        if self.lose_next:
            self.lose_next -= 1
            return 500, {"error_code": "-1", "message": "mất câu trả lời"}
        return 200, {"error_code": "0", "message": ""}

    def _found(self, code: str) -> list[dict[str, Any]]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                select(server_dossier.c.record).where(server_dossier.c.ma_ho_so == code)
            ).scalars()
            return [json.loads(r) for r in rows]

    def _as_v1(self, body: dict[str, Any]) -> dict[str, Any]:
        records = [dict(r) for r in body["data"]]
        for record in records:
            if {"RecordVersion", "IdempotencyKey"} & set(record):
                raise InvalidError(f"Hồ sơ {record['MaHoSo']}: trường không có trong đặc tả")
        if body["service"] == "CapNhatTienDoHoSoMC":
            for record in records:
                name = f"{record['MaHoSo']}|{record['ThoiDiemXuLy']}|{record['TrangThai']}"
                record["IdempotencyKey"] = str(uuid.uuid5(uuid.NAMESPACE_URL, name))
            return {**body, "data": records}
        versions = self.versions()
        updating = body.get("isUpdating")
        for record in records:
            code = record["MaHoSo"]
            if (code in versions) != (updating == "True"):
                raise InvalidError(f"Hồ sơ {code}: isUpdating={updating} sai")
            try:
                validate_dossier(
                    {**record, "RecordVersion": 1, "IdempotencyKey": str(uuid.uuid4())}
                )
            except InvalidError as exc:
                raise InvalidError(f"Hồ sơ {code}: {exc}") from exc
            record["RecordVersion"] = versions.get(code, 0) + 1
            record["IdempotencyKey"] = str(uuid.uuid4())
        return {**body, "data": records}

    def versions(self) -> dict[str, int]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(server_dossier.c.ma_ho_so, server_dossier.c.record_version))
            return {code: version for code, version in rows}


FACES = {"extended": ExtendedFace, "national": NationalFace}


class Province1:
    def __init__(self, tmp_path: Path, dialect: str = "extended") -> None:
        self.store = Store(f"sqlite+pysqlite:///{tmp_path / 'province.db'}")
        self.province = FACES[dialect](self.store, USER, PASSWORD, frozenset({AGENCY}))
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


def sent_records(recorder: Recorder, service: str) -> list[dict[str, Any]]:
    return [r for call in recorder.calls if call["service"] == service for r in call["data"]]
