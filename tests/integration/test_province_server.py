"""The reference provincial server, ``--dialect extended`` (the default: baseline plus every
extension of SYNC.md §4), over real HTTP on 127.0.0.1, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from desktop.province.handlers import Province
from desktop.province.http import ProvinceServer
from desktop.province.store import Store

AGENCY = "000.00.00.H56"
OTHER = "000.00.00.H57"
USER, PASSWORD = "xa-hoa-binh", "mật-khẩu-đúng"


class Client:
    def __init__(self, base: str, store: Store, province: Province) -> None:
        self.base = base
        self.store = store
        self.province = province
        self.http = httpx.Client(base_url=base, timeout=30)
        self.session = ""

    def login(self) -> dict[str, Any]:
        reply = self.http.post("/auth", json={"username": USER, "password": PASSWORD})
        assert reply.status_code == 200, reply.text
        body: dict[str, Any] = reply.json()
        self.session = body["session"]
        return body

    def call(self, service: str, madonvi: str = AGENCY, **fields: Any) -> httpx.Response:
        envelope = {"session": self.session, "madonvi": madonvi, "service": service, **fields}
        return self.http.post("/integration", json=envelope)

    def ok(self, service: str, **fields: Any) -> dict[str, Any]:
        reply = self.call(service, **fields)
        assert reply.status_code == 200, reply.text
        body: dict[str, Any] = reply.json()
        assert body["error_code"] == 0
        return body

    def push(self, *records: Any) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = self.ok("DongBoHoSoMC", data=list(records))["results"]
        return results


@pytest.fixture
def server(db_url: str) -> Iterator[Client]:
    store = Store(db_url)
    province = Province(store, USER, PASSWORD, frozenset({AGENCY, OTHER}))
    http = ProvinceServer(("127.0.0.1", 0), province, max_body=64 * 1024)
    http.start()
    client = Client(http.url, store, province)
    client.login()
    yield client
    client.http.close()
    http.stop()
    store.dispose()


def hoso(code: str = f"{AGENCY}-261120-0001", version: int = 1, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "MaHoSo": code,
        "RecordVersion": version,
        "IdempotencyKey": str(uuid.uuid4()),
        "MaTTHC": "1.001193",
        "TenTTHC": "Đăng ký khai sinh",
        "MaLinhVuc": "HT",
        "TenLinhVuc": "Hộ tịch",
        "KenhThucHien": "1",
        "ChuHoSo": "Nguyễn Văn An",
        "LoaiDoiTuong": "1",
        "MaDoiTuong": "001203004567",
        "SoDienThoai": "0912345678",
        "Email": "",
        "DiaChi": "Thôn 2, xã Hòa Bình",
        "TrichYeuHoSo": "Đăng ký khai sinh cho con",
        "NgayTiepNhan": "20261120093000",
        "NgayHenTra": "20261120163000",
        "TrangThaiHoSo": "2",
        "NgayKetThucXuLy": "",
        "NgayTra": "",
        "HinhThuc": "0",
        "DonViXuLy": "Bộ phận Một cửa",
        "TaiLieuNop": [{"TenGiayTo": "Tờ khai", "SoBanChinh": 1, "SoBanSao": 0}],
        "DanhSachLePhi": [{"TenPhiLePhi": "Lệ phí", "Gia": 8000, "HinhThucThu": "cash"}],
        "DanhSachHoSoBoSung": [],
        "GhiChu": "",
    }
    record.update(changes)
    return record


def tiendo(code: str = f"{AGENCY}-261120-0001", **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "MaHoSo": code,
        "IdempotencyKey": str(uuid.uuid4()),
        "NguoiXuLy": "Trần Thị Bình",
        "ChucDanh": "",
        "PhongBanXuLy": "Bộ phận Một cửa",
        "NoiDungXuLy": "Tiếp nhận hồ sơ",
        "ThoiDiemXuLy": "20261120093000",
        "TrangThai": "2",
        "NgayBatDau": "20261120093000",
        "NgayKetThucTheoQuyDinh": "20261120163000",
    }
    record.update(changes)
    return record


def outcomes(results: list[dict[str, Any]]) -> list[str]:
    return [r["result"] for r in results]


def test_login_answers_session_and_limits(server: Client) -> None:
    body = server.login()
    assert body["error_code"] == 0 and body["session"]
    assert body["expires_in"] == 3600 and body["max_batch"] == 100
    assert body["extensions"] == ["results", "online", "reconcile"]


@pytest.mark.parametrize(
    "credentials",
    [
        {"username": USER, "password": "sai"},
        {"username": "khác", "password": PASSWORD},
        {"username": "", "password": ""},
    ],
)
def test_bad_credentials_are_401(server: Client, credentials: dict[str, str]) -> None:
    reply = server.http.post("/auth", json=credentials)
    assert reply.status_code == 401
    assert reply.json()["error_code"] == 401


def test_every_rule_of_dongbo(server: Client) -> None:
    first = hoso()
    assert server.push(first) == [
        {"MaHoSo": first["MaHoSo"], "RecordVersion": 1, "result": "created", "message": ""}
    ]
    assert outcomes(server.push(first)) == ["duplicate"]
    second = hoso(version=2, TrangThaiHoSo="4")
    assert outcomes(server.push(second)) == ["updated"]
    assert outcomes(server.push(first)) == ["stale"]
    assert outcomes(server.push(second)) == ["duplicate"]
    rival = hoso(version=2, TrangThaiHoSo="5")
    assert outcomes(server.push(rival)) == ["conflict"]
    (found,) = server.ok("TraCuuHoSo", mahoso=first["MaHoSo"])["result"]
    assert found["RecordVersion"] == 2 and found["TrangThaiHoSo"] == "4"


def test_lookup_answers_the_stored_record_or_an_empty_result(server: Client) -> None:
    record = hoso()
    server.push(record)
    assert server.ok("TraCuuHoSo", mahoso=record["MaHoSo"])["result"] == [record]
    assert server.ok("TraCuuHoSo", mahoso=f"{AGENCY}-261120-9999")["result"] == []


def test_version_2_records_and_is_updating_are_accepted(server: Client) -> None:
    """Extended reads version 2's records (strings, files in TaiLieuNop, citizen kinds 1–4)
    and ignores isUpdating: RecordVersion alone says create or update."""
    record = hoso(
        LoaiDoiTuong="4",
        TaiLieuNop=[{"TepDinhKemId": "ab" * 32, "TenTepDinhKem": "to-khai.pdf", "IsDeleted": "0"}],
        DanhSachLePhi=[{"TenPhiLePhi": "Lệ phí", "Gia": "8000", "HinhThucThu": "1"}],
    )
    del record["MaLinhVuc"], record["TenLinhVuc"]
    reply = server.ok("DongBoHoSoMC", isUpdating="True", data=[record])
    assert outcomes(reply["results"]) == ["created"]


def test_injected_faults_fail_before_or_lose_the_answer_after_storing(server: Client) -> None:
    record = hoso()
    server.province.fail_next = 1
    assert server.call("DongBoHoSoMC", data=[record]).status_code == 500
    assert server.ok("TraCuuHoSo", mahoso=record["MaHoSo"])["result"] == []
    server.province.lose_next = 1
    assert server.call("TraCuuHoSo", mahoso=record["MaHoSo"]).status_code == 200  # no push
    assert server.call("DongBoHoSoMC", data=[record]).status_code == 500
    assert outcomes(server.push(record)) == ["duplicate"]


def test_resending_a_batch_never_duplicates(server: Client) -> None:
    batch = [hoso(f"{AGENCY}-261120-{n:04d}") for n in range(1, 6)]
    assert outcomes(server.push(*batch)) == ["created"] * 5
    for _ in range(3):
        assert outcomes(server.push(*batch)) == ["duplicate"] * 5
    listed = server.ok("DoiSoatHoSo", TuNgay="20261120", DenNgay="20261120")["data"]
    assert [d["MaHoSo"] for d in listed] == [r["MaHoSo"] for r in batch]


def test_one_bad_record_does_not_fail_the_others_and_order_is_kept(server: Client) -> None:
    good_a = hoso(f"{AGENCY}-261120-0001")
    bad = hoso(f"{AGENCY}-261120-0002", NgayTiepNhan="2026-11-20")
    good_b = hoso(f"{AGENCY}-261120-0003")
    results = server.push(good_b, bad, "not an object", good_a)
    assert [r["MaHoSo"] for r in results] == [good_b["MaHoSo"], bad["MaHoSo"], "", good_a["MaHoSo"]]
    assert outcomes(results) == ["created", "rejected", "rejected", "created"]
    assert "NgayTiepNhan" in results[1]["message"]
    assert results[2]["message"]
    assert server.ok("TraCuuHoSo", mahoso=bad["MaHoSo"])["result"] == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"RecordVersion": 0}, "RecordVersion"),
        ({"RecordVersion": "1"}, "RecordVersion"),
        ({"RecordVersion": True}, "RecordVersion"),
        ({"IdempotencyKey": "not-a-uuid"}, "IdempotencyKey"),
        ({"MaHoSo": ""}, "MaHoSo"),
        ({"ChuHoSo": None}, "ChuHoSo"),
        ({"MaTTHC": 1001193}, "MaTTHC"),
        ({"TrangThaiHoSo": "11"}, "TrangThaiHoSo"),
        ({"TrangThaiHoSo": 2}, "TrangThaiHoSo"),
        ({"KenhThucHien": "4"}, "KenhThucHien"),
        ({"LoaiDoiTuong": "5"}, "LoaiDoiTuong"),
        ({"HinhThuc": "2"}, "HinhThuc"),
        ({"NgayTiepNhan": ""}, "NgayTiepNhan"),
        ({"NgayTiepNhan": "20261131093000"}, "NgayTiepNhan"),
        ({"NgayHenTra": "20261120"}, "NgayHenTra"),
        ({"NgayTra": 20261120}, "NgayTra"),
        ({"TaiLieuNop": [{"TenGiayTo": "x", "SoBanChinh": -1, "SoBanSao": 0}]}, "TaiLieuNop"),
        ({"DanhSachLePhi": [{"TenPhiLePhi": "x", "Gia": 8000.5}]}, "DanhSachLePhi"),
        ({"DanhSachHoSoBoSung": "none"}, "DanhSachHoSoBoSung"),
        ({"DanhSachHoSoBoSung": [{"NoiDungBoSung": "x", "NgayBoSung": "x"}]}, "NgayBoSung"),
    ],
)
def test_validation_rejects_with_a_message(
    server: Client, change: dict[str, Any], field: str
) -> None:
    (result,) = server.push(hoso(**change))
    assert result["result"] == "rejected"
    assert field in result["message"]


def test_absent_optional_fields_and_empty_dates_are_accepted(server: Client) -> None:
    record = hoso(NgayHenTra="")
    for name in ("MaDoiTuong", "SoDienThoai", "Email", "DiaChi", "GhiChu", "NgayTra"):
        del record[name]
    record["DanhSachLePhi"] = []
    assert outcomes(server.push(record)) == ["created"]


def test_steps_created_duplicate_and_unknown_dossier(server: Client) -> None:
    server.push(hoso())
    step = tiendo()
    unknown = tiendo(f"{AGENCY}-261120-9999")
    bad = tiendo(TrangThai="0")
    results = server.ok("CapNhatTienDoHoSoMC", data=[step, unknown, bad])["results"]
    assert results[0] == {
        "MaHoSo": step["MaHoSo"],
        "IdempotencyKey": step["IdempotencyKey"],
        "result": "created",
        "message": "",
    }
    assert outcomes(results) == ["created", "rejected", "rejected"]
    assert "MaHoSo" in results[1]["message"]
    assert "TrangThai" in results[2]["message"]
    again = server.ok("CapNhatTienDoHoSoMC", data=[step])["results"]
    assert outcomes(again) == ["duplicate"]


def test_dossiers_and_steps_are_kept_per_agency(server: Client) -> None:
    record = hoso()
    assert outcomes(server.push(record)) == ["created"]
    other = server.call("TraCuuHoSo", madonvi=OTHER, mahoso=record["MaHoSo"]).json()
    assert other == {"error_code": 0, "result": []}
    step = server.call("CapNhatTienDoHoSoMC", madonvi=OTHER, data=[tiendo()]).json()
    assert outcomes(step["results"]) == ["rejected"]


def test_reconcile_by_day_range_inclusive_and_this_agency_only(server: Client) -> None:
    days = {"0001": "20261118235959", "0002": "20261119000000", "0003": "20261120120000"}
    days["0004"] = "20261121000000"
    for number, received in days.items():
        server.push(hoso(f"{AGENCY}-261120-{number}", NgayTiepNhan=received))
    reply = server.call("DongBoHoSoMC", madonvi=OTHER, data=[hoso(f"{OTHER}-261120-0001")])
    assert outcomes(reply.json()["results"]) == ["created"]
    listed = server.ok("DoiSoatHoSo", TuNgay="20261119", DenNgay="20261120")["data"]
    assert listed == [
        {"MaHoSo": f"{AGENCY}-261120-0002", "RecordVersion": 1, "TrangThaiHoSo": "2"},
        {"MaHoSo": f"{AGENCY}-261120-0003", "RecordVersion": 1, "TrangThaiHoSo": "2"},
    ]
    assert server.ok("DoiSoatHoSo", TuNgay="20261122", DenNgay="20261130")["data"] == []


def test_catalogue_and_since(server: Client) -> None:
    assert server.ok("LayDanhSachTTHC", TuNgay="")["data"] == []
    procedure = {"MaTTHC": "1.001193", "TenTTHC": "Đăng ký khai sinh", "LePhi": None}
    assert server.store.load_catalogue([procedure]) == 1
    body = server.ok("LayDanhSachTTHC", TuNgay="")
    assert body["data"] == [procedure]
    assert len(body["server_time"]) == 14 and body["server_time"].isdigit()
    assert server.ok("LayDanhSachTTHC", TuNgay="29991231000000")["data"] == []
    assert server.store.load_catalogue([procedure]) == 0


def test_online_submissions_until_the_desk_decides(server: Client) -> None:
    online = hoso(f"{AGENCY}-ONLINE-1", KenhThucHien="2", TrangThaiHoSo="1")
    server.store.add_online_submission(AGENCY, online)
    server.store.add_online_submission(OTHER, hoso(f"{OTHER}-ONLINE-1", KenhThucHien="2"))
    body = server.ok("LayHoSoTrucTuyen", TuNgay="")
    assert [r["MaHoSo"] for r in body["data"]] == [online["MaHoSo"]]
    assert server.ok("LayHoSoTrucTuyen", TuNgay="29991231000000")["data"] == []
    accepted = dict(online, RecordVersion=2, TrangThaiHoSo="2", IdempotencyKey=str(uuid.uuid4()))
    assert outcomes(server.push(accepted)) == ["created"]
    assert server.ok("LayHoSoTrucTuyen", TuNgay="")["data"] == []


def test_unknown_or_expired_session_is_401(server: Client) -> None:
    server.session = "không-có"
    reply = server.call("TraCuuHoSo", MaHoSo="x")
    assert reply.status_code == 401 and reply.json()["error_code"] == 401
    reply = server.http.post(
        "/integration", json={"madonvi": AGENCY, "service": "TraCuuHoSo", "MaHoSo": "x"}
    )
    assert reply.status_code == 401
    server.login()
    server.province.clock = lambda: 4e10  # far past every session's expiry
    assert server.call("TraCuuHoSo", MaHoSo="x").status_code == 401


def test_foreign_agency_is_403(server: Client) -> None:
    reply = server.call("TraCuuHoSo", madonvi="000.00.00.Z99", MaHoSo="x")
    assert reply.status_code == 403 and reply.json()["error_code"] == 403


@pytest.mark.parametrize(
    "fields",
    [
        {"service": "XoaHoSo"},
        {"service": None},
        {"service": "DongBoHoSoMC", "data": "not a list"},
        {"service": "DongBoHoSoMC"},
        {"service": "TraCuuHoSo"},
        {"service": "DoiSoatHoSo", "TuNgay": "2026-11-01", "DenNgay": "20261130"},
        {"service": "DoiSoatHoSo", "TuNgay": "20261101"},
        {"service": "LayDanhSachTTHC", "TuNgay": "yesterday"},
        {"service": "LayHoSoTrucTuyen", "TuNgay": 20261120},
        {"madonvi": 7, "service": "TraCuuHoSo", "MaHoSo": "x"},
        {"session": 12, "service": "TraCuuHoSo", "MaHoSo": "x"},
    ],
)
def test_malformed_envelopes_are_400(server: Client, fields: dict[str, Any]) -> None:
    envelope = {"session": server.session, "madonvi": AGENCY, **fields}
    reply = server.http.post("/integration", json=envelope)
    assert reply.status_code == 400, reply.text
    assert reply.json()["error_code"] == 400 and reply.json()["message"]


def test_batch_larger_than_max_batch_is_400_and_stores_nothing(server: Client) -> None:
    assert server.call("DongBoHoSoMC", data=[{}] * 101).status_code == 400
    assert server.call("CapNhatTienDoHoSoMC", data=[{}] * 101).status_code == 400
    server.province.max_batch = 3
    reply = server.call("DongBoHoSoMC", data=[hoso(f"{AGENCY}-X-{n}") for n in range(4)])
    assert reply.status_code == 400
    assert server.ok("TraCuuHoSo", mahoso=f"{AGENCY}-X-0")["result"] == []
    assert outcomes(server.push(*[hoso(f"{AGENCY}-X-{n}") for n in range(3)])) == ["created"] * 3


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'"text"', b"{", b"null"],
)
def test_garbage_bodies_are_400(server: Client, body: bytes) -> None:
    for path in ("/auth", "/integration"):
        reply = server.http.post(path, content=body, headers={"Content-Type": "application/json"})
        assert reply.status_code == 400, (path, body, reply.text)
        assert reply.json()["error_code"] == 400


def test_too_large_body_is_400(server: Client) -> None:
    body = b'{"pad": "' + b"x" * (70 * 1024) + b'"}'
    reply = server.http.post("/integration", content=body)
    assert reply.status_code == 400
    assert "larger" in reply.json()["message"]


def test_only_post(server: Client) -> None:
    assert server.http.get("/integration").status_code == 405
    assert server.http.put("/auth", json={}).status_code == 405


def test_answers_are_json_utf8(server: Client) -> None:
    record = hoso(ChuHoSo="Lê Thị Ánh Tuyết")
    server.push(record)
    reply = server.call("TraCuuHoSo", MaHoSo=record["MaHoSo"])
    assert reply.headers["content-type"].startswith("application/json")
    bad = server.push(hoso(f"{AGENCY}-Đ-1", TrangThaiHoSo="Đ"))
    assert bad[0]["MaHoSo"] == f"{AGENCY}-Đ-1"
    assert "'Đ'" in bad[0]["message"]


def test_concurrent_resends_store_each_dossier_once(server: Client) -> None:
    batch = [hoso(f"{AGENCY}-261120-{n:04d}") for n in range(1, 9)]
    session = server.session

    def send(_: int) -> list[str]:
        with httpx.Client(base_url=server.base, timeout=60) as http:
            envelope = {"session": session, "madonvi": AGENCY, "service": "DongBoHoSoMC"}
            reply = http.post("/integration", json=envelope | {"data": batch})
            assert reply.status_code == 200, reply.text
            return outcomes(reply.json()["results"])

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(send, range(4)))
    for column in zip(*answers, strict=True):
        assert sorted(column) == ["created", "duplicate", "duplicate", "duplicate"]
    listed = server.ok("DoiSoatHoSo", TuNgay="20261120", DenNgay="20261120")["data"]
    assert len(listed) == len(batch)
