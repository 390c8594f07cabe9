"""The national service index as XLSX: a sheet of indicators (numerator, denominator, value,
formula, thresholds) and a sheet of the twelve months with a bar chart of 2.1."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.index import texts
from desktop.index.indicators import NationalIndex
from desktop.reports.spreadsheets import _saved, _title_block, _write

PERCENT = "0.00%"
SHEET_INDICATORS = "Chỉ số"
SHEET_MONTHS = "12 tháng"
TOP = 5  # rows 1–4: title, subtitle, office, month


def _share(value: float | None) -> object:
    return "N/A" if value is None else value / 100


def _indicators(ws: Worksheet, index: NationalIndex) -> None:
    heads = (
        texts.CODE,
        texts.NAME,
        texts.NUMERATOR,
        texts.DENOMINATOR,
        texts.VALUE,
        texts.FULL_MARKS,
        texts.TARGET,
        texts.FORMULA,
        texts.NOTE,
    )
    for column, label in enumerate(heads, start=1):
        _write(ws, TOP, column, label, head=True)
    for row, item in enumerate(index.indicators, start=TOP + 1):
        value = _share(item.value) if item.computable else texts.NOT_COMPUTABLE
        cells = (
            item.code,
            item.name,
            item.numerator,
            item.denominator,
            value,
            _share(item.full_marks) if item.full_marks is not None else texts.NOT_SET,
            _share(item.target) if item.target is not None else texts.NOT_SET,
            item.formula,
            item.note,
        )
        for column, cell in enumerate(cells, start=1):
            _write(ws, row, column, cell)
            if isinstance(cell, float):
                ws.cell(row=row, column=column).number_format = PERCENT
    for column, width in enumerate((6, 34, 9, 9, 12, 14, 12, 70, 40), start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(row=TOP + 1, column=3)


def _months(ws: Worksheet, index: NationalIndex) -> None:
    codes = [i.code for i in index.indicators if i.computable]
    _write(ws, 1, 1, texts.MONTH, head=True)
    for column, code in enumerate(codes, start=2):
        _write(ws, 1, column, code, head=True)
    for row, point in enumerate(index.months, start=2):
        _write(ws, row, 1, point.label)
        for column, code in enumerate(codes, start=2):
            _write(ws, row, column, _share(point.values.get(code)))
            if point.values.get(code) is not None:
                ws.cell(row=row, column=column).number_format = PERCENT
    bars = BarChart()
    bars.title = texts.CHART_TITLE
    on_time = codes.index("2.1") + 2
    last = len(index.months) + 1
    bars.add_data(Reference(ws, min_col=on_time, min_row=1, max_row=last), titles_from_data=True)
    bars.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    bars.y_axis.number_format = "0%"
    ws.add_chart(bars, f"A{last + 3}")


def build(index: NationalIndex) -> bytes:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = SHEET_INDICATORS
    office = f"{index.office_name} ({index.office_code})"
    _title_block(ws, [texts.TITLE, texts.SUBTITLE, office, index.heading], 9)
    _indicators(ws, index)
    _months(book.create_sheet(SHEET_MONTHS), index)
    return _saved(book)
