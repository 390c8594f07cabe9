"""The national service index as a one-page PDF (A4 landscape): the table of indicators with
their formulas, thresholds and targets, and the twelve months of 2.1 as a bar chart."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.index import texts
from desktop.index.indicators import Indicator, NationalIndex, series_values
from desktop.printing.document import content_width, one_page, render
from desktop.printing.fonts import BOLD, register_fonts
from desktop.printing.layout import plain, report_table_style, title

BAR = colors.Color(0.18, 0.49, 0.20)
WIDTHS_MM = (12, 150, 18, 18, 24, 25, 22)


def _number(value: int | None) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")


def _row(item: Indicator) -> list[object]:
    name = plain(item.name, "small_head")
    words = plain(item.formula + (f" {item.note}" if item.note else ""), "small")
    return [
        plain(item.code, "small_center"),
        [name, words],
        plain(_number(item.numerator), "small_center"),
        plain(_number(item.denominator), "small_center"),
        plain(item.value_text, "small_head"),
        plain(texts.target_text(item.full_marks), "small_center"),
        plain(texts.target_text(item.target), "small_center"),
    ]


def _table(index: NationalIndex) -> Flowable:
    heads = (
        texts.CODE,
        f"{texts.NAME} — {texts.FORMULA.lower()}",
        texts.NUMERATOR,
        texts.DENOMINATOR,
        texts.VALUE,
        texts.FULL_MARKS,
        texts.TARGET,
    )
    rows: list[list[object]] = [[plain(h, "small_head") for h in heads]]
    rows += [_row(item) for item in index.indicators]
    table = Table(rows, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(report_table_style(1))
    return table


def chart(index: NationalIndex, width: float) -> Drawing:
    """The twelve months of 2.1 (percent) as bars; a month with nothing to divide is 0."""
    family = register_fonts()
    height = 55 * mm
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
    bars.x, bars.y = 40, 20
    bars.width, bars.height = width - 60, height - 45
    bars.data = [[v or 0.0 for v in series_values(index, "2.1")] or [0.0]]
    bars.categoryAxis.categoryNames = [p.label for p in index.months] or [""]
    bars.categoryAxis.labels.fontName = family
    bars.categoryAxis.labels.fontSize = 8
    bars.valueAxis.labels.fontName = family
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, 100, 20
    bars.bars[0].fillColor = BAR
    bars.barLabels.fontName = family
    bars.barLabels.fontSize = 7
    bars.barLabelFormat = lambda v: texts.percent_text(v)
    drawing.add(bars)
    return drawing


def build(index: NationalIndex) -> bytes:
    width = content_width(landscape=True)
    office = f"{index.office_name} ({index.office_code})"
    story: list[Flowable] = [*title(texts.TITLE, texts.SUBTITLE, office, index.heading)]
    story += [Spacer(1, 2 * mm), _table(index), Spacer(1, 3 * mm), chart(index, width)]
    story.append(plain(texts.CHECK_NOTE, "small"))
    return render(
        [one_page(story, width, landscape=True)],
        form="766",
        title=f"{texts.TITLE} – {index.heading}",
        author=index.office_name,
        landscape=True,
    )
