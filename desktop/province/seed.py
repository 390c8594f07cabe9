"""Demo online submissions for the reference server (``province-server --seed-online N``).

Each is a HoSo as the portal would hand it to the office: channel "2", status "1", a code
``<agency>-YYMMDD-9NNN`` (the portal's own numbers, far above a counter's daily count; the
desk skips a number already used in any case), an applicant with a valid ID number and
phone, the procedure's documents, submitted during the last few days.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from desktop.demo import GIVEN_F, GIVEN_M, HAMLETS, MIDDLE_F, MIDDLE_M, MOBILE_PREFIXES, SURNAMES
from desktop.dossiers.validation import PROVINCE_CODES, id_number_for
from desktop.outbox.records import WIRE_FORMAT
from desktop.province.store import Store

PORTAL_BASE_NUMBER = 9000


def online_records(
    agency: str, catalogue: list[dict[str, Any]], count: int, now: datetime, seed: int = 7
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    records = []
    # Citizens apply online only for procedures the province publishes with a time limit.
    published = [item for item in catalogue if item.get("ThoiHanGiaiQuyet") is not None]
    for index in range(count):
        procedure = rng.choice(published)
        submitted = now - timedelta(minutes=rng.randrange(10, 3 * 24 * 60))
        female = rng.random() < 0.5
        name = " ".join(
            (
                rng.choice(SURNAMES),
                rng.choice(MIDDLE_F if female else MIDDLE_M),
                rng.choice(GIVEN_F if female else GIVEN_M),
            )
        )
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 55))
        id_number = id_number_for(rng.choice(list(PROVINCE_CODES)), birth, female, index)
        records.append(
            {
                "MaHoSo": f"{agency}-{submitted:%y%m%d}-{PORTAL_BASE_NUMBER + index + 1:04d}",
                "RecordVersion": 1,
                "IdempotencyKey": str(uuid.UUID(int=rng.getrandbits(128))),
                "MaTTHC": procedure["MaTTHC"],
                "TenTTHC": procedure["TenTTHC"],
                "MaLinhVuc": procedure["MaLinhVuc"],
                "TenLinhVuc": procedure["TenLinhVuc"],
                "KenhThucHien": "2",
                "ChuHoSo": name,
                "LoaiDoiTuong": "1",
                "MaDoiTuong": id_number,
                "SoDienThoai": rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}",
                "Email": "",
                "DiaChi": rng.choice(HAMLETS),
                "TrichYeuHoSo": procedure["TenTTHC"],
                "NgayTiepNhan": submitted.strftime(WIRE_FORMAT),
                "NgayHenTra": "",
                "TrangThaiHoSo": "1",
                "NgayKetThucXuLy": "",
                "NgayTra": "",
                "HinhThuc": "0",
                "DonViXuLy": "",
                "TaiLieuNop": [
                    {
                        "TenGiayTo": d["TenGiayTo"],
                        "SoBanChinh": d["SoBanChinh"],
                        "SoBanSao": d["SoBanSao"],
                    }
                    for d in procedure.get("ThanhPhanHoSo", [])
                    if d.get("BatBuoc")
                ],
                "DanhSachLePhi": [],
                "DanhSachHoSoBoSung": [],
                "GhiChu": "",
            }
        )
    return records


def seed_online(
    store: Store, agencies: list[str], catalogue: list[dict[str, Any]], count: int, now: datetime
) -> int:
    """Add ``count`` online submissions for each agency that has none yet (so a restart with
    the same options adds nothing)."""
    added = 0
    for position, agency in enumerate(agencies):
        if store.online_count(agency):
            continue
        added += count
        for record in online_records(agency, catalogue, count, now, seed=7 + position):
            store.add_online_submission(agency, record)
    return added
