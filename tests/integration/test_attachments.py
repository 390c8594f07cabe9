"""Files of a dossier through the service API, on SQLite and PostgreSQL: checked, combined,
stored by SHA-256, listed for the province; bad files refused with nothing stored."""

from __future__ import annotations

import hashlib
import re
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Attachment, OutboxItem, StoredFile
from desktop.attachments.service import ItemFile, Origin, Role
from desktop.desk import Desk
from desktop.dossiers.intake_request import parse_intake
from desktop.errors import InputError
from desktop.profile import Profile
from tests import files_factory as ff
from tests.integration.dossier_factory import intake_json

NOW = datetime(2026, 11, 16, 9, 0)


def _desk(profile: Profile) -> Desk:
    return Desk(profile, now=lambda: NOW)


def _counts(profile: Profile) -> tuple[int, int, int]:
    with profile.db.read_session() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Attachment)) or 0),
            int(session.scalar(select(func.count()).select_from(StoredFile)) or 0),
            int(session.scalar(select(func.count()).select_from(OutboxItem)) or 0),
        )


def _last_record(profile: Profile, code: str) -> dict[str, object]:
    import json

    with profile.db.read_session() as session:
        payload = session.scalar(
            select(OutboxItem.payload)
            .where(OutboxItem.dossier_code == code, OutboxItem.kind == "dossier")
            .order_by(OutboxItem.id.desc())
        )
    assert payload is not None
    record: dict[str, object] = json.loads(payload)
    return record


def test_two_pages_make_one_pdf_attached_at_intake(profile: Profile, tmp_path: Path) -> None:
    desk = _desk(profile)
    pages = [desk.attachments.check("p1.png", ff.png_page("Trang 1")),
             desk.attachments.check("p2.jpg", ff.jpeg_page())]  # fmt: skip
    pdf = desk.attachments.prepare(pages)
    out = tmp_path / "item.pdf"
    out.write_bytes(pdf.data)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+2$", info.stdout, re.M) and pdf.pages == 2
    request = parse_intake(intake_json(), today=NOW.date())
    from dataclasses import replace

    request = replace(request, files=(ItemFile(Role.DOCUMENT, 1, pdf),))
    detail = desk.receive(request)
    [row] = desk.attachments.listing(detail.code)
    assert (row.role, row.position, row.pages, row.sha256) == ("document", 1, 2, pdf.sha256)
    assert hashlib.sha256(desk.attachments.content(detail.code, row.id)).hexdigest() == pdf.sha256
    record = _last_record(profile, detail.code)
    assert record["HoSoCoThanhPhanSoHoa"] == "1"
    [paper] = record["TaiLieuNop"]  # type: ignore[misc]
    assert paper["TepDinhKemId"] == pdf.sha256 and paper["DuocSoHoa"] == "1"
    assert paper["MaThanhPhanHoSo"] == "1" and paper["IsDeleted"] == "0"
    others = [p["TenGiayTo"] for p in record["DanhSachTepDinhKemKhac"]]  # type: ignore[attr-defined]
    assert row.name not in others  # a paper with a file is listed once, in TaiLieuNop
    store = profile.files
    if store.folder is not None:  # SQLite: the bytes are a private file named by the hash
        path = store.path(pdf.sha256)
        assert path.read_bytes() == pdf.data and path.stat().st_mode & 0o077 == 0
    else:  # PostgreSQL: in the database every counter reaches
        with profile.db.read_session() as session:
            assert session.get(StoredFile, pdf.sha256).data == pdf.data  # type: ignore[union-attr]


def test_attach_later_replace_reuse_and_result(profile: Profile) -> None:
    desk = _desk(profile)
    first = desk.receive(intake_json())
    scan = desk.attachments.prepare([desk.attachments.check("a.pdf", ff.pdf_document(3))])
    desk.attachments.attach(first.code, [ItemFile(Role.DOCUMENT, 1, scan)])
    again = desk.attachments.prepare([desk.attachments.check("b.png", ff.png_page("B"))])
    desk.attachments.attach(first.code, [ItemFile(Role.DOCUMENT, 1, again)])  # replaces
    assert [a.sha256 for a in desk.attachments.listing(first.code)] == [again.sha256]
    assert len(desk.attachments.listing(first.code, removed=True)) == 2
    record = _last_record(profile, first.code)
    deleted = [p["IsDeleted"] for p in record["TaiLieuNop"]]  # type: ignore[attr-defined]
    assert sorted(deleted) == ["0", "1"]
    # the same citizen comes back: the paper is found by ID number and reused, not rescanned
    second = desk.receive(intake_json())
    [paper] = desk.attachments.reusable("001090012345")
    assert paper.sha256 == again.sha256 and paper.dossier_code == first.code
    desk.attachments.attach(
        second.code, [ItemFile(Role.DOCUMENT, 1, origin=Origin.REUSED, reuse=paper.sha256)]
    )
    result = desk.attachments.prepare([desk.attachments.check("kq.pdf", ff.pdf_document())])
    desk.attachments.attach(second.code, [ItemFile(Role.RESULT, 1, result)])
    record = _last_record(profile, second.code)
    [reused] = record["TaiLieuNop"]  # type: ignore[misc]
    assert (reused["DuocTaiSuDung"], reused["DuocSoHoa"]) == ("1", "0")
    [given] = record["DanhSachGiayToKetQua"]  # type: ignore[misc]
    assert given["GiayToId"] == result.sha256
    with profile.db.read_session() as session:  # reused bytes are stored once
        assert session.scalar(select(func.count()).select_from(StoredFile)) == 3


BAD_FILES = {
    "program.pdf": (ff.WINDOWS_PROGRAM, "không phải PDF, JPEG hay PNG"),
    "text.pdf": (ff.NOT_A_PDF_NAMED_PDF, "không phải PDF, JPEG hay PNG"),
    "cut.pdf": (ff.truncated(ff.pdf_document(2)), "bị cắt cụt"),
    "script.pdf": (ff.pdf_with_javascript(), "mã chạy tự động"),
    "cut.png": (ff.truncated(ff.png_page()), "bị hỏng hoặc bị cắt cụt"),
    "bomb.png": (ff.png_bomb(), "quá giới hạn"),
    "empty.jpg": (b"", "rỗng"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_with_nothing_stored(profile: Profile, name: str) -> None:
    desk = _desk(profile)
    code = desk.receive(intake_json()).code
    before = _counts(profile)
    data, message = BAD_FILES[name]
    with pytest.raises(InputError) as refused:
        desk.attachments.prepare([desk.attachments.check(name, data)])
    assert message in refused.value.message and name in refused.value.message
    assert _counts(profile) == before
    assert desk.attachments.listing(code) == []


def test_size_limits_per_file_and_per_dossier(profile: Profile) -> None:
    profile.settings.attachments_max_file_mb = 1
    profile.settings.attachments_max_dossier_mb = 1
    desk = _desk(profile)
    code = desk.receive(intake_json()).code
    big = ff.pdf_document() + b"%" + b"x" * (1024 * 1024) + b"\n%%EOF\n"
    with pytest.raises(InputError, match="quá giới hạn 1,0 MB một tệp"):
        desk.attachments.check("big.pdf", big)
    page = desk.attachments.prepare([desk.attachments.check("p.png", ff.png_page())])
    many = [ItemFile(Role.RESULT, n, page) for n in range(1, 2 + 1024 * 1024 // page.size)]
    before = _counts(profile)
    with pytest.raises(InputError, match="một hồ sơ"):
        desk.attachments.attach(code, many)
    assert _counts(profile) == before
    with pytest.raises(InputError, match="giấy tờ số 9"):
        desk.attachments.attach(code, [ItemFile(Role.DOCUMENT, 9, page)])
    assert _counts(profile) == before


def test_digitisation_figures_on_the_board_and_in_the_report(
    profile: Profile, tmp_path: Path
) -> None:
    """Four dossiers received this month, worked by hand: 4.2 = 1/4, 4.3 = 1/4, 4.1 = 1/2."""
    from desktop.dossiers.status import Action
    from desktop.dossiers.step_input import ActionInput
    from desktop.reports.form06a import GroupBy
    from desktop.reports.period import month_period

    clock = [NOW]
    desk = Desk(profile, now=lambda: clock[0])
    codes = [desk.receive(intake_json()).code for _ in range(4)]
    page = desk.attachments.prepare([desk.attachments.check("p.png", ff.png_page())])
    result = desk.attachments.prepare([desk.attachments.check("kq.pdf", ff.pdf_document())])
    desk.attachments.attach(codes[0], [ItemFile(Role.DOCUMENT, 1, page)])
    desk.attachments.attach(
        codes[1], [ItemFile(Role.DOCUMENT, 1, origin=Origin.REUSED, reuse=page.sha256)]
    )
    clock[0] = datetime(2026, 11, 17, 9, 0)
    for code in codes[0], codes[2]:
        desk.act(code, Action.RESOLVE, ActionInput())
    desk.attachments.attach(codes[0], [ItemFile(Role.RESULT, 1, result)])
    board = desk.board().month_digitisation
    assert (board.received, board.digitised, board.reused) == (4, 1, 1)
    assert (board.results, board.electronic_results) == (2, 1)
    report = desk.reports.compute(month_period(2026, 11), GroupBy.FIELD)
    pdf = desk.reports.export(report, "pdf", tmp_path / "06a.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Tỷ lệ hồ sơ số hóa \(thành phần hồ sơ và kết quả\)\s+25,0 % \(1/4\)", text)
    assert re.search(r"Tỷ lệ kết quả giải quyết được số hóa\s+50,0 % \(1/2\)", text)
    assert re.search(r"Tỷ lệ hồ sơ tái sử dụng giấy tờ đã số hóa\s+25,0 % \(1/4\)", text)


def test_a_shared_folder_holds_the_bytes_when_the_office_names_one(
    profile: Profile, tmp_path: Path
) -> None:
    """Several counters on PostgreSQL may keep the files in a folder they all reach."""
    shared = tmp_path / "shared-files"
    profile.settings.attachments_folder = str(shared)
    desk = _desk(profile)
    code = desk.receive(intake_json()).code
    scan = desk.attachments.prepare([desk.attachments.check("p.png", ff.png_page())])
    [row] = desk.attachments.attach(code, [ItemFile(Role.DOCUMENT, 1, scan)])
    assert (shared / scan.sha256[:2] / scan.sha256).read_bytes() == scan.data
    with profile.db.read_session() as session:
        assert session.get(StoredFile, scan.sha256).data is None  # type: ignore[union-attr]
    assert desk.attachments.content(code, row.id) == scan.data
