"""The month's shares: one definition (DOMAIN.md §10), the same on the board and in the report,
and a month not yet over counted as of now (DOMAIN.md §6).

November 2026, now Friday 20/11 10:00 (1.004873: 3 working days):

| dossier | received | what happens | as of now |
|---|---|---|---|
| A | 2/11 09:00, due 5/11 09:00 | resolved 4/11 | resolved early |
| B | 2/11 10:00, due 5/11 10:00 | resolved 9/11 | resolved late |
| C | 16/11 09:00, due 19/11 09:00 | open | in progress, overdue |
| D | 19/11 09:00, due 24/11 09:00 | open | in progress, within the deadline |

Overdue share = (resolved late + in progress overdue) / (resolved + in progress) = (1 + 1) / 4.
Counted as of 30/11 instead, D would be overdue too (3 / 4).
"""

from __future__ import annotations

from datetime import datetime

from desktop.desk import Desk
from desktop.dossiers.context import DeskContext
from desktop.dossiers.status import Action
from desktop.profile import Profile
from desktop.reports.form06a import GroupBy
from desktop.reports.period import month_period
from desktop.reports.service import ReportFormat, monthly_report, report_bytes
from tests.integration.dossier_factory import do, take_in
from tests.unit.printing.pdf_tools import pdf_text

NOW = datetime(2026, 11, 20, 10, 0)
NOVEMBER = month_period(2026, 11)


def _build(profile: Profile, ctx: DeskContext) -> None:
    def received(when: datetime) -> str:
        return take_in(profile, ctx, when, received_at=f"{when:%Y-%m-%d %H:%M}")

    a = received(datetime(2026, 11, 2, 9, 0))
    do(profile, ctx, a, Action.RESOLVE, datetime(2026, 11, 4, 9, 0))
    b = received(datetime(2026, 11, 2, 10, 0))
    do(profile, ctx, b, Action.RESOLVE, datetime(2026, 11, 9, 9, 0))
    received(datetime(2026, 11, 16, 9, 0))
    received(datetime(2026, 11, 19, 9, 0))


def test_overdue_share_by_hand_and_board_equals_report(profile: Profile, ctx: DeskContext) -> None:
    _build(profile, ctx)
    with profile.db.read_session() as session:
        report = monthly_report(session, NOVEMBER, GroupBy.FIELD, NOW)
    total = report.form.total
    assert (total.early, total.late, total.within, total.overdue) == (1, 1, 1, 1)
    assert report.indicators.overdue_share == 0.5
    assert report.indicators.on_time_share == 0.5
    board = Desk(profile, now=lambda: NOW).board()
    assert board.month_overdue_share == report.indicators.overdue_share
    assert board.month_on_time_share == report.indicators.on_time_share
    assert board.month_resolved == total.resolved == 2


def test_a_month_not_over_counts_in_progress_as_of_now(profile: Profile, ctx: DeskContext) -> None:
    _build(profile, ctx)
    with profile.db.read_session() as session:
        report = monthly_report(session, NOVEMBER, GroupBy.FIELD, NOW)
        pdf = report_bytes(session, report, ReportFormat.PDF)
        csv = report_bytes(session, report, ReportFormat.CSV).decode("utf-8-sig")
        ended = monthly_report(session, NOVEMBER, GroupBy.FIELD, datetime(2026, 12, 2, 9, 0))
    assert report.form.unfinished and not ended.form.unfinished
    assert (report.form.total.within, report.form.total.overdue) == (1, 1)
    assert (ended.form.total.within, ended.form.total.overdue) == (0, 2)
    note = "Kỳ báo cáo chưa kết thúc — số liệu tính đến 10:00 ngày 20/11/2026"
    assert note in report.form.period_line
    assert note not in ended.form.period_line
    assert note in csv
    assert note in " ".join(pdf_text(pdf).split())
