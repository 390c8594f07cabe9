"""The reference provincial server, ``--dialect national`` (SYNC.md §6): baseline only, every
call all or nothing, refusals as ``error_code "-1"`` naming dossier and field. Real HTTP on
127.0.0.1, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.catalogue.national import parse_national, parse_pull
from desktop.province.handlers import Province
from desktop.province.http import ProvinceServer
from desktop.province.store import Store, server_dossier, server_step
from tests.integration.test_province_server import AGENCY, OTHER, PASSWORD, USER, Client

CODE = f"{AGENCY}-261121-0001"
CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "procedures.json"


class National(Client):
    def answer(self, service: str, **fields: Any) -> dict[str, Any]:
        reply = self.call(service, **fields)
        assert reply.status_code == 200, reply.text
        body: dict[str, Any] = reply.json()
        return body

    def ok(self, service: str, **fields: Any) -> dict[str, Any]:
        body = self.answer(service, **fields)
        assert body["error_code"] == "0", body
        return body

    def refused(self, service: str, **fields: Any) -> str:
        body = self.answer(service, **fields)
        assert body["error_code"] == "-1" and set(body) == {"error_code", "message"}, body
        message: str = body["message"]
        return message

    def create(self, *records: dict[str, Any]) -> dict[str, Any]:
        return self.ok("DongBoHoSoMC", isUpdating="False", data=list(records))

    def counts(self) -> tuple[int, int]:
        with self.store.engine.connect() as conn:
            dossiers = conn.scalar(select(func.count()).select_from(server_dossier))
            steps = conn.scalar(select(func.count()).select_from(server_step))
        return int(dossiers or 0), int(steps or 0)


@pytest.fixture
def national(db_url: str) -> Iterator[National]:
    store = Store(db_url)
    province = Province(store, USER, PASSWORD, frozenset({AGENCY, OTHER}), dialect="national")
    http = ProvinceServer(("127.0.0.1", 0), province)
    http.start()
    client = National(http.url, store, province)
    client.login()
    yield client
    client.http.close()
    http.stop()
    store.dispose()


def hoso(code: str = CODE, **changes: Any) -> dict[str, Any]:
    """A HoSo with every field of §2.1's table, all strings."""
    record: dict[str, Any] = {
        "MaHoSo": code,
        "MaTTHC": "1.001193",
        "TenTTHC": "Đăng ký khai sinh",
        "MaLinhVuc": "HT",
        "TenLinhVuc": "Hộ tịch",
        "KenhThucHien": "1",
        "ChuHoSo": "Nguyễn Văn An",
        "LoaiDoiTuong": "1",
        "MaDoiTuong": "",
        "DinhDanhCHS": [{"LoaiDinhDanh": "1", "SoDinhDanh": "001203004567"}],
        "SoDienThoai": "0912345678",
        "Email": "",
        "Fax": "",
        "ThongTinKhac": "",
        "TrichYeuHoSo": "Đăng ký khai sinh cho con",
        "NgayNopHoSo": "20261121093000",
        "NgayTiepNhan": "20261121093000",
        "NgayHenTra": "20261121163000",
        "TrangThaiHoSo": "2",
        "NgayTuChoi": "",
        "NgayKetThucXuLy": "",
        "NgayTra": "",
        "ThongTinTra": "",
        "HinhThuc": "0",
        "NoiNopHoSo": "1",
        "DonViXuLy": "Bộ phận Một cửa",
        "GhiChu": "",
        "HoSoCoThanhPhanSoHoa": "0",
        "TaiKhoanDuocXacThucVoiVNeID": "1",
        "DuocThanhToanTrucTuyen": "0",
        "TaiLieuNop": [
            {
                "TepDinhKemId": "ab" * 32,
                "TenTepDinhKem": "to-khai.pdf",
                "IsDeleted": "0",
                "MaThanhPhanHoSo": "",
                "DuongDanTaiTepTin": "",
                "DuocSoHoa": "1",
                "DuocTaiSuDung": "0",
                "DuocLayTuKhoDMQG": "0",
            }
        ],
        "DanhSachTepDinhKemKhac": [
            {"TenGiayTo": "Giấy chứng sinh", "SoLuong": "1", "LoaiGiayTo": "1"}
        ],
        "DanhSachLePhi": [
            {
                "TenPhiLePhi": "Lệ phí",
                "MaPhiLePhi": "",
                "HinhThucThu": "1",
                "Gia": "8000",
                "LoaiPhiLePhi": "1",
            }
        ],
        "DanhSachHoSoBoSung": [],
        "DanhSachGiayToKetQua": [],
    }
    record.update(changes)
    return record


def tiendo(code: str = CODE, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "MaHoSo": code,
        "NguoiXuLy": "Trần Thị Bình",
        "ChucDanh": "Công chức",
        "ThoiDiemXuLy": "20261121093000",
        "PhongBanXuLy": "Bộ phận Một cửa",
        "NoiDungXuLy": "Tiếp nhận hồ sơ",
        "TrangThai": "2",
        "NgayBatDau": "20261121093000",
        "NgayKetThucTheoQuyDinh": "20261121163000",
    }
    record.update(changes)
    return record


def test_login_offers_no_extension_and_strings(national: National) -> None:
    body = national.login()
    assert body["error_code"] == "00" and body["session"]
    assert body["max_batch"] == "100" and "extensions" not in body
    refused = national.http.post("/auth", json={"username": USER, "password": "sai"})
    assert refused.status_code == 401 and refused.json()["error_code"] == "-1"


def test_a_good_call_is_applied_whole(national: National) -> None:
    second = hoso(f"{AGENCY}-261121-0002", DanhSachLePhi=[], TaiLieuNop=[])
    assert national.create(hoso(), second) == {"error_code": "0", "message": ""}
    steps = [tiendo(), tiendo(f"{AGENCY}-261121-0002")]
    assert national.ok("CapNhatTienDoHoSoMC", data=steps) == {"error_code": "0", "message": ""}
    assert national.counts() == (2, 2)
    updated = hoso(TrangThaiHoSo="4")
    national.ok("DongBoHoSoMC", isUpdating="True", data=[updated])
    assert national.ok("TraCuuHoSo", mahoso=CODE)["result"] == [updated]
    assert national.ok("TraCuuHoSo", mahoso=f"{AGENCY}-261121-0099")["result"] == []
    assert national.counts() == (2, 2)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"RecordVersion": "1"}, "RecordVersion"),
        ({"IdempotencyKey": "x"}, "IdempotencyKey"),
        ({"DiaChi": "Thôn 2"}, "DiaChi"),
        ({"KenhThucHien": "4"}, "KenhThucHien"),
        ({"LoaiDoiTuong": "5"}, "LoaiDoiTuong"),
        ({"HinhThuc": "2"}, "HinhThuc"),
        ({"DuocThanhToanTrucTuyen": "3"}, "DuocThanhToanTrucTuyen"),
        ({"TrangThaiHoSo": "11"}, "TrangThaiHoSo"),
        ({"TrangThaiHoSo": "0"}, "TrangThaiHoSo"),
        ({"TrangThaiHoSo": 2}, "TrangThaiHoSo"),
        ({"ChuHoSo": ""}, "ChuHoSo"),
        ({"TrichYeuHoSo": ""}, "TrichYeuHoSo"),
        ({"DonViXuLy": None}, "DonViXuLy"),
        ({"NgayTiepNhan": "2026-11-21 09:30"}, "NgayTiepNhan"),
        ({"NgayTiepNhan": ""}, "NgayTiepNhan"),
        ({"NgayHenTra": "20261121"}, "NgayHenTra"),
        ({"NgayTra": "20261131093000"}, "NgayTra"),
        ({"DanhSachLePhi": [{"TenPhiLePhi": "x", "Gia": 8000}]}, "DanhSachLePhi.Gia"),
        ({"DanhSachLePhi": [{"TenPhiLePhi": "x", "Gia": "8.000"}]}, "DanhSachLePhi.Gia"),
        ({"TaiLieuNop": [{"TenGiayTo": "Tờ khai", "SoBanChinh": 1}]}, "TaiLieuNop.TenGiayTo"),
        ({"TaiLieuNop": [{"IsDeleted": "False"}]}, "TaiLieuNop.IsDeleted"),
        ({"DanhSachHoSoBoSung": [{"NgayBoSung": "x"}]}, "DanhSachHoSoBoSung.NgayBoSung"),
        ({"DinhDanhCHS": "001203004567"}, "DinhDanhCHS"),
    ],
)
def test_one_bad_record_fails_the_whole_call(
    national: National, change: dict[str, Any], field: str
) -> None:
    bad = hoso(f"{AGENCY}-261121-0002", **change)
    message = national.refused(
        "DongBoHoSoMC", isUpdating="False", data=[hoso(), bad, hoso(f"{AGENCY}-261121-0003")]
    )
    assert f"HoSo {bad['MaHoSo']}" in message and field in message
    assert national.counts() == (0, 0)


def test_is_updating_wrong_both_ways_fails_the_call(national: National) -> None:
    national.create(hoso())
    message = national.refused("DongBoHoSoMC", isUpdating="False", data=[hoso()])
    assert f"HoSo {CODE}" in message and "isUpdating" in message
    unknown = hoso(f"{AGENCY}-261121-0009")
    message = national.refused(
        "DongBoHoSoMC", isUpdating="True", data=[hoso(TrangThaiHoSo="4"), unknown]
    )
    assert f"HoSo {unknown['MaHoSo']}" in message and "isUpdating" in message
    (stored,) = national.ok("TraCuuHoSo", mahoso=CODE)["result"]
    assert stored["TrangThaiHoSo"] == "2"  # the good record of the refused call is not kept
    assert "isUpdating" in national.refused("DongBoHoSoMC", isUpdating="false", data=[hoso()])


@pytest.mark.parametrize(
    "fields",
    [
        {"RecordVersion": "1"},
        {"AuditHead": {"seq": 1, "hash": "0" * 64}},
        {"MaHoSo": CODE},
    ],
)
def test_an_envelope_key_the_contract_does_not_name_fails_the_call(
    national: National, fields: dict[str, Any]
) -> None:
    message = national.refused("DongBoHoSoMC", isUpdating="False", data=[hoso()], **fields)
    assert next(iter(fields)) in message
    assert national.counts() == (0, 0)


def test_more_than_max_batch_fails_the_call(national: National) -> None:
    national.province.max_batch = 3
    assert national.login()["max_batch"] == "3"
    records = [hoso(f"{AGENCY}-261121-{n:04d}") for n in range(1, 5)]
    assert "at most 3" in national.refused("DongBoHoSoMC", isUpdating="False", data=records)
    steps = [tiendo(ThoiDiemXuLy=f"2026112109300{n}") for n in range(4)]
    assert "at most 3" in national.refused("CapNhatTienDoHoSoMC", data=steps)
    assert national.counts() == (0, 0)
    national.create(*records[:3])
    assert national.counts() == (3, 0)


def test_resending_never_stores_a_second_dossier_or_step(national: National) -> None:
    national.create(hoso())
    assert "isUpdating" in national.refused("DongBoHoSoMC", isUpdating="False", data=[hoso()])
    for _ in range(2):
        national.ok("DongBoHoSoMC", isUpdating="True", data=[hoso(TrangThaiHoSo="4")])
    steps = [tiendo(), tiendo(ThoiDiemXuLy="20261121093001", TrangThai="4")]
    for _ in range(3):
        national.ok("CapNhatTienDoHoSoMC", data=steps)
    national.ok("CapNhatTienDoHoSoMC", data=[tiendo(), tiendo()])
    assert national.counts() == (1, 2)


def test_injected_faults_fail_before_or_lose_the_answer_after_storing(
    national: National,
) -> None:
    national.province.fail_next = 1
    assert national.call("DongBoHoSoMC", isUpdating="False", data=[hoso()]).status_code == 500
    assert national.counts() == (0, 0)
    national.province.lose_next = 1
    assert national.call("DongBoHoSoMC", isUpdating="False", data=[hoso()]).status_code == 500
    assert national.counts() == (1, 0)
    assert national.ok("TraCuuHoSo", mahoso=CODE)["result"] == [hoso()]
    national.ok("DongBoHoSoMC", isUpdating="True", data=[hoso()])


@pytest.mark.parametrize(
    ("step", "field"),
    [
        (tiendo(f"{AGENCY}-261121-0009"), "MaHoSo"),
        (tiendo(TrangThai="11"), "TrangThai"),
        (tiendo(ThoiDiemXuLy="202611210930"), "ThoiDiemXuLy"),
        (tiendo(IdempotencyKey="x"), "IdempotencyKey"),
        (tiendo(NguoiXuLy=7), "NguoiXuLy"),
    ],
)
def test_one_bad_step_fails_the_whole_call(
    national: National, step: dict[str, Any], field: str
) -> None:
    national.create(hoso())
    message = national.refused("CapNhatTienDoHoSoMC", data=[tiendo(TrangThai="4"), step])
    assert f"TienDo {step['MaHoSo']}" in message and field in message
    assert national.counts() == (1, 0)


@pytest.mark.parametrize(
    "fields",
    [
        {"service": "LayHoSoTrucTuyen", "TuNgay": ""},
        {"service": "DoiSoatHoSo", "TuNgay": "20261101", "DenNgay": "20261130"},
        {"service": "XoaHoSo"},
        {"service": "TraCuuHoSo"},
        {"service": "TraCuuHoSo", "mahoso": CODE, "madonvi": "000.00.00.Z99"},
        {"service": "TraCuuHoSo", "mahoso": CODE, "session": "không-có"},
    ],
)
def test_extensions_and_bad_envelopes_answer_an_error(
    national: National, fields: dict[str, Any]
) -> None:
    envelope = {"session": national.session, "madonvi": AGENCY, **fields}
    reply = national.http.post("/integration", json=envelope)
    assert reply.status_code == 200
    assert reply.json()["error_code"] == "-1" and reply.json()["message"]


def test_catalogue_in_the_national_shape_reads_at_the_desk(national: National) -> None:
    shipped = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    seed = [item for item in shipped if item["ThoiHanGiaiQuyet"] is not None]  # as published
    national.store.load_catalogue(seed)
    listing = national.ok("LayDanhSachTTHC")
    codes = [tthc["MATTHC"] for tthc in listing["result"]]
    assert sorted(codes) == sorted(item["MaTTHC"] for item in seed)
    details = {code: national.ok("LayThuTuc", maTTHC=code) for code in codes}
    assert national.ok("LayThuTuc", maTTHC="9.999999")["result"] == []
    read = parse_pull(listing, details, datetime(2026, 11, 21))
    assert len(read.entries) == len(seed)
    assert parse_national(listing["result"], datetime(2026, 11, 21)).entries == read.entries
    by_code = {entry.code: entry for entry in read.entries}
    for item in seed:
        entry = by_code[item["MaTTHC"]]
        assert (entry.name, entry.field_code) == (item["TenTTHC"], item["MaLinhVuc"])
        # The national shape has no 15:00 flag: a same-day limit is read with the rule.
        same_day = item["DonViThoiHan"] == "trong_ngay"
        assert (entry.fee, entry.cutoff_15h) == (item["LePhi"], item["CatGio15h"] or same_day)
        assert entry.time_limit == item["ThoiHanGiaiQuyet"]
        required = [doc["TenGiayTo"] for doc in item["ThanhPhanHoSo"] if doc["BatBuoc"]]
        assert [d.name for d in entry.documents if d.required] == required
