"""An office's template of a form: checked when loaded, refused whole with the default kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.printing import form01_receipt as f01
from desktop.printing import texts
from desktop.printing.templates import KEYS, default_document, load
from tests.unit.printing import pdf_tools as t


def _write(folder: Path, form: str, document: object) -> Path:
    path = folder / f"form{form}.json"
    raw = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(raw, encoding="utf-8")
    return path


def test_no_office_file_prints_the_defaults(tmp_path: Path) -> None:
    loaded = load(tmp_path, "01")
    assert not loaded.office_file and not loaded.problem and not loaded.wording.own
    assert loaded.wording.text("TITLE_01") == texts.TITLE_01


def test_every_default_is_a_valid_template(tmp_path: Path) -> None:
    for form in KEYS:
        _write(tmp_path, form, default_document(form))
        loaded = load(tmp_path, form)
        assert loaded.office_file and loaded.problem == "", form


def test_an_office_template_prints_its_wording(tmp_path: Path) -> None:
    own = {
        "TITLE_01": "GIẤY BIÊN NHẬN HỒ SƠ",
        "NOTE_01": "<i>Ông/Bà vui lòng giữ giấy này đến khi nhận kết quả.</i>",
        "SIGNERS_01": ["NGƯỜI NỘP", "CÁN BỘ MỘT CỬA"],
    }
    _write(tmp_path, "01", {"form": "01", "texts": own})
    loaded = load(tmp_path, "01")
    assert loaded.problem == ""
    text = t.flat(f01.build(t.receipt(wording=loaded.wording)))
    for wording in ("GIẤY BIÊN NHẬN HỒ SƠ", "giữ giấy này đến khi nhận kết quả", "CÁN BỘ MỘT CỬA"):
        assert text.count(wording) == 2, wording
    assert texts.TITLE_01 not in text
    assert text.count("Thời gian nhận hồ sơ: 08 giờ 05 phút") == 2  # the rest: the defaults


@pytest.mark.parametrize(
    ("document", "fault"),
    [
        ('{"form": "01", "texts": {"TITLE_01": "A",}', "không phải JSON hợp lệ"),
        ({"texts": {}}, "thiếu khóa bắt buộc 'form'"),
        ({"form": "01"}, "thiếu khóa bắt buộc 'texts'"),
        ({"form": "02", "texts": {}}, "khóa 'form' phải là \"01\""),
        ({"form": "01", "texts": {"TITLE_01": 5}}, "'TITLE_01' phải là một chuỗi"),
        ({"form": "01", "texts": {"TITLE_01": ""}}, "không được để trống"),
        ({"form": "01", "texts": {"TITLE_02": "X"}}, "'TITLE_02' không phải là nội dung"),
        ({"form": "01", "texts": {"SIGNERS_01": ["A"]}}, "danh sách 2 chuỗi"),
        ({"form": "01", "texts": {"TITLE_01": "A" * 201}}, "dài quá 200"),
        ({"form": "01", "texts": {"NOTE_01": "Dòng 1\nDòng 2"}}, "ký tự điều khiển"),
        ({"form": "01", "texts": {"SETS_01": "Số bộ: {so_bo}"}}, "ô điền không biết: {so_bo}"),
        ({"form": "01", "texts": {"SETS_01": "Số bộ: {sets"}}, "dấu { }"),
        ({"form": "01", "texts": {"NOTE_01": '<img src="x"/>'}}, "thẻ <img>"),
        ({"form": "01", "texts": {"NOTE_01": "<b>đậm"}}, "thẻ <b> chưa đóng"),
        ({"form": "01", "texts": {"NOTE_01": "a < b & c"}}, "dấu < > hoặc & lẻ"),
        ({"form": "01", "texts": {"NOTE_01": "a &copy; b"}}, "dấu < > hoặc & lẻ"),
    ],
)
def test_a_broken_template_is_refused_and_the_default_kept(
    tmp_path: Path, document: object, fault: str
) -> None:
    path = _write(tmp_path, "01", document)
    loaded = load(tmp_path, "01")
    assert loaded.office_file and not loaded.wording.own
    assert str(path) in loaded.problem and fault in loaded.problem, loaded.problem
    assert "motcua form-template reset 01" in loaded.problem
    text = t.flat(f01.build(t.receipt(wording=loaded.wording)))
    assert text.count(texts.TITLE_01) == 2
