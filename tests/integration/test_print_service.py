"""Forms built from the database on both backends, with every print recorded."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import PrintRecord, StatusChange
from desktop.accounts import store as accounts
from desktop.dossiers.context import DeskContext
from desktop.dossiers.intake import parse_intake, receive
from desktop.dossiers.outcome import Outcome, OutcomeKind
from desktop.dossiers.status import Action
from desktop.errors import InputError, NotFoundError
from desktop.payments import vietqr
from desktop.payments.vietqr import PaymentAccount
from desktop.printing import service
from desktop.printing.print_setup import PrintSetup
from desktop.printing.service import PrintOutcome, print_count, print_form
from desktop.profile import Profile
from tests.integration.dossier_factory import do, intake_json, take_in
from tests.unit.printing.pdf_tools import decode_symbols, flat, page_count

RECEIVED = datetime(2026, 11, 16, 9, 0)  # Monday; 3 working days → Thu 19/11 09:00
NOW = datetime(2026, 11, 20, 10, 0)
NAME = "Đặng Văn Ưng"
OFFICER = "Trần Thị Ngọc Ánh"
FEE_PROCEDURE = "2.000635"  # 8 000 đồng in the shipped catalogue


def printed(
    profile: Profile, form: str, code: str | None, now: datetime = NOW, **kw: object
) -> PrintOutcome:
    with profile.db.session() as session, session.begin():
        return print_form(session, form, code, officer=OFFICER, now=now, **kw)  # type: ignore[arg-type]


def records(profile: Profile) -> list[PrintRecord]:
    with profile.db.read_session() as session:
        return list(session.scalars(select(PrintRecord).order_by(PrintRecord.id)))


def test_receipt_from_the_database_and_reprints_counted(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    first = printed(profile, "01", code.lower())
    assert (first.form, first.code, first.reprint_number) == ("01", code, 0)
    text = flat(first.pdf)
    assert page_count(first.pdf) == 2
    for expected in (
        "UBND TỈNH LÂM ĐỒNG",
        "UBND XÃ HÒA BÌNH",
        "Hòa Bình, ngày 16 tháng 11 năm 2026",
        f"Mã hồ sơ: {code}",
        f"Ông/Bà: {NAME}",
        "Số định danh cá nhân: 001090012345; số điện thoại: 0912345678",
        "Thời hạn giải quyết theo quy định: 3 ngày làm việc",
        "Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 16/11/2026",
        "Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 19/11/2026",
        "Nơi nhận kết quả: Bộ phận Một cửa – UBND xã Hòa Bình",
    ):
        assert expected in text, expected
    assert "BẢN IN LẠI" not in text
    assert decode_symbols(first.pdf, "qrcode") == [code]

    again = printed(profile, "1", code, NOW + timedelta(minutes=5))
    assert again.reprint_number == 1
    assert flat(again.pdf).count("BẢN IN LẠI (lần 1)") == 2
    third = printed(profile, "01", code, NOW + timedelta(minutes=6))
    assert "BẢN IN LẠI (lần 2)" in flat(third.pdf)
    rows = records(profile)
    assert [(r.form, r.dossier_code, r.copy_number) for r in rows] == [
        ("01", code, 1),
        ("01", code, 2),
        ("01", code, 3),
    ]
    assert rows[0].officer == OFFICER and rows[1].printed_at == NOW + timedelta(minutes=5)
    with profile.db.read_session() as session:
        assert print_count(session, "01", code) == 3
        assert print_count(session, "06", code) == 0


def test_reprints_are_counted_per_form_and_dossier(profile: Profile, ctx: DeskContext) -> None:
    one = take_in(profile, ctx, RECEIVED)
    two = take_in(profile, ctx, RECEIVED + timedelta(minutes=1))
    assert printed(profile, "01", one).reprint_number == 0
    assert printed(profile, "01", two).reprint_number == 0
    assert printed(profile, "06", one).reprint_number == 0
    assert printed(profile, "01", one).reprint_number == 1


def test_supplement_request_form(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    do(
        profile,
        ctx,
        code,
        Action.SUPPLEMENT,
        RECEIVED + timedelta(hours=2),
        items=("Bản sao Giấy khai sinh. Lý do: bản đã nộp bị mờ", "Tờ khai có chữ ký"),
    )
    text = flat(printed(profile, "02", code).pdf)
    for expected in (
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        "Hòa Bình, ngày 16 tháng 11 năm 2026",
        "Vào lúc 11 giờ 00 phút, ngày 16/11/2026",
        "1. Bản sao Giấy khai sinh",
        "Lý do: bản đã nộp bị mờ",
        "2. Tờ khai có chữ ký",
        "cán bộ hướng dẫn ....",  # the workstation's default name is no name
    ):
        assert expected in text, expected


def test_refusal_form(profile: Profile, ctx: DeskContext) -> None:
    request = parse_intake(intake_json(), today=RECEIVED.date())
    refuse = Outcome(OutcomeKind.REFUSE, reason="Hồ sơ không thuộc thẩm quyền của xã.")
    with profile.db.session() as session, session.begin():
        code = receive(session, ctx, request, RECEIVED, refuse).code
    text = flat(printed(profile, "03", code).pdf)
    for expected in (
        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        f"Mã hồ sơ: {code}",
        "Hồ sơ không thuộc thẩm quyền của xã.",
        NAME,
    ):
        assert expected in text, expected
    with pytest.raises(InputError, match="chưa được tiếp nhận"):
        printed(profile, "01", code)


def test_apology_form_uses_the_latest_extension(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    new = datetime(2026, 11, 25, 14, 30)
    do(
        profile,
        ctx,
        code,
        Action.EXTEND,
        datetime(2026, 11, 18, 16, 0),
        reason="Cần xác minh thêm tại nơi cư trú trước đây.",
        new_appointment=new,
    )
    text = flat(printed(profile, "04", code).pdf)
    for expected in (
        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
        "Hòa Bình, ngày 18 tháng 11 năm 2026",
        f"Kính gửi: Ông/Bà {NAME}",
        "vào lúc 09 giờ 00 phút, ngày 16/11/2026",
        "Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 19/11/2026.",
        "Lý do: Cần xác minh thêm tại nơi cư trú trước đây.",
        "thời gian hẹn trả kết quả mới: 14 giờ 30 phút, ngày 25/11/2026.",
    ):
        assert expected in text, expected


def test_stop_form(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    do(profile, ctx, code, Action.STOP, datetime(2026, 11, 17, 10, 15), reason="Người nộp đề nghị.")
    text = flat(printed(profile, "05", code).pdf)
    for expected in (
        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
        "kể từ 10 giờ 15 phút, ngày 17/11/2026.",
        "Lý do: Người nộp đề nghị.",
    ):
        assert expected in text, expected


def test_control_sheet_rows_from_handovers(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    unit = "Công chức Tư pháp - Hộ tịch"
    do(profile, ctx, code, Action.TRANSFER, RECEIVED + timedelta(hours=1), to_unit=unit)
    do(
        profile,
        ctx,
        code,
        Action.TRANSFER,
        datetime(2026, 11, 19, 8, 0),
        to_unit="Chủ tịch UBND xã",
        receiver="Lê Văn Đức",
    )
    do(
        profile,
        ctx,
        code,
        Action.TRANSFER,
        datetime(2026, 11, 20, 8, 0),
        to_unit="UBND xã Hòa Bình",
        note="Trả về bộ phận Một cửa",
    )
    text = flat(printed(profile, "06", code).pdf)
    for expected in (
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        "Hòa Bình, ngày 20 tháng 11 năm 2026",
        f"Cơ quan, đơn vị chủ trì giải quyết: {unit}",
        "Cơ quan, đơn vị phối hợp giải quyết: Chủ tịch UBND xã",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Trả về bộ phận Một cửa",
    ):
        assert expected in text, expected


def test_register_lists_the_period(profile: Profile, ctx: DeskContext) -> None:
    inside = take_in(profile, ctx, RECEIVED)
    later = take_in(profile, ctx, datetime(2026, 11, 18, 16, 0))
    outside = take_in(profile, ctx, datetime(2026, 11, 19, 8, 0))
    do(profile, ctx, inside, Action.RESOLVE, datetime(2026, 11, 18, 15, 0))
    do(profile, ctx, inside, Action.RETURN, datetime(2026, 11, 19, 9, 0), recipient="Đặng Thị B")
    outcome = printed(profile, "07", None, date_from=date(2026, 11, 16), date_to=date(2026, 11, 18))
    assert (outcome.form, outcome.code, outcome.reprint_number) == ("07", None, 0)
    text = "".join(flat(outcome.pdf).split())
    assert "SỔTHEODÕIHỒSƠ" in text and "Từngày16/11/2026đếnngày18/11/2026" in text
    assert inside.split("-", 1)[1] in text and later.split("-", 1)[1] in text
    assert outside.split("-", 1)[1] not in text
    assert "Đặng Thị B" in flat(outcome.pdf) and "Tổngsố:2hồsơ" in text
    again = printed(profile, "07", None, date_from=date(2026, 11, 16), date_to=date(2026, 11, 18))
    assert again.reprint_number == 0
    assert [(r.form, r.dossier_code) for r in records(profile)] == [("07", None), ("07", None)]


def test_what_cannot_be_printed(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    for form, message in (
        ("02", "chưa có yêu cầu bổ sung"),
        ("03", "không bị từ chối"),
        ("04", "chưa được gia hạn"),
        ("05", "không bị dừng"),
    ):
        with pytest.raises(InputError, match=message):
            printed(profile, form, code)
    with pytest.raises(NotFoundError, match="Không tìm thấy hồ sơ"):
        printed(profile, "01", "000.00.00.H56-261116-9999")
    with pytest.raises(InputError, match="không hợp lệ"):
        printed(profile, "08", code)
    with pytest.raises(InputError, match="Cần mã hồ sơ"):
        printed(profile, "01", None)
    with pytest.raises(InputError, match="--from"):
        printed(profile, "07", None, date_from=date(2026, 11, 1))
    with pytest.raises(InputError, match="Ngày bắt đầu"):
        printed(profile, "07", None, date_from=date(2026, 11, 2), date_to=date(2026, 11, 1))
    assert records(profile) == []


def test_a_copy_number_taken_meanwhile_is_retried(
    profile: Profile, ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two counters numbering the same copy: the loser's savepoint rolls back and it takes
    the next number, in the same transaction."""
    code = take_in(profile, ctx, RECEIVED)
    printed(profile, "01", code)
    stale = iter([1])  # what the other counter also read before this one wrote
    real = service._next_copy
    monkeypatch.setattr(service, "_next_copy", lambda s, f, c: next(stale, None) or real(s, f, c))
    outcome = printed(profile, "01", code)
    assert outcome.reprint_number == 1 and "BẢN IN LẠI (lần 1)" in flat(outcome.pdf)
    assert [r.copy_number for r in records(profile)] == [1, 2]


def _account(profile: Profile, username: str, full_name: str) -> None:
    with profile.db.session() as session, session.begin():
        accounts.create(
            session,
            username,
            "Mật-khẩu-đủ-dài-2026",
            "officer",
            RECEIVED,
            full_name,
            key=profile.audit_key,
        )


def test_signatures_print_the_officer_full_name(profile: Profile, ctx: DeskContext) -> None:
    """The steps record the login name; the forms print the account's full name, and a
    blank line to sign by hand when the account has none (never the login name)."""
    _account(profile, "vandt", "Võ Anh Đức Tài")
    _account(profile, "khongten", "")
    clerk = replace(ctx, officer="vandt")
    code = take_in(profile, clerk, RECEIVED)
    do(profile, clerk, code, Action.TRANSFER, RECEIVED + timedelta(hours=1), to_unit="Tư pháp")
    do(profile, clerk, code, Action.SUPPLEMENT, RECEIVED + timedelta(hours=2), items=("Tờ khai",))
    for form in ("01", "02", "06"):
        text = flat(printed(profile, form, code).pdf)
        assert "Võ Anh Đức Tài" in text, form
        assert "vandt" not in text, form
    nameless = take_in(profile, replace(ctx, officer="khongten"), RECEIVED)
    text = flat(printed(profile, "01", nameless).pdf)
    assert "khongten" not in text and "NGƯỜI TIẾP NHẬN" in text.upper()
    request = parse_intake(intake_json(), today=RECEIVED.date())
    refuse = Outcome(OutcomeKind.REFUSE, reason="Không thuộc thẩm quyền.")
    with profile.db.session() as session, session.begin():
        refused = receive(session, clerk, request, RECEIVED, refuse).code
    text = flat(printed(profile, "03", refused).pdf)
    assert "Võ Anh Đức Tài" in text and "vandt" not in text


def test_supplement_form_prints_the_reason_of_the_request(
    profile: Profile, ctx: DeskContext
) -> None:
    code = take_in(profile, ctx, RECEIVED)
    do(
        profile,
        ctx,
        code,
        Action.SUPPLEMENT,
        RECEIVED + timedelta(hours=2),
        items=("Bản sao Giấy khai sinh", "Tờ khai có chữ ký"),
        reason="Giấy tờ đã nộp không đọc được",
    )
    text = flat(printed(profile, "02", code).pdf)
    assert "Lý do: Giấy tờ đã nộp không đọc được" in text


def test_stop_form_never_prints_an_empty_reason(profile: Profile, ctx: DeskContext) -> None:
    """A stop recorded without a reason (older data, demo data) leaves a line to fill by hand."""
    code = take_in(profile, ctx, RECEIVED)
    do(profile, ctx, code, Action.STOP, datetime(2026, 11, 17, 10, 15), reason="Người nộp đề nghị.")
    with profile.db.session() as session, session.begin():
        step = session.scalars(select(StatusChange).where(StatusChange.action == "stop")).one()
        step.note = ""
    text = flat(printed(profile, "05", code).pdf)
    assert "Lý do: ....." in text


def test_receipt_enters_the_register_book_of_the_year(profile: Profile, ctx: DeskContext) -> None:
    """Quyển số: the year received; Số thứ tự: the line of the register printed for that year."""
    first = take_in(profile, ctx, RECEIVED)
    second = take_in(profile, ctx, RECEIVED + timedelta(minutes=3))
    text = flat(printed(profile, "01", second).pdf)
    assert text.count("Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 02") == 2
    assert text.count("Thư điện tử: ung@example.vn") == 2
    assert "Nội dung yêu cầu giải quyết: " in text
    assert "Số thứ tự: 01" in flat(printed(profile, "01", first).pdf)


def test_supplement_prints_the_guiding_officers_phone(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED)
    do(profile, ctx, code, Action.SUPPLEMENT, RECEIVED + timedelta(hours=1), items=("Tờ khai",))
    setup = PrintSetup(phones={ctx.officer: "0987654321"})
    text = flat(printed(profile, "02", code, setup=setup).pdf)
    assert "số điện thoại: 0987654321" in text


def test_the_printed_register_shows_phones_in_full(profile: Profile, ctx: DeskContext) -> None:
    take_in(profile, ctx, RECEIVED)
    outcome = printed(profile, "07", None, date_from=date(2026, 11, 16), date_to=date(2026, 11, 16))
    assert "0912345678" in flat(outcome.pdf)


def _qr_values(pdf: bytes, page: int) -> list[str]:
    """Every QR code on ``page``, rasterised at 300 dpi and read with zbarimg."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(pdf)
        png = Path(folder) / "page"
        args = ["-r", "300", "-png", "-f", str(page), "-l", str(page), "-singlefile"]
        subprocess.run(["pdftoppm", *args, str(path), str(png)], check=True, timeout=60)
        done = subprocess.run(
            ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", f"{png}.png"],
            capture_output=True,
            check=False,
            timeout=60,
        )
    return done.stdout.decode("utf-8").splitlines()


def test_receipt_prints_the_fee_as_a_vietqr(profile: Profile, ctx: DeskContext) -> None:
    code = take_in(profile, ctx, RECEIVED, procedure=FEE_PROCEDURE)
    setup = PrintSetup(
        payment=PaymentAccount("970415", "113366668888", "UBND XA HOA BINH"),
        lookup_url="https://dvc.example.gov.vn/tra-cuu?ma={code}",
    )
    pdf = printed(profile, "01", code, setup=setup).pdf
    values = _qr_values(pdf, 1)
    assert f"https://dvc.example.gov.vn/tra-cuu?ma={code}" in values
    (transfer,) = [v for v in values if v.startswith("000201")]
    top = vietqr.read_payload(transfer)  # the CRC checks
    assert (top["00"], top["01"], top["53"], top["54"], top["58"]) == (
        "01",
        "12",
        "704",
        "8000",
        "VN",
    )
    merchant = vietqr.parse_fields(top["38"])
    assert (merchant["00"], merchant["02"]) == ("A000000727", "QRIBFTTA")
    assert vietqr.parse_fields(merchant["01"]) == {"00": "970415", "01": "113366668888"}
    assert vietqr.parse_fields(top["62"]) == {"08": code}
    text = flat(pdf, 1)
    assert "Quét để chuyển khoản lệ phí" in text
    assert "Số tiền: 8.000 đồng (Tám nghìn đồng)" in text
    assert "UBND XA HOA BINH" in text
    assert _qr_values(pdf, 2) == [f"https://dvc.example.gov.vn/tra-cuu?ma={code}"]


def test_receipt_without_an_account_or_a_fee_has_no_transfer_qr(
    profile: Profile, ctx: DeskContext
) -> None:
    paid = take_in(profile, ctx, RECEIVED, procedure=FEE_PROCEDURE)
    assert decode_symbols(printed(profile, "01", paid).pdf, "qrcode") == [paid]
    free = take_in(profile, ctx, RECEIVED)
    setup = PrintSetup(payment=PaymentAccount("970415", "113366668888"))
    pdf = printed(profile, "01", free, setup=setup).pdf
    assert decode_symbols(pdf, "qrcode") == [free]
    assert "chuyển khoản" not in flat(pdf)
