"""The dossiers' files in backups, restores, checks, purges and a person's export, on SQLite
(files in the profile's folder) and PostgreSQL (files in the database)."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from db.models import Attachment, OutboxItem, StoredFile
from desktop.attachments.pages import PreparedFile
from desktop.attachments.service import ItemFile, Role
from desktop.desk import Desk
from desktop.dossiers.status import Action
from desktop.dossiers.step_input import ActionInput
from desktop.profile import Profile, open_profile
from desktop.safety.checkup import Place, check_profile
from desktop.safety.file_backups import files_beside
from desktop.safety.restore import restore_profile
from tests import files_factory as ff
from tests.integration.dossier_factory import intake_json

NOW = datetime(2026, 11, 16, 9, 0)


def _scan(desk: Desk, text: str) -> PreparedFile:
    return desk.attachments.prepare([desk.attachments.check("p.png", ff.png_page(text))])


def _files(profile: Profile) -> int:
    with profile.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(StoredFile)) or 0)


def test_backup_restore_and_check_carry_the_files(profile: Profile) -> None:
    desk = Desk(profile, now=lambda: NOW)
    code = desk.receive(intake_json()).code
    first = _scan(desk, "Giấy khai sinh")
    [row] = desk.attachments.attach(code, [ItemFile(Role.DOCUMENT, 1, first)])
    made = desk.safety.backup_now()
    later = desk.receive(intake_json()).code
    desk.attachments.attach(later, [ItemFile(Role.DOCUMENT, 1, _scan(desk, "Sau sao lưu"))])
    store = profile.files
    if store.folder is not None:  # the backup carries a copy of each file beside it
        copy = files_beside(made.path) / first.sha256[:2] / first.sha256
        assert copy.read_bytes() == first.data
        shutil.rmtree(store.folder)  # the disk lost the files: the check says so
        place = Place(profile.data_dir, profile.db.url)
        found = check_profile(place, quick=True)
        assert not found.sound and len(found.files.missing) == 2
        assert "thiếu 2" in found.files.describe()
    url, folder = profile.db.url, profile.data_dir
    profile.close()
    done = restore_profile(folder, url, made.path, NOW + timedelta(hours=1))
    assert done.files_missing == ()
    reopened = open_profile(folder, url=url)
    try:
        again = Desk(reopened, now=lambda: NOW)
        data = again.attachments.content(code, row.id)
        assert hashlib.sha256(data).hexdigest() == first.sha256
        assert check_profile(Place(folder, url), quick=True).files.sound
    finally:
        reopened.close()


def test_a_damaged_file_is_found_by_the_check(profile: Profile) -> None:
    desk = Desk(profile, now=lambda: NOW)
    code = desk.receive(intake_json()).code
    scan = _scan(desk, "Hỏng")
    desk.attachments.attach(code, [ItemFile(Role.DOCUMENT, 1, scan)])
    store = profile.files
    if store.folder is None:
        return  # PostgreSQL keeps the bytes in its own pages, checked by the server
    path = store.path(scan.sha256)
    path.chmod(0o600)
    path.write_bytes(scan.data[:-10] + b"0123456789")
    found = check_profile(Place(profile.data_dir, profile.db.url), quick=True)
    assert found.files.damaged == [scan.sha256] and not found.sound


def test_purge_removes_the_files_and_export_gives_them(profile: Profile) -> None:
    clock = [datetime(2025, 8, 4, 9, 0)]
    desk = Desk(profile, now=lambda: clock[0])
    old = desk.receive(intake_json()).code
    scan = _scan(desk, "Cũ")
    desk.attachments.attach(old, [ItemFile(Role.DOCUMENT, 1, scan)])
    exported = desk.privacy.export_subject("001090012345")
    assert [f["sha256"] for f in exported["files"]] == [scan.sha256]
    [(name, data)] = desk.privacy.subject_files("001090012345")
    assert name.startswith(f"{old}-giay-to-1-") and data == scan.data
    clock[0] = datetime(2025, 8, 5, 9, 0)
    desk.act(old, Action.RESOLVE, ActionInput())
    with profile.db.session() as session, session.begin():
        session.execute(update(OutboxItem).values(state="acked"))
    profile.settings.retention_months = 12
    clock[0] = NOW
    report = desk.privacy.purge(dry_run=False)
    assert report.due == [old] and report.files_removed == 1
    with profile.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
    assert _files(profile) == 0
    if profile.files.folder is not None:
        assert not profile.files.path(scan.sha256).exists()
