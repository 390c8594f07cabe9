"""`motcua index`: the national service index of a month (Decision 766/QĐ-TTg)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import Invocation, emit
from desktop.errors import InputError
from desktop.reports.period import parse_month

if TYPE_CHECKING:  # the indicators load when `motcua index` runs, not with every command
    from desktop.index.indicators import Indicator, NationalIndex


def _line(i: Indicator) -> str:
    from desktop.index import texts

    numerator = "—" if i.numerator is None else str(i.numerator)
    denominator = "—" if i.denominator is None else str(i.denominator)
    marks = f"{texts.target_text(i.full_marks)} / {texts.target_text(i.target)}"
    return f"{i.code:<4} {i.name:<40} {numerator:>7} {denominator:>7} {i.value_text:>16}  {marks}"


def _table(index: NationalIndex) -> str:
    from desktop.index import texts as t

    head = (
        f"{t.CODE:<4} {t.NAME:<40} {t.NUMERATOR:>7} {t.DENOMINATOR:>7} {t.VALUE:>16}  "
        f"{t.FULL_MARKS} / {t.TARGET}"
    )
    months = [f"  {p.label}  {t.percent_text(p.values.get('2.1'))}" for p in index.months]
    return "\n".join(
        [
            f"{t.TITLE} — {index.office_name}",
            index.heading,
            head,
            *(_line(i) for i in index.indicators),
            "",
            t.CHART_TITLE + ":",
            *months,
            t.CHECK_NOTE,
        ]
    )


def cmd_index(run: Invocation) -> int:
    from desktop.index.exports import IndexFormat, index_bytes, index_format, index_json

    first = parse_month(run.args.period).first
    fmt = index_format(run.args.format) if run.args.format else None
    if fmt in (IndexFormat.PDF, IndexFormat.XLSX) and not run.args.output:
        raise InputError(
            "Xuất PDF hoặc XLSX cần chỉ rõ tệp sẽ ghi: thêm --output TỆP.", field="output"
        )
    desk = run.desk()
    index = desk.index.month(first.year, first.month)
    if run.args.output:
        target = desk.index.export(index, (fmt or IndexFormat.JSON).value, Path(run.args.output))
        emit(run, {"file": str(target)}, f"Đã ghi chỉ số phục vụ {index.heading} ra {target}.")
    elif fmt == IndexFormat.JSON or run.json:
        print(index_bytes(index, IndexFormat.JSON).decode("utf-8"))
    else:
        emit(run, index_json(index), _table(index))
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, help="tháng YYYY-MM")
    parser.add_argument("--format", help="pdf, xlsx hoặc json (mặc định: bảng chữ)")
    parser.add_argument("--output", help="tệp sẽ ghi")
