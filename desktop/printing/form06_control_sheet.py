"""Form 06: Phiếu kiểm soát quá trình giải quyết hồ sơ (a row per hand-over)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

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

FORM = "06"
WIDTHS_MM = (11, 40, 30, 22, 22, 24)  # the note column takes the rest


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


def _table(data: ControlSheetData, width: float) -> list[Flowable]:
    if not data.handovers:
        return [para(texts.NO_HANDOVER_06, "italic_center")]
    widths = [w * mm for w in WIDTHS_MM]
    widths.append(width - sum(widths))
    rows = [head_row(texts.HEADERS_06)]
    rows += [_row(n, line) for n, line in enumerate(data.handovers, start=1)]
    return [grid(rows, widths)]


def build(data: ControlSheetData) -> bytes:
    width = content_width()
    story: list[Flowable] = [header(data.letterhead, data.printed_on, width)]
    story += title(texts.TITLE_06)
    story.append(para(texts.CODE_LINE, "center", code=data.code))
    story.append(para(texts.OWNER_06, "center", name=data.applicant_name))
    story.append(para(texts.PROCEDURE_LINE, "left", procedure=data.procedure_name))
    story.append(para(texts.RECEIVED_06, "left", time=vn_time(data.received_at)))
    story.append(para(texts.APPOINTMENT_06, "left", time=vn_time_or_blank(data.appointment)))
    story.append(para(texts.LEAD_06, "left", unit=or_blank(data.lead_unit)))
    coordinating = "; ".join(data.coordinating_units)
    story.append(para(texts.COORDINATING_06, "left", units=or_blank(coordinating)))
    story += _table(data, width)
    return render(
        story,
        form=FORM,
        title=f"{texts.TITLE_06} {data.code}",
        author=data.letterhead.office,
        reprint=data.reprint,
    )
