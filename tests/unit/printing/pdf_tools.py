"""Reading the forms back: text with poppler's pdftotext, barcodes with zbarimg, and sample
data for every form (hand-made, no database)."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from desktop.printing import form01_receipt as f01
from desktop.printing import form02_supplement as f02
from desktop.printing import form03_refusal as f03
from desktop.printing import form04_apology as f04
from desktop.printing import form05_stop as f05
from desktop.printing import form06_control_sheet as f06
from desktop.printing import form07_register as f07
from desktop.printing.layout import Letterhead

TIMEOUT = 60
T = TypeVar("T", bound=Any)
HEAD = Letterhead("UBND tỉnh Lâm Đồng", "UBND xã Hòa Bình", "Hòa Bình")
CODE = "000.00.00.H56-260205-0007"
NAME = "Đặng Thị Ngọc Diễm"  # stacked marks: ặ, ị, ọ, ễ; and Đ
OFFICER = "Nguyễn Văn Ặn"
PROCEDURE = "Cấp Giấy xác nhận tình trạng hôn nhân"


def pdf_text(pdf: bytes, *, first: int | None = None, last: int | None = None) -> str:
    """``pdftotext -layout`` of the PDF (pages ``first``..``last``)."""
    pages: list[str] = []
    if first is not None:
        pages += ["-f", str(first)]
    if last is not None:
        pages += ["-l", str(last)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", *pages, str(path), "-"],
            capture_output=True,
            check=True,
            timeout=TIMEOUT,
        )
    return done.stdout.decode("utf-8")


def flat(pdf: bytes, page: int | None = None) -> str:
    """The PDF's text (or one page's) in reading order, white space runs made one space."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", *pages, str(path), "-"],
            capture_output=True,
            check=True,
            timeout=TIMEOUT,
        )
    return " ".join(done.stdout.decode("utf-8").split())


def flat_pages(pdf: bytes) -> list[str]:
    """:func:`flat` of each page."""
    pages = pdf_info(pdf)["Pages"]
    assert isinstance(pages, int)
    return [flat(pdf, page) for page in range(1, pages + 1)]


def page_count(pdf: bytes) -> int:
    pages = pdf_info(pdf)["Pages"]
    assert isinstance(pages, int)
    return pages


def pdf_info(pdf: bytes) -> dict[str, int | str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, check=True, timeout=TIMEOUT
        )
    info: dict[str, int | str] = {}
    for line in done.stdout.decode("utf-8").splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = int(value) if key == "Pages" else value.strip()
    return info


def decode_symbols(pdf: bytes, symbology: str, page: int = 1) -> list[str]:
    """The values of the ``symbology`` symbols (``qrcode``, ``code128``) on ``page``, read
    with zbarimg from a 200 dpi PNG made by pdftoppm."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(pdf)
        prefix = Path(folder) / "page"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "200",
                "-png",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(path),
                str(prefix),
            ],
            capture_output=True,
            check=True,
            timeout=TIMEOUT,
        )
        done = subprocess.run(
            [
                "zbarimg",
                "--raw",
                "-q",
                "-Sdisable",
                f"-S{symbology}.enable",
                str(prefix.with_suffix(".png")),
            ],
            capture_output=True,
            check=False,
            timeout=TIMEOUT,
        )
    return done.stdout.decode("utf-8").splitlines()


# -- sample data ---------------------------------------------------------------------------


def receipt(**changes: object) -> f01.ReceiptData:
    data = f01.ReceiptData(
        letterhead=HEAD,
        code=CODE,
        applicant_name=NAME,
        applicant_id_number="001190012345",
        applicant_address="Thôn Đông, xã Hòa Bình, tỉnh Lâm Đồng",
        applicant_phone="0912345678",
        applicant_email="diem@example.vn",
        procedure_name=PROCEDURE,
        summary="Xác nhận tình trạng hôn nhân để đăng ký kết hôn",
        documents=(
            f01.DocumentLine("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", 1, 0),
            f01.DocumentLine("Bản sao Giấy khai sinh", 0, 1),
        ),
        sets=1,
        time_limit="3 ngày làm việc",
        received_at=datetime(2026, 2, 5, 8, 5),
        appointment=datetime(2026, 2, 10, 8, 5),
        collect_at="Bộ phận Một cửa – UBND xã Hòa Bình",
        officer=OFFICER,
    )
    return _replace(data, changes)


def supplement(**changes: object) -> f02.SupplementData:
    data = f02.SupplementData(
        letterhead=HEAD,
        code=CODE,
        applicant_name=NAME,
        procedure_name=PROCEDURE,
        summary="Xác nhận tình trạng hôn nhân để đăng ký kết hôn",
        requested_at=datetime(2026, 2, 5, 8, 5),
        items=(
            f02.SupplementItem("Bản sao Giấy khai sinh", "bản đã nộp bị mờ"),
            f02.SupplementItem("Tờ khai có chữ ký của người yêu cầu"),
        ),
        officer=OFFICER,
    )
    return _replace(data, changes)


def refusal(**changes: object) -> f03.RefusalData:
    data = f03.RefusalData(
        letterhead=HEAD,
        code=CODE,
        applicant_name=NAME,
        procedure_name=PROCEDURE,
        summary="",
        received_at=datetime(2026, 3, 9, 14, 25),
        refused_at=datetime(2026, 3, 9, 14, 40),
        reason="Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã.",
        officer=OFFICER,
    )
    return _replace(data, changes)


def apology(**changes: object) -> f04.ApologyData:
    data = f04.ApologyData(
        letterhead=HEAD,
        code=CODE,
        applicant_name=NAME,
        procedure_name=PROCEDURE,
        received_at=datetime(2026, 11, 2, 9, 0),
        original_appointment=datetime(2026, 11, 5, 9, 0),
        reason="Cần xác minh thêm thông tin tại nơi cư trú trước đây.",
        new_appointment=datetime(2026, 11, 12, 14, 30),
        written_at=datetime(2026, 11, 4, 15, 0),
    )
    return _replace(data, changes)


def stop(**changes: object) -> f05.StopData:
    data = f05.StopData(
        letterhead=HEAD,
        code=CODE,
        applicant_name=NAME,
        procedure_name=PROCEDURE,
        received_at=datetime(2026, 11, 2, 9, 0),
        stopped_at=datetime(2026, 12, 1, 10, 15),
        reason="Người yêu cầu không bổ sung hồ sơ trong thời hạn.",
    )
    return _replace(data, changes)


def control_sheet(**changes: object) -> f06.ControlSheetData:
    data = f06.ControlSheetData(
        letterhead=HEAD,
        code=CODE,
        applicant_name=NAME,
        procedure_name=PROCEDURE,
        received_at=datetime(2026, 11, 2, 9, 0),
        appointment=datetime(2026, 11, 5, 9, 0),
        lead_unit="Công chức Tư pháp - Hộ tịch",
        coordinating_units=("Chủ tịch UBND xã",),
        handovers=(
            f06.HandoverLine(
                "UBND xã Hòa Bình",
                "Công chức Tư pháp - Hộ tịch",
                datetime(2026, 11, 2, 9, 30),
                OFFICER,
                "Trần Thị Bích",
                "Trước hạn",
            ),
            f06.HandoverLine(
                "Công chức Tư pháp - Hộ tịch",
                "Chủ tịch UBND xã",
                datetime(2026, 11, 5, 8, 0),
                "Trần Thị Bích",
                "Lê Văn Đức",
                "Đúng hạn",
                "Trình ký",
            ),
        ),
        printed_on=date(2026, 1, 7),
    )
    return _replace(data, changes)


def register(**changes: object) -> f07.RegisterData:
    line = f07.RegisterLine(
        code=CODE,
        procedure_name=PROCEDURE,
        sets=2,
        applicant_name=NAME,
        address="Thôn Đông, xã Hòa Bình",
        phone="0912345678",
        received_at=datetime(2026, 2, 5, 8, 5),
        appointment=datetime(2026, 2, 10, 8, 5),
        ended_at=datetime(2026, 2, 9, 16, 0),
        returned_at=datetime(2026, 2, 10, 9, 0),
        returned_by=OFFICER,
        returned_to="Đặng Văn Ưng",
        note="Đã nộp lệ phí",
    )
    data = f07.RegisterData(
        letterhead=HEAD,
        date_from=date(2026, 2, 1),
        date_to=date(2026, 2, 28),
        lines=(line,),
        printed_on=date(2026, 3, 2),
    )
    return _replace(data, changes)


def _replace(data: T, changes: dict[str, object]) -> T:
    return replace(data, **changes)  # type: ignore[type-var]
