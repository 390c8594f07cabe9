"""``--dialect national``: the strict adapter of SYNC.md §6, baseline services only (§2).

Every answer is HTTP 200 with ``error_code`` a string: ``"0"`` when the call succeeded,
``"-1"`` and a message naming the dossier and the field when it did not. A call is applied all
or nothing in one transaction, committed before the answer. Dossiers are known by MaHoSo,
steps by (MaHoSo, ThoiDiemXuLy, TrangThai): the same step sent again adds nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from desktop.province.baseline import RefusalError, check_dossier, check_step
from desktop.province.national_catalogue import national_tthc
from desktop.province.store import (
    dump,
    insert_step,
    known_file,
    server_catalogue,
    server_dossier,
    server_now,
    server_step,
)

if TYPE_CHECKING:
    from desktop.province.handlers import Answer, Province

ENVELOPE = frozenset({"session", "madonvi", "service"})
_ATTEMPTS = 3


def refused(message: str) -> Answer:
    return 200, {"error_code": "-1", "message": message}


def answer(province: Province, body: Any) -> Answer:
    """Check the envelope, then run the service; every failure is a whole-call refusal."""
    if not isinstance(body, dict):
        return refused("body is not a JSON object")
    session, madonvi, service = body.get("session"), body.get("madonvi"), body.get("service")
    if not isinstance(session, str) or not province._session_valid(session):
        return refused("session is missing, unknown or expired")
    if not isinstance(madonvi, str) or madonvi not in province.agencies:
        return refused(f"madonvi {madonvi!r} is not allowed for this account")
    found = SERVICES.get(service) if isinstance(service, str) else None
    if found is None:
        return refused(f"unknown service {service!r}")
    keys, run = found
    unknown = sorted(set(body) - ENVELOPE - keys)
    if unknown:
        return refused(f"{service}: {', '.join(unknown)} is not a key of the envelope")
    try:
        return 200, {"error_code": "0", "message": "", **run(province, madonvi, body)}
    except RefusalError as exc:
        return refused(str(exc))


def _records(province: Province, body: dict[str, Any]) -> list[Any]:
    data = body.get("data")
    if not isinstance(data, list):
        raise RefusalError("data is not a list")
    if len(data) > province.max_batch:
        raise RefusalError(f"{len(data)} records, at most {province.max_batch} per call")
    return data


def _all_or_nothing(province: Province, apply: Callable[[Connection], None]) -> dict[str, Any]:
    """Apply in one transaction; a :class:`RefusalError` rolls all of it back. A concurrent call
    that stored the same dossier or step first makes this one look again."""
    for _attempt in range(_ATTEMPTS):
        try:
            with province.store.engine.begin() as conn:
                apply(conn)
            return {}
        except IntegrityError:
            continue
    raise RefusalError("the province could not store the call, send it again")


# ---- §2.1 DongBoHoSoMC ------------------------------------------------------------------


def push_dossiers(province: Province, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
    updating = body.get("isUpdating")
    if updating not in ("True", "False"):
        raise RefusalError(f'isUpdating is {updating!r}, not "True" or "False"')
    records = _records(province, body)
    for record in records:
        check_dossier(record)

    def apply(conn: Connection) -> None:
        for record in records:
            _check_files(conn, record)
            _store_dossier(conn, madonvi, record, updating == "True")

    return _all_or_nothing(province, apply)


FILE_PATHS = (("TaiLieuNop", "DuongDanTaiTepTin"), ("DanhSachGiayToKetQua", "DuongDanTepTinKetQua"))


def _check_files(conn: Connection, record: dict[str, Any]) -> None:
    """A path a record names must be a file uploaded to the province (SYNC.md §3)."""
    for list_key, path_key in FILE_PATHS:
        for entry in record.get(list_key) or []:
            path = entry.get(path_key, "") if isinstance(entry, dict) else ""
            if path and not known_file(conn, path):
                raise RefusalError(
                    f"HoSo {record['MaHoSo']}: {list_key}.{path_key} {path} is not a file "
                    "uploaded to the province"
                )


def _store_dossier(conn: Connection, madonvi: str, record: dict[str, Any], updating: bool) -> None:
    c = server_dossier.c
    code = record["MaHoSo"]
    row = conn.execute(
        select(c.id, c.record_version)
        .where(c.madonvi == madonvi, c.ma_ho_so == code)
        .with_for_update()
    ).first()
    if row is not None and not updating:
        raise RefusalError(f'HoSo {code}: isUpdating is "False" but MaHoSo already exists')
    if row is None and updating:
        raise RefusalError(f'HoSo {code}: isUpdating is "True" but MaHoSo is unknown')
    values = {
        "idempotency_key": str(uuid.uuid4()),
        "trang_thai": record["TrangThaiHoSo"],
        "ngay_tiep_nhan": record["NgayTiepNhan"],
        "record": dump(record),
        "updated_at": server_now(),
    }
    if row is None:
        conn.execute(
            server_dossier.insert().values(
                madonvi=madonvi, ma_ho_so=code, record_version=1, **values
            )
        )
    else:
        conn.execute(
            server_dossier.update()
            .where(c.id == row.id)
            .values(record_version=row.record_version + 1, **values)
        )


# ---- §2.2 CapNhatTienDoHoSoMC -----------------------------------------------------------


def step_key(madonvi: str, record: dict[str, Any]) -> str:
    """What the province knows a step by: (MaHoSo, ThoiDiemXuLy, TrangThai) of one office."""
    name = "|".join((madonvi, record["MaHoSo"], record["ThoiDiemXuLy"], record["TrangThai"]))
    return f"national:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def push_steps(province: Province, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
    records = _records(province, body)
    for record in records:
        check_step(record)

    def apply(conn: Connection) -> None:
        for record in records:
            _store_step(conn, madonvi, record)

    return _all_or_nothing(province, apply)


def _store_step(conn: Connection, madonvi: str, record: dict[str, Any]) -> None:
    s, d = server_step.c, server_dossier.c
    code, key = record["MaHoSo"], step_key(madonvi, record)
    known = conn.execute(select(d.id).where(d.madonvi == madonvi, d.ma_ho_so == code)).first()
    if known is None:
        raise RefusalError(f"TienDo {code}: MaHoSo is unknown")
    if conn.execute(select(s.id).where(s.idempotency_key == key)).first() is not None:
        return  # the same step again: harmless
    insert_step(conn, key, madonvi, record)


# ---- §2.3 TraCuuHoSo, §2.4 the catalogue ------------------------------------------------


def look_up(province: Province, madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
    """``{"result": [HoSo]}``, or an empty list when the province does not know it."""
    return {"result": found_dossiers(province, madonvi, body.get("mahoso"))}


def found_dossiers(province: Province, madonvi: str, code: Any) -> list[dict[str, Any]]:
    if not isinstance(code, str) or not code:
        raise RefusalError("mahoso is missing or empty")
    c = server_dossier.c
    with province.store.engine.connect() as conn:
        rows = conn.execute(
            select(c.record).where(c.madonvi == madonvi, c.ma_ho_so == code)
        ).scalars()
        found = [json.loads(r) for r in rows]
        conn.rollback()
    return found


def catalogue(province: Province, _madonvi: str, _body: dict[str, Any]) -> dict[str, Any]:
    """LayDanhSachTTHC: every procedure the store holds, in the national shape."""
    return {"result": [national_tthc(item) for item in stored_catalogue(province, None)]}


def procedure(province: Province, _madonvi: str, body: dict[str, Any]) -> dict[str, Any]:
    """LayThuTuc: the one procedure ``maTTHC`` names (an empty list when unknown)."""
    code = body.get("maTTHC")
    if not isinstance(code, str) or not code:
        raise RefusalError("maTTHC is missing or empty")
    return {"result": [national_tthc(item) for item in stored_catalogue(province, code)]}


def stored_catalogue(province: Province, code: str | None) -> list[dict[str, Any]]:
    c = server_catalogue.c
    query = select(c.record).order_by(c.ma_tthc)
    if code is not None:
        query = query.where(c.ma_tthc == code)
    with province.store.engine.connect() as conn:
        records = [json.loads(r) for r in conn.execute(query).scalars()]
        conn.rollback()
    return records


_Service = Callable[["Province", str, dict[str, Any]], dict[str, Any]]

SERVICES: dict[str, tuple[frozenset[str], _Service]] = {
    "DongBoHoSoMC": (frozenset({"isUpdating", "data"}), push_dossiers),
    "CapNhatTienDoHoSoMC": (frozenset({"data"}), push_steps),
    "TraCuuHoSo": (frozenset({"mahoso"}), look_up),
    # TuNgay is a key the contract names (§4); the baseline listing ignores it.
    "LayDanhSachTTHC": (frozenset({"TuNgay"}), catalogue),
    "LayThuTuc": (frozenset({"maTTHC"}), procedure),
}
