"""The reference server's rules (SYNC.md §1–§2, §4, §6): login, envelope, and each service.

Two dialects. ``national`` (national.py): the strict adapter, baseline only, a call
applied all or nothing. ``extended`` (here): the baseline plus every extension of §4; records
of one call are judged one by one, each in its own savepoint of one transaction that is
committed before the answer; one bad record never fails the others and results keep the input
order. Extended ignores ``isUpdating``: RecordVersion says whether a record creates or updates.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeGuard

from sqlalchemy import Connection, and_, select
from sqlalchemy.exc import IntegrityError

from desktop.province import national
from desktop.province.baseline import RefusalError, is_wire_date
from desktop.province.store import (
    Store,
    dump,
    insert_step,
    server_audit_head,
    server_catalogue,
    server_dossier,
    server_now,
    server_online,
    server_session,
    server_step,
)

log = logging.getLogger("motcua.province")

MAX_BATCH = 100
SESSION_SECONDS = 3600
STATUSES = frozenset(str(n) for n in range(1, 11))
CHANNELS = frozenset({"1", "2", "3"})
APPLICANT_KINDS = frozenset({"1", "2", "3", "4"})
DIALECTS = ("national", "extended")
PUSHES = frozenset({"DongBoHoSoMC", "CapNhatTienDoHoSoMC"})
EXTENSIONS = ("results", "online", "reconcile")
DELIVERIES = frozenset({"0", "1"})

Answer = tuple[int, dict[str, Any]]


class InvalidError(Exception):
    """A record (or a service parameter) fails validation; the message says why."""


def error(status: int, message: str) -> Answer:
    return status, {"error_code": status, "message": message}


@dataclass
class Province:
    """One reference provincial server: its account, its agencies and its database."""

    store: Store
    username: str
    password: str
    agencies: frozenset[str]
    max_batch: int = MAX_BATCH
    dialect: str = "extended"
    session_seconds: int = SESSION_SECONDS
    clock: Callable[[], float] = field(default=time.time)
    # Faults for tests (§6), counted down per push call (DongBoHoSoMC, CapNhatTienDoHoSoMC):
    # answer 500 before storing anything, or store and then answer 500 (the answer is lost).
    fail_next: int = 0
    lose_next: int = 0
    # The same for uploads (POST /files): refuse the next ones, or store and lose the answer.
    refuse_next_upload: int = 0
    lose_next_upload: int = 0

    def __post_init__(self) -> None:
        if self.dialect not in DIALECTS:
            raise ValueError(f"dialect must be one of {', '.join(DIALECTS)}: {self.dialect!r}")

    @property
    def national(self) -> bool:
        return self.dialect == "national"

    # ---- §1 login -------------------------------------------------------------------
    def auth(self, body: Any) -> Answer:
        if not isinstance(body, dict):
            return error(400, "body must be a JSON object")
        user, password = body.get("username"), body.get("password")
        if not isinstance(user, str) or not isinstance(password, str):
            return error(400, "username and password must be strings")
        good_user = hmac.compare_digest(user.encode(), self.username.encode())
        good_password = hmac.compare_digest(password.encode(), self.password.encode())
        if not (good_user and good_password):
            if self.national:
                return 401, {"error_code": "-1", "message": "bad credentials"}
            return error(401, "bad credentials")
        token = secrets.token_urlsafe(32)
        with self.store.engine.begin() as conn:
            conn.execute(server_session.delete().where(server_session.c.expires_at <= self.clock()))
            conn.execute(
                server_session.insert().values(
                    token=token, username=user, expires_at=self.clock() + self.session_seconds
                )
            )
        if self.national:  # every value a string, no extension
            return 200, {
                "error_code": "00",
                "session": token,
                "expires_in": str(self.session_seconds),
                "max_batch": str(self.max_batch),
            }
        return 200, {
            "error_code": 0,
            "session": token,
            "expires_in": self.session_seconds,
            "max_batch": self.max_batch,
            "extensions": list(EXTENSIONS),
        }

    # ---- §2 envelope ------------------------------------------------------------------
    def integration(self, body: Any) -> Answer:
        pushing = isinstance(body, dict) and body.get("service") in PUSHES
        if pushing and self.fail_next > 0:
            self.fail_next -= 1
            return 500, {"error_code": "-1", "message": "injected fault: nothing stored"}
        answer = national.answer(self, body) if self.national else self._extended(body)
        stored = answer[0] == 200 and answer[1].get("error_code") in (0, "0")
        if pushing and stored and self.lose_next > 0:
            self.lose_next -= 1
            return 500, {"error_code": "-1", "message": "injected fault: stored, answer lost"}
        return answer

    def _extended(self, body: Any) -> Answer:
        if not isinstance(body, dict):
            return error(400, "body must be a JSON object")
        session, madonvi, service = body.get("session"), body.get("madonvi"), body.get("service")
        if session is None:
            return error(401, "no session")
        if not isinstance(session, str):
            return error(400, "session must be a string")
        if not self._session_valid(session):
            return error(401, "session expired or unknown")
        if not isinstance(madonvi, str) or not madonvi:
            return error(400, "madonvi must be a non-empty string")
        if madonvi not in self.agencies:
            return error(403, f"madonvi {madonvi} is not allowed for this account")
        handler = SERVICES.get(service) if isinstance(service, str) else None
        if handler is None:
            return error(400, f"unknown service: {service!r}")
        try:
            return 200, {"error_code": 0, **handler(self, madonvi, body)}
        except (InvalidError, RefusalError) as exc:
            return error(400, str(exc))

    def _session_valid(self, token: str) -> bool:
        with self.store.engine.connect() as conn:
            expires = conn.execute(
                select(server_session.c.expires_at).where(server_session.c.token == token)
            ).scalar()
            conn.rollback()
        return expires is not None and expires > self.clock()

    def _batch(self, body: dict[str, Any]) -> list[Any]:
        data = body.get("data")
        if not isinstance(data, list):
            raise InvalidError("data must be an array")
        if len(data) > self.max_batch:
            raise InvalidError(f"at most {self.max_batch} records per call")
        return data

    # ---- §2.1 dossiers ------------------------------------------------------------------
    def push_dossiers(self, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
        results = self._judge(madonvi, self._batch(body), _dossier_result, _store_dossier)
        self._audit_head(madonvi, body.get("AuditHead"))
        return {"results": results}

    def _audit_head(self, madonvi: str, head: Any) -> None:
        """Keep the newest head of the desk's audit trail (an optional envelope field); a
        head with a lower line number than one already received is flagged."""
        if not isinstance(head, dict):
            return
        seq, digest = head.get("seq"), head.get("hash")
        if not _is_int(seq) or not isinstance(digest, str) or len(digest) != 64:
            return
        h = server_audit_head.c
        with self.store.engine.begin() as conn:
            row = conn.execute(select(h.seq).where(h.madonvi == madonvi).with_for_update()).first()
            values = {"seq": seq, "hash": digest, "received_at": server_now()}
            if row is None:
                conn.execute(server_audit_head.insert().values(madonvi=madonvi, **values))
            elif seq >= row.seq:
                conn.execute(
                    server_audit_head.update().where(h.madonvi == madonvi).values(**values)
                )
            else:
                log.warning(
                    "province: audit trail of %s went back from %d to %d", madonvi, row.seq, seq
                )
                conn.execute(
                    server_audit_head.update()
                    .where(h.madonvi == madonvi)
                    .values(regressed_from=row.seq, **values)
                )

    # ---- §2.2 steps ---------------------------------------------------------------------
    def push_steps(self, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
        return {"results": self._judge(madonvi, self._batch(body), _step_result, _store_step)}

    def _judge(
        self,
        madonvi: str,
        records: list[Any],
        blank: Callable[[Any], dict[str, Any]],
        store: Callable[[Connection, str, dict[str, Any]], tuple[str, str]],
    ) -> list[dict[str, Any]]:
        """Judge the records one by one, each in its own savepoint of one transaction that
        is committed before the answer: a bad record changes nothing and fails nothing else."""
        results = [blank(record) for record in records]
        with self.store.engine.begin() as conn:
            for record, result in zip(records, results, strict=True):
                if result["message"]:
                    continue  # failed validation
                result["result"], result["message"] = _store_one(conn, madonvi, record, store)
        return results

    # ---- §2.3 – §2.6 ----------------------------------------------------------------------
    def look_up(self, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
        """§2.3 (``mahoso``; ``MaHoSo`` is read too): ``result`` is ``[HoSo]`` or ``[]``."""
        code = body.get("mahoso", body.get("MaHoSo"))
        return {"result": national.found_dossiers(self, madonvi, code)}

    def procedure(self, _madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
        """§2.4 ``LayThuTuc``: the procedure ``maTTHC`` in the national shape."""
        return national.procedure(self, _madonvi, body)

    def reconcile(self, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
        start = _day_param(body, "TuNgay")
        end = _day_param(body, "DenNgay")
        c = server_dossier.c
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                select(c.ma_ho_so, c.record_version, c.trang_thai)
                .where(
                    c.madonvi == madonvi,
                    c.ngay_tiep_nhan >= start + "000000",
                    c.ngay_tiep_nhan <= end + "235959",
                )
                .order_by(c.ngay_tiep_nhan, c.ma_ho_so)
            ).all()
            conn.rollback()
        return {
            "data": [
                {
                    "MaHoSo": r.ma_ho_so,
                    "RecordVersion": r.record_version,
                    "TrangThaiHoSo": r.trang_thai,
                }
                for r in rows
            ]
        }

    def catalogue(self, _madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
        since = _since_param(body)
        now = server_now()
        query = select(server_catalogue.c.record).order_by(server_catalogue.c.ma_tthc)
        if since:
            query = query.where(server_catalogue.c.changed_at >= since)
        with self.store.engine.connect() as conn:
            records = conn.execute(query).scalars().all()
            conn.rollback()
        return {"server_time": now, "data": [json.loads(r) for r in records]}

    def online(self, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
        since = _since_param(body)
        now = server_now()
        o, d = server_online.c, server_dossier.c
        # Waiting means the desk has not yet pushed a decision (a status other than 1).
        query = (
            select(o.record)
            .outerjoin(server_dossier, and_(d.madonvi == o.madonvi, d.ma_ho_so == o.ma_ho_so))
            .where(o.madonvi == madonvi, (d.id.is_(None)) | (d.trang_thai == "1"))
            .order_by(o.changed_at, o.ma_ho_so)
        )
        if since:
            query = query.where(o.changed_at >= since)
        with self.store.engine.connect() as conn:
            records = conn.execute(query).scalars().all()
            conn.rollback()
        return {"server_time": now, "data": [json.loads(r) for r in records]}


def _store_one(
    conn: Connection,
    madonvi: str,
    record: dict[str, Any],
    store: Callable[[Connection, str, dict[str, Any]], tuple[str, str]],
) -> tuple[str, str]:
    for _attempt in range(3):
        try:
            with conn.begin_nested():
                return store(conn, madonvi, record)
        except IntegrityError:  # a concurrent call stored the same record first: look again
            continue
    return "rejected", "could not store the record, try again"


def _blank(record: Any, key: str, validate: Callable[[Any], None]) -> dict[str, Any]:
    """The result of one record before it is stored: ``rejected`` with a message if invalid.

    ``key`` is what identifies the record beside MaHoSo: RecordVersion or IdempotencyKey.
    """
    fields = record if isinstance(record, dict) else {}
    code, value = fields.get("MaHoSo"), fields.get(key)
    if key == "RecordVersion":
        value = value if _is_int(value) else None
    else:
        value = value if isinstance(value, str) else ""
    result: dict[str, Any] = {
        "MaHoSo": code if isinstance(code, str) else "",
        key: value,
        "result": "rejected",
        "message": "",
    }
    try:
        validate(record)
    except InvalidError as exc:
        result["message"] = str(exc)
    return result


def _dossier_result(record: Any) -> dict[str, Any]:
    return _blank(record, "RecordVersion", validate_dossier)


def _step_result(record: Any) -> dict[str, Any]:
    return _blank(record, "IdempotencyKey", validate_step)


def _store_dossier(conn: Connection, madonvi: str, record: dict[str, Any]) -> tuple[str, str]:
    return _apply_dossier(conn, madonvi, record), ""


def _store_step(conn: Connection, madonvi: str, record: dict[str, Any]) -> tuple[str, str]:
    return _apply_step(conn, madonvi, record)


def _apply_dossier(conn: Connection, madonvi: str, record: dict[str, Any]) -> str:
    c = server_dossier.c
    code, version, key = record["MaHoSo"], record["RecordVersion"], record["IdempotencyKey"]
    row = conn.execute(
        select(c.id, c.record_version, c.idempotency_key)
        .where(c.madonvi == madonvi, c.ma_ho_so == code)
        .with_for_update()
    ).first()
    values = {
        "record_version": version,
        "idempotency_key": key,
        "trang_thai": record["TrangThaiHoSo"],
        "ngay_tiep_nhan": record["NgayTiepNhan"],
        "record": dump(record),
        "updated_at": server_now(),
    }
    if row is None:
        conn.execute(server_dossier.insert().values(madonvi=madonvi, ma_ho_so=code, **values))
        return "created"
    if row.record_version < version:
        conn.execute(server_dossier.update().where(c.id == row.id).values(**values))
        return "updated"
    if row.record_version > version:
        return "stale"
    return "duplicate" if row.idempotency_key == key else "conflict"


def _apply_step(conn: Connection, madonvi: str, record: dict[str, Any]) -> tuple[str, str]:
    s, d = server_step.c, server_dossier.c
    key, code = record["IdempotencyKey"], record["MaHoSo"]
    stored = conn.execute(select(s.madonvi, s.ma_ho_so).where(s.idempotency_key == key)).first()
    if stored is not None:
        if stored.madonvi == madonvi and stored.ma_ho_so == code:
            return "duplicate", ""
        return "rejected", "IdempotencyKey already used for another dossier"
    known = conn.execute(select(d.id).where(d.madonvi == madonvi, d.ma_ho_so == code)).first()
    if known is None:
        return "rejected", f"unknown MaHoSo {code}"
    insert_step(conn, key, madonvi, record)
    return "created", ""


# ---- validation ----------------------------------------------------------------------------


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(record: dict[str, Any], name: str, *, required: bool, non_empty: bool = False) -> None:
    if name not in record or record[name] is None:
        if required:
            raise InvalidError(f"{name} is required")
        return
    value = record[name]
    if not isinstance(value, str):
        raise InvalidError(f"{name} must be a string")
    if non_empty and not value.strip():
        raise InvalidError(f"{name} must not be empty")


def _date(record: dict[str, Any], name: str, *, required: bool, allow_empty: bool) -> None:
    value = record.get(name)
    if value is None:
        if required:
            raise InvalidError(f"{name} is required")
        return
    if not isinstance(value, str):
        raise InvalidError(f"{name} must be a string yyyyMMddHHmmss")
    if value == "":
        if not allow_empty:
            raise InvalidError(f"{name} must not be empty")
        return
    if not is_wire_date(value):
        raise InvalidError(f"{name} is not a date yyyyMMddHHmmss: {value!r}")


def _code(record: dict[str, Any], name: str, allowed: frozenset[str]) -> None:
    value = record.get(name)
    if value not in allowed:
        raise InvalidError(
            f"{name} must be one of {', '.join(sorted(allowed, key=int))}: {value!r}"
        )


def _items(record: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = record.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InvalidError(f"{name} must be an array of objects")
    return value


def _non_negative_int(
    item: dict[str, Any], list_name: str, name: str, *, required: bool = False
) -> None:
    """An integer >= 0 or its digits as a string (version 2); absent only if not required."""
    value = item.get(name)
    if value is None and not required:
        return
    if isinstance(value, str) and value.isdigit():
        return
    if not _is_int(value) or value < 0:
        raise InvalidError(f"{list_name}.{name} must be a non-negative integer")


def validate_dossier(record: Any) -> None:
    """Raise :class:`InvalidError` when a HoSo record breaks SYNC.md §2.1."""
    if not isinstance(record, dict):
        raise InvalidError("record must be a JSON object")
    _text(record, "MaHoSo", required=True, non_empty=True)
    version = record.get("RecordVersion")
    if not _is_int(version) or version < 1:
        raise InvalidError("RecordVersion must be an integer >= 1")
    _text(record, "IdempotencyKey", required=True, non_empty=True)
    try:
        uuid.UUID(record["IdempotencyKey"])
    except ValueError:
        raise InvalidError("IdempotencyKey must be a UUID") from None
    for name in ("MaTTHC", "TenTTHC", "ChuHoSo"):
        _text(record, name, required=True, non_empty=True)
    for name in ("TrichYeuHoSo", "DonViXuLy"):
        _text(record, name, required=True)
    for name in ("MaLinhVuc", "TenLinhVuc"):
        _text(record, name, required=False)
    for name in ("MaDoiTuong", "SoDienThoai", "Email", "DiaChi", "GhiChu"):
        _text(record, name, required=False)
    _code(record, "KenhThucHien", CHANNELS)
    _code(record, "LoaiDoiTuong", APPLICANT_KINDS)
    _code(record, "TrangThaiHoSo", STATUSES)
    _code(record, "HinhThuc", DELIVERIES)
    _date(record, "NgayTiepNhan", required=True, allow_empty=False)
    _date(record, "NgayHenTra", required=True, allow_empty=True)
    _date(record, "NgayKetThucXuLy", required=False, allow_empty=True)
    _date(record, "NgayTra", required=False, allow_empty=True)
    for item in _items(record, "TaiLieuNop"):  # version 1's papers or version 2's files
        _text(item, "TenGiayTo", required=False)
        _non_negative_int(item, "TaiLieuNop", "SoBanChinh")
        _non_negative_int(item, "TaiLieuNop", "SoBanSao")
    for item in _items(record, "DanhSachLePhi"):
        _text(item, "TenPhiLePhi", required=True)
        _non_negative_int(item, "DanhSachLePhi", "Gia", required=True)
        _text(item, "HinhThucThu", required=False)
    for item in _items(record, "DanhSachHoSoBoSung"):
        _text(item, "NoiDungBoSung", required=True)
        for name in ("NgayBoSung", "NgayTiepNhanBoSung", "NgayHenTraTruoc", "NgayHenTraMoi"):
            _date(item, name, required=False, allow_empty=True)


def validate_step(record: Any) -> None:
    """Raise :class:`InvalidError` when a TienDo record breaks SYNC.md §2.2."""
    if not isinstance(record, dict):
        raise InvalidError("record must be a JSON object")
    _text(record, "MaHoSo", required=True, non_empty=True)
    _text(record, "IdempotencyKey", required=True, non_empty=True)
    for name in ("NguoiXuLy", "ChucDanh", "PhongBanXuLy", "NoiDungXuLy"):
        _text(record, name, required=False)
    _date(record, "ThoiDiemXuLy", required=True, allow_empty=False)
    _code(record, "TrangThai", STATUSES)
    _date(record, "NgayBatDau", required=False, allow_empty=True)
    _date(record, "NgayKetThucTheoQuyDinh", required=False, allow_empty=True)


def _day_param(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or len(value) != 8 or not value.isdigit():
        raise InvalidError(f"{name} must be yyyyMMdd")
    try:
        datetime.strptime(value, "%Y%m%d")
    except ValueError:
        raise InvalidError(f"{name} must be yyyyMMdd") from None
    return value


def _since_param(body: dict[str, Any]) -> str:
    value = body.get("TuNgay", "")
    if value is None:
        return ""
    if not isinstance(value, str) or (value and not is_wire_date(value)):
        raise InvalidError("TuNgay must be yyyyMMddHHmmss or empty")
    return value


SERVICES: dict[str, Callable[[Province, str, dict[str, Any]], dict[str, Any]]] = {
    "DongBoHoSoMC": Province.push_dossiers,
    "CapNhatTienDoHoSoMC": Province.push_steps,
    "TraCuuHoSo": Province.look_up,
    "LayThuTuc": Province.procedure,
    "DoiSoatHoSo": Province.reconcile,
    "LayDanhSachTTHC": Province.catalogue,
    "LayHoSoTrucTuyen": Province.online,
}
