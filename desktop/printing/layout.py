"""What every form shares: safe paragraphs, Vietnamese dates, the Decree 30/2020 header,
signature blocks, bordered tables and the page set-up (A4, 13 pt Liberation Serif).

Every value that did not come from :mod:`desktop.printing.texts` goes through :func:`esc`
(NFC, XML-escaped), so a name like ``<img src="http://…"/>`` prints as those characters and
building a PDF never fetches anything.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table, TableStyle

from desktop.printing import texts
from desktop.printing.fonts import BOLD, ITALIC, register_fonts

Flowable = Any  # ReportLab ships no type information
BODY_SIZE = 13
LEADING = 16
PORTRAIT = A4
LANDSCAPE = (A4[1], A4[0])
# Decree 30/2020 margins: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS = {"top": 20 * mm, "bottom": 20 * mm, "left": 30 * mm, "right": 15 * mm}
LANDSCAPE_MARGINS = {"top": 20 * mm, "bottom": 15 * mm, "left": 20 * mm, "right": 15 * mm}


@dataclass(frozen=True)
class Letterhead:
    """The office as the header prints it: superior body, office name, place name."""

    superior: str
    office: str
    place: str = ""


@dataclass(frozen=True)
class Signer:
    title: str
    name: str = ""
    hint: str = texts.SIGN_HINT


# -- values -----------------------------------------------------------------------------


def clean(value: object) -> str:
    """A value as text, NFC-normalised (stacked marks such as ễ, ặ as one character)."""
    return unicodedata.normalize("NFC", "" if value is None else str(value))


def esc(value: object) -> str:
    """A value made safe for a ReportLab paragraph: NFC, XML-escaped, newlines as breaks."""
    text = escape(clean(value), {'"': "&quot;", "'": "&#39;"})
    return text.replace("\r\n", "\n").replace("\n", "<br/>")


def or_blank(value: str) -> str:
    return value if value.strip() else texts.BLANK


def markup(template: str, **values: object) -> str:
    """Fill a trusted template from :mod:`texts` with escaped values."""
    return template.format(**{key: esc(value) for key, value in values.items()})


def para(template: str, style: str = "body", **values: object) -> Flowable:
    """A paragraph of a trusted template whose ``{placeholders}`` take escaped values."""
    return Paragraph(markup(template, **values), styles()[style])


def plain(value: object, style: str = "cell") -> Flowable:
    """A paragraph of one value, printed literally."""
    return Paragraph(esc(value), styles()[style])


def upper(value: str) -> str:
    return clean(value).upper()


# -- dates and times --------------------------------------------------------------------


def vn_date(day: date) -> str:
    """``ngày 05 tháng 02 năm 2026``: two-digit days; a leading zero for months 1 and 2 only."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def dated_line(place: str, day: date) -> str:
    """``Hòa Bình, ngày 05 tháng 02 năm 2026`` (capitalised when there is no place)."""
    words = vn_date(day)
    return f"{clean(place)}, {words}" if place.strip() else words[0].upper() + words[1:]


def vn_time(moment: datetime) -> str:
    """``08 giờ 30 phút, ngày 05/02/2026``."""
    return f"{moment:%H} giờ {moment:%M} phút, ngày {moment:%d/%m/%Y}"


def vn_time_or_blank(moment: datetime | None) -> str:
    return vn_time(moment) if moment is not None else texts.BLANK


def cell_time(moment: datetime | None) -> str:
    """``08:30`` over ``05/02/2026`` for narrow table cells (empty when there is none)."""
    return f"{moment:%H:%M}\n{moment:%d/%m/%Y}" if moment is not None else ""


# -- styles -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    family = register_fonts()
    base = ParagraphStyle("body", fontName=family, fontSize=BODY_SIZE, leading=LEADING)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = {"fontSize": 11, "leading": 13.5}
    return {
        "body": style("body", alignment=TA_JUSTIFY, spaceAfter=3),
        "left": style("left", alignment=TA_LEFT, spaceAfter=3),
        "item": style("item", alignment=TA_JUSTIFY, leftIndent=8 * mm, spaceAfter=2),
        "center": style("center", alignment=TA_CENTER),
        "italic_center": style("italic_center", alignment=TA_CENTER, fontName=ITALIC),
        "title": style("title", alignment=TA_CENTER, fontName=BOLD, fontSize=14, leading=18),
        "hdr": style("hdr", alignment=TA_CENTER, fontSize=12, leading=15),
        "hdr_bold": style("hdr_bold", alignment=TA_CENTER, fontName=BOLD, fontSize=12, leading=15),
        "motto": style("motto", alignment=TA_CENTER, fontName=BOLD),
        "sign": style("sign", alignment=TA_CENTER, fontName=BOLD, fontSize=12, leading=15),
        "cell": style("cell", **cell),
        "cell_center": style("cell_center", alignment=TA_CENTER, **cell),
        "cell_head": style("cell_head", alignment=TA_CENTER, fontName=BOLD, **cell),
        "small": style("small", fontSize=9.5, leading=11.5),
        "small_center": style("small_center", alignment=TA_CENTER, fontSize=9.5, leading=11.5),
        "small_head": style(
            "small_head", alignment=TA_CENTER, fontName=BOLD, fontSize=9.5, leading=11.5
        ),
    }


# -- building blocks --------------------------------------------------------------------


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells use the embedded serif (never ReportLab's
    default Helvetica, which would not be embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts()), *commands])


HEAD_SHADE = colors.Color(0.92, 0.92, 0.92)  # the head rows of a report's table


def report_table_style(head_rows: int, *extra: tuple[Any, ...]) -> TableStyle:
    """A report's table: a thin grid, cells centred in height, narrow padding, the first
    ``head_rows`` rows shaded; ``extra`` adds commands (a shaded total, spans)."""
    return table_style(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, head_rows - 1), HEAD_SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            *extra,
        ]
    )


def rule(width: float) -> Flowable:
    return HRFlowable(
        width=width, thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=4, lineCap="butt"
    )


def header(head: Letterhead, issued_on: date, width: float, number: str = "") -> Flowable:
    """Left: superior body and office in capitals over a short rule (and a number line);
    right: the national title and motto over a rule, then place and date in italics."""
    register_fonts()
    left_w = width * 0.41
    right_w = width - left_w
    office = upper(head.office)
    office_w = min(stringWidth(office, BOLD, 12), left_w - 6 * mm)
    left = [plain(upper(head.superior), "hdr"), plain(office, "hdr_bold"), rule(office_w * 0.4)]
    motto_w = stringWidth(texts.MOTTO, BOLD, BODY_SIZE)
    right = [para(texts.NATION, "hdr_bold"), para(texts.MOTTO, "motto"), rule(motto_w)]
    bottom_left = plain(number, "hdr") if number else ""
    date_para = plain(dated_line(head.place, issued_on), "italic_center")
    table = Table(
        [[left, right], [bottom_left, date_para]], colWidths=[left_w, right_w], hAlign="CENTER"
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def title(text: str, *subtitles: str) -> list[Flowable]:
    """The form's name in bold capitals, centred, with optional italic lines under it."""
    story: list[Flowable] = [Spacer(1, 5 * mm), para(text, "title")]
    story += [para(line, "italic_center") for line in subtitles]
    story.append(Spacer(1, 3 * mm))
    return story


def signatures(signers: Sequence[Signer], width: float) -> list[Flowable]:
    """Side-by-side blocks: title, hint, room to sign, then the name."""
    cells = [
        [
            para(s.title, "sign"),
            para(s.hint, "italic_center"),
            Spacer(1, 20 * mm),
            plain(s.name, "sign"),
        ]
        for s in signers
    ]
    if len(cells) == 1:  # one signer signs on the right, as in official letters
        cells.insert(0, [Spacer(1, 1)])
    col = width / len(cells)
    table = Table([cells], colWidths=[col] * len(cells))
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 3 * mm), table]


def grid(
    rows: list[list[Flowable]],
    widths: Sequence[float],
    head_rows: int = 1,
    padding: float = 3,
    row_heights: Sequence[float | None] | None = None,
) -> Flowable:
    """A bordered table whose header rows repeat on each page (``None`` heights: as tall as
    the row's content)."""
    heights = list(row_heights) if row_heights is not None else None
    table = Table(rows, colWidths=list(widths), rowHeights=heights, repeatRows=head_rows)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, head_rows - 1), colors.Color(0.92, 0.92, 0.92)),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


def head_row(labels: Sequence[str], style: str = "cell_head") -> list[Flowable]:
    return [para(label, style) for label in labels]


def request_line(procedure: str, summary: str) -> list[Flowable]:
    """The applicant's own words for the request, when they say more than the procedure."""
    if summary.strip() and summary.strip() != procedure.strip():
        return [para(texts.REQUEST_LINE, "body", summary=summary)]
    return []
