"""Form II.06a and the register (form 07) as XLSX (openpyxl) and the form as CSV.

XLSX: real numbers, the form's merged header rows with the column numbers, sensible widths,
the header frozen, the indicators on a second sheet. CSV: UTF-8 with a BOM (so spreadsheets
read the Vietnamese), one header line. Every text cell goes through :func:`safe_text`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.printing import texts as print_texts
from desktop.printing.form07_register import RegisterData
from desktop.reports import texts
from desktop.reports.cells import safe_text
from desktop.reports.form06a import UNSIGNED, Form06a, GroupBy, Submission
from desktop.reports.form06a_pdf import RESULT_HEADS
from desktop.reports.indicators import Indicators, fee_label

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="EBEBEB")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
LEFT = Alignment(wrap_text=True, vertical="center", horizontal="left")
FIRST_TABLE_ROW = 8  # rows 1–7: form code, title, subtitle, period, the two units, unit
PERCENT = "0.0%"


def _write(ws: Worksheet, row: int, column: int, value: object, *, head: bool = False) -> None:
    cell = ws.cell(row=row, column=column)
    cell.value = safe_text(value) if isinstance(value, str) else value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text
    cell.border = BOX
    cell.alignment = WRAP if head or not isinstance(value, str) else LEFT
    if head:
        cell.font = BOLD
        cell.fill = HEAD_FILL


def _title_block(ws: Worksheet, lines: Sequence[str], last_column: int) -> None:
    for row, line in enumerate(lines, start=1):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
        cell = ws.cell(row=row, column=1)
        cell.value = safe_text(line)
        cell.data_type = "s"
        cell.alignment = Alignment(horizontal="center")
        cell.font = Font(bold=row == 1, italic=row > 1)


def _form_header(ws: Worksheet, by: GroupBy) -> int:
    t = texts
    top = FIRST_TABLE_ROW
    name = t.BY_FIELD if by == GroupBy.FIELD else t.BY_PROCEDURE
    for column in range(1, 14):
        for row in range(top, top + 4):
            _write(ws, row, column, None, head=True)
    merges = [
        (top, 1, top + 2, 1, t.NUMBER),
        (top, 2, top + 2, 2, name),
        (top, 3, top, 6, t.RECEIVED),
        (top, 7, top, 13, t.RESULTS),
        (top + 1, 3, top + 2, 3, t.RECEIVED_TOTAL),
        (top + 1, 4, top + 1, 5, t.NEW),
        (top + 1, 6, top + 2, 6, t.CARRIED),
        (top + 1, 7, top + 1, 10, t.RESOLVED),
        (top + 1, 11, top + 1, 13, t.IN_PROGRESS),
    ]
    for r1, c1, r2, c2, label in merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        _write(ws, r1, c1, label, head=True)
    for column, label in zip(range(4, 6), (t.ONLINE, t.COUNTER), strict=True):
        _write(ws, top + 2, column, label, head=True)
    for column, label in zip(range(7, 14), RESULT_HEADS, strict=True):
        _write(ws, top + 2, column, label, head=True)
    for column in range(1, 14):
        _write(ws, top + 3, column, f"({column})", head=True)
    return top + 4


def form_xlsx(form: Form06a, ind: Indicators, sent: Submission = UNSIGNED) -> bytes:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = texts.SHEET_FORM
    _title_block(
        ws,
        [
            texts.FORM_CODE,
            texts.TITLE,
            texts.SUBTITLE,
            form.period_line,
            texts.REPORTING_UNIT.format(unit=f"{form.office_name} ({form.office_code})"),
            texts.RECEIVING_UNIT.format(unit=sent.receiving_unit),
            texts.UNIT,
        ],
        13,
    )
    row = _form_header(ws, form.by)
    ws.freeze_panes = ws.cell(row=row, column=3)
    for n, line in enumerate(form.rows, start=1):
        name = f"{line.code} – {line.name}" if form.by == GroupBy.PROCEDURE else line.name
        _write(ws, row, 1, n)
        _write(ws, row, 2, name)
        for column, value in enumerate(line.counts.columns(), start=3):
            _write(ws, row, column, value)
        row += 1
    _write(ws, row, 1, None, head=True)
    _write(ws, row, 2, texts.TOTAL, head=True)
    for column, value in enumerate(form.total.columns(), start=3):
        _write(ws, row, column, value, head=True)
    _signatures(ws, row + 2, sent.preparer)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 46
    for column in range(3, 14):
        ws.column_dimensions[get_column_letter(column)].width = 12
    for header_row in range(FIRST_TABLE_ROW, FIRST_TABLE_ROW + 3):
        ws.row_dimensions[header_row].height = 32
    _indicator_sheet(book.create_sheet(texts.SHEET_INDICATORS), form, ind)
    return _saved(book)


def _signatures(ws: Worksheet, top: int, preparer: str) -> None:
    """The preparer's block under the table (title, hint, room to sign, full name) and the
    head's beside it."""
    blocks = (
        (2, ((0, texts.MAKER), (1, texts.SIGN_HINT), (5, preparer))),
        (9, ((0, texts.HEAD), (1, texts.SIGN_HINT))),
    )
    for column, lines in blocks:
        for offset, line in lines:
            cell = ws.cell(row=top + offset, column=column)
            cell.value = safe_text(line)
            cell.data_type = "s"
            cell.alignment = Alignment(horizontal="center")
            cell.font = Font(bold=offset != 1, italic=offset == 1)


def _indicator_sheet(ws: Worksheet, form: Form06a, ind: Indicators) -> None:
    t = texts
    _title_block(ws, [t.INDICATORS, form.period_line], 2)
    rows: list[tuple[str, object, str | None]] = [
        (t.IND_ON_TIME, ind.on_time_share, PERCENT),
        (t.IND_OVERDUE, ind.overdue_share, PERCENT),
        (t.IND_ONLINE, ind.online_share, PERCENT),
        (t.IND_SATISFACTION, ind.satisfaction_share, PERCENT),
        ("Số ý kiến hài lòng", ind.satisfied, None),
        ("Số ý kiến đánh giá", ind.satisfaction_answers, None),
        *((f"{t.IND_FEES}: {fee_label(m)}", v, "#,##0") for m, v in ind.fees.items()),
        (f"{t.IND_FEES}: {t.TOTAL.lower()}", ind.fees_total, "#,##0"),
        (t.IND_CASHLESS, ind.cashless_share, PERCENT),
        (t.IND_DIGITISED, ind.digitisation.digitised_share, PERCENT),
        (t.IND_ELECTRONIC_RESULTS, ind.digitisation.electronic_results_share, PERCENT),
        (t.IND_REUSED, ind.digitisation.reused_share, PERCENT),
    ]
    for row, (label, value, number_format) in enumerate(rows, start=4):
        _write(ws, row, 1, label)
        _write(ws, row, 2, value if value is not None else "—")
        if number_format and value is not None:
            ws.cell(row=row, column=2).number_format = number_format
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 18


def register_xlsx(data: RegisterData) -> bytes:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Sổ theo dõi"
    heads = print_texts.HEADERS_07
    _title_block(
        ws,
        [
            print_texts.TITLE_07,
            print_texts.PERIOD_07.format(
                start=f"{data.date_from:%d/%m/%Y}", end=f"{data.date_to:%d/%m/%Y}"
            ),
            data.letterhead.office,
        ],
        len(heads),
    )
    top = 5
    for column, label in enumerate(heads, start=1):
        _write(ws, top, column, label, head=True)
    ws.freeze_panes = ws.cell(row=top + 1, column=3)
    for n, line in enumerate(data.lines, start=1):
        handed = ""
        if line.returned_at is not None:
            people = " / ".join(p for p in (line.returned_by, line.returned_to) if p.strip())
            handed = f"{line.returned_at:%d/%m/%Y %H:%M} {people}".strip()
        values: list[object] = [
            n,
            line.code,
            line.procedure_name,
            line.sets,
            line.applicant_name,
            line.address,
            line.phone,
            line.received_at,
            line.appointment,
            line.ended_at,
            handed,
            line.note,
        ]
        for column, value in enumerate(values, start=1):
            _write(ws, top + n, column, value)
            if isinstance(value, datetime):
                ws.cell(row=top + n, column=column).number_format = "dd/mm/yyyy hh:mm"
    widths = (6, 26, 36, 7, 26, 30, 14, 17, 17, 17, 28, 24)
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    return _saved(book)


def _saved(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def form_csv(form: Form06a) -> bytes:
    name = texts.BY_FIELD if form.by == GroupBy.FIELD else texts.BY_PROCEDURE
    lines: list[Iterable[object]] = [[texts.NUMBER, "Mã", name, *texts.COLUMN_NAMES]]
    for n, row in enumerate(form.rows, start=1):
        lines.append([n, safe_text(row.code), safe_text(row.name), *row.counts.columns()])
    lines.append(["", "", texts.TOTAL, *form.total.columns()])
    if form.unfinished:
        lines.append(["", "", form.period_line])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(lines)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
