"""Form II.06a as a PDF: A4 landscape, the official header, the table with its numbered
columns, the chart of results by field, the indicators and the signatures."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.printing.document import content_width, render
from desktop.printing.fonts import BOLD, register_fonts
from desktop.printing.layout import (
    HEAD_SHADE,
    Letterhead,
    Signer,
    header,
    para,
    plain,
    report_table_style,
    signatures,
    table_style,
    title,
)
from desktop.reports import texts
from desktop.reports.form06a import UNSIGNED, Counts, Form06a, GroupBy, Submission
from desktop.reports.indicators import Indicators, digitisation_lines, fee_label, percent

NUMBER_MM = 10
NAME_MM = 70
CHART_COLOURS = (
    colors.Color(0.18, 0.49, 0.20),
    colors.Color(0.30, 0.55, 0.85),
    colors.Color(0.85, 0.55, 0.10),
    colors.Color(0.80, 0.15, 0.15),
)


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


RESULT_HEADS = (
    texts.TOTAL_SHORT,
    texts.EARLY,
    texts.ON_TIME,
    texts.LATE,
    texts.TOTAL_SHORT,
    texts.WITHIN,
    texts.OVERDUE,
)


def _head(by: GroupBy) -> list[list[str]]:
    t = texts
    name = t.BY_FIELD if by == GroupBy.FIELD else t.BY_PROCEDURE
    b = ""
    return [
        [t.NUMBER, name, t.RECEIVED, b, b, b, t.RESULTS, b, b, b, b, b, b],
        [b, b, t.RECEIVED_TOTAL, t.NEW, b, t.CARRIED, t.RESOLVED, b, b, b, t.IN_PROGRESS, b, b],
        [b, b, b, t.ONLINE, t.COUNTER, b, *RESULT_HEADS],
        [f"({n})" for n in range(1, 14)],
    ]


SPANS = [
    ("SPAN", (0, 0), (0, 2)),
    ("SPAN", (1, 0), (1, 2)),
    ("SPAN", (2, 0), (5, 0)),
    ("SPAN", (6, 0), (12, 0)),
    ("SPAN", (2, 1), (2, 2)),
    ("SPAN", (3, 1), (4, 1)),
    ("SPAN", (5, 1), (5, 2)),
    ("SPAN", (6, 1), (9, 1)),
    ("SPAN", (10, 1), (12, 1)),
]


def _table(form: Form06a, width: float) -> Flowable:
    numbers = (width - (NUMBER_MM + NAME_MM) * mm) / 11
    widths = [NUMBER_MM * mm, NAME_MM * mm] + [numbers] * 11
    rows: list[list[object]] = [
        [plain(cell, "small_head") if cell else "" for cell in row] for row in _head(form.by)
    ]
    for n, row in enumerate(form.rows, start=1):
        name = f"{row.code} – {row.name}" if form.by == GroupBy.PROCEDURE else row.name
        rows.append(
            [plain(n, "small_center"), plain(name, "small")]
            + [plain(_n(v), "small_center") for v in row.counts.columns()]
        )
    rows.append(
        [plain("", "small"), plain(texts.TOTAL, "small_head")]
        + [plain(_n(v), "small_head") for v in form.total.columns()]
    )
    table = Table(rows, colWidths=widths, repeatRows=4)
    table.setStyle(report_table_style(4, ("BACKGROUND", (0, -1), (-1, -1), HEAD_SHADE), *SPANS))
    return table


def chart(rows: Sequence[tuple[str, Counts]], width: float) -> Drawing:
    """Grouped bars per field: early, on time, late (resolved) and overdue (in progress)."""
    family = register_fonts()
    height = 70 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = family  # the renderer's starting font: embedded, not Helvetica
    drawing.add(
        String(
            width / 2,
            height - 12,
            texts.CHART_TITLE,
            fontName=BOLD,
            fontSize=11,
            textAnchor="middle",
        )
    )
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 36
    bars.width, bars.height = width * 0.72, height - 60
    bars.data = (
        [
            [c.early for _, c in rows],
            [c.on_time for _, c in rows],
            [c.late for _, c in rows],
            [c.overdue for _, c in rows],
        ]
        if rows
        else [[0]]
    )
    bars.categoryAxis.categoryNames = [
        "\n".join(textwrap.wrap(name, 22)[:2]) for name, _ in rows
    ] or [""]
    bars.categoryAxis.labels.fontName = family
    bars.categoryAxis.labels.fontSize = 8
    bars.valueAxis.labels.fontName = family
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.valueMin = 0
    bars.barLabels.fontName = family
    for index, colour in enumerate(CHART_COLOURS[: len(bars.data)]):
        bars.bars[index].fillColor = colour
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = bars.x + bars.width + 20, height - 40
    legend.fontName, legend.fontSize = family, 9
    legend.alignment = "right"
    legend.colorNamePairs = list(zip(CHART_COLOURS, texts.CHART_SERIES, strict=True))
    drawing.add(legend)
    return drawing


def _satisfaction(ind: Indicators) -> str:
    return f"{percent(ind.satisfaction_share)} ({_n(ind.satisfied)}/{_n(ind.satisfaction_answers)})"


def _indicators(ind: Indicators, width: float) -> list[Flowable]:
    t = texts
    lines = [
        (t.IND_ON_TIME, percent(ind.on_time_share)),
        (t.IND_OVERDUE, percent(ind.overdue_share)),
        (t.IND_ONLINE, percent(ind.online_share)),
        (t.IND_SATISFACTION, _satisfaction(ind)),
        *((f"{t.IND_FEES}: {fee_label(m)}", f"{_n(v)} đ") for m, v in ind.fees.items()),
        (f"{t.IND_FEES}: {t.TOTAL.lower()}", f"{_n(ind.fees_total)} đ"),
        (t.IND_CASHLESS, percent(ind.cashless_share)),
        *digitisation_lines(ind.digitisation),
    ]
    rows = [[plain(a, "small"), plain(b, "small_center")] for a, b in lines]
    table = Table(rows, colWidths=[width * 0.5, width * 0.15], hAlign="LEFT")
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return [para(t.INDICATORS, "left"), table]


def _units(form: Form06a, sent: Submission) -> list[Flowable]:
    """The form's code, then who reports and who receives the report."""
    return [
        plain(texts.FORM_CODE, "small_head"),
        plain(texts.REPORTING_UNIT.format(unit=form.office_name), "small"),
        plain(texts.RECEIVING_UNIT.format(unit=sent.receiving_unit), "small"),
    ]


def build(
    form: Form06a, ind: Indicators, letterhead: Letterhead, sent: Submission = UNSIGNED
) -> bytes:
    width = content_width(landscape=True)
    story: list[Flowable] = [header(letterhead, form.made_at.date(), width)]
    story += _units(form, sent)
    story += title(texts.TITLE, texts.SUBTITLE, form.period_line)
    story.append(plain(texts.UNIT, "italic_center"))
    story.append(Spacer(1, 2 * mm))
    story.append(_table(form, width))
    if not form.rows:
        story.append(plain(texts.EMPTY, "italic_center"))
    story.append(Spacer(1, 4 * mm))
    by_field: dict[str, Counts] = {}
    for row in form.rows:
        by_field.setdefault(row.name if form.by == GroupBy.FIELD else row.field_code, Counts())
        by_field[row.name if form.by == GroupBy.FIELD else row.field_code].add(row.counts)
    story.append(KeepTogether([chart(sorted(by_field.items()), width)]))
    story.append(KeepTogether(_indicators(ind, width)))
    maker = Signer(texts.MAKER, name=sent.preparer, hint=texts.SIGN_HINT)
    story += signatures([maker, Signer(texts.HEAD)], width)
    return render(
        story,
        form="II.06a",
        title=f"{texts.TITLE} – {form.period.label}",
        author=form.office_name,
        landscape=True,
        page_numbers=True,
    )
