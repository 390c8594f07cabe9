"""`motcua report` (form II.06a with its indicators) and `motcua register` (form 07)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import Invocation, emit
from desktop.dossiers.validation import parse_date_vn
from desktop.errors import InputError
from desktop.reports.period import Period, parse_month, range_period


def _period(run: Invocation, *, allow_month: bool) -> Period:
    args = run.args
    month = getattr(args, "period", None)
    has_range = args.date_from is not None or args.date_to is not None
    if allow_month and month and has_range:
        raise InputError("Chọn --period hoặc --from/--to, không cả hai.", field="period")
    if allow_month and month:
        window = args.window or run.desk().reports.default_window
        return parse_month(month, window)
    if args.date_from is None or args.date_to is None:
        wanted = "--period YYYY-MM hoặc --from và --to" if allow_month else "--from và --to"
        raise InputError(f"Thiếu kỳ báo cáo: {wanted}.", field="period")
    first = parse_date_vn(args.date_from, field="from", label_vi="Từ ngày")
    last = parse_date_vn(args.date_to, field="to", label_vi="Đến ngày")
    return range_period(first, last)


def cmd_report(run: Invocation) -> int:
    from desktop.reports.service import group_by, report_format

    desk = run.desk()
    fmt = report_format(run.args.format)
    by = group_by(run.args.by)
    period = _period(run, allow_month=True)
    report = desk.reports.compute(period, by)
    target = desk.reports.export(report, fmt.value, Path(run.args.out))
    total = report.form.total
    emit(
        run,
        {
            "file": str(target),
            "format": fmt.value,
            "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
            "by": by.value,
            "rows": len(report.form.rows),
            "total": dict(zip(range(3, 14), total.columns(), strict=True)),
        },
        f"Đã ghi báo cáo mẫu II.06a {period.label} ra {target}: nhận {total.received}, "
        f"đã giải quyết {total.resolved}, đang giải quyết {total.in_progress}.",
    )
    return 0


def cmd_register(run: Invocation) -> int:
    from desktop.reports.service import ReportFormat, report_format

    desk = run.desk()
    fmt = report_format(run.args.format, (ReportFormat.PDF, ReportFormat.XLSX))
    period = _period(run, allow_month=False)
    target = Path(run.args.out)
    lines = desk.reports.export_register(period, fmt.value, target)
    emit(
        run,
        {"file": str(target), "format": fmt.value, "lines": lines},
        f"Đã ghi sổ theo dõi hồ sơ {period.label} ({lines} hồ sơ) ra {target}.",
    )
    return 0


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", help="tháng báo cáo YYYY-MM")
    parser.add_argument(
        "--window", choices=("calendar", "15-14"), help="tháng dương lịch hoặc 15 → 14"
    )
    parser.add_argument("--from", dest="date_from", help="từ ngày YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", help="đến hết ngày YYYY-MM-DD")
    parser.add_argument("--format", required=True, help="pdf, xlsx hoặc csv")
    parser.add_argument("--out", required=True, help="tệp sẽ ghi")
    parser.add_argument("--by", default="field", help="field (lĩnh vực) hoặc procedure (thủ tục)")


def add_register_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", required=True, help="từ ngày YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", required=True, help="đến hết ngày YYYY-MM-DD")
    parser.add_argument("--format", required=True, help="pdf hoặc xlsx")
    parser.add_argument("--out", required=True, help="tệp sẽ ghi")
