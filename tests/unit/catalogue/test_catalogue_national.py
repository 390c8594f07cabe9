"""The catalogue in the national shape (SYNC.md §2.4): strings everywhere, nesting that varies
between providers, missing parts and junk; a procedure is read whole or skipped whole."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.calendar import LimitUnit
from desktop.catalogue.national import NationalCatalogue, parse_national, parse_pull
from desktop.catalogue.store import parse_entries, read_entries

DAY = datetime(2026, 12, 1)
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "catalogue" / "national_sample.json"


def tthc(**changes: Any) -> dict[str, Any]:
    """A complete record in the national database's usual nesting."""
    record: dict[str, Any] = {
        "MATTHC": "1.004873",
        "TENTTHC": "Cấp Giấy xác nhận tình trạng hôn nhân",
        "LINHVUCTHUCHIEN": [{"MALINHVUC": "HT", "TENLINHVUC": "Hộ tịch"}],
        "CACHTHUCTHUCHIEN": [
            {
                "KENH": "1",
                "THOIGIAN": [
                    {
                        "THOIGIANGIAIQUYET": "3",
                        "DONVITINH": "Ngày làm việc",
                        "MOTA": "",
                        "PHILEPHI": [{"SOTIEN": "15.000", "DONVI": "Đồng", "MOTA": ""}],
                    }
                ],
            }
        ],
        "THANHPHANHOSO": [
            {
                "TRUONGHOP": "",
                "GIAYTO": [{"TENGIAYTO": "Tờ khai theo mẫu", "SOBANCHINH": "1", "SOBANSAO": ""}],
            }
        ],
    }
    record.update(changes)
    return {k: v for k, v in record.items() if v is not None}


def one(record: Any) -> NationalCatalogue:
    return parse_national([record], DAY)


def time(value: Any, unit: Any, **more: Any) -> list[dict[str, Any]]:
    return [{"KENH": "1", "THOIGIAN": [{"THOIGIANGIAIQUYET": value, "DONVITINH": unit, **more}]}]


def test_the_usual_nesting_is_read_whole() -> None:
    result = one(tthc())
    (entry,) = result.entries
    assert (entry.code, entry.field_code, entry.field_name) == ("1.004873", "HT", "Hộ tịch")
    assert (entry.time_limit, entry.time_unit, entry.cutoff_15h) == (
        Decimal(3),
        LimitUnit.WORKING_DAYS,
        False,
    )
    assert entry.fee == 15000 and entry.effective_from == DAY
    assert [(d.name, d.originals, d.copies, d.required) for d in entry.documents] == [
        ("Tờ khai theo mẫu", 1, 0, True)
    ]
    assert result.notes == ()


def test_the_sample_file_reads_every_procedure() -> None:
    entries = read_entries(SAMPLE)
    assert entries.undated
    assert [e.code for e in entries] == ["1.001193", "1.000894", "1.004873", "2.000815"]
    birth = entries[0]
    assert (birth.time_unit, birth.cutoff_15h, birth.fee) == (LimitUnit.SAME_DAY, True, 0)
    assert entries[3].fee == 2000
    assert any("căn cứ pháp lý" in note for note in entries.notes)


@pytest.mark.parametrize(
    "shape",
    [
        lambda r: {"result": [r]},
        lambda r: {"error_code": "0", "result": r},
        lambda r: {"data": [r]},
        lambda r: [r],
    ],
)
def test_the_national_shape_is_recognised_in_its_wrappings(shape: Any) -> None:
    entries = parse_entries(shape(tthc()))
    assert entries.undated and [e.code for e in entries] == ["1.004873"]


@pytest.mark.parametrize(
    "changes",
    [
        # one object where a list is usual
        {"LINHVUCTHUCHIEN": {"MALINHVUC": "HT", "TENLINHVUC": "Hộ tịch"}},
        # the field flattened onto the record
        {"LINHVUCTHUCHIEN": None, "MALINHVUC": "HT", "TENLINHVUC": "Hộ tịch"},
        # the time limit flattened onto the channel, the channel a single object
        {"CACHTHUCTHUCHIEN": {"KENH": 1, "THOIGIANGIAIQUYET": 3, "DONVITINH": "Ngày làm việc"}},
        # the time limit flattened onto the record
        {"CACHTHUCTHUCHIEN": None, "THOIGIANGIAIQUYET": "03", "DONVITINH": "ngày làm việc"},
        # documents listed without cases, lower-case keys
        {"THANHPHANHOSO": [{"tengiayto": "Tờ khai theo mẫu", "sobanchinh": "01"}]},
    ],
)
def test_provider_nestings_give_the_same_procedure(changes: dict[str, Any]) -> None:
    entry = one(tthc(**changes)).entries[0]
    assert (entry.field_code, entry.time_limit, entry.time_unit) == (
        "HT",
        Decimal(3),
        LimitUnit.WORKING_DAYS,
    )
    assert entry.documents[0].name == "Tờ khai theo mẫu" and entry.documents[0].originals == 1


@pytest.mark.parametrize(
    ("value", "unit", "limit", "expected_unit", "cutoff"),
    [
        ("5", "Ngày làm việc", Decimal(5), LimitUnit.WORKING_DAYS, False),
        ("05", "Ngày làm việc", Decimal(5), LimitUnit.WORKING_DAYS, False),
        ("0.5", "Ngày làm việc", Decimal("0.5"), LimitUnit.WORKING_DAYS, False),
        ("1,5", "Ngày làm việc", Decimal("1.5"), LimitUnit.WORKING_DAYS, False),
        ("4", "Giờ làm việc", Decimal(4), LimitUnit.WORKING_HOURS, False),
        ("", "Trong ngày", Decimal(0), LimitUnit.SAME_DAY, True),
        ("Trong ngày", "", Decimal(0), LimitUnit.SAME_DAY, True),
        ("0", "Ngày làm việc", Decimal(0), LimitUnit.SAME_DAY, True),
    ],
)
def test_time_limits_written_as_strings(
    value: str, unit: str, limit: Decimal, expected_unit: LimitUnit, cutoff: bool
) -> None:
    result = one(tthc(CACHTHUCTHUCHIEN=time(value, unit)))
    entry = result.entries[0]
    assert (entry.time_limit, entry.time_unit, entry.cutoff_15h) == (limit, expected_unit, cutoff)
    assert result.notes == ()


def test_a_plain_day_is_read_as_working_days_and_said() -> None:
    result = one(tthc(CACHTHUCTHUCHIEN=time("10", "Ngày")))
    assert result.entries[0].time_unit is LimitUnit.WORKING_DAYS
    assert result.notes == (
        "Thủ tục 1.004873 (Cấp Giấy xác nhận tình trạng hôn nhân): đơn vị thời hạn không rõ, "
        "hiểu là ngày làm việc; hãy kiểm tra.",
    )


def test_the_counter_channel_wins_and_another_channel_is_a_fallback() -> None:
    online = {"KENH": "2", "THOIGIAN": [{"THOIGIANGIAIQUYET": "1", "DONVITINH": "Ngày làm việc"}]}
    counter = time("3", "Ngày làm việc")[0]
    assert one(tthc(CACHTHUCTHUCHIEN=[online, counter])).entries[0].time_limit == 3
    result = one(tthc(CACHTHUCTHUCHIEN=[online]))
    assert result.entries[0].time_limit == 1
    assert "kênh nộp trực tiếp" in result.notes[0]


@pytest.mark.parametrize(
    ("amounts", "fee"),
    [
        (["15.000"], 15000),
        (["15000"], 15000),
        (["15,000"], 15000),
        (["8.000 đồng/bản"], 8000),
        (["Không"], 0),
        (["Miễn lệ phí"], 0),
        (["0", ""], 0),
        ([""], None),
        ([], None),
    ],
)
def test_fees_written_as_strings(amounts: list[str], fee: int | None) -> None:
    fees = [{"SOTIEN": a, "DONVI": "Đồng", "MOTA": ""} for a in amounts]
    result = one(tthc(CACHTHUCTHUCHIEN=time("3", "Ngày làm việc", PHILEPHI=fees)))
    assert result.entries[0].fee == fee and result.notes == ()


@pytest.mark.parametrize("junk", ["abc", "9" * 40, "-5", [1], {"a": 1}, True])
def test_a_junk_fee_is_left_out_and_said(junk: Any) -> None:
    fees = [{"SOTIEN": junk, "DONVI": "Đồng"}]
    result = one(tthc(CACHTHUCTHUCHIEN=time("3", "Ngày làm việc", PHILEPHI=fees)))
    assert result.entries[0].fee is None
    assert "mức phí, lệ phí không đọc được" in result.notes[0]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"MATTHC": None}, "thiếu mã thủ tục"),
        ({"MATTHC": "TTHC-01"}, "không phải mã quốc gia"),
        ({"TENTTHC": ""}, "thiếu tên thủ tục"),
        ({"TENTTHC": "Đ" * 10_000}, "dài tối đa 500 ký tự"),
        ({"TENTTHC": "Khai\x00sinh"}, "ký tự điều khiển"),
        ({"LINHVUCTHUCHIEN": []}, "thiếu lĩnh vực"),
        ({"LINHVUCTHUCHIEN": [{"MALINHVUC": "HT"}]}, "thiếu lĩnh vực"),
        ({"CACHTHUCTHUCHIEN": None}, "thiếu thời hạn giải quyết"),
        ({"CACHTHUCTHUCHIEN": time("", "Ngày làm việc")}, "thiếu thời hạn giải quyết"),
        ({"CACHTHUCTHUCHIEN": time("3", "Tháng")}, "thiếu thời hạn giải quyết"),
        ({"CACHTHUCTHUCHIEN": time("9999", "Ngày làm việc")}, "thiếu thời hạn giải quyết"),
        ({"CACHTHUCTHUCHIEN": [[[[["3"]]]]]}, "thiếu thời hạn giải quyết"),
        ({"CACHTHUCTHUCHIEN": "3 ngày"}, "thiếu thời hạn giải quyết"),
    ],
)
def test_a_procedure_without_what_it_must_have_is_skipped_whole(
    changes: dict[str, Any], reason: str
) -> None:
    good = tthc(MATTHC="1.001193", TENTTHC="Đăng ký khai sinh")
    result = parse_national([tthc(**changes), good], DAY)
    assert [e.code for e in result.entries] == ["1.001193"]
    (note,) = result.notes
    assert "bỏ qua cả thủ tục" in note and reason in note
    assert note.startswith(("Mục thứ 1", "Thủ tục 1.004873"))
    assert len(note) < 300 and "\x00" not in note


def test_nested_garbage_does_not_stop_the_others() -> None:
    garbage: list[Any] = [None, 7, "x", [tthc()], {"MATTHC": {"MATTHC": "1.0"}}]
    result = parse_national([*garbage, tthc()], DAY)
    assert [e.code for e in result.entries] == ["1.004873"]
    assert len(result.notes) == len(garbage)


def test_newlines_and_tabs_in_a_name_are_spaces() -> None:
    entry = one(tthc(TENTTHC="Cấp Giấy xác nhận\r\ntình trạng\thôn nhân")).entries[0]
    assert entry.name == "Cấp Giấy xác nhận tình trạng hôn nhân"


def test_documents_of_several_cases_merge_and_bad_ones_are_left_out() -> None:
    cases = [
        {"TRUONGHOP": "A", "GIAYTO": [{"TENGIAYTO": "Tờ khai", "SOBANCHINH": "1"}]},
        {
            "TRUONGHOP": "B",
            "GIAYTO": [
                {"TENGIAYTO": "Tờ khai", "SOBANCHINH": "1"},
                {"TENGIAYTO": "Giấy ủy quyền", "SOBANSAO": "một"},
                {"TENGIAYTO": ""},
                {"TENGIAYTO": "x" * 600},
                "rác",
            ],
        },
    ]
    result = one(tthc(THANHPHANHOSO=cases))
    docs = result.entries[0].documents
    assert [(d.name, d.copies, d.required) for d in docs] == [
        ("Tờ khai", 0, True),
        ("Giấy ủy quyền", 0, False),
    ]
    text = " ".join(result.notes)
    assert "số bản sao của giấy tờ 'Giấy ủy quyền'" in text
    assert text.count("bỏ qua một giấy tờ") == 2 and "không bắt buộc" in text


def test_a_code_given_twice_keeps_the_first() -> None:
    result = parse_national([tthc(), tthc(TENTTHC="Khác")], DAY)
    assert [e.name for e in result.entries] == ["Cấp Giấy xác nhận tình trạng hôn nhân"]
    assert "giữ lần đầu" in result.notes[0]


def test_unknown_parts_are_named_once() -> None:
    result = parse_national([tthc(MOI="x"), tthc(MATTHC="1.001193", MOI="y")], DAY)
    assert result.notes == ("Bỏ qua các mục không nhận ra: MOI.",)


def test_the_pull_merges_the_list_with_each_detail() -> None:
    listing = {
        "error_code": 0,
        "result": [
            {"MATTHC": "1.004873", "TENTTHC": "Cấp Giấy xác nhận tình trạng hôn nhân"},
            {"MATTHC": "1.001193", "TENTTHC": "Đăng ký khai sinh"},
            {"TENTTHC": "không mã"},
        ],
    }
    detail = tthc()
    del detail["TENTTHC"]  # the listing's name stands
    result = parse_pull(listing, {"1.004873": {"result": [detail]}}, DAY)
    assert [(e.code, e.name) for e in result.entries] == [
        ("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân")
    ]
    assert result.notes == (
        "Thủ tục 1.001193: không có chi tiết (LayThuTuc), bỏ qua cả thủ tục.",
        "Mục thứ 3 của danh sách: không có mã thủ tục hợp lệ, bỏ qua.",
    )


def test_the_desk_format_is_still_read_strictly() -> None:
    record = json.loads(
        '{"MaTTHC": "1.001193", "TenTTHC": "Đăng ký khai sinh", "MaLinhVuc": "HT",'
        '"TenLinhVuc": "Hộ tịch", "ThoiHanGiaiQuyet": 0, "DonViThoiHan": "trong_ngay",'
        '"CatGio15h": true, "LePhi": 0, "ThanhPhanHoSo": [], "HieuLucTu": "20260101000000"}'
    )
    entries = parse_entries([record])
    assert not entries.undated and entries.notes == () and entries[0].code == "1.001193"
