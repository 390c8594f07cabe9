"""The shipped procedure catalogue (resources/catalogue/procedures.json): every entry validates,
nothing unconfirmed passes as confirmed, and the counts are printed for the README."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import pytest

from desktop.catalogue.store import SHIPPED_FILE, parse_entries
from tests.shipped_catalogue import SHIPPED

# The thirteen procedures of DOMAIN.md §8: the list a commune counter cannot do without.
DOMAIN_CODES = {
    "1.001193",
    "1.000656",
    "1.000894",
    "1.004873",
    "1.004859",
    "1.004884",
    "1.004837",
    "2.000635",
    "2.000815",
    "2.000884",
    "1.001776",
    "1.001612",
    "1.013225",
}
REQUIRED_KEYS = {
    "MaTTHC": str,
    "TenTTHC": str,
    "MaLinhVuc": str,
    "TenLinhVuc": str,
    "DonViThoiHan": str,
    "CatGio15h": bool,
    "ThanhPhanHoSo": list,
    "HieuLucTu": str,
    "HieuLucDen": str,
    "XacNhan": bool,
    "CanCuPhapLy": str,
    "NguonTraCuu": str,
}
DOCUMENT_KEYS = {"TenGiayTo": str, "SoBanChinh": int, "SoBanSao": int, "BatBuoc": bool}


def _has_type(value: object, kind: type) -> bool:
    # bool is an int in Python: keep them apart.
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


def test_the_catalogue_loads_and_its_counts_are_printed(capsys: pytest.CaptureFixture[str]) -> None:
    entries = parse_entries(SHIPPED)
    codes = [entry.code for entry in entries]
    assert len(set(codes)) == len(codes) >= 80
    assert set(codes) >= DOMAIN_CODES
    by_field = Counter(f"{e.field_code} ({e.field_name})" for e in entries)
    unconfirmed = [e for e in entries if not e.confirmed]
    no_limit = [e for e in entries if e.time_limit is None]
    with capsys.disabled():
        print(f"\nDanh mục kèm theo: {len(entries)} thủ tục; theo lĩnh vực:")
        for field, count in sorted(by_field.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:3d}  {field}")
        print(
            f"  chưa xác nhận: {len(unconfirmed)} (trong đó chưa rõ thời hạn: {len(no_limit)}); "
            f"đã xác nhận: {len(entries) - len(unconfirmed)}"
        )
    assert all(not e.confirmed for e in no_limit)  # an unknown limit is never "confirmed"


def test_every_entry_has_the_keys_and_a_source(entries: list[dict[str, Any]] = SHIPPED) -> None:
    for entry in entries:
        code = entry["MaTTHC"]
        for key, kind in REQUIRED_KEYS.items():
            assert _has_type(entry[key], kind), (code, key)
        assert re.fullmatch(r"[123]\.\d{6}", code)
        assert entry["CanCuPhapLy"].strip() and entry["NguonTraCuu"].strip(), code
        assert re.fullmatch(r"\d{14}", entry["HieuLucTu"])
        assert entry["HieuLucDen"] == "" or entry["HieuLucDen"] > entry["HieuLucTu"]
        fee = entry["LePhi"]
        assert fee is None or (_has_type(fee, int) and fee >= 0)


def test_time_limits_are_known_or_marked(entries: list[dict[str, Any]] = SHIPPED) -> None:
    for entry in entries:
        unit, limit = entry["DonViThoiHan"], entry["ThoiHanGiaiQuyet"]
        assert unit in {"ngay_lam_viec", "gio_lam_viec", "trong_ngay"}
        if limit is None:
            assert entry["XacNhan"] is False, entry["MaTTHC"]
        elif unit == "trong_ngay":
            assert limit == 0
        else:
            # 0 days would read as "same day": an unknown limit is null, never 0.
            assert _has_type(limit, int) and limit > 0, entry["MaTTHC"]
        if unit != "trong_ngay":
            assert entry["CatGio15h"] is False, entry["MaTTHC"]  # the rule is for same day


def test_documents_are_well_formed(entries: list[dict[str, Any]] = SHIPPED) -> None:
    for entry in entries:
        documents = entry["ThanhPhanHoSo"]
        if entry["MaTTHC"] in DOMAIN_CODES:
            assert documents and any(doc["BatBuoc"] for doc in documents), entry["MaTTHC"]
        for doc in documents:
            assert set(doc) == set(DOCUMENT_KEYS)
            for key, kind in DOCUMENT_KEYS.items():
                assert _has_type(doc[key], kind), (entry["MaTTHC"], key)
            assert doc["SoBanChinh"] + doc["SoBanSao"] >= 1


def test_text_is_nfc() -> None:
    assert unicodedata.is_normalized("NFC", SHIPPED_FILE.read_text(encoding="utf-8"))


def test_known_values(entries: list[dict[str, Any]] = SHIPPED) -> None:
    by_code = {entry["MaTTHC"]: entry for entry in entries}
    assert by_code["1.001193"]["CatGio15h"] is True
    assert by_code["2.000635"]["LePhi"] == 8000
    assert by_code["2.000815"]["LePhi"] is None
    assert by_code["2.000884"]["LePhi"] == 10000
    assert by_code["1.013225"]["ThoiHanGiaiQuyet"] == 15
    # Seen with its code and limit in a commune's published list (Cao Bằng, H14).
    assert by_code["1.004873"]["XacNhan"] is True
    assert by_code["1.004873"]["ThoiHanGiaiQuyet"] == 3
