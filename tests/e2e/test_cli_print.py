"""`motcua print FORM CODE --out FILE.pdf` end to end (SQLite profile)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli, dossier_json
from tests.unit.printing.pdf_tools import decode_symbols, flat

RECEIVED_DAY = "2026-11-20"  # MOTCUA_NOW of the runner


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the PDFs go (apart from the profile)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def code(sqlite_office: Cli) -> str:
    dossier = sqlite_office.add(dossier_json(applicant={"full_name": "Đặng Văn Ưng <b>x</b>"}))
    return str(dossier["code"])


def test_print_receipt_then_reprint(sqlite_office: Cli, code: str, folder: Path) -> None:
    out = folder / "giay tiep nhan.pdf"
    first = sqlite_office("print", "01", code, "--out", str(out)).ok()
    assert first.out.strip() == (
        f"Đã in mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) của hồ sơ {code} ra tệp {out}."
    )
    pdf = out.read_bytes()
    text = flat(pdf)
    assert f"Mã hồ sơ: {code}" in text and "Ông/Bà: Đặng Văn Ưng <b>x</b>" in text
    # `motcua init` without --place: the date line starts with "Ngày"
    assert "Ngày 20 tháng 11 năm 2026" in text and "BẢN IN LẠI" not in text
    assert decode_symbols(pdf, "qrcode") == [code]

    again = json.loads(
        sqlite_office("print", "1", code.lower(), "--out", str(out), "--json").ok().out
    )
    assert again == {
        "form": "01",
        "form_name": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        "code": code,
        "file": str(out),
        "bytes": out.stat().st_size,
        "reprint_number": 1,
    }
    assert "BẢN IN LẠI (lần 1)" in flat(out.read_bytes())
    third = sqlite_office("print", "01", code, "--out", str(out)).ok()
    assert third.out.strip().endswith("Bản in lại lần 2.")
    assert sorted(p.name for p in folder.iterdir()) == [out.name]  # no temporary file left


def test_print_control_sheet_and_register(sqlite_office: Cli, code: str, folder: Path) -> None:
    sqlite_office.act(code, "transfer", "--to-unit", "Công chức Tư pháp - Hộ tịch").ok()
    sheet = folder / "06.pdf"
    sqlite_office("print", "06", code, "--out", str(sheet)).ok()
    assert "Công chức Tư pháp - Hộ tịch" in flat(sheet.read_bytes())
    book = folder / "so.pdf"
    done = sqlite_office(
        "print", "07", "--from", RECEIVED_DAY, "--to", RECEIVED_DAY, "--out", str(book)
    ).ok()
    assert done.out.strip() == f"Đã in mẫu 07 (Sổ theo dõi hồ sơ) ra tệp {book}."
    text = "".join(flat(book.read_bytes()).split())
    assert "SỔTHEODÕIHỒSƠ" in text and code.split("-", 1)[1] in text
    assert "Từngày20/11/2026đếnngày20/11/2026" in text


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["09", "{code}"], "Mẫu '09' không hợp lệ"),
        (["abc", "{code}"], "chọn một mẫu từ 01 đến 07"),
        (["01", "000.00.00.H56-261120-9999"], "Không tìm thấy hồ sơ"),
        (["01"], "Cần mã hồ sơ"),
        (["02", "{code}"], "chưa có yêu cầu bổ sung"),
        (["07"], "--from YYYY-MM-DD --to YYYY-MM-DD"),
        (["07", "--from", RECEIVED_DAY], "--from YYYY-MM-DD --to YYYY-MM-DD"),
        (["07", "--from", "20/11/2026", "--to", RECEIVED_DAY], "không hợp lệ (dạng YYYY-MM-DD)"),
        (["07", "--from", "2026-11-21", "--to", RECEIVED_DAY], "Ngày bắt đầu"),
        (["07", "{code}", "--from", RECEIVED_DAY, "--to", RECEIVED_DAY], "không dùng mã hồ sơ"),
        (["01", "{code}", "--from", RECEIVED_DAY], "chỉ dùng cho mẫu 07"),
    ],
)
def test_refusals_exit_2_and_leave_the_file_alone(
    sqlite_office: Cli, code: str, folder: Path, args: list[str], fragment: str
) -> None:
    out = folder / "old.pdf"
    out.write_bytes(b"the old file")
    argv = [a.replace("{code}", code) for a in args]
    sqlite_office("print", *argv, "--out", str(out)).refused(fragment)
    assert out.read_bytes() == b"the old file"
    assert sorted(p.name for p in folder.iterdir()) == ["old.pdf"]


def test_where_the_pdf_cannot_go(sqlite_office: Cli, code: str, folder: Path) -> None:
    sqlite_office("print", "01", code).refused("Thiếu --out")
    sqlite_office("print", "01", code, "--out", str(folder)).refused("là một thư mục")
    missing = folder / "no such folder" / "a.pdf"
    sqlite_office("print", "01", code, "--out", str(missing)).refused("không tồn tại")
    # nothing was printed, so the next print is the first
    out = folder / "a.pdf"
    first = json.loads(sqlite_office("print", "01", code, "--out", str(out), "--json").ok().out)
    assert first["reprint_number"] == 0


def test_office_template_printed_refused_when_broken_and_reset(
    sqlite_office: Cli, code: str, folder: Path
) -> None:
    forms = sqlite_office.data_dir / "forms"
    forms.mkdir()
    own = forms / "form01.json"
    document = {"form": "01", "texts": {"TITLE_01": "GIẤY BIÊN NHẬN HỒ SƠ"}}
    own.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = folder / "01.pdf"
    done = sqlite_office("print", "01", code, "--out", str(out)).ok()
    assert done.err == "" and flat(out.read_bytes()).count("GIẤY BIÊN NHẬN HỒ SƠ") == 2
    shown = json.loads(sqlite_office("form-template", "show", "01").ok().out)
    assert shown["texts"]["TITLE_01"] == "GIẤY BIÊN NHẬN HỒ SƠ"

    own.write_text('{"form": "01", "texts": {"SETS_01": "Số bộ: {so_bo}"}}', encoding="utf-8")
    broken = sqlite_office("print", "01", code, "--out", str(out)).ok()  # prints the default
    assert str(own) in broken.err and "ô điền không biết: {so_bo}" in broken.err
    assert flat(out.read_bytes()).count("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") == 2
    sqlite_office("form-template", "check").refused(str(own), "{so_bo}")
    assert "Mẫu 01: mẫu mặc định" in sqlite_office("form-template", "list").ok().out

    reset = sqlite_office("form-template", "reset", "1").ok()
    assert "đã về mẫu mặc định" in reset.out and not own.exists()
    assert (forms / "form01.json.bak").exists()
    sqlite_office("form-template", "check").ok()
