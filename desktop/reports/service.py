"""Make form II.06a (with its indicators) and the register, in the format asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop.dossiers.context import office_for
from desktop.errors import InputError
from desktop.printing import form07_register
from desktop.printing.form_data import (
    letterhead,
    officer_names,
    printed_name,
    register_data,
)
from desktop.reports import form06a_pdf, spreadsheets
from desktop.reports.count_rules import AS_ALWAYS, CountRules
from desktop.reports.form06a import UNSIGNED, Form06a, GroupBy, Submission, compute
from desktop.reports.indicators import Indicators, indicators
from desktop.reports.period import Period


class ReportFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True)
class MonthlyReport:
    form: Form06a
    indicators: Indicators


def report_format(
    value: str, allowed: tuple[ReportFormat, ...] = tuple(ReportFormat)
) -> ReportFormat:
    try:
        chosen = ReportFormat(value.strip().lower())
    except ValueError:
        chosen = None
    if chosen not in allowed:
        names = ", ".join(f.value for f in allowed)
        raise InputError(f"Định dạng phải là một trong: {names}.", field="format")
    assert chosen is not None
    return chosen


def group_by(value: str) -> GroupBy:
    try:
        return GroupBy(value.strip().lower())
    except ValueError:
        raise InputError(
            "Nhóm theo 'field' (lĩnh vực) hoặc 'procedure' (thủ tục).", field="by"
        ) from None


def monthly_report(
    session: Session,
    period: Period,
    by: GroupBy,
    now: datetime,
    office_code: str | None = None,
    rules: CountRules = AS_ALWAYS,
) -> MonthlyReport:
    office = office_for(session, office_code)
    form = compute(session, office, period, by, now, rules)
    return MonthlyReport(form, indicators(session, form.total, period))


def submission(session: Session, receiving_unit: str, officer: str) -> Submission:
    """The header's receiving unit and the preparer: the full name of the officer exporting
    (never a login name)."""
    return Submission(receiving_unit, printed_name(officer_names(session), officer))


def report_bytes(
    session: Session, report: MonthlyReport, fmt: ReportFormat, sent: Submission = UNSIGNED
) -> bytes:
    if fmt == ReportFormat.PDF:
        office = office_for(session, report.form.office_code)
        return form06a_pdf.build(report.form, report.indicators, letterhead(office), sent)
    if fmt == ReportFormat.XLSX:
        return spreadsheets.form_xlsx(report.form, report.indicators, sent)
    return spreadsheets.form_csv(report.form)


def register_bytes(
    session: Session,
    period: Period,
    fmt: ReportFormat,
    now: datetime,
    office_code: str | None = None,
) -> tuple[bytes, int]:
    """The register of dossiers received in the period, and how many lines it has."""
    data = register_data(session, period.first, period.last, now, office_code=office_code)
    if fmt == ReportFormat.PDF:
        return form07_register.build(data), len(data.lines)
    return spreadsheets.register_xlsx(data), len(data.lines)
