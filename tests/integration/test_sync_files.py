"""Files travel to the province before the records that name them (SYNC.md §3), on SQLite and
PostgreSQL, against the reference server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from db.models import StoredFile
from desktop.desk import Desk
from desktop.dossiers.intake_request import parse_intake
from desktop.outbox.queue import ItemState
from desktop.profile import Profile
from desktop.province.store import server_dossier
from desktop.sync.engine import push_pending
from desktop.sync.gateway import Gateway
from tests import files_factory as ff
from tests.integration.dossier_factory import intake_json
from tests.integration.sync_helpers import (
    AGENCY,
    NOW,
    PASSWORD,
    USER,
    Province1,
    Recorder,
    dossier_with_files,
    items,
)

RECEIVED = datetime(2026, 11, 16, 9, 0)


class OrderRecorder(Recorder):
    """Also keeps, in order, each upload's MaHoSo and each dossier call's MaHoSo list."""

    def __init__(self) -> None:
        super().__init__()
        self.order: list[tuple[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/files"):
            body = request.read()
            marker = b'name="MaHoSo"\r\n\r\n'
            code = body.split(marker, 1)[1].split(b"\r\n", 1)[0].decode()
            self.order.append(("file", code))
        response = super().handle_request(request)
        if request.url.path.endswith("/integration") and self.calls[-1]["service"] == (
            "DongBoHoSoMC"
        ):
            self.order += [("record", r["MaHoSo"]) for r in self.calls[-1]["data"]]
        return response


def _gateway(province: Province1, recorder: Recorder, *, files: bool = True) -> Gateway:
    files_url = province.url + "/files" if files else ""
    return Gateway(
        province.url, AGENCY, USER, PASSWORD, timeout=5.0, transport=recorder, files_url=files_url
    )


def _without_files(profile: Profile) -> str:
    desk = Desk(profile, now=lambda: RECEIVED)
    return desk.receive(parse_intake(intake_json(), today=RECEIVED.date())).code


def _province_record(province: Province1, code: str) -> dict[str, Any]:
    with province.store.engine.connect() as conn:
        text = conn.execute(
            select(server_dossier.c.record).where(server_dossier.c.ma_ho_so == code)
        ).scalar_one()
    record: dict[str, Any] = json.loads(text)
    return record


def _paths(record: dict[str, Any]) -> list[str]:
    papers = [p["DuongDanTaiTepTin"] for p in record["TaiLieuNop"]]
    return papers + [r["DuongDanTepTinKetQua"] for r in record["DanhSachGiayToKetQua"]]


def _remote_paths(profile: Profile) -> dict[str, str]:
    with profile.db.read_session() as session:
        rows = session.execute(select(StoredFile.sha256, StoredFile.remote_path))
        return {sha: path for sha, path in rows}


def _states(profile: Profile, code: str) -> set[str]:
    return {i.state for i in items(profile) if i.dossier_code == code and i.kind == "dossier"}


@pytest.mark.parametrize("dialect", ["extended", "national"])
def test_files_go_before_the_record_and_the_record_names_their_paths(
    profile: Profile, tmp_path: Path, dialect: str
) -> None:
    province = Province1(tmp_path, dialect)
    try:
        code, shas = dossier_with_files(profile)
        recorder = OrderRecorder()
        summary = push_pending(
            profile.db, _gateway(province, recorder), now=NOW, files=profile.files
        )
        assert summary.needs_attention == 0 and summary.remaining == 0
        # Three uploads, all before the one record that names them.
        assert recorder.order == [("file", code)] * 3 + [("record", code)]
        for sha in shas:
            data = province.store.file_bytes(sha)
            assert data is not None and hashlib.sha256(data).hexdigest() == sha
        assert province.store.file_count() == 3
        expected = [f"/files/{sha}" for sha in shas]
        assert _paths(_province_record(province, code)) == expected
        assert _remote_paths(profile) == dict(zip(shas, expected, strict=True))
        # The queued snapshot is unchanged: its paths stay empty (filled at send time).
        payloads = [json.loads(i.payload) for i in items(profile) if i.kind == "dossier"]
        assert all(set(_paths(p)) <= {""} for p in payloads)
    finally:
        province.stop()
        province.store.dispose()


def test_a_kill_between_upload_and_record_sends_again_without_duplicates(
    profile: Profile, province: Province1
) -> None:
    code, shas = dossier_with_files(profile)
    province.province.fail_next = 1  # the record's call fails after the uploads
    summary = push_pending(
        profile.db, _gateway(province, OrderRecorder()), now=NOW, files=profile.files
    )
    assert summary.failed == 2 and province.store.file_count() == 3
    assert _states(profile, code) == {ItemState.FAILED.value}
    # As if killed after an upload but before its path was committed at the desk.
    with profile.db.session() as session, session.begin():
        session.execute(
            update(StoredFile).where(StoredFile.sha256 == shas[0]).values(remote_path="")
        )
    recorder = OrderRecorder()
    summary = push_pending(
        profile.db, _gateway(province, recorder), now=NOW, files=profile.files, force=True
    )
    assert summary.acked == 3 and summary.remaining == 0  # two versions and the intake step
    assert recorder.order == [("file", code), ("record", code)]  # only the one without a path
    assert province.store.file_count() == 3  # the same bytes again: stored once
    assert _paths(_province_record(province, code)) == [f"/files/{sha}" for sha in shas]


def test_without_files_url_records_go_with_empty_paths_and_the_status_says_so(
    profile: Profile, province: Province1
) -> None:
    code, _shas = dossier_with_files(profile)
    recorder = OrderRecorder()
    summary = push_pending(
        profile.db, _gateway(province, recorder, files=False), now=NOW, files=profile.files
    )
    assert summary.acked == 3 and summary.remaining == 0
    assert recorder.order == [("record", code)] and province.store.file_count() == 0
    assert _paths(_province_record(province, code)) == ["", "", ""]
    status = Desk(profile, now=lambda: NOW).sync.status()
    assert (status.files_held, status.files_url) == (3, False)


def test_a_refused_upload_holds_that_dossier_and_the_others_go(
    profile: Profile, province: Province1
) -> None:
    plain = _without_files(profile)
    code, _shas = dossier_with_files(profile, minute=5)
    province.province.refuse_next_upload = 2  # refused, and again after a fresh login
    summary = push_pending(
        profile.db, _gateway(province, OrderRecorder()), now=NOW, files=profile.files
    )
    assert summary.needs_attention == 2 and summary.acked == 2  # the other's record and step
    assert _states(profile, plain) == {ItemState.ACKED.value}
    assert _states(profile, code) == {ItemState.NEEDS_ATTENTION.value}
    held = [i for i in items(profile) if i.dossier_code == code and i.kind == "dossier"]
    assert all(
        i.last_error.startswith("Cổng tỉnh từ chối tệp đính kèm")
        and "injected fault: the file is refused" in i.last_error
        for i in held
    )
    assert set(province.versions()) == {plain}


def test_a_file_missing_at_the_desk_holds_its_dossier_with_a_clear_message(
    profile: Profile, province: Province1
) -> None:
    code, shas = dossier_with_files(profile)
    store = profile.files
    if store.folder is not None:
        store.path(shas[1]).unlink()
    else:
        with profile.db.session() as session, session.begin():
            session.execute(
                update(StoredFile).where(StoredFile.sha256 == shas[1]).values(data=None)
            )
    summary = push_pending(
        profile.db, _gateway(province, OrderRecorder()), now=NOW, files=profile.files
    )
    assert summary.needs_attention == 2 and province.versions() == {}
    [message] = {
        i.last_error for i in items(profile) if i.dossier_code == code and i.kind == "dossier"
    }
    assert message.startswith(f"Không gửi được hồ sơ: tệp đính kèm {shas[1][:12]}")
    assert "attachments.folder" in message


def test_a_national_province_refuses_a_record_naming_a_file_it_lacks(
    profile: Profile, tmp_path: Path
) -> None:
    province = Province1(tmp_path, "national")
    try:
        code, shas = dossier_with_files(profile)
        lost = "/files/" + "0" * 64
        with profile.db.session() as session, session.begin():
            session.execute(
                update(StoredFile).where(StoredFile.sha256 == shas[0]).values(remote_path=lost)
            )
        summary = push_pending(
            profile.db, _gateway(province, OrderRecorder()), now=NOW, files=profile.files
        )
        assert summary.needs_attention == 2 and province.versions() == {}
        [message] = {
            i.last_error for i in items(profile) if i.dossier_code == code and i.kind == "dossier"
        }
        assert f"HoSo {code}: TaiLieuNop.DuongDanTaiTepTin {lost}" in message
    finally:
        province.stop()
        province.store.dispose()


@pytest.mark.parametrize("dialect", ["extended", "national"])
def test_the_province_keys_files_on_their_hash_and_refuses_a_wrong_one(
    tmp_path: Path, dialect: str
) -> None:
    province = Province1(tmp_path, dialect)
    try:
        with Gateway(province.url, AGENCY, USER, PASSWORD, files_url=province.url + "/files") as gw:
            data = ff.pdf_document()
            sha = hashlib.sha256(data).hexdigest()
            assert gw.upload("H56.01-261116-0001", sha, data) == f"/files/{sha}"
            assert gw.upload("H56.01-261116-0002", sha, data) == f"/files/{sha}"
            assert province.store.file_count() == 1
            fields = {"session": gw.session, "madonvi": AGENCY, "MaHoSo": "X", "TepDinhKemId": sha}
            answer = httpx.post(
                province.url + "/files",
                data=fields,
                files={"file": ("x.pdf", data + b"%", "application/pdf")},
            ).json()
            assert answer["error_code"] == "-1" and "does not match" in answer["message"]
            assert province.store.file_count() == 1
    finally:
        province.stop()
        province.store.dispose()


def test_an_upload_lost_in_transport_fails_the_batch_and_goes_again_later(
    profile: Profile, province: Province1
) -> None:
    plain = _without_files(profile)
    code, _shas = dossier_with_files(profile, minute=5)
    province.province.lose_next_upload = 1  # stored, but the answer is a 500
    recorder = OrderRecorder()
    summary = push_pending(profile.db, _gateway(province, recorder), now=NOW, files=profile.files)
    assert summary.stopped and summary.needs_attention == 0 and province.versions() == {}
    assert recorder.order == [("file", code)]  # nothing split, no record sent
    assert _states(profile, code) == {ItemState.FAILED.value}
    summary = push_pending(
        profile.db, _gateway(province, OrderRecorder()), now=NOW, files=profile.files, force=True
    )
    assert summary.remaining == 0 and set(province.versions()) == {plain, code}
    assert province.store.file_count() == 3
