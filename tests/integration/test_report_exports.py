"""Exports of form II.06a and the register: PDF read back with pdftotext, XLSX re-opened and
compared cell by cell, CSV with its BOM; the indicators; text that would run as a formula."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from db.models import AuditEntry, Dossier, Fee
from desktop.accounts import store
from desktop.desk import Desk
from desktop.dossiers.context import DeskContext
from desktop.errors import InputError
from desktop.office_setup import OfficeInfo, store_office
from desktop.profile import Profile
from desktop.reports.cells import safe_text
from desktop.reports.form06a import GroupBy
from desktop.reports.service import (
    MonthlyReport,
    ReportFormat,
    monthly_report,
    register_bytes,
    report_bytes,
)
from tests.integration.dossier_factory import take_in
from tests.integration.report_fixture import NOW, OCTOBER, build_october

TOTAL = [11, 1, 7, 3, 7, 3, 3, 1, 4, 2, 2]


@pytest.fixture
def october(profile: Profile, ctx: DeskContext) -> dict[str, str]:
    codes = build_october(profile, ctx)
    with profile.db.session() as session, session.begin():
        ids = {code: ident for code, ident in session.execute(select(Dossier.code, Dossier.id))}
        # Two answers on results handed over in October (one satisfied), one in November.
        for code, day, level in (("D3", 9, 1), ("D8", 2, 3), ("D1", 31, 1)):
            session.execute(
                update(Dossier)
                .where(Dossier.code == codes[code])
                .values(
                    returned_at=datetime(2026, 10 if day != 31 else 11, 1 if day == 31 else day, 9),
                    satisfaction=level,
                )
            )
        for code, amount, method, paid in (
            ("D3", 8000, "cash", datetime(2026, 10, 5, 9, 30)),
            ("D12", 12000, "bank_transfer", datetime(2026, 10, 5, 10, 30)),
            ("D9", 5000, "online", datetime(2026, 11, 2, 8, 0)),
        ):
            session.add(
                Fee(
                    dossier_id=ids[codes[code]],
                    name="Lệ phí",
                    amount=amount,
                    method=method,
                    paid_at=paid,
                )
            )
    return codes


def report(profile: Profile, by: GroupBy = GroupBy.FIELD) -> MonthlyReport:
    with profile.db.read_session() as session:
        return monthly_report(session, OCTOBER, by, NOW)


def export(profile: Profile, fmt: ReportFormat, by: GroupBy = GroupBy.FIELD) -> bytes:
    with profile.db.read_session() as session:
        return report_bytes(session, report(profile, by), fmt)


def test_indicators(profile: Profile, october: dict[str, str]) -> None:
    ind = report(profile).indicators
    assert ind.on_time_share == pytest.approx(6 / 7)  # (early 3 + on time 3) / resolved 7
    assert ind.overdue_share == pytest.approx(3 / 11)  # (late 1 + overdue 2) / (7 + 4)
    assert ind.online_share == pytest.approx(1 / 8)  # online 1 / (1 + counter 7)
    assert (ind.satisfied, ind.satisfaction_answers) == (1, 2)
    assert ind.fees == {"cash": 8000, "bank_transfer": 12000, "online": 0}
    assert ind.fee_payments == {"cash": 1, "bank_transfer": 1, "online": 0}
    assert ind.cashless_share == pytest.approx(1 / 2)  # payments, not amounts (12000 / 20000)


def pdf_text(data: bytes, tmp_path: Path, mode: str = "-layout") -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_reads_back(profile: Profile, october: dict[str, str], tmp_path: Path) -> None:
    data = export(profile, ReportFormat.PDF)
    text = pdf_text(data, tmp_path)
    for expected in (
        "TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        "Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số hồ sơ nhận giải quyết",
        "Kết quả giải quyết theo lĩnh vực",  # the chart
        "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn",
        "85,7 %",
        "THỦ TRƯỞNG CƠ QUAN",
    ):
        assert expected in text, expected
    assert "(1)" in text and "(13)" in text
    total_line = next(line for line in text.splitlines() if "Tổng cộng" in line)
    assert total_line.split()[2:] == [str(n) for n in TOTAL]
    hộ_tịch = next(line for line in text.splitlines() if "Hộ tịch" in line and "(" not in line)
    assert hộ_tịch.split()[-11:] == ["9", "1", "7", "1", "6", "2", "3", "1", "3", "2", "1"]
    path = tmp_path / "r.pdf"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "841.89 x 595.276 pts (A4)" in info.stdout  # A4 landscape
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line for line in fonts.stdout.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in line for line in rows)  # every font embedded
    assert all("LiberationSerif" in line for line in rows)


def test_xlsx_reopens_with_the_form_layout(profile: Profile, october: dict[str, str]) -> None:
    book = openpyxl.load_workbook(io.BytesIO(export(profile, ReportFormat.XLSX)))
    form, sheet2 = book["II.06a"], book["Chỉ số"]
    merged = {str(r) for r in form.merged_cells.ranges}
    assert {"A8:A10", "B8:B10", "C8:F8", "G8:M8", "D9:E9", "G9:J9", "K9:M9"} <= merged
    assert [form.cell(11, c).value for c in range(1, 14)] == [f"({n})" for n in range(1, 14)]
    assert form.freeze_panes == "C12"
    rows = {
        form.cell(r, 2).value: [form.cell(r, c).value for c in range(3, 14)]
        for r in (12, 13, 14, 15)
    }
    assert rows["Hộ tịch"] == [9, 1, 7, 1, 6, 2, 3, 1, 3, 2, 1]
    assert rows["Tổng cộng"] == TOTAL
    assert all(isinstance(v, int) for v in rows["Tổng cộng"])  # real numbers, not text
    assert form.column_dimensions["B"].width >= 40
    values = {sheet2.cell(r, 1).value: sheet2.cell(r, 2).value for r in range(4, 16)}
    assert values["Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn"] == pytest.approx(6 / 7)
    assert values["Phí, lệ phí đã thu: Chuyển khoản"] == 12000


def test_csv_has_a_bom_and_the_numbers(profile: Profile, october: dict[str, str]) -> None:
    data = export(profile, ReportFormat.CSV, GroupBy.PROCEDURE)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["STT", "Mã", "Thủ tục hành chính"] and rows[0][-1] == "(13) Quá hạn"
    assert rows[-1][2:] == ["Tổng cộng", *map(str, TOTAL)]
    by_code = {row[1]: row[3:] for row in rows[1:-1]}
    assert by_code["1.004873"] == ["5", "1", "4", "0", "3", "1", "1", "1", "2", "1", "1"]


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "\tcmd", "\rcmd"]
)
def test_formula_text_is_neutralised(text: str) -> None:
    assert safe_text(text) == "'" + text
    assert safe_text("Nguyễn Văn An") == "Nguyễn Văn An"


def test_register_exports_names_literally(
    profile: Profile, ctx: DeskContext, october: dict[str, str], tmp_path: Path
) -> None:
    name = '=HYPERLINK("http://x")'
    take_in(
        profile,
        ctx,
        NOW,
        received_at="2026-10-20 10:00",
        applicant={"full_name": name, "id_number": "001090012345", "birth_date": "1990-05-17"},
    )
    with profile.db.read_session() as session:
        data, lines = register_bytes(session, OCTOBER, ReportFormat.XLSX, NOW)
        pdf, _ = register_bytes(session, OCTOBER, ReportFormat.PDF, NOW)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    names = [sheet.cell(r, 5).value for r in range(6, 6 + lines)]
    assert "'" + name in names
    assert all(sheet.cell(r, 5).data_type == "s" for r in range(6, 6 + lines))
    assert name in "".join(pdf_text(pdf, tmp_path, "-raw").split())  # literal, wrapped


def test_the_desk_reports_its_own_office_in_a_shared_database(profile: Profile) -> None:
    """Two offices in one database (a shared PostgreSQL): the window's report and register
    are the signed-in desk's office, as the command line's always were."""
    with profile.db.session() as session, session.begin():
        store_office(session, OfficeInfo("000.00.00.H99", "UBND xã Bên Cạnh"), NOW)
    desk = Desk(profile, now=lambda: NOW)
    report = desk.reports.compute(OCTOBER, GroupBy.FIELD)
    assert report.form.total.received == 0
    assert desk.reports.export_register(OCTOBER, "xlsx", profile.data_dir / "so.xlsx") == 0


def test_an_export_onto_a_folder_is_refused_in_vietnamese(profile: Profile) -> None:
    desk = Desk(profile, now=lambda: NOW)
    report = desk.reports.compute(OCTOBER, GroupBy.FIELD)
    with pytest.raises(InputError, match="đây là một thư mục, không phải tệp"):
        desk.reports.export(report, "csv", profile.data_dir)
    with pytest.raises(InputError, match="đây là một thư mục, không phải tệp"):
        desk.reports.export_register(OCTOBER, "pdf", profile.data_dir)
    with profile.db.read_session() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "export.report" not in actions and "export.register" not in actions


def test_the_header_names_both_units_and_the_preparer_signs_with_full_name(
    profile: Profile, october: dict[str, str], tmp_path: Path
) -> None:
    """Biểu số II.06a/VPCP/KSTT with the reporting unit (the office) and the receiving unit
    (``report.receiving_unit``); the preparer is the signed-in officer's full name, not the
    login name — in the PDF and in the XLSX."""
    with profile.db.session() as session, session.begin():
        store.create(
            session,
            "lan.tt",
            "mật-khẩu-đủ-dài",
            "leader",
            NOW,
            "Trần Thị Lan",
            key=profile.audit_key,
        )
    profile.settings.report_receiving_unit = "Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh"
    desk = Desk(profile, now=lambda: NOW)
    desk.sign_in("lan.tt", "mật-khẩu-đủ-dài")
    report = desk.reports.compute(OCTOBER, GroupBy.FIELD)
    office = profile.office().name
    text = pdf_text(desk.reports.export(report, "pdf", tmp_path / "b.pdf").read_bytes(), tmp_path)
    for expected in (
        "Biểu số II.06a/VPCP/KSTT",
        f"Đơn vị báo cáo: {office}",
        "Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh",
        "NGƯỜI LẬP BIỂU",
        "Trần Thị Lan",
    ):
        assert expected in text, expected
    assert "lan.tt" not in text
    sheet = openpyxl.load_workbook(desk.reports.export(report, "xlsx", tmp_path / "b.xlsx"))
    values = {c.value for row in sheet["II.06a"].iter_rows() for c in row if c.value}
    assert {
        "Biểu số II.06a/VPCP/KSTT",
        "Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh",
        "NGƯỜI LẬP BIỂU",
        "Trần Thị Lan",
    } <= values
    assert any(str(v).startswith(f"Đơn vị báo cáo: {office}") for v in values)
    assert "lan.tt" not in values
