"""Personal data on request and at the end of its retention, for the roles that manage it.

Each action is one transaction with its audit line: a purge (``privacy.purge``), a subject's
export (``personal.export``), a procedure's retention period (``privacy.retention``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import Procedure
from desktop.accounts.roles import Permission
from desktop.changes import DOSSIER, OUTBOX
from desktop.errors import InputError, NotFoundError
from desktop.privacy.purge import PurgeReport, purge
from desktop.privacy.subject import subject_export
from desktop.scope import Facet
from desktop.text import mask_id_number

RETENTION_MONTHS = range(1, 1201)
PURGE_CODES_AUDITED = 500


class DeskPrivacy(Facet):
    def purge(self, *, dry_run: bool) -> PurgeReport:
        """Remove the personal data whose retention has passed (``dry_run``: only list it)."""
        self.scope.require(Permission.PRIVACY)
        months = self.profile.settings.retention_months
        store = self.profile.files
        unused: list[str] = []
        with self.scope.writing() as session:
            report = purge(session, months, self.now(), dry_run=dry_run)
            if not dry_run and report.files_removed:
                unused = store.drop_unused(session)
            if not dry_run and report.due:
                codes = report.due[:PURGE_CODES_AUDITED]
                self.scope.audit(
                    session, "privacy.purge", f"{len(report.due)} hồ sơ", {"codes": codes}
                )
        store.delete_files(unused)  # the rows naming them are gone for good
        if not dry_run and report.due:
            self.scope.publish({DOSSIER, OUTBOX}, report.due)
        return report

    def export_subject(self, id_number: str) -> dict[str, Any]:
        """Everything held about the person with ``id_number``, in full (JSON-ready)."""
        self.scope.require(Permission.PRIVACY)
        with self.scope.writing() as session:
            value = subject_export(session, id_number, self.now(), self.scope.calendar)
            self.scope.audit(
                session,
                "personal.export",
                mask_id_number(value["id_number"]),
                {"dossiers": len(value["dossiers"])},
            )
        return value

    def subject_files(self, id_number: str) -> list[tuple[str, bytes]]:
        """The files of the person's dossiers, named ``CODE-giay-to-N.pdf`` or
        ``CODE-ket-qua-N.pdf`` (with their removed ones), read and audited in one go."""
        self.scope.require(Permission.PRIVACY)
        value = self.export_subject(id_number)
        store = self.profile.files
        found: list[tuple[str, bytes]] = []
        with self.scope.writing() as session:
            for entry in value["files"]:
                kind = "giay-to" if entry["role"] == "document" else "ket-qua"
                name = f"{entry['code']}-{kind}-{entry['item']}-{entry['sha256'][:8]}.pdf"
                found.append((name.replace("/", "_"), store.read(session, entry["sha256"])))
            self.scope.audit(
                session, "personal.export_files", mask_id_number(value["id_number"]),
                {"files": len(found)},
            )  # fmt: skip
        return found

    def set_retention(self, code: str, months: int) -> None:
        """Keep procedure ``code``'s personal data ``months`` months after the dossier ends."""
        self.scope.require(Permission.PRIVACY)
        if months not in RETENTION_MONTHS:
            raise InputError("Thời hạn lưu trữ phải từ 1 đến 1200 tháng.", field="months")
        with self.scope.writing() as session:
            procedure = session.scalar(select(Procedure).where(Procedure.code == code))
            if procedure is None:
                raise NotFoundError(f"Không có thủ tục mã '{code}' trong danh mục.")
            procedure.retention_months = months
            self.scope.audit(session, "privacy.retention", procedure.code, {"months": months})
