"""Shared printing helpers: Vietnamese dates and times, escaping, fonts, printed wording."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest
from reportlab.pdfbase import pdfmetrics

from desktop.calendar import LimitUnit, TimeLimit
from desktop.printing import fonts, texts
from desktop.printing.document import reprint_text
from desktop.printing.form02_supplement import SupplementItem
from desktop.printing.form_data import limit_text, supplement_item
from desktop.printing.layout import dated_line, esc, markup, vn_date, vn_time


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 1), "ngày 01 tháng 01 năm 2026"),
        (date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
        (date(2026, 11, 20), "ngày 20 tháng 11 năm 2026"),
        (date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"),
        (date(2027, 10, 10), "ngày 10 tháng 10 năm 2027"),
    ],
)
def test_vietnamese_date_leading_zeros(day: date, words: str) -> None:
    assert vn_date(day) == words


def test_dated_line_with_and_without_place() -> None:
    assert dated_line("Hòa Bình", date(2026, 2, 5)) == "Hòa Bình, ngày 05 tháng 02 năm 2026"
    assert dated_line("", date(2026, 7, 4)) == "Ngày 04 tháng 7 năm 2026"


@pytest.mark.parametrize(
    ("moment", "words"),
    [
        (datetime(2026, 2, 5, 8, 5), "08 giờ 05 phút, ngày 05/02/2026"),
        (datetime(2026, 11, 20, 16, 45), "16 giờ 45 phút, ngày 20/11/2026"),
        (datetime(2026, 12, 31, 0, 0), "00 giờ 00 phút, ngày 31/12/2026"),
    ],
)
def test_vietnamese_time(moment: datetime, words: str) -> None:
    assert vn_time(moment) == words


def test_escape_makes_markup_literal_and_normalises() -> None:
    assert esc("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert esc('<img src="http://127.0.0.1:9/a.png"/>') == (
        "&lt;img src=&quot;http://127.0.0.1:9/a.png&quot;/&gt;"
    )
    assert esc("A & B") == "A &amp; B"
    assert esc("&lt;") == "&amp;lt;"
    assert esc("dòng 1\ndòng 2") == "dòng 1<br/>dòng 2"
    decomposed = unicodedata.normalize("NFD", "Nguyễn Đặng")
    assert decomposed != "Nguyễn Đặng"
    assert esc(decomposed) == "Nguyễn Đặng"


def test_template_values_cannot_add_markup_or_placeholders() -> None:
    text = markup(texts.NAME_01, name="{name} <font size=40>x</font>")
    assert text == "Ông/Bà: <b>{name} &lt;font size=40&gt;x&lt;/font&gt;</b>"


def test_fonts_register_once_from_resources() -> None:
    assert fonts.FONT_DIR.name == "fonts" and fonts.FONT_DIR.parent.name == "resources"
    assert (fonts.FONT_DIR / "LICENSE-LiberationSerif.txt").is_file()
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FAMILY
    for face in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        font = pdfmetrics.getFont(face)
        assert font.face.name.decode().startswith("LiberationSerif")
        assert font.stringWidth("ễ", 13) > 0


def test_reprint_mark_counts_reprints() -> None:
    assert reprint_text(0) == ""
    assert reprint_text(1) == "BẢN IN LẠI (lần 1)"
    assert reprint_text(2) == "BẢN IN LẠI (lần 2)"


@pytest.mark.parametrize(
    ("limit", "words"),
    [
        (TimeLimit(Decimal(3), LimitUnit.WORKING_DAYS), "3 ngày làm việc"),
        (TimeLimit(Decimal("10.00"), LimitUnit.WORKING_DAYS), "10 ngày làm việc"),
        (TimeLimit(Decimal("0.5"), LimitUnit.WORKING_DAYS), "0,5 ngày làm việc"),
        (TimeLimit(Decimal(4), LimitUnit.WORKING_HOURS), "4 giờ làm việc"),
        (TimeLimit(Decimal(0), LimitUnit.SAME_DAY), texts.SAME_DAY),
        (TimeLimit(Decimal(0), LimitUnit.SAME_DAY, cutoff_15h=True), texts.SAME_DAY_CUTOFF),
        (TimeLimit(Decimal(0), LimitUnit.WORKING_DAYS), texts.SAME_DAY),
    ],
)
def test_time_limit_wording(limit: TimeLimit, words: str) -> None:
    assert limit_text(limit) == words


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Bản sao Giấy khai sinh", SupplementItem("Bản sao Giấy khai sinh")),
        (
            "Bản sao Giấy khai sinh. Lý do: bản cũ bị mờ",
            SupplementItem("Bản sao Giấy khai sinh", "bản cũ bị mờ"),
        ),
        (
            "Tờ khai (lý do: thiếu chữ ký)",
            SupplementItem("Tờ khai", "thiếu chữ ký"),
        ),
        (
            "Ảnh 4x6 - LÝ DO: ảnh cũ (quá 6 tháng)",
            SupplementItem("Ảnh 4x6", "ảnh cũ (quá 6 tháng)"),
        ),
    ],
)
def test_supplement_line_split_into_what_and_why(line: str, item: SupplementItem) -> None:
    assert supplement_item(line) == item
