"""`motcua catalogue export/import`: a round trip adds nothing, and a bad file is refused
whole (nothing of it is stored). SQLite only: the store itself is tested on both backends in
tests/integration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.e2e.cli_runner import Cli
from tests.shipped_catalogue import SHIPPED_COUNT

NEW_PROCEDURE: dict[str, Any] = {
    "MaTTHC": "1.999001",
    "TenTTHC": "Thủ tục thử nghiệm của xã",
    "MaLinhVuc": "HT",
    "TenLinhVuc": "Hộ tịch",
    "ThoiHanGiaiQuyet": 2,
    "DonViThoiHan": "ngay_lam_viec",
    "CatGio15h": False,
    "LePhi": 5000,
    "ThanhPhanHoSo": [{"TenGiayTo": "Tờ khai", "SoBanChinh": 1, "SoBanSao": 0, "BatBuoc": True}],
    "HieuLucTu": "20260101000000",
}


def write(path: Path, value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_export_import_round_trip_and_bad_files(sqlite_office: Cli, tmp_path: Path) -> None:
    office = sqlite_office
    exported = tmp_path / "danh-muc.json"
    assert (
        office("catalogue", "export", str(exported), "--json").json()["versions"] == SHIPPED_COUNT
    )
    before = json.loads(exported.read_text(encoding="utf-8"))
    assert {e["MaTTHC"] for e in before} >= {"1.004873", "1.001193", "2.000815"}

    bad_unit = {**NEW_PROCEDURE, "DonViThoiHan": "tuan"}
    files = {
        "same": str(exported),
        "not JSON": write(tmp_path / "hong.json", "MaTTHC;TenTTHC\n1.004873;Khai sinh\n"),
        "wrong shape": write(tmp_path / "sai.json", {"thu_tuc": before}),
        # A good new procedure first, then a bad one: neither may be stored.
        "bad unit": write(tmp_path / "don-vi.json", [NEW_PROCEDURE, bad_unit]),
        "bad limit": write(tmp_path / "han.json", [{**NEW_PROCEDURE, "ThoiHanGiaiQuyet": -1}]),
    }
    results = dict(
        zip(
            files,
            office.many(
                [(("catalogue", "import", path, "--json"), None) for path in files.values()]
            ),
            strict=True,
        )
    )
    assert results["same"].json() == {
        "added": 0,
        "unchanged": SHIPPED_COUNT,
        "procedures": SHIPPED_COUNT,
        "notes": [],
    }
    results["not JSON"].refused("JSON")
    results["wrong shape"].refused("danh sách thủ tục")
    results["bad unit"].refused("Thủ tục thứ 2", "Đơn vị thời hạn 'tuan'")
    results["bad limit"].refused("ThoiHanGiaiQuyet")

    again = tmp_path / "lan-2.json"
    office("catalogue", "export", str(again)).ok()
    assert json.loads(again.read_text(encoding="utf-8")) == before  # nothing was stored

    good = write(tmp_path / "moi.json", {"data": [NEW_PROCEDURE]})
    assert office("catalogue", "import", good, "--json").json()["added"] == 1
    due = office("deadline", "--received", "2026-11-20 10:00", "--procedure", "1.999001")
    assert due.ok().out == "2026-11-25 10:00\n"  # 2 working days, 24/11 off


def test_a_changed_version_under_a_stored_date_is_refused(
    sqlite_office: Cli, tmp_path: Path
) -> None:
    office = sqlite_office
    first = write(tmp_path / "lan-1.json", [NEW_PROCEDURE])
    assert office("catalogue", "import", first, "--json").json()["added"] == 1
    again = office("catalogue", "import", first, "--json").json()
    assert again == {"added": 0, "unchanged": 1, "procedures": 1, "notes": []}  # "đã có"

    other = {**NEW_PROCEDURE, "MaTTHC": "1.999002", "HieuLucTu": "20260601000000"}
    changed = {**NEW_PROCEDURE, "ThoiHanGiaiQuyet": 5}
    second = write(tmp_path / "lan-2.json", [other, changed])
    office("catalogue", "import", second).refused(
        "1.999001", "01/01/2026", "thời hạn giải quyết", "ngày hiệu lực mới"
    )
    exported = tmp_path / "sau.json"
    office("catalogue", "export", str(exported)).ok()
    stored = json.loads(exported.read_text(encoding="utf-8"))
    assert "1.999002" not in {e["MaTTHC"] for e in stored}  # nothing of the file was stored
    assert [e["ThoiHanGiaiQuyet"] for e in stored if e["MaTTHC"] == "1.999001"] == [2]

    newer = write(tmp_path / "lan-3.json", [{**changed, "HieuLucTu": "20260701000000"}])
    assert office("catalogue", "import", newer, "--json").json()["added"] == 1


def test_a_national_file_is_imported_with_its_notes(sqlite_office: Cli, tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[1] / "data" / "catalogue" / "national_sample.json"
    raw = json.loads(sample.read_text(encoding="utf-8"))
    del raw["result"][1]["LINHVUCTHUCHIEN"]  # marriage registration: no field, skipped whole
    path = write(tmp_path / "tthc.json", raw)
    outcome = sqlite_office("catalogue", "import", path, "--json").json()
    assert (outcome["added"], outcome["procedures"]) == (3, 3)
    assert any(n.startswith("Thủ tục 1.000894 (Đăng ký kết hôn): bỏ qua") for n in outcome["notes"])
    assert any("(ngày nhập)" in n for n in outcome["notes"])
    # without --json the officer reads the same notes, one per line under the figures
    text = sqlite_office("catalogue", "import", path).out
    assert text.startswith("Đã nhập 0 phiên bản mới; 3 đã có; 3 thủ tục trong tệp.")
    assert "\n- Thủ tục 1.000894 (Đăng ký kết hôn): bỏ qua" in text


def test_list_marks_unconfirmed_entries_and_update_adds_only_new_versions(
    sqlite_office: Cli,
) -> None:
    office = sqlite_office
    listed = office("catalogue", "list").ok().out.splitlines()
    assert listed[-1].startswith(f"{SHIPPED_COUNT} thủ tục đang hiệu lực")
    marriage = next(line for line in listed if "1.004873" in line)
    assert marriage.startswith(" ") and "3 ngày làm việc" in marriage  # confirmed
    unconfirmed = office("catalogue", "list", "--unconfirmed", "--json").json()
    assert unconfirmed and all(not c["confirmed"] for c in unconfirmed)
    unknown = [c for c in unconfirmed if not c["takes_dossiers"]]
    assert unknown and all(c["time_limit"] == "" for c in unknown)
    line = next(x for x in office("catalogue", "list").out.splitlines() if unknown[0]["code"] in x)
    assert line.startswith("*") and "chưa rõ thời hạn" in line
    again = office("catalogue", "update", "--json").json()
    assert (again["added"], again["unchanged"]) == (0, SHIPPED_COUNT)
