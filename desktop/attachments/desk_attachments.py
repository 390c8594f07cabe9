"""The files of the dossiers, for the officer (``desk.attachments``).

Checking and combining the pages (:meth:`prepare`) needs no database and runs off the GUI
thread; attaching is one transaction with a new record version for the province, the bytes
made durable before its commit; opening a file shows a citizen's papers, so it is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.accounts.roles import Permission
from desktop.attachments.checks import MB, CheckedFile, check_file, check_size
from desktop.attachments.pages import PreparedFile, combine
from desktop.attachments.service import (
    AttachmentView,
    ItemFile,
    ReusablePaper,
    Role,
    attach_files,
    remove_attachment,
    reusable_papers,
    view,
)
from desktop.changes import DOSSIER, OUTBOX
from desktop.dossiers.lifecycle import load_dossier
from desktop.dossiers.steps import record_change
from desktop.errors import InputError
from desktop.files import os_reason
from desktop.scope import Facet
from desktop.text import mask_id_number


class DeskAttachments(Facet):
    @property
    def max_file_bytes(self) -> int:
        return self.profile.settings.attachments_max_file_mb * MB

    @property
    def max_dossier_bytes(self) -> int:
        return self.profile.settings.attachments_max_dossier_mb * MB

    # ---- checking (no database) ------------------------------------------------------------
    def check(self, name: str, data: bytes) -> CheckedFile:
        """One page or file as received (a scan, a pasted image, a file's bytes)."""
        return check_file(name, data, self.max_file_bytes)

    def read(self, path: Path) -> CheckedFile:
        """A file from disk, its size judged before it is read."""
        try:
            check_size(path.name, path.stat().st_size, self.max_file_bytes)
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(
                f"Không đọc được tệp {path}: {os_reason(exc)}.", field="file"
            ) from None
        return self.check(path.name, data)

    def prepare(self, pages: Sequence[CheckedFile]) -> PreparedFile:
        """The pages of one item as one PDF, within the size limit of a file."""
        prepared = combine(pages)
        if prepared.size > self.max_file_bytes:
            check_size("ghép các trang", prepared.size, self.max_file_bytes)
        return prepared

    def prepare_paths(self, paths: Sequence[Path]) -> PreparedFile:
        return self.prepare([self.read(path) for path in paths])

    # ---- the dossier's files ---------------------------------------------------------------
    def attach(self, code: str, files: Sequence[ItemFile]) -> list[AttachmentView]:
        """Attach ``files`` to dossier ``code``: one transaction, a new version for the
        province, an audit line naming the places and the files' SHA-256 (never their text)."""
        if not files:
            raise InputError("Chưa chọn tệp nào để đính kèm.", field="file")
        self.scope.require(Permission.ACT)
        now = self.now()
        ctx = self.scope.context
        with self.scope.writing() as session:
            dossier = load_dossier(session, code)
            rows = attach_files(
                session,
                self.profile.files,
                dossier,
                files,
                ctx.officer,
                now,
                self.max_dossier_bytes,
            )
            detail = {"files": [_described(f, r.sha256) for f, r in zip(files, rows, strict=True)]}
            record_change(session, ctx, dossier, now, "dossier.attach", detail)
            views = [view(row) for row in rows]
            code = dossier.code
        self.scope.publish({DOSSIER, OUTBOX}, {code})
        return views

    def remove(self, code: str, attachment_id: int) -> None:
        """Take a wrongly attached file off the dossier (the province hears ``IsDeleted``)."""
        self.scope.require(Permission.ACT)
        now = self.now()
        ctx = self.scope.context
        with self.scope.writing() as session:
            dossier = load_dossier(session, code)
            row = remove_attachment(dossier, attachment_id, now)
            detail = {"removed": attachment_id, "sha256": row.sha256[:16]}
            record_change(session, ctx, dossier, now, "dossier.detach", detail)
            code = dossier.code
        self.scope.publish({DOSSIER, OUTBOX}, {code})

    def listing(self, code: str, *, removed: bool = False) -> list[AttachmentView]:
        """The dossier's files, papers by checklist order then results (``removed``: those
        taken off too)."""
        with self.scope.reading() as session:
            dossier = load_dossier(session, code)
            rows = [a for a in dossier.attachments if removed or a.removed_at is None]
            rows.sort(key=lambda a: (a.role != Role.DOCUMENT.value, a.position, a.id))
            return [view(row) for row in rows]

    def content(self, code: str, attachment_id: int) -> bytes:
        """The bytes of one file (a citizen's papers on screen: audited)."""
        self.scope.require(Permission.REVEAL)
        with self.scope.writing() as session:
            dossier = load_dossier(session, code)
            row = next((a for a in dossier.attachments if a.id == attachment_id), None)
            if row is None:
                raise InputError(f"Hồ sơ {dossier.code} không có tệp số {attachment_id}.")
            data = self.profile.files.read(session, row.sha256)
            self.scope.audit(session, "attachment.open", dossier.code, {"file": attachment_id})
        return data

    def reusable(self, id_number: str) -> list[ReusablePaper]:
        """Papers the citizen with ``id_number`` brought before and the counter digitised."""
        self.scope.require(Permission.INTAKE)
        with self.scope.writing() as session:
            papers = reusable_papers(session, id_number)
            self.scope.audit(
                session, "attachment.reuse_lookup", mask_id_number(id_number),
                {"found": len(papers)},
            )  # fmt: skip
        return papers


def _described(item: ItemFile, sha256: str) -> dict[str, object]:
    return {"role": item.role.value, "item": item.position, "origin": int(item.origin),
            "sha256": sha256[:16]}  # fmt: skip
