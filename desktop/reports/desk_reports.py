"""Reports as the window and the command line use them: compute the form, export it or the
register to a file, with the officer's ``export.*`` audit line.

ReportLab and openpyxl are imported on first use, so the window opens without them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.accounts.roles import Permission
from desktop.files import save_file
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
        from desktop.reports.count_rules import CountRules
        from desktop.reports.service import monthly_report

        self.scope.require(Permission.REPORT)
        settings = self.profile.settings
        rules = CountRules.named(settings.report_supplement_rule, settings.report_withdrawn_rule)
        office = self.scope.context.office_code
        with self.scope.reading() as session:
            return monthly_report(session, period, by, self.now(), office, rules)

    def export(self, report: MonthlyReport, fmt: str, path: Path) -> Path:
        """``fmt``: pdf, xlsx or csv."""
        from desktop.reports.service import report_bytes, report_format, submission

        self.scope.require(Permission.REPORT)
        chosen = report_format(fmt)
        unit, officer = self.profile.settings.report_receiving_unit, self.scope.context.officer
        with self.scope.reading() as session:
            data = report_bytes(session, report, chosen, submission(session, unit, officer))
        saved = save_file(path, data, mode=FILE_MODE)
        period = f"{report.form.period.first}..{report.form.period.last}"
        self._audit("export.report", period, {"format": chosen.value, "file": path.name})
        return saved

    def export_register(self, period: Period, fmt: str, path: Path) -> int:
        """``fmt``: pdf or xlsx; the number of dossiers in the register."""
        from desktop.reports.service import ReportFormat, register_bytes, report_format

        self.scope.require(Permission.REPORT)
        chosen = report_format(fmt, (ReportFormat.PDF, ReportFormat.XLSX))
        office = self.scope.context.office_code
        with self.scope.reading() as session:
            data, lines = register_bytes(session, period, chosen, self.now(), office)
        save_file(path, data, mode=FILE_MODE)
        record = f"{period.first}..{period.last}"
        self._audit("export.register", record, {"format": chosen.value, "file": path.name})
        return lines
