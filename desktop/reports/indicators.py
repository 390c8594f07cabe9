"""The indicators a province asks for beside form II.06a, for one period.

- resolved early or on time: (col 8 + col 9) / col 7;
- overdue: (resolved late + in progress overdue) / (resolved + in progress) — col (10+13)/(7+11),
  the dossiers received or processed in the period (DOMAIN.md §10, 2.1) that missed their
  appointment; "in progress" as of now for a period not over;
- received online: col 4 / (col 4 + col 5);
- satisfaction: satisfied answers / answers given, for results returned in the period;
- fees collected in the period by payment method; the cashless share: payments by bank
  transfer or online / fee payments (DOMAIN.md §10–§11; the yardstick is 30 %);
- the digitisation figures 4.1–4.3 (``desktop.reports.digitisation``).

A share with nothing to divide is ``None`` (printed "—").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Dossier, Fee, Office
from desktop.dossiers.lifecycle import FEE_METHOD_LABELS, FEE_METHODS
from desktop.reports import texts
from desktop.reports.digitisation import Digitisation, digitisation
from desktop.reports.form06a import Counts, GroupBy, compute
from desktop.reports.period import Period, month_period

SATISFIED = 1
CASHLESS = ("bank_transfer", "online")


@dataclass(frozen=True)
class Indicators:
    on_time_share: float | None
    overdue_share: float | None
    online_share: float | None
    satisfaction_answers: int
    satisfied: int
    fees: dict[str, int]
    digitisation: Digitisation = field(default_factory=Digitisation)
    fee_payments: dict[str, int] = field(default_factory=dict)  # payments by method

    @property
    def satisfaction_share(self) -> float | None:
        return self.satisfied / self.satisfaction_answers if self.satisfaction_answers else None

    @property
    def fees_total(self) -> int:
        return sum(self.fees.values())

    @property
    def cashless_share(self) -> float | None:
        """Fee payments by bank transfer or online / fee payments."""
        paid = sum(self.fee_payments.values())
        return _share(sum(self.fee_payments.get(m, 0) for m in CASHLESS), paid)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def on_time_share(total: Counts) -> float | None:
    """Resolved early or on time / resolved: col (8 + 9) / col 7."""
    return _share(total.early + total.on_time, total.resolved)


def overdue_share(total: Counts) -> float | None:
    """Resolved late or still open past the appointment / resolved or in progress:
    col (10 + 13) / col (7 + 11). The board and the report both use this one."""
    return _share(total.late + total.overdue, total.resolved + total.in_progress)


@dataclass(frozen=True)
class MonthSoFar:
    """This calendar month's form total (in progress as of now) and its indicators."""

    total: Counts
    indicators: Indicators


def month_so_far(session: Session, office: Office, now: datetime) -> MonthSoFar:
    """What the report for this calendar month would say now (the board's shares)."""
    period = month_period(now.year, now.month)
    form = compute(session, office, period, GroupBy.FIELD, now)
    return MonthSoFar(form.total, indicators(session, form.total, period))


def indicators(session: Session, total: Counts, period: Period) -> Indicators:
    start, end = period.start, period.end
    answers = session.execute(
        select(Dossier.satisfaction, func.count())
        .where(
            Dossier.returned_at >= start,
            Dossier.returned_at < end,
            Dossier.satisfaction.is_not(None),
        )
        .group_by(Dossier.satisfaction)
    ).all()
    given = sum(int(n) for _, n in answers)
    satisfied = sum(int(n) for level, n in answers if level == SATISFIED)
    fees = dict.fromkeys(FEE_METHODS, 0)
    payments = dict.fromkeys(FEE_METHODS, 0)
    for method, amount, count in session.execute(
        select(Fee.method, func.sum(Fee.amount), func.count())
        .where(Fee.paid_at >= start, Fee.paid_at < end)
        .group_by(Fee.method)
    ):
        fees[str(method)] = fees.get(str(method), 0) + int(amount or 0)
        payments[str(method)] = payments.get(str(method), 0) + int(count)
    return Indicators(
        on_time_share=on_time_share(total),
        overdue_share=overdue_share(total),
        online_share=_share(total.online, total.online + total.counter),
        satisfaction_answers=given,
        satisfied=satisfied,
        fees=fees,
        digitisation=digitisation(session, period),
        fee_payments=payments,
    )


def percent(value: float | None) -> str:
    """``87,5 %`` (Vietnamese decimal comma), or ``—``."""
    if value is None:
        return "—"
    return f"{value * 100:.1f} %".replace(".", ",")


def fee_label(method: str) -> str:
    return FEE_METHOD_LABELS.get(method, method)


def digitisation_lines(d: Digitisation) -> list[tuple[str, str]]:
    """4.2, 4.1 and 4.3 as label and "share (numerator/denominator)"."""
    return [
        (texts.IND_DIGITISED, f"{percent(d.digitised_share)} ({d.digitised}/{d.received})"),
        (
            texts.IND_ELECTRONIC_RESULTS,
            f"{percent(d.electronic_results_share)} ({d.electronic_results}/{d.results})",
        ),
        (texts.IND_REUSED, f"{percent(d.reused_share)} ({d.reused}/{d.received})"),
    ]
