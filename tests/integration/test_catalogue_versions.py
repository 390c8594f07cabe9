"""Catalogue versions over time on both backends: an unconfirmed entry with no time limit takes
no dossier, a version with an end date stops taking dossiers then, and the next version loaded
ahead of time takes over on its date while earlier dossiers keep theirs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import Dossier
from desktop.catalogue.store import parse_entries
from desktop.desk import Desk
from desktop.errors import InputError
from desktop.profile import Profile
from tests.integration.dossier_factory import intake_json

BASE: dict[str, Any] = {
    "TenTTHC": "Thủ tục thử",
    "MaLinhVuc": "HT",
    "TenLinhVuc": "Hộ tịch",
    "DonViThoiHan": "ngay_lam_viec",
    "CatGio15h": False,
    "LePhi": None,
    "ThanhPhanHoSo": [{"TenGiayTo": "Tờ khai", "SoBanChinh": 1, "SoBanSao": 0, "BatBuoc": True}],
    "HieuLucTu": "20250701000000",
}


def entry(code: str, **changes: Any) -> dict[str, Any]:
    return {**BASE, "MaTTHC": code, **changes}


def dossiers(profile: Profile) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Dossier)) or 0)


def desk_at(profile: Profile, moment: datetime) -> Desk:
    return Desk(profile, now=lambda: moment)


def test_an_entry_without_a_confirmed_time_limit_takes_no_dossier(profile: Profile) -> None:
    desk = desk_at(profile, datetime(2026, 11, 20, 9, 0))
    raw = [entry("1.999002", ThoiHanGiaiQuyet=None, XacNhan=False, CanCuPhapLy="Luật thử")]
    desk.office.import_catalogue(parse_entries(raw), "thu.json")
    choice = {c.code: c for c in desk.procedures()}["1.999002"]
    assert (choice.confirmed, choice.takes_dossiers, choice.legal_source) == (
        False,
        False,
        "Luật thử",
    )
    with pytest.raises(InputError, match="chưa có thời hạn giải quyết được xác nhận"):
        desk.receive(intake_json(procedure="1.999002"))
    assert dossiers(profile) == 0
    # A confirmed entry must say its limit: null there is refused before anything is stored.
    with pytest.raises(InputError, match="chỉ được để trống"):
        parse_entries([entry("1.999003", ThoiHanGiaiQuyet=None)])


def test_the_next_version_is_loaded_ahead_and_dossiers_keep_theirs(profile: Profile) -> None:
    before = datetime(2027, 2, 26, 9, 0)  # a Friday, under the version that ends 01/03/2027
    after = datetime(2027, 3, 1, 9, 0)
    ending = entry(
        "1.999004",
        ThoiHanGiaiQuyet=3,
        HieuLucDen="20270301000000",
        CanCuPhapLy="Nghị định 120/2025/NĐ-CP",
    )
    desk = desk_at(profile, before)
    desk.office.import_catalogue(parse_entries([ending]), "2025.json")
    old = desk.receive(intake_json(procedure="1.999004"))

    # Nothing loaded for after the end: the procedure leaves the picker and intake says why.
    late = desk_at(profile, after)
    assert "1.999004" not in {c.code for c in late.procedures()}
    with pytest.raises(InputError, match="hết hiệu lực từ 01/03/2027"):
        late.receive(intake_json(procedure="1.999004"))

    # The office loads the version of the new law ahead of time (before 01/03/2027).
    following = entry("1.999004", ThoiHanGiaiQuyet=5, HieuLucTu="20270301000000")
    desk.office.import_catalogue(parse_entries([following]), "2027.json")
    assert {c.code: c.time_limit for c in desk.procedures()}["1.999004"] == "3"
    assert {c.code: c.time_limit for c in late.procedures()}["1.999004"] == "5"
    new = late.receive(intake_json(procedure="1.999004"))
    assert new.appointment == datetime(2027, 3, 8, 9, 0)  # 5 working days
    assert old.appointment == datetime(2027, 3, 3, 9, 0)  # kept its 3 days
    exported = {(e["MaTTHC"], e["HieuLucTu"]): e for e in desk.office.export_catalogue()}
    assert exported["1.999004", "20250701000000"]["HieuLucDen"] == "20270301000000"
    assert exported["1.999004", "20270301000000"]["ThoiHanGiaiQuyet"] == 5
