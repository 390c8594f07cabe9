"""Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (guidance given once, in full)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from desktop.printing.document import content_width, render
from desktop.printing.layout import (
    Flowable,
    Letterhead,
    Signer,
    header,
    or_blank,
    para,
    request_line,
    signatures,
    title,
    vn_time,
)
from desktop.printing.templates import Wording

FORM = "02"


@dataclass(frozen=True)
class SupplementItem:
    """One thing to add or correct, and why."""

    content: str
    reason: str = ""


@dataclass(frozen=True)
class SupplementData:
    letterhead: Letterhead
    code: str
    applicant_name: str
    procedure_name: str
    summary: str
    requested_at: datetime
    items: tuple[SupplementItem, ...]
    officer: str
    officer_phone: str = ""  # the guiding officer's phone (a line to fill by hand when empty)
    reason: str = ""  # given for the whole request (each item may carry its own)
    reprint: int = 0
    wording: Wording = field(default_factory=partial(Wording, FORM))


def _items(items: tuple[SupplementItem, ...], wording: Wording) -> list[Flowable]:
    story: list[Flowable] = []
    for number, item in enumerate(items, start=1):
        story.append(para(wording.text("ITEM_02"), "item", n=number, content=item.content))
        if item.reason.strip():
            story.append(para(wording.text("REASON_02"), "item", reason=item.reason))
    return story


def build(data: SupplementData) -> bytes:
    width = content_width()
    office = data.letterhead.office
    story: list[Flowable] = [header(data.letterhead, data.requested_at.date(), width)]
    story += title(data.wording.text("TITLE_02"))
    story.append(para(data.wording.text("CODE_LINE"), "left", code=data.code))
    story.append(
        para(
            data.wording.text("INTRO_02"),
            requested=vn_time(data.requested_at),
            office=office,
            name=data.applicant_name,
            procedure=data.procedure_name,
        )
    )
    story += request_line(data.procedure_name, data.summary)
    story.append(para(data.wording.text("ASK_02")))
    story += _items(data.items, data.wording)
    if data.reason.strip():
        story.append(para(data.wording.text("REASON_ALL_02"), reason=data.reason))
    story.append(
        para(
            data.wording.text("CONTACT_02"),
            officer=or_blank(data.officer),
            phone=or_blank(data.officer_phone),
            office=office,
        )
    )
    story.append(para(data.wording.text("CLOSE")))
    story += signatures([Signer(data.wording.texts("SIGNERS_02")[0], data.officer)], width)
    return render(
        story,
        form=FORM,
        title=f"{data.wording.text('TITLE_02')} {data.code}",
        author=office,
        reprint=data.reprint,
    )
