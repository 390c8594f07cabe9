"""Every form built from hand-made data and read back with pdftotext."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from desktop.printing import form01_receipt as f01
from desktop.printing import form02_supplement as f02
from desktop.printing import form03_refusal as f03
from desktop.printing import form04_apology as f04
from desktop.printing import form05_stop as f05
from desktop.printing import form06_control_sheet as f06
from desktop.printing import form07_register as f07
from desktop.printing import texts
from tests.unit.printing import pdf_tools as t

A4_PORTRAIT = "595.276 x 841.89 pts (A4)"
A4_LANDSCAPE = "841.89 x 595.276 pts (A4)"

# form -> (build, sample data, title, date line)
FORMS: dict[str, tuple[Callable[[Any], bytes], Callable[..., Any], str, str]] = {
    "01": (f01.build, t.receipt, texts.TITLE_01, "Hòa Bình, ngày 05 tháng 02 năm 2026"),
    "02": (f02.build, t.supplement, texts.TITLE_02, "Hòa Bình, ngày 05 tháng 02 năm 2026"),
    "03": (f03.build, t.refusal, texts.TITLE_03, "Hòa Bình, ngày 09 tháng 3 năm 2026"),
    "04": (f04.build, t.apology, texts.TITLE_04, "Hòa Bình, ngày 04 tháng 11 năm 2026"),
    "05": (f05.build, t.stop, texts.TITLE_05, "Hòa Bình, ngày 01 tháng 12 năm 2026"),
    "06": (f06.build, t.control_sheet, texts.TITLE_06, "Hòa Bình, ngày 07 tháng 01 năm 2026"),
    "07": (f07.build, t.register, texts.TITLE_07, "Hòa Bình, ngày 02 tháng 3 năm 2026"),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_header_title_and_date(form: str) -> None:
    build, sample, title, dated = FORMS[form]
    pdf = build(sample())
    assert pdf.startswith(b"%PDF-")
    lines = [" ".join(line.split()) for line in t.pdf_text(pdf).splitlines()]
    assert any(
        "UBND TỈNH LÂM ĐỒNG" in line and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in line
        for line in lines
    ), "the two header blocks stand side by side"
    assert any(
        "UBND XÃ HÒA BÌNH" in line and "Độc lập - Tự do - Hạnh phúc" in line for line in lines
    )
    assert dated in lines
    assert title in lines
    assert f"Mẫu số {form}" in lines
    info = t.pdf_info(pdf)
    assert info["Page size"] == (A4_LANDSCAPE if form == "07" else A4_PORTRAIT)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_reprint_mark_only_on_reprints(form: str) -> None:
    build, sample, _, _ = FORMS[form]
    first = t.flat(build(sample()))
    again = t.flat(build(sample(reprint=2)))
    assert "BẢN IN LẠI" not in first
    assert again.count("BẢN IN LẠI (lần 2)") == t.page_count(build(sample(reprint=2)))


@pytest.mark.parametrize("form", sorted(FORMS))
def test_names_with_stacked_marks_print_whole(form: str) -> None:
    build, sample, _, _ = FORMS[form]
    text = t.flat(build(sample()))
    for name in (t.NAME, "Lâm Đồng"):
        assert name in text or name.upper() in text


def test_receipt_content() -> None:
    text = t.flat(f01.build(t.receipt()))
    for expected in (
        f"Mã hồ sơ: {t.CODE}",
        "Bộ phận Một cửa – UBND xã Hòa Bình đã tiếp nhận hồ sơ của:",
        f"Ông/Bà: {t.NAME}",
        "Số định danh cá nhân: 001190012345; số điện thoại: 0912345678",
        "Địa chỉ: Thôn Đông, xã Hòa Bình, tỉnh Lâm Đồng",
        "Thư điện tử: diem@example.vn",
        f"Thủ tục hành chính: {t.PROCEDURE}",
        "Nội dung yêu cầu giải quyết: Xác nhận tình trạng hôn nhân để đăng ký kết hôn",
        "STT Tên giấy tờ Bản chính Bản sao",
        "1 Tờ khai cấp Giấy xác nhận tình trạng hôn nhân 1 0",
        "2 Bản sao Giấy khai sinh 0 1",
        "Số lượng hồ sơ: 01 bộ",
        "Thời hạn giải quyết theo quy định: 3 ngày làm việc",
        "Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 05/02/2026",
        "Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 05 phút, ngày 10/02/2026",
        "Nơi nhận kết quả: Bộ phận Một cửa – UBND xã Hòa Bình",
        "mang theo Giấy tiếp nhận này khi đến nhận kết quả",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
        t.OFFICER,
    ):
        assert text.count(expected) == 2, expected  # one on each copy


def test_receipt_two_copies_one_page_each() -> None:
    pdf = f01.build(t.receipt())
    assert t.page_count(pdf) == 2
    first, second = t.flat_pages(pdf)
    assert texts.COPIES_01[0] in first and texts.COPIES_01[1] not in first
    assert texts.COPIES_01[1] in second and texts.COPIES_01[0] not in second
    assert "Liên 1: Giao người nộp hồ sơ" in first
    assert "Liên 2: Lưu tại bộ phận Một cửa" in second


def test_receipt_with_many_papers_still_one_page_per_copy() -> None:
    papers = tuple(f01.DocumentLine(f"Giấy tờ số {n}", 1, 1) for n in range(1, 26))
    pdf = f01.build(t.receipt(documents=papers))
    assert t.page_count(pdf) == 2
    assert "Giấy tờ số 25" in t.flat_pages(pdf)[1]


def test_receipt_prints_a_paper_only_shown_as_shown() -> None:
    """A "(xuất trình)" paper is looked at and handed back: not an original received."""
    shown = f01.DocumentLine("Giấy tờ tùy thân của người đi đăng ký (xuất trình)", 1, 0)
    data = t.receipt(documents=(shown, f01.DocumentLine("Tờ khai", 1, 0)))
    text = t.flat(f01.build(data), page=1)
    assert "(xuất trình) Xuất trình" in text
    assert "(xuất trình) 1" not in text and "Tờ khai 1 0" in text


def test_receipt_without_email_leaves_the_line_out() -> None:
    assert "Thư điện tử" not in t.flat(f01.build(t.receipt(applicant_email="")))


@pytest.mark.parametrize("page", [1, 2])
def test_receipt_qr_and_barcode_hold_the_code(page: int) -> None:
    pdf = f01.build(t.receipt())
    assert t.decode_symbols(pdf, "qrcode", page) == [t.CODE]
    assert t.decode_symbols(pdf, "code128", page) == [t.CODE]


def test_supplement_content() -> None:
    text = t.flat(f02.build(t.supplement()))
    for expected in (
        f"Mã hồ sơ: {t.CODE}",
        "Vào lúc 08 giờ 05 phút, ngày 05/02/2026, Bộ phận Một cửa – UBND xã Hòa Bình",
        f"nhận hồ sơ của Ông/Bà {t.NAME}",
        "1. Bản sao Giấy khai sinh",
        "Lý do: bản đã nộp bị mờ",
        "2. Tờ khai có chữ ký của người yêu cầu",
        f"cán bộ hướng dẫn {t.OFFICER}",
        "NGƯỜI HƯỚNG DẪN",
    ):
        assert expected in text, expected


def test_refusal_content() -> None:
    text = t.flat(f03.build(t.refusal()))
    for expected in (
        f"Mã hồ sơ: {t.CODE}",
        "Vào lúc 14 giờ 25 phút, ngày 09/03/2026",
        f"hồ sơ của Ông/Bà {t.NAME} đề nghị giải quyết thủ tục: {t.PROCEDURE}.",
        "từ chối tiếp nhận hồ sơ này với lý do sau:",
        "Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã.",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
        t.OFFICER,
    ):
        assert expected in text, expected
    assert "Nội dung yêu cầu giải quyết" not in text  # no summary beyond the procedure


def test_apology_content() -> None:
    text = t.flat(f04.build(t.apology(signer_name="Lê Văn Đức")))
    for expected in (
        f"Kính gửi: Ông/Bà {t.NAME}",
        f"đã tiếp nhận hồ sơ mã số {t.CODE} của Ông/Bà vào lúc 09 giờ 00 phút, ngày 02/11/2026",
        "Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 05/11/2026.",
        "Lý do: Cần xác minh thêm thông tin tại nơi cư trú trước đây.",
        "thời gian hẹn trả kết quả mới: 14 giờ 30 phút, ngày 12/11/2026.",
        "THỦ TRƯỞNG CƠ QUAN",
        "(Ký, ghi rõ họ tên, đóng dấu)",
        "Lê Văn Đức",
    ):
        assert expected in text, expected


def test_stop_content() -> None:
    text = t.flat(f05.build(t.stop()))
    for expected in (
        f"Kính gửi: Ông/Bà {t.NAME}",
        f"Mã hồ sơ: {t.CODE}",
        "vào lúc 09 giờ 00 phút, ngày 02/11/2026",
        "dừng giải quyết hồ sơ nêu trên kể từ 10 giờ 15 phút, ngày 01/12/2026.",
        "Lý do: Người yêu cầu không bổ sung hồ sơ trong thời hạn.",
    ):
        assert expected in text, expected


def test_control_sheet_content() -> None:
    pdf = f06.build(t.control_sheet())
    text = t.flat(pdf)
    for expected in (
        f"Mã hồ sơ: {t.CODE}",
        f"(Kèm theo hồ sơ của Ông/Bà {t.NAME})",
        "Thời gian tiếp nhận: 09 giờ 00 phút, ngày 02/11/2026",
        "Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 05/11/2026",
        "Cơ quan, đơn vị chủ trì giải quyết: Công chức Tư pháp - Hộ tịch",
        "Cơ quan, đơn vị phối hợp giải quyết: Chủ tịch UBND xã",
        "Trước hạn",
        "Đúng hạn",
        "Trình ký",
    ):
        assert expected in text, expected
    layout = t.pdf_text(pdf)
    # names may wrap inside their narrow cells
    for expected in ("Người giao", "Người nhận", "Trần Thị", "Bích", "Đức", "09 giờ 30 phút,"):
        assert expected in layout, expected


def test_control_sheet_without_handovers_is_a_table_of_blank_rows() -> None:
    text = t.flat(f06.build(t.control_sheet(handovers=(), coordinating_units=())))
    assert "STT Tên cơ quan, đơn vị" in text
    numbers = " ".join(str(n) for n in range(1, f06.MIN_ROWS + 1))
    assert numbers in text  # the empty rows are numbered, to fill by hand


def test_control_sheet_has_a_row_per_handover_then_blank_rows() -> None:
    text = t.flat(f06.build(t.control_sheet()))
    assert "1 Giao: UBND xã Hòa Bình" in text and "2 Giao: Công chức Tư pháp" in text
    assert "Trình ký 3 4 5 6 7 8" in text  # rows 3..8 left blank after the two hand-overs
    many = t.control_sheet().handovers * 4
    assert f06.blank_rows(len(many)) == f06.BLANK_ROWS
    assert "8 Giao:" in t.flat(f06.build(t.control_sheet(handovers=many)))


def test_receipt_prints_the_request_and_the_register_entry() -> None:
    text = t.flat(f01.build(t.receipt(register_book="2026", register_number=7)))
    assert text.count("Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 07") == 2
    assert text.count("Thư điện tử: diem@example.vn") == 2
    plain = t.flat(f01.build(t.receipt(summary="")))
    assert plain.count(f"Nội dung yêu cầu giải quyết: {t.PROCEDURE}") == 2
    assert plain.count("Quyển số: " + texts.BLANK) == 2  # no book known: filled by hand


def test_supplement_prints_the_guiding_officer_and_phone() -> None:
    text = t.flat(f02.build(t.supplement(officer_phone="0912345678")))
    assert f"cán bộ hướng dẫn {t.OFFICER}, số điện thoại: 0912345678" in text
    assert "Lý do: bản đã nộp bị mờ" in text
    assert text.rstrip().endswith(t.OFFICER) or f"(Ký, ghi rõ họ tên) {t.OFFICER}" in text


def test_apology_title_and_the_heads_name_from_the_template() -> None:
    wording = f04.Wording("04", {"SIGNER_NAME_04": "Phạm Văn Thành"})
    text = t.flat(f04.build(t.apology(wording=wording)))
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in text
    assert "(Ký, ghi rõ họ tên, đóng dấu) Phạm Văn Thành" in text


def test_register_content() -> None:
    pdf = f07.build(t.register())
    text = t.flat(pdf)
    layout = t.pdf_text(pdf)
    assert "Từ ngày 01/02/2026 đến ngày 28/02/2026" in text
    assert "Tổng số: 1 hồ sơ" in text
    assert "Trang 1" in text
    for expected in (
        "000.00.00.H56-",
        "260205-0007",
        "0912345678",
        "05/02/2026",
        "10/02/2026",
        "09/02/2026",
        "Đặng Văn Ưng",
        "Đã nộp lệ phí",
    ):
        assert expected in layout, expected
    for header in ("STT", "Mã hồ sơ", "Tên thủ tục", "Ghi chú"):
        assert header in layout


def test_register_many_lines_run_over_pages_with_numbers() -> None:
    line = t.register().lines[0]
    lines = tuple(replace(line, code=f"000.00.00.H56-260205-{n:04d}") for n in range(1, 61))
    pdf = f07.build(t.register(lines=lines))
    pages = t.page_count(pdf)
    assert isinstance(pages, int) and pages > 1
    text = t.flat(pdf)
    assert f"Trang {pages}" in text and "Tổng số: 60 hồ sơ" in text
    assert text.count("Mã hồ sơ") == pages  # the header row repeats on every page


def test_register_of_an_empty_period() -> None:
    text = t.flat(f07.build(t.register(lines=())))
    assert texts.EMPTY_07 in text and "Tổng số: 0 hồ sơ" in text
