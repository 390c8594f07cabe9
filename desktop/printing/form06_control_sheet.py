"""Form 06: Phiếu kiểm soát quá trình giải quyết hồ sơ (a row per hand-over)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from reportlab.lib.units import mm

from desktop.printing import texts
from desktop.printing.document import content_width, render
from desktop.printing.layout import (
    Flowable,
    Letterhead,
    grid,
    head_row,
    header,
    or_blank,
    para,
    plain,
    title,
    vn_time,
    vn_time_or_blank,
)
from desktop.printing.templates import Wording

FORM = "06"
WIDTHS_MM = (11, 40, 30, 22, 22, 24)  # the note column takes the rest
MIN_ROWS = 8  # the table has at least this many rows under its header
BLANK_ROWS = 3  # and at least this many empty ones, for the hand-overs written by hand
BLANK_ROW_HEIGHT = 12 * 3.0  # points: room for two handwritten lines


@dataclass(frozen=True)
class HandoverLine:
    from_unit: str
    to_unit: str
    handed_at: datetime
    giver: str
    receiver: str
    result: str  # as printed: "Trước hạn", "Đúng hạn", "Quá hạn" (or empty)
    note: str = ""


@dataclass(frozen=True)
class ControlSheetData:
    letterhead: Letterhead
    code: str
    applicant_name: str
    procedure_name: str
    received_at: datetime
    appointment: datetime | None
    lead_unit: str
    coordinating_units: tuple[str, ...]
    handovers: tuple[HandoverLine, ...]
    printed_on: date
    reprint: int = 0
    wording: Wording = field(default_factory=partial(Wording, FORM))


def _row(number: int, line: HandoverLine) -> list[Flowable]:
    return [
        plain(number, "cell_center"),
        para(texts.UNIT_CELL_06, "cell", giver_unit=line.from_unit, receiver_unit=line.to_unit),
        plain(vn_time(line.handed_at), "cell_center"),
        plain(line.giver, "cell_center"),
        plain(line.receiver, "cell_center"),
        plain(line.result, "cell_center"),
        plain(line.note),
    ]


def blank_rows(filled: int) -> int:
    """How many empty rows follow ``filled`` hand-overs."""
    return max(BLANK_ROWS, MIN_ROWS - filled)


def _table(data: ControlSheetData, width: float) -> list[Flowable]:
    """A row per hand-over, then empty numbered rows to fill by hand."""
    widths = [w * mm for w in WIDTHS_MM]
    widths.append(width - sum(widths))
    filled = len(data.handovers)
    rows = [head_row(data.wording.texts("HEADERS_06"))]
    rows += [_row(n, line) for n, line in enumerate(data.handovers, start=1)]
    empty = blank_rows(filled)
    rows += [
        [plain(n, "cell_center"), *[""] * (len(data.wording.texts("HEADERS_06")) - 1)]
        for n in range(filled + 1, filled + empty + 1)
    ]
    heights: list[float | None] = [None] * (filled + 1) + [BLANK_ROW_HEIGHT] * empty
    return [grid(rows, widths, row_heights=heights)]


def build(data: ControlSheetData) -> bytes:
    width = content_width()
    story: list[Flowable] = [header(data.letterhead, data.printed_on, width)]
    story += title(data.wording.text("TITLE_06"))
    story.append(para(data.wording.text("CODE_LINE"), "center", code=data.code))
    story.append(para(data.wording.text("OWNER_06"), "center", name=data.applicant_name))
    story.append(para(data.wording.text("PROCEDURE_LINE"), "left", procedure=data.procedure_name))
    story.append(para(data.wording.text("RECEIVED_06"), "left", time=vn_time(data.received_at)))
    story.append(
        para(data.wording.text("APPOINTMENT_06"), "left", time=vn_time_or_blank(data.appointment))
    )
    story.append(para(data.wording.text("LEAD_06"), "left", unit=or_blank(data.lead_unit)))
    coordinating = "; ".join(data.coordinating_units)
    story.append(para(data.wording.text("COORDINATING_06"), "left", units=or_blank(coordinating)))
    story += _table(data, width)
    return render(
        story,
        form=FORM,
        title=f"{data.wording.text('TITLE_06')} {data.code}",
        author=data.letterhead.office,
        reprint=data.reprint,
    )
