"""Turning a story of flowables into PDF bytes: page size, margins, and on every page the
form number, the reprint mark ("BẢN IN LẠI (lần n)") and, when asked, the page number."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepInFrame, SimpleDocTemplate

from desktop.printing import texts
from desktop.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desktop.printing.layout import LANDSCAPE, LANDSCAPE_MARGINS, MARGINS, PORTRAIT, Flowable

REPRINT_SIZE = 13
FRAME_PADDING = 6  # SimpleDocTemplate's frame padding on each side (points)


def content_width(landscape: bool = False) -> float:
    """The width between the margins."""
    if landscape:
        return float(LANDSCAPE[0] - LANDSCAPE_MARGINS["left"] - LANDSCAPE_MARGINS["right"])
    return float(PORTRAIT[0] - MARGINS["left"] - MARGINS["right"])


def content_height(landscape: bool = False) -> float:
    """The height of the page's frame (between the margins, less the frame's padding)."""
    margins = LANDSCAPE_MARGINS if landscape else MARGINS
    page = LANDSCAPE if landscape else PORTRAIT
    return float(page[1] - margins["top"] - margins["bottom"] - 2 * FRAME_PADDING)


def one_page(story: list[Flowable], width: float, landscape: bool = False) -> Flowable:
    """``story`` kept on one page, shrunk if it would not fit."""
    return KeepInFrame(width, content_height(landscape), content=story, mode="shrink")


def reprint_text(reprint: int) -> str:
    """The mark of the n-th reprint; empty for the first print."""
    return texts.REPRINT.format(n=reprint) if reprint > 0 else ""


def _decorator(form: str, reprint: int, page_numbers: bool) -> Callable[[Any, Any], None]:
    mark = reprint_text(reprint)

    def decorate(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(ITALIC, 10)
        canvas.drawRightString(
            width - doc.rightMargin, height - 10 * mm, texts.FORM_LABEL.format(form=form)
        )
        if mark:
            _draw_mark(canvas, mark, doc.leftMargin, height - 13 * mm)
        if page_numbers:
            canvas.setFont(REGULAR, 10)
            canvas.drawCentredString(width / 2, 8 * mm, texts.PAGE.format(n=doc.page))
        canvas.restoreState()

    return decorate


def _draw_mark(canvas: Any, mark: str, x: float, y: float) -> None:
    """The reprint mark: bold red capitals in a box, top left of the page."""
    text_w = stringWidth(mark, BOLD, REPRINT_SIZE)
    canvas.setStrokeColor(colors.red)
    canvas.setFillColor(colors.red)
    canvas.setLineWidth(1)
    canvas.rect(x, y - 2.2 * mm, text_w + 4 * mm, 7 * mm, stroke=1, fill=0)
    canvas.setFont(BOLD, REPRINT_SIZE)
    canvas.drawString(x + 2 * mm, y, mark)


def render(
    story: list[Flowable],
    *,
    form: str,
    title: str,
    author: str,
    reprint: int = 0,
    landscape: bool = False,
    page_numbers: bool = False,
) -> bytes:
    """The PDF of ``story`` on A4 (portrait, or landscape for the register)."""
    register_fonts()
    margins = LANDSCAPE_MARGINS if landscape else MARGINS
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LANDSCAPE if landscape else PORTRAIT,
        leftMargin=margins["left"],
        rightMargin=margins["right"],
        topMargin=margins["top"],
        bottomMargin=margins["bottom"],
        title=title,
        author=author,
        creator=texts.CREATOR,
        subject=texts.FORM_LABEL.format(form=form),
        # The canvas's starting font: otherwise ReportLab lists an unembedded Helvetica.
        initialFontName=register_fonts(),
    )
    decorate = _decorator(form, reprint, page_numbers)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
