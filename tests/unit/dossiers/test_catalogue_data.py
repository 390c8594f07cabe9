"""The shipped procedure catalogue (resources/catalogue/procedures.json)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "catalogue" / "procedures.json"
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
ENTRY_KEYS = {
    "MaTTHC": str,
    "TenTTHC": str,
    "MaLinhVuc": str,
    "TenLinhVuc": str,
    "ThoiHanGiaiQuyet": int,
    "DonViThoiHan": str,
    "CatGio15h": bool,
    "ThanhPhanHoSo": list,
    "HieuLucTu": str,
}
DOCUMENT_KEYS = {"TenGiayTo": str, "SoBanChinh": int, "SoBanSao": int, "BatBuoc": bool}


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _has_type(value: object, kind: type) -> bool:
    # bool is an int in Python: keep them apart.
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


def test_thirteen_entries_with_unique_domain_codes(entries: list[dict[str, Any]]) -> None:
    codes = [entry["MaTTHC"] for entry in entries]
    assert len(entries) == 13
    assert len(set(codes)) == 13
    assert set(codes) == DOMAIN_CODES


def test_every_entry_has_the_required_keys_and_types(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        assert set(entry) - {"LePhi", "GhiChu"} == set(ENTRY_KEYS), entry["MaTTHC"]
        for key, kind in ENTRY_KEYS.items():
            assert _has_type(entry[key], kind), (entry["MaTTHC"], key)
        fee = entry["LePhi"]
        assert fee is None or (_has_type(fee, int) and fee >= 0)
        assert isinstance(entry.get("GhiChu", ""), str)
        assert re.fullmatch(r"[12]\.\d{6}", entry["MaTTHC"])
        assert re.fullmatch(r"\d{14}", entry["HieuLucTu"])
        assert entry["HieuLucTu"] == "20250701000000"


def test_time_limits_are_consistent(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        unit = entry["DonViThoiHan"]
        assert unit in {"ngay_lam_viec", "gio_lam_viec", "trong_ngay"}
        if unit == "trong_ngay":
            assert entry["ThoiHanGiaiQuyet"] == 0
        else:
            assert entry["ThoiHanGiaiQuyet"] > 0
            assert entry["CatGio15h"] is False


def test_documents_are_well_formed(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        documents = entry["ThanhPhanHoSo"]
        assert documents, entry["MaTTHC"]
        assert any(doc["BatBuoc"] for doc in documents)
        for doc in documents:
            assert set(doc) == set(DOCUMENT_KEYS)
            for key, kind in DOCUMENT_KEYS.items():
                assert _has_type(doc[key], kind), (entry["MaTTHC"], key)
            assert doc["SoBanChinh"] + doc["SoBanSao"] >= 1


def test_text_is_nfc(entries: list[dict[str, Any]]) -> None:
    text = CATALOGUE.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)


def test_known_values(entries: list[dict[str, Any]]) -> None:
    by_code = {entry["MaTTHC"]: entry for entry in entries}
    assert by_code["1.001193"]["CatGio15h"] is True
    assert by_code["2.000635"]["LePhi"] == 8000
    assert by_code["2.000815"]["LePhi"] is None
    assert by_code["2.000884"]["LePhi"] == 10000
    assert by_code["1.013225"]["ThoiHanGiaiQuyet"] == 15
