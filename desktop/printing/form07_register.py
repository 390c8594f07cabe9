"""Form 07: Sổ theo dõi hồ sơ, the register of dossiers received in a period (A4 landscape)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from desktop.printing.document import content_width, render
from desktop.printing.layout import (
    Flowable,
    Letterhead,
    cell_time,
    esc,
    grid,
    head_row,
    header,
    para,
    plain,
    styles,
    title,
)
from desktop.printing.templates import Wording

FORM = "07"
# No., code, procedure, sets, applicant, address, phone, received, appointment, result
# received, handed over; the note column takes the rest.
WIDTHS_MM = (9, 27, 34, 9, 27, 28, 19, 19, 19, 19, 30)


@dataclass(frozen=True)
class RegisterLine:
    code: str
    procedure_name: str
    sets: int
    applicant_name: str
    address: str
    phone: str
    received_at: datetime
    appointment: datetime | None
    ended_at: datetime | None
    returned_at: datetime | None
    returned_by: str
    returned_to: str
    note: str = ""


@dataclass(frozen=True)
class RegisterData:
    letterhead: Letterhead
    date_from: date
    date_to: date
    lines: tuple[RegisterLine, ...]
    printed_on: date
    reprint: int = 0
    wording: Wording = field(default_factory=partial(Wording, FORM))


def _handed_over(line: RegisterLine) -> str:
    if line.returned_at is None:
        return ""
    people = " / ".join(p for p in (line.returned_by, line.returned_to) if p.strip())
    return f"{cell_time(line.returned_at)}\n{people}".strip()


def _code_cell(code: str) -> Flowable:
    """The code on two lines, broken after the agency code (``000.00.00.H56-`` / the rest)."""
    agency, dash, rest = code.partition("-")
    if not dash:
        return plain(code, "small")
    return Paragraph(f"{esc(agency)}-<br/>{esc(rest)}", styles()["small"])


def _row(number: int, line: RegisterLine) -> list[Flowable]:
    return [
        plain(number, "small_center"),
        _code_cell(line.code),
        plain(line.procedure_name, "small"),
        plain(line.sets, "small_center"),
        plain(line.applicant_name, "small"),
        plain(line.address, "small"),
        plain(line.phone, "small_center"),
        plain(cell_time(line.received_at), "small_center"),
        plain(cell_time(line.appointment), "small_center"),
        plain(cell_time(line.ended_at), "small_center"),
        plain(_handed_over(line), "small_center"),
        plain(line.note, "small"),
    ]


def _table(data: RegisterData, width: float) -> Flowable:
    widths = [w * mm for w in WIDTHS_MM]
    widths.append(width - sum(widths))
    rows = [head_row(data.wording.texts("HEADERS_07"), "small_head")]
    rows += [_row(n, line) for n, line in enumerate(data.lines, start=1)]
    return grid(rows, widths, padding=2)


def build(data: RegisterData) -> bytes:
    width = content_width(landscape=True)
    period = data.wording.text("PERIOD_07").format(
        start=f"{data.date_from:%d/%m/%Y}", end=f"{data.date_to:%d/%m/%Y}"
    )
    story: list[Flowable] = [header(data.letterhead, data.printed_on, width)]
    story += title(data.wording.text("TITLE_07"), period)
    if data.lines:
        story.append(_table(data, width))
    else:
        story.append(para(data.wording.text("EMPTY_07"), "italic_center"))
    story += [Spacer(1, 3 * mm), para(data.wording.text("TOTAL_07"), "left", n=len(data.lines))]
    return render(
        story,
        form=FORM,
        title=f"{data.wording.text('TITLE_07')} – {period}",
        author=data.letterhead.office,
        reprint=data.reprint,
        landscape=True,
        page_numbers=True,
    )
