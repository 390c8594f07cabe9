"""Reports as the window uses them: compute the form, export it or the register to a file.

ReportLab and openpyxl are imported on first use, so the window opens without them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.accounts.roles import Permission
from desktop.errors import StorageError
from desktop.files import write_atomically
from desktop.reports.form06a import GroupBy
from desktop.reports.period import Period
from desktop.scope import Facet

if TYPE_CHECKING:
    from desktop.reports.service import MonthlyReport

FILE_MODE = 0o644


class DeskReports(Facet):
    def _audit(self, action: str, record: str, detail: dict[str, str]) -> None:
        with self.scope.writing() as session:
            self.scope.audit(session, action, record, detail)

    @property
    def default_window(self) -> str:
        return self.profile.settings.report_window or "calendar"

    def compute(self, period: Period, by: GroupBy) -> MonthlyReport:
        from desktop.reports.service import monthly_report

        self.scope.require(Permission.REPORT)
        with self.profile.db.read_session() as session, session.begin():
            return monthly_report(session, period, by, self.now())

    def export(self, report: MonthlyReport, fmt: str, path: Path) -> Path:
        """``fmt``: pdf, xlsx or csv."""
        from desktop.reports.service import report_bytes, report_format

        with self.profile.db.read_session() as session, session.begin():
            data = report_bytes(session, report, report_format(fmt))
        saved = _save(path, data)
        period = f"{report.form.period.first}..{report.form.period.last}"
        self._audit("export.report", period, {"format": fmt, "file": path.name})
        return saved

    def export_register(self, period: Period, fmt: str, path: Path) -> int:
        """``fmt``: pdf or xlsx; the number of dossiers in the register."""
        from desktop.reports.service import ReportFormat, register_bytes, report_format

        chosen = report_format(fmt, (ReportFormat.PDF, ReportFormat.XLSX))
        with self.profile.db.read_session() as session, session.begin():
            data, lines = register_bytes(session, period, chosen, self.now())
        _save(path, data)
        record = f"{period.first}..{period.last}"
        self._audit("export.register", record, {"format": fmt, "file": path.name})
        return lines


def _save(path: Path, data: bytes) -> Path:
    try:
        write_atomically(path, data, mode=FILE_MODE)
    except OSError as exc:
        raise StorageError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from exc
    return path
